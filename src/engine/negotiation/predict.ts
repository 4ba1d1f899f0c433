// What a trade would do before it is sent: for each addressee, whether it would accept and why (an AI
// answers exactly as it would if the offer were made — the same `aiResponse` on the state with the
// offer applied), and what the joint amendment would do to the offerer's and each addressee's
// acceptance. Pure: the same model, state and offer always give the same prediction.
import type { ActorId } from '../ids.ts';
import { draftIndex, type Model } from '../model.ts';
import { own } from '../own.ts';
import { err, ok, type Result } from '../result.ts';
import { aiResponse } from './ai.ts';
import { assessWith } from './objective.ts';
import { applyAction } from './reducer.ts';
import { shiftArray, withChanges } from './state.ts';
import type { Change, GameError, GameState, SeatKind } from './types.ts';

/** A trade being composed: sent as an `offer`, or as a `counter` to offer `counter` if given. */
export interface ProposedOffer {
  readonly to: readonly ActorId[];
  readonly give: readonly Change[];
  readonly ask: readonly Change[];
  readonly voteYes: boolean;
  readonly counter?: number | null;
}

export interface AcceptanceChange {
  readonly actor: ActorId;
  readonly before: number;
  readonly after: number;
}

export interface Reaction extends AcceptanceChange {
  readonly seat: SeatKind;
  /** What the actor would answer if an AI played it (for a human seat: what the AI in its place would do). */
  readonly wouldAccept: boolean;
  /** One sentence: who decides, the answer, and the numbers behind it. */
  readonly reason: string;
}

export interface OfferPrediction {
  readonly offerer: AcceptanceChange;
  readonly reactions: readonly Reaction[];
  /** True when every addressee is an AI that would accept: the trade would become a joint amendment. */
  readonly jointAmendment: boolean;
  /** Council votes for the text now and with the trade's changes. */
  readonly yesVotes: { readonly before: number; readonly after: number };
}

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

/** The acceptance of `actors` now and if the trade's changes were made to the text. */
export function tradeEffect(
  model: Model,
  state: GameState,
  changes: readonly Change[],
  actors: readonly ActorId[],
): { readonly changes: AcceptanceChange[]; readonly yesVotes: OfferPrediction['yesVotes'] } {
  const shift = shiftArray(model, state.shifts);
  const now = assessWith(model, draftIndex(model, state.text), shift);
  const then = assessWith(model, draftIndex(model, withChanges(state.text, changes)), shift);
  const of = (id: ActorId): AcceptanceChange => {
    const i = model.actorIndex.get(id)!;
    return {
      actor: id,
      before: now.actors[i]!.evaluation.acceptance,
      after: then.actors[i]!.evaluation.acceptance,
    };
  };
  return {
    changes: actors.map(of),
    yesVotes: { before: now.vote.yes.length, after: then.vote.yes.length },
  };
}

/**
 * Predicts the addressees' answers to a trade `seat` is composing. An offer the rules would refuse
 * (not your turn, a clause on both sides, a change the text already has…) gives the rules' error.
 */
export function predictOffer(
  model: Model,
  state: GameState,
  seat: ActorId,
  proposed: ProposedOffer,
): Result<OfferPrediction, GameError> {
  const counter = proposed.counter ?? null;
  const action =
    counter === null
      ? {
          type: 'offer',
          seat,
          to: proposed.to,
          give: proposed.give,
          ask: proposed.ask,
          voteYes: proposed.voteYes,
        }
      : {
          type: 'counter',
          seat,
          offer: counter,
          give: proposed.give,
          ask: proposed.ask,
          voteYes: proposed.voteYes,
        };
  const sent = applyAction(model, state, action);
  if (!sent.ok) return err(sent.error);
  const hypothetical = sent.value;
  const offer = hypothetical.offers[hypothetical.offers.length - 1]!;
  const name = (id: ActorId) => model.scenario.actors.find((a) => a.id === id)?.short ?? id;
  const effect = tradeEffect(model, state, [...offer.give, ...offer.ask], [seat, ...offer.to]);
  const reactions = offer.to.map((to, i): Reaction => {
    const answer = aiResponse(model, hypothetical, to, offer.id);
    const wouldAccept = answer.type === 'respond' && answer.accept;
    const why = (answer.type === 'respond' ? (answer.reason ?? '') : '')
      .replace(/^Reason: /, '')
      .replace(/\.$/, '');
    const kind = own(state.setup.seats, to) ?? 'ai';
    const change = effect.changes[i + 1]!;
    const reason =
      kind === 'human'
        ? `It is up to ${name(to)}, a human player: the trade takes it from ${change.before.toFixed(1)} to ${change.after.toFixed(1)} (${signed(change.after - change.before)}); an AI in its place would ${wouldAccept ? 'accept' : 'refuse'}.`
        : `${name(to)} would ${wouldAccept ? 'accept' : 'refuse'}: ${why}.`;
    return { ...change, seat: kind, wouldAccept, reason };
  });
  return ok({
    offerer: effect.changes[0]!,
    reactions,
    jointAmendment: reactions.every((r) => r.seat === 'ai' && r.wouldAccept),
    yesVotes: effect.yesVotes,
  });
}
