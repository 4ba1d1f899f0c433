// The round clock, as a function of the table's stored events and their times: no timer holds it.
// Folding the log gives the deadline (a round's start, or the clock being set, plus the limit; a pause
// stops it and a resume gives the rest back), so after a restart a deadline already past fires at once.
// When it has passed, the seats still to move in the round are moved for by the engine's own actions:
// a pass, or, for a pen holder still to decide, no amendment adopted.
import type { Model } from '../engine/model.ts';
import { applyAction } from '../engine/negotiation/reducer.ts';
import { whoseMove } from '../engine/negotiation/state.ts';
import type { Action, GameState } from '../engine/negotiation/types.ts';
import type { RoundClock, TableStatus } from '../net/protocol.ts';

export type ClockState = { -readonly [K in keyof RoundClock]: RoundClock[K] };

export const noClock = (): ClockState => ({ seconds: null, deadline: null, remaining: null });

/** The reason each move made for a seat whose time ran out carries (and the log shows). */
export const TIME_RAN_OUT = 'Time ran out: the round clock moved for this seat.';

/** What the clock reads of the table, before and after an event. */
export interface ClockView {
  readonly stage: TableStatus['stage'];
  readonly round: number;
}

/**
 * The clock after an event folded at `at`. `seconds` is the instructor's new limit for a clock event
 * (undefined for any other event). A new limit counts from now, also for the round under way.
 */
export function nextClock(
  clock: ClockState,
  before: ClockView,
  after: ClockView,
  at: number,
  seconds?: number | null,
): void {
  if (seconds !== undefined) clock.seconds = seconds;
  const limit = clock.seconds === null ? null : clock.seconds * 1000;
  if (limit === null || after.stage === 'lobby' || after.stage === 'ended') {
    clock.deadline = null;
    clock.remaining = null;
    return;
  }
  const fresh = seconds !== undefined || before.stage === 'lobby' || before.round !== after.round;
  if (after.stage === 'paused') {
    if (fresh) clock.remaining = limit;
    else if (before.stage === 'playing' && clock.deadline !== null)
      clock.remaining = Math.max(0, clock.deadline - at);
    clock.deadline = null;
    return;
  }
  if (fresh) clock.deadline = at + limit;
  else if (before.stage === 'paused') clock.deadline = at + (clock.remaining ?? limit);
  clock.remaining = null;
}

/**
 * The move the clock makes now, if the round's time has run out and a human seat is awaited: a pass
 * on its turn, or the pen holder's decision to adopt nothing. Null otherwise (the AI seats move as
 * always, and the clock moves for the next human seat after them).
 */
export function timeoutMove(
  model: Model,
  game: GameState,
  clock: ClockState,
  now: number,
): { action: Action; game: GameState } | null {
  if (clock.deadline === null || now < clock.deadline) return null;
  const next = whoseMove(game, model.scenario.procedure.penHolder);
  if (next.kind === 'finished' || game.setup.seats[next.actor] !== 'human') return null;
  const action: Action =
    next.kind === 'decide'
      ? { type: 'decide', seat: next.actor, adopt: [], reason: TIME_RAN_OUT }
      : { type: 'pass', seat: next.actor, reason: TIME_RAN_OUT };
  const moved = applyAction(model, game, action);
  if (!moved.ok) throw new Error(`the clock's move was refused (a bug): ${moved.error.message}`);
  return { action, game: moved.value };
}
