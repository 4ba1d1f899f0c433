// A sensible human player, scripted: what a student who reads the table and the pen holder's reasons
// would do with a middle power's seat. On its turn it proposes the amendment (one or two clauses) that
// raises its own acceptance most among those the pen holder would take — because they also win votes,
// lift a veto threat or bring a party on the ground along, or cost the pen holder nothing — and passes
// when there is none. It accepts a trade that raises its acceptance and crosses none of its red lines,
// and refuses the rest. Used by the agency tests (tests/engine/negotiation/agency.test.ts) and by the
// browser tests to choose which amendment to click.
import { evaluate } from '../../src/engine/acceptance.ts';
import type { ActorId } from '../../src/engine/ids.ts';
import { draftIndex, type Model } from '../../src/engine/model.ts';
import { assessWith } from '../../src/engine/negotiation/objective.ts';
import { aiDecide, penHolderVerdict } from '../../src/engine/negotiation/pen-holder.ts';
import { shiftArray, waitingOn, withChanges } from '../../src/engine/negotiation/state.ts';
import type { Action, Change, GameState } from '../../src/engine/negotiation/types.ts';
import { own } from '../../src/engine/own.ts';

/** Clauses a player weighs two at a time: the ones it cares most about. */
const PAIR_CLAUSES = 6;
/** A change worth proposing raises the player's acceptance by at least this much (points). */
const WORTH_IT = 0.5;

/** The player's acceptance of the text on the table with `changes` made (under the events' shifts). */
export function acceptanceWith(
  model: Model,
  state: GameState,
  seat: ActorId,
  changes: readonly Change[],
): number {
  const i = model.actorIndex.get(seat)!;
  const draft = draftIndex(model, withChanges(state.text, changes));
  const shift = shiftArray(model, state.shifts);
  return evaluate(model, draft, { utilityShift: shift, explain: false }).actors[i]!.acceptance;
}

/**
 * Every one-clause change; every pair among the clauses the player cares most about; and every pair of
 * one of those with a change anywhere else — a sweetener for the pen holder, the way a player buys
 * the pen holder's support for what it wants.
 */
function candidates(model: Model, state: GameState, seat: ActorId): Change[][] {
  const moves = (k: number): Change[] => {
    const issue = model.issues[k]!;
    return issue.options
      .filter((o) => o.id !== own(state.text, issue.id))
      .map((o) => ({ issue: issue.id, option: o.id }));
  };
  const out: Change[][] = [];
  model.issues.forEach((_, k) => {
    for (const m of moves(k)) out.push([m]);
  });
  const weights = model.actors[model.actorIndex.get(seat)!]!.prefs.weights;
  const top = [...weights.keys()]
    .filter((k) => (weights[k] ?? 0) > 0)
    .sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b)
    .slice(0, PAIR_CLAUSES);
  for (const k of top)
    model.issues.forEach((_, l) => {
      // Each pair of top clauses once; a top clause with any other clause.
      if (l === k || (top.includes(l) && l < k)) return;
      for (const m of moves(k)) for (const n of moves(l)) out.push([m, n]);
    });
  return out;
}

/**
 * The amendment a sensible player in `seat` would propose now, as clause changes (`{ issue, option }`,
 * ids as the reducer takes them), or null when no amendment both helps it and would be taken by the
 * pen holder. The largest gain first; ties: the fewer changes, then the first in canonical order.
 */
export function sensibleAmendment(model: Model, state: GameState, seat: ActorId): Change[] | null {
  const now = acceptanceWith(model, state, seat, []);
  const ranked = candidates(model, state, seat)
    .map((changes, order) => ({ changes, order, gain: acceptanceWith(model, state, seat, changes) - now }))
    .filter((c) => c.gain >= WORTH_IT)
    .sort((a, b) => b.gain - a.gain || a.changes.length - b.changes.length || a.order - b.order);
  return ranked.find((c) => penHolderVerdict(model, state, seat, c.changes).adopt)?.changes ?? null;
}

/**
 * What a sensible player in `seat` does now: answer a trade put to it, take its turn, or (as pen
 * holder) decide as the AI pen holder would. Null when the game is not waiting on this seat.
 */
export function sensibleMove(model: Model, state: GameState, seat: ActorId): Action | null {
  const penHolder = model.scenario.procedure.penHolder;
  // Ask as if every seat were human: then `waitingOn` names whoever the game is waiting for.
  const everyone = { ...state, setup: { ...state.setup, seats: humanSeats(state) } };
  const next = waitingOn(everyone, penHolder, 'human');
  if (!next || next.actor !== seat) return null;
  if (next.kind === 'answer') {
    const offer = state.offers.find((o) => o.id === next.offer)!;
    const changes = [...offer.give, ...offer.ask];
    const i = model.actorIndex.get(seat)!;
    const after = assessWith(
      model,
      draftIndex(model, withChanges(state.text, changes)),
      shiftArray(model, state.shifts),
    ).actors[i]!.evaluation;
    const helps = !after.absoluteRedLine && after.acceptance > acceptanceWith(model, state, seat, []);
    return { type: 'respond', seat, offer: offer.id, accept: helps };
  }
  if (next.kind === 'decide') return aiDecide(model, state, seat);
  const changes = sensibleAmendment(model, state, seat);
  return changes ? { type: 'propose', seat, changes } : { type: 'pass', seat };
}

function humanSeats(state: GameState): Record<ActorId, 'human'> {
  return Object.fromEntries(Object.keys(state.setup.seats).map((id) => [id, 'human'])) as Record<
    ActorId,
    'human'
  >;
}
