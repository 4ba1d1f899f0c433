// The AI pen holder's decision. A pen holder wants its text adopted, by as wide a margin as it can get,
// without giving away what it came for. So it takes an amendment that widens support — wins a Council
// vote, lifts a permanent member's veto threat, brings a party on the ground to go along, or makes the
// text adoptable at all — if what the amendment costs it is worth that support; it takes an amendment
// that helps itself and loses no support; it rejects the rest, and never one that would sink the text,
// cross its own red line or leave it unable to vote for its own draft. Each amendment gets one sentence
// a student can follow, with actor names and option labels, never ids. Co-pen holders (the format's
// procedure.co_pen_holders) each judge an amendment so; it enters the text only if all of them take it.
import { type Assessment, assess } from '../assess.ts';
import type { ActorId } from '../ids.ts';
import { draftIndex, type Model } from '../model.ts';
import { own } from '../own.ts';
import type { Draft } from '../scenario.ts';
import { shiftArray, withChanges } from './state.ts';
import type { Action, Amendment, Change, Commitment, GameState } from './types.ts';

/**
 * Game rules, not judgements about the world (docs/game.md, "The AI pen holder"): the acceptance points
 * a pen holder gives up for each supporter it wins (a vote, a lifted veto threat, a party on the ground
 * that goes along), and how much more a supporter is worth while the vote is in doubt (margin to nine
 * of one or less, or the text not adoptable).
 */
export const POINTS_PER_SUPPORTER = 4;
export const IN_DOUBT_FACTOR = 2;
/** Own gain (acceptance points) below which an amendment does nothing for the pen holder. */
const NOTHING = 0.1;

const fmt = (x: number) => Math.abs(x).toFixed(1);

/** Names joined for a sentence: "A", "A and B", "A, B and C". */
function list(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/**
 * The text as the Council would see it: the events' shifts, and the yes votes of members bound by an
 * accepted trade whose changes the text contains (as in the final vote).
 */
function assessText(
  model: Model,
  text: Draft,
  shift: Float64Array,
  commitments: readonly Commitment[],
): Assessment {
  const members = new Set<ActorId>(model.scenario.procedure.members);
  const bound = new Set(
    commitments
      .filter((c) => members.has(c.by) && c.changes.every((ch) => own(text, ch.issue) === ch.option))
      .map((c) => c.by),
  );
  const options = shift.some((x) => x !== 0) ? { utilityShift: shift } : {};
  return assess(model, draftIndex(model, text), bound.size ? { ...options, forceYes: bound } : options);
}

interface Support {
  readonly votes: readonly ActorId[];
  readonly vetoes: readonly ActorId[];
  readonly ground: readonly ActorId[];
}

const minus = (a: readonly ActorId[], b: readonly ActorId[]) => a.filter((x) => !b.includes(x));

function supportChange(before: Assessment, after: Assessment): { won: Support; lost: Support } {
  const blockers = (a: Assessment) => a.groundConsent.blockers;
  return {
    won: {
      votes: minus(after.vote.yes, before.vote.yes),
      vetoes: minus(before.vetoRisk, after.vetoRisk),
      ground: minus(blockers(before), blockers(after)),
    },
    lost: {
      votes: minus(before.vote.yes, after.vote.yes),
      vetoes: minus(after.vetoRisk, before.vetoRisk),
      ground: minus(blockers(after), blockers(before)),
    },
  };
}

const count = (s: Support) => s.votes.length + s.vetoes.length + s.ground.length;

/** "wins Somalia's vote, lifts China's veto threat and brings Hamas to go along on the ground". */
function supportWords(s: Support, name: (id: ActorId) => string, verbs: readonly [string, string]): string {
  const parts: string[] = [];
  const votes = s.votes.map(name);
  if (votes.length === 1) parts.push(`${verbs[0]} ${possessive(votes[0]!)} vote`);
  else if (votes.length > 1) parts.push(`${verbs[0]} the votes of ${list(votes)}`);
  if (s.vetoes.length)
    parts.push(
      verbs[0] === 'wins'
        ? `lifts the veto threat of ${list(s.vetoes.map(name))}`
        : `raises a veto threat from ${list(s.vetoes.map(name))}`,
    );
  if (s.ground.length)
    parts.push(
      verbs[0] === 'wins'
        ? `brings ${list(s.ground.map(name))} to go along on the ground`
        : `turns ${list(s.ground.map(name))} against it on the ground`,
    );
  return list(parts);
}

export interface Verdict {
  readonly adopt: boolean;
  /** One sentence: "Adopted A2 (Egypt): it wins Somalia's vote at a cost of 2.0 points to United States." */
  readonly sentence: string;
}

/** The pen holder's judgement of one amendment that would take the text from `before` to `after`. */
function judge(model: Model, pen: number, before: Assessment, after: Assessment, label: string): Verdict {
  const shortOf = (id: ActorId) => model.scenario.actors.find((a) => a.id === id)?.short ?? id;
  const me = model.actors[pen]!.actor.short;
  const t = model.scenario.procedure.thresholds;
  const was = before.actors[pen]!.evaluation.acceptance;
  const now = after.actors[pen]!.evaluation;
  const cost = was - now.acceptance;
  const rejected = (why: string): Verdict => ({ adopt: false, sentence: `Rejected ${label}: ${why}.` });
  const adopted = (why: string): Verdict => ({ adopt: true, sentence: `Adopted ${label}: ${why}.` });
  const costWords =
    cost > NOTHING / 2
      ? `at a cost of ${fmt(cost)} points to ${me}`
      : cost < -NOTHING / 2
        ? `and gives ${me} ${fmt(cost)} more points`
        : `at no cost to ${me}`;

  if (now.absoluteRedLine) {
    const line = now.redLines.find((r) => r.severity === 'absolute')?.text;
    return rejected(`it crosses a red line of ${me}${line ? ` (${line.replace(/\.$/, '')})` : ''}`);
  }
  // A pen holder that could vote for the text will not make it one it could not vote for. (One
  // that already could not — a co-pen holder the text has left behind, or a lead after events —
  // judges by cost and support like any other amendment.)
  if (now.acceptance < t.support && was >= t.support)
    return rejected(
      `${me} could no longer vote for its own text (its acceptance would fall from ${fmt(was)} to ${fmt(now.acceptance)})`,
    );
  const { won, lost } = supportChange(before, after);
  if (before.vote.adopted && !after.vote.adopted) {
    const sinkers = after.vote.vetoes.length ? after.vote.vetoes : lost.votes;
    const verb = after.vote.vetoes.length ? 'would veto it' : 'would no longer vote in favour';
    return rejected(`it would sink the text: ${list(sinkers.map(shortOf))} ${verb}`);
  }
  if (!before.vote.adopted && after.vote.adopted)
    return adopted(
      `it makes the text adoptable (${after.vote.yes.length} votes in favour and no veto) ${costWords}`,
    );
  const gained = count(won);
  const net = gained - count(lost);
  if (net < 0)
    return rejected(
      `it ${supportWords(lost, shortOf, ['loses', 'loses'])}${gained ? ` and only ${supportWords(won, shortOf, ['wins', 'wins'])}` : ''}`,
    );
  if (net > 0) {
    const inDoubt = !before.vote.adopted || before.vote.marginToNine <= 1;
    const worth = net * POINTS_PER_SUPPORTER * (inDoubt ? IN_DOUBT_FACTOR : 1);
    const what = supportWords(won, shortOf, ['wins', 'wins']);
    return cost <= worth
      ? adopted(`it ${what}${what.includes(' and ') ? ',' : ''} ${costWords}`)
      : rejected(
          `it ${what} but would cost ${me} ${fmt(cost)} points, more than the ${fmt(worth)} that support is worth to it${inDoubt ? ' with the vote in doubt' : ''}`,
        );
  }
  if (cost < -NOTHING) return adopted(`it gives ${me} ${fmt(cost)} more points and loses no support`);
  return cost > NOTHING
    ? rejected(`it would cost ${me} ${fmt(cost)} points and wins no vote`)
    : rejected(`it wins no vote and does nothing for ${me}`);
}

/**
 * Whether the AI pen holder would take an amendment that takes the text from `before` to `after`
 * (assessed without trade commitments): what an AI proposer checks before it proposes.
 */
export function penHolderWouldAdopt(model: Model, before: Assessment, after: Assessment): boolean {
  return judgeJointly(model, before, after, '').adopt;
}

/** The pen holder first, then its co-pen holders (procedure.co_pen_holders), in canonical order. */
export function penHolders(model: Model): readonly ActorId[] {
  const { penHolder, coPenHolders } = model.scenario.procedure;
  return [penHolder, ...(coPenHolders ?? [])];
}

/**
 * Co-pen holders hold the pen together: an amendment enters the text only if each of them would take
 * it. The sentence is the lead's when all take it, or that of the first who would not.
 */
function judgeJointly(model: Model, before: Assessment, after: Assessment, label: string): Verdict {
  let first: Verdict | null = null;
  for (const id of penHolders(model)) {
    const verdict = judge(model, model.actorIndex.get(id)!, before, after, label);
    if (!verdict.adopt) return verdict;
    first ??= verdict;
  }
  return first!;
}

/** "A2 (Egypt)" or, for a trade's joint amendment, "A5 (Egypt with Qatar)". */
function amendmentLabel(model: Model, a: Pick<Amendment, 'id' | 'by' | 'with'>): string {
  const shortOf = (id: ActorId) => model.scenario.actors.find((x) => x.id === id)?.short ?? id;
  const co = a.with.length ? ` with ${list(a.with.map(shortOf))}` : '';
  return `A${a.id} (${shortOf(a.by)}${co})`;
}

/**
 * The pen holder's verdict on each of the round's pending amendments, in order: each is judged against
 * the text as the amendments adopted before it have left it.
 */
export function penHolderVerdicts(
  model: Model,
  state: GameState,
): Array<Verdict & { readonly amendment: number }> {
  const shift = shiftArray(model, state.shifts);
  let text = state.text;
  let current = assessText(model, text, shift, state.commitments);
  const out: Array<Verdict & { readonly amendment: number }> = [];
  for (const a of state.amendments.filter((x) => x.round === state.round && x.status === 'pending')) {
    const candidate = withChanges(text, a.changes);
    const after = assessText(model, candidate, shift, state.commitments);
    const verdict = judgeJointly(model, current, after, amendmentLabel(model, a));
    out.push({ amendment: a.id, ...verdict });
    if (verdict.adopt) {
      text = candidate;
      current = after;
    }
  }
  return out;
}

/**
 * What the AI pen holder would say of an amendment `by` proposed to the text on the table now (before
 * the round's other amendments): for previews and for players deciding what to propose.
 */
export function penHolderVerdict(
  model: Model,
  state: GameState,
  by: ActorId,
  changes: readonly Change[],
): Verdict {
  const shift = shiftArray(model, state.shifts);
  const before = assessText(model, state.text, shift, state.commitments);
  const after = assessText(model, withChanges(state.text, changes), shift, state.commitments);
  const id = state.amendments.length + 1;
  return judgeJointly(model, before, after, amendmentLabel(model, { id, by, with: [] }));
}

/** The AI pen holder's decision: the amendments it adopts, with one sentence for every amendment. */
export function aiDecide(model: Model, state: GameState, seat: ActorId): Action {
  const verdicts = penHolderVerdicts(model, state);
  const adopt = verdicts.filter((v) => v.adopt).map((v) => v.amendment);
  const reason = verdicts.length
    ? `Reason: ${verdicts.map((v) => v.sentence).join(' ')}`
    : 'Reason: no amendment was proposed this round.';
  return { type: 'decide', seat, adopt, reason };
}
