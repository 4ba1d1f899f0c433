// The mediator's single negotiating text (a hint for players): starting from the text on the table,
// a deterministic hill climb over one-clause changes that maximises, in order, a text that can be
// adopted, consent on the ground, and the clout-weighted Nash product of everyone's gains over no
// deal — Σ clout_j · ln(acceptance_j − 50 + 1), each gain floored so one lost actor cannot dominate.
import type { Assessment } from '../assess.ts';
import type { DraftIndex, Model } from '../model.ts';
import { assessWith } from './objective.ts';

/** Acceptance points above "as good as no deal" below which an actor counts as lost to the text. */
const GAIN_FLOOR = 0.5;
/** One-clause steps the climb may take. */
const MAX_STEPS = 12;

type Score = readonly [number, number, number];

function score(model: Model, a: Assessment): Score {
  let nash = 0;
  a.actors.forEach((x, i) => {
    nash +=
      (model.actors[i]!.actor.clout / 100) * Math.log(Math.max(GAIN_FLOOR, x.evaluation.acceptance - 50 + 1));
  });
  const consenting = a.actors.filter((x) => x.ground === 'endorse' || x.ground === 'acquiesce').length;
  return [a.vote.adopted ? 1 : 0, consenting, nash];
}

const better = (a: Score, b: Score) =>
  a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2] + 1e-9;

export function mediatorDraft(
  model: Model,
  start: DraftIndex,
  shift: Float64Array,
): { draft: DraftIndex; assessment: Assessment } {
  let draft = start;
  let assessment = assessWith(model, draft, shift);
  let best = score(model, assessment);
  for (let step = 0; step < MAX_STEPS; step++) {
    let improved: { draft: DraftIndex; assessment: Assessment; score: Score } | null = null;
    model.issues.forEach((issue, k) => {
      issue.options.forEach((_, o) => {
        if (o === draft[k]) return;
        const candidate = draft.slice();
        candidate[k] = o;
        const a = assessWith(model, candidate, shift);
        const s = score(model, a);
        if (better(s, improved?.score ?? best)) improved = { draft: candidate, assessment: a, score: s };
      });
    });
    if (!improved) break;
    ({ draft, assessment } = improved);
    best = (improved as { score: Score }).score;
  }
  return { draft, assessment };
}
