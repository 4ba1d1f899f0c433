// Starting a game and reading its state: whose move it is, the text with changes applied, and the
// utility shifts that scenario events have left.
import { evaluate } from '../acceptance.ts';
import type { ActorId, IssueId, OptionId } from '../ids.ts';
import { type DraftIndex, draftIndex, type Model } from '../model.ts';
import { own } from '../own.ts';
import { err, ok, type Result } from '../result.ts';
import type { Draft } from '../scenario.ts';
import {
  type Change,
  DIFFICULTIES,
  type GameError,
  type GameSetup,
  type GameState,
  SEAT_KINDS,
  type SeatKind,
} from './types.ts';

export type Next =
  | { readonly kind: 'turn'; readonly actor: ActorId }
  | { readonly kind: 'decide'; readonly actor: ActorId }
  | { readonly kind: 'finished' };

export function whoseMove(state: GameState, penHolder: ActorId): Next {
  if (state.phase === 'finished') return { kind: 'finished' };
  if (state.phase === 'deciding') return { kind: 'decide', actor: penHolder };
  return { kind: 'turn', actor: state.order[state.turn]! };
}

export type Waiting =
  | { readonly kind: 'answer'; readonly actor: ActorId; readonly offer: number }
  | { readonly kind: 'turn' | 'decide'; readonly actor: ActorId };

/**
 * Who of the given seat kind must act now: first anyone with an open trade to answer (in the order
 * the trades were made), then whoever has the move. Null if nobody of that kind is awaited.
 */
export function waitingOn(state: GameState, penHolder: ActorId, kind: SeatKind): Waiting | null {
  if (state.phase === 'finished') return null;
  const ofKind = (id: ActorId) => own(state.setup.seats, id) === kind;
  for (const offer of state.offers) {
    if (offer.status !== 'open') continue;
    const actor = offer.to.find((t) => ofKind(t) && !offer.accepted.includes(t));
    if (actor) return { kind: 'answer', actor, offer: offer.id };
  }
  const next = whoseMove(state, penHolder);
  return next.kind !== 'finished' && ofKind(next.actor) ? next : null;
}

export function shiftArray(model: Model, shifts: Readonly<Record<ActorId, number>>): Float64Array {
  return Float64Array.from(model.actors, (a) => own(shifts, a.actor.id) ?? 0);
}

export function withChanges(draft: Draft, changes: readonly Change[]): Draft {
  const next: Record<IssueId, OptionId> = { ...draft };
  for (const c of changes) next[c.issue] = c.option;
  return next;
}

export function indexOf(model: Model, draft: Draft): DraftIndex {
  return draftIndex(model, draft);
}

/** Every actor's acceptance of a text (with the events' shifts), for trajectories and the debrief. */
export function acceptanceOf(
  model: Model,
  draft: Draft,
  shifts: Readonly<Record<ActorId, number>>,
): Record<ActorId, number> {
  const evaluation = evaluate(model, draftIndex(model, draft), { utilityShift: shiftArray(model, shifts) });
  return Object.fromEntries(evaluation.actors.map((a) => [a.actor, Math.round(a.acceptance * 100) / 100]));
}

export function describeChange(model: Model, draft: Draft, change: Change): string {
  const issue = model.scenario.issues.find((i) => i.id === change.issue);
  const label = (id: OptionId | undefined) => issue?.options.find((o) => o.id === id)?.label ?? String(id);
  return `${issue?.title ?? change.issue}: ${label(own(draft, change.issue))} → ${label(change.option)}`;
}

export function newGame(model: Model, setup: GameSetup): Result<GameState, GameError> {
  const bad = (message: string): Result<never, GameError> => err({ code: 'bad-action', message });
  const ids = model.scenario.actors.map((a) => a.id);
  if (
    setup === null ||
    typeof setup !== 'object' ||
    setup.seats === null ||
    typeof setup.seats !== 'object'
  ) {
    return bad('the set-up needs seats, rounds, a seed and a difficulty');
  }
  for (const id of ids) {
    const seat = own(setup.seats, id);
    if (!seat || !(SEAT_KINDS as readonly string[]).includes(seat))
      return bad(`actor '${id}' needs a seat: human or ai`);
  }
  for (const id of Object.keys(setup.seats))
    if (!ids.includes(id as ActorId)) return bad(`'${id}' is not an actor of this scenario`);
  if (!Number.isInteger(setup.rounds) || setup.rounds < 1 || setup.rounds > 20)
    return bad('rounds must be a whole number from 1 to 20');
  if (!Number.isInteger(setup.seed) || setup.seed < 0 || setup.seed > 4_294_967_295)
    return bad('the seed must be a whole number from 0 to 4294967295');
  if (!(DIFFICULTIES as readonly string[]).includes(setup.difficulty))
    return bad(`difficulty must be one of ${DIFFICULTIES.join(', ')}`);
  const text = model.scenario.openingDraft;
  return ok({
    setup,
    phase: 'negotiating',
    round: 1,
    turn: 0,
    order: ids,
    text,
    amendments: [],
    offers: [],
    commitments: [],
    shifts: {},
    trajectory: [acceptanceOf(model, text, {})],
    log: [
      {
        step: 0,
        round: 1,
        kind: 'round-start',
        actor: null,
        text: `Round 1 of ${setup.rounds}: the pen holder's opening draft is on the table.`,
      },
    ],
    actions: [],
    result: null,
  });
}
