// Scores that reward play, not the seat (issue #14 item 5). A seat starts where the opening draft
// leaves it and could at best reach the text it likes most among those the Council would still adopt;
// its score counts how much of that achievable gain it got, so the pen holder who wrote the opening
// draft and the party that hates it start level. Adoption and the ceasefire stay shared stakes.
// Pure and deterministic; sentences name actors, never ids.
import { evaluate } from '../acceptance.ts';
import type { ActorId } from '../ids.ts';
import type { DraftIndex, Model } from '../model.ts';
import { councilStance } from '../stance.ts';
import { adopts, type Vote, voteOf } from '../vote.ts';
import type { Score } from './types.ts';

/**
 * Debrief score of a seat, 0–100 (docs/game.md, "Scores"): 60% its share of the achievable gain, 20%
 * the adoption (full marks if a text it accepts is adopted, none if one it rejects is, half if nothing
 * is adopted), 20% the ceasefire's 12-month survival, a stake every seat shares. Rules of the game,
 * not judgements about the world.
 */
export const SCORE_WEIGHTS = { gain: 0.6, adoption: 0.2, survival: 0.2 } as const;
/** An achievable gain below this (acceptance points) is none: the seat's opening was already its best. */
export const NOTHING_TO_GAIN = 0.5;
/** One-clause steps the search for a seat's best adoptable text may take. */
const MAX_STEPS = 40;

/** Every actor's acceptance of a draft and whether the Council would adopt it, memoised by draft. */
class Texts {
  private readonly seen = new Map<string, { readonly acceptance: Float64Array; readonly adopted: boolean }>();
  private readonly model: Model;
  private readonly shift: Float64Array;
  constructor(model: Model, shift: Float64Array) {
    this.model = model;
    this.shift = shift;
  }

  of(draft: DraftIndex): { readonly acceptance: Float64Array; readonly adopted: boolean } {
    const key = draft.join(',');
    const known = this.seen.get(key);
    if (known) return known;
    const { model } = this;
    const options = this.shift.some((x) => x !== 0) ? { utilityShift: this.shift } : {};
    const actors = evaluate(model, draft, { ...options, explain: false }).actors;
    const t = model.scenario.procedure.thresholds;
    const votes = new Map<ActorId, Vote>();
    for (const id of model.scenario.procedure.members) {
      const i = model.actorIndex.get(id)!;
      votes.set(id, voteOf(councilStance(model.actors[i]!.actor, actors[i]!, t)));
    }
    const text = {
      acceptance: Float64Array.from(actors, (a) => a.acceptance),
      adopted: adopts(model.scenario.procedure, votes),
    };
    this.seen.set(key, text);
    return text;
  }
}

/**
 * The best acceptance `actor` can get from a text the Council would adopt (by the members' stances,
 * without trade commitments), found by a hill climb over one-clause changes from each start: first
 * towards a text that can be adopted, then up the actor's acceptance. Null if no adoptable text is
 * found. A search, not a proof: a score never counts more than all of the gain it found.
 */
function bestAdoptable(
  model: Model,
  texts: Texts,
  actor: number,
  starts: readonly DraftIndex[],
): { readonly draft: DraftIndex; readonly acceptance: number } | null {
  let best: { draft: DraftIndex; acceptance: number } | null = null;
  type Rank = readonly [number, number];
  const rank = (d: DraftIndex): Rank => {
    const t = texts.of(d);
    return [t.adopted ? 1 : 0, t.acceptance[actor]!];
  };
  const better = (a: Rank, b: Rank) => (a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1] + 1e-9);
  for (const start of starts) {
    let draft = start;
    let here = rank(draft);
    for (let step = 0; step < MAX_STEPS && !(here[0] === 1 && here[1] >= 100 - 1e-9); step++) {
      let next: { draft: DraftIndex; at: Rank } | null = null;
      model.issues.forEach((issue, k) => {
        issue.options.forEach((_, o) => {
          if (o === draft[k]) return;
          const d = draft.slice();
          d[k] = o;
          const at = rank(d);
          if (better(at, next?.at ?? here)) next = { draft: d, at };
        });
      });
      if (!next) break;
      ({ draft, at: here } = next as { draft: DraftIndex; at: Rank });
    }
    if (here[0] === 1 && (best === null || here[1] > best.acceptance)) best = { draft, acceptance: here[1] };
    if (best !== null && best.acceptance >= 100 - 1e-9) break; // nothing beats the actor's ideal
  }
  return best;
}

/** Where the search starts: the actor's ideal on every clause it cares about (the opening's text elsewhere) — often adoptable as it stands, and then the search is soon over — then the final text. */
function starts(model: Model, actor: number, opening: DraftIndex, final: DraftIndex): DraftIndex[] {
  const prefs = model.actors[actor]!.prefs;
  const ideal = Int32Array.from(opening, (o, k) => ((prefs.weights[k] ?? 0) > 0 ? (prefs.ideal[k] ?? o) : o));
  return [ideal, final];
}

/** The text the score's search finds best for `actor` among those the Council would adopt (null: none found). */
export function bestAdoptableText(
  model: Model,
  actor: ActorId,
  opening: DraftIndex,
  final: DraftIndex,
  shift: Float64Array,
): { readonly draft: DraftIndex; readonly acceptance: number } | null {
  const i = model.actorIndex.get(actor)!;
  return bestAdoptable(model, new Texts(model, shift), i, starts(model, i, opening, final));
}

export interface ScoreInputs {
  readonly opening: DraftIndex;
  readonly final: DraftIndex;
  /** The events' utility shifts at the end of the game: every text is scored under them. */
  readonly shift: Float64Array;
  readonly adopted: boolean;
  /** Final acceptance per actor index, as the final vote saw it. */
  readonly acceptance: readonly number[];
  /** Chance (0–1) the ceasefire survives 12 months. */
  readonly survival12: number;
}

/** Every seat's score; all texts are judged under the same shifts, so the gain is what play changed. */
export function scoreSeats(model: Model, inputs: ScoreInputs): Score[] {
  const texts = new Texts(model, inputs.shift);
  const opening = texts.of(inputs.opening);
  const final = texts.of(inputs.final);
  return model.actors.map((a, i) => {
    const acceptance = inputs.acceptance[i] ?? final.acceptance[i]!;
    const start = opening.acceptance[i]!;
    const found = bestAdoptable(model, texts, i, starts(model, i, inputs.opening, inputs.final))?.acceptance;
    // The final text may beat what the search found (if adopted), or the search may find nothing.
    const best = Math.max(start, found ?? start, inputs.adopted ? acceptance : start);
    const achievable = best - start;
    const share =
      achievable < NOTHING_TO_GAIN
        ? acceptance >= start - 0.05
          ? 1
          : 0
        : Math.min(1, Math.max(0, (acceptance - start) / achievable));
    const gain = 100 * share;
    const adoption = inputs.adopted ? (acceptance >= 50 ? 100 : 0) : 50;
    const survival = 100 * inputs.survival12;
    const total =
      SCORE_WEIGHTS.gain * gain + SCORE_WEIGHTS.adoption * adoption + SCORE_WEIGHTS.survival * survival;
    return { actor: a.actor.id, acceptance, opening: start, best, gain, adoption, survival, total };
  });
}

const one = (x: number) => (Math.round(x * 10) / 10 + 0).toFixed(1);

/**
 * The score in one sentence a student can follow: "Egypt gained 9.0 of the 14.0 points it could have
 * gained (64%); the text was adopted and Egypt accepts it; the ceasefire holds 12 months in 60% of
 * runs: score 73.2."
 */
export function scoreSentence(model: Model, score: Score, adopted: boolean): string {
  const name = model.scenario.actors.find((a) => a.id === score.actor)?.short ?? score.actor;
  const moved = score.acceptance - score.opening;
  const achievable = score.best - score.opening;
  const play =
    achievable < NOTHING_TO_GAIN
      ? moved >= -0.05
        ? `${name} started at the best it could reach (${one(score.opening)}) and kept it`
        : `${name} started at the best it could reach (${one(score.opening)}) and lost ${one(-moved)} points`
      : moved < 0.05
        ? moved <= -0.05
          ? `${name} lost ${one(-moved)} points on the opening draft, when it could have gained ${one(achievable)}`
          : `${name} gained none of the ${one(achievable)} points it could have gained`
        : `${name} gained ${one(Math.min(moved, achievable))} of the ${one(achievable)} points it could have gained (${Math.round(score.gain)}%)`;
  const stake = adopted
    ? score.adoption > 0
      ? `the text was adopted and ${name} accepts it`
      : `the text was adopted though ${name} rejects it`
    : 'no text was adopted';
  return `${play}; ${stake}; the ceasefire holds 12 months in ${Math.round(score.survival)}% of runs: score ${one(score.total)}.`;
}
