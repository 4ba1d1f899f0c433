// One table of a classroom session, as plain data and pure functions: what its stored events fold
// into, and which event (if any) a client's message becomes. The Colyseus room (table-room.ts) only
// carries messages in and views out; the rules are the engine's own reducer and AI, never redone here.

import { actorsInDisplayOrder } from '../engine/display-order.ts';
import type { ActorId } from '../engine/ids.ts';
import type { Model } from '../engine/model.ts';
import { applyAction } from '../engine/negotiation/reducer.ts';
import { nextAiAction } from '../engine/negotiation/runner.ts';
import { newGame } from '../engine/negotiation/state.ts';
import type { Action, GameAction, GameSetup, GameState } from '../engine/negotiation/types.ts';
import type { ChatEntry, Refusal, RefusalKind, TableStatus } from '../net/protocol.ts';
import { REFUSAL_KINDS } from '../net/protocol.ts';
import { type ClockState, nextClock, noClock, timeoutMove } from './clock.ts';
import type { SessionRecord } from './storage.ts';

export type TableEvent =
  | {
      readonly kind: 'seat';
      readonly holder: string;
      readonly name: string;
      readonly actor: ActorId;
      readonly tokenHash: string;
    }
  | { readonly kind: 'start'; readonly setup: GameSetup }
  | { readonly kind: 'action'; readonly action: GameAction; readonly by: string | null }
  | {
      readonly kind: 'chat';
      readonly from: ActorId | null;
      readonly by: string | null;
      readonly to: readonly ActorId[];
      readonly text: string;
      readonly news: boolean;
    }
  | { readonly kind: 'control'; readonly command: 'pause' | 'resume' | 'end' }
  | { readonly kind: 'holder'; readonly command: 'mute' | 'unmute' | 'remove'; readonly holder: string }
  /** The round clock's limit in seconds, from now on (null: none). */
  | { readonly kind: 'clock'; readonly seconds: number | null };

export interface Holder {
  readonly id: string;
  readonly name: string;
  readonly actor: ActorId;
  readonly tokenHash: string;
  muted: boolean;
  removed: boolean;
  /** Moves this student made for their seat, and the game step of the last one (a team sees who did what). */
  moves: number;
  lastMove: number | null;
}

export interface Table {
  readonly model: Model;
  readonly session: SessionRecord;
  readonly index: number;
  stage: TableStatus['stage'];
  game: GameState | null;
  readonly holders: Map<string, Holder>;
  readonly chat: ChatEntry[];
  /** The round clock, as the stored events and their times give it. */
  readonly clock: ClockState;
  /** Events folded so far (the next stored event is `events + 1`). */
  events: number;
  readonly refused: Record<RefusalKind, number>;
}

export function emptyTable(model: Model, session: SessionRecord, index: number): Table {
  return {
    model,
    session,
    index,
    stage: 'lobby',
    game: null,
    holders: new Map(),
    chat: [],
    clock: noClock(),
    events: 0,
    refused: Object.fromEntries(REFUSAL_KINDS.map((k) => [k, 0])) as Record<RefusalKind, number>,
  };
}

/** Who sent a message: a seat's holder, or the instructor's console. */
export type Sender = { readonly role: 'seat'; readonly holder: Holder } | { readonly role: 'console' };

const refuse = (kind: RefusalKind, reason: string): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { kind, reason },
});
export type Outcome = { ok: true; event: TableEvent; game?: GameState } | { ok: false; refusal: Refusal };

/** The set-up when the instructor starts: a seat with a student is human, every other seat AI. */
export function setupAtStart(table: Table): GameSetup {
  const taken = new Set([...table.holders.values()].filter((h) => !h.removed).map((h) => h.actor));
  const seats = Object.fromEntries(
    table.model.scenario.actors.map((a) => [a.id, taken.has(a.id) ? 'human' : 'ai']),
  ) as GameSetup['seats'];
  const { rounds, seed, difficulty } = table.session;
  return { seats, rounds, seed, difficulty };
}

/**
 * Applies one stored event. `game`, when given, is the state the caller already computed for an
 * action event (so a move is not applied twice). Throws only on a log that this server did not
 * write: an event the rules refuse cannot have been stored by it.
 */
export function fold(table: Table, event: TableEvent, at: number, game?: GameState): void {
  const before = { stage: table.stage, round: table.game?.round ?? 0 };
  foldEvent(table, event, at, game);
  const after = { stage: table.stage, round: table.game?.round ?? 0 };
  nextClock(table.clock, before, after, at, event.kind === 'clock' ? event.seconds : undefined);
}

function foldEvent(table: Table, event: TableEvent, at: number, game?: GameState): void {
  table.events += 1;
  switch (event.kind) {
    case 'seat':
      table.holders.set(event.holder, {
        id: event.holder,
        name: event.name,
        actor: event.actor,
        tokenHash: event.tokenHash,
        muted: false,
        removed: false,
        moves: 0,
        lastMove: null,
      });
      return;
    case 'start': {
      const start = newGame(table.model, event.setup);
      if (!start.ok) throw new Error(`stored set-up refused: ${start.error.message}`);
      table.game = start.value;
      table.stage = 'playing';
      return;
    }
    case 'action': {
      if (!table.game) throw new Error('stored action before the start');
      const next = game
        ? { ok: true as const, value: game }
        : applyAction(table.model, table.game, event.action);
      if (!next.ok) throw new Error(`stored action refused: ${next.error.message}`);
      table.game = next.value;
      const mover = event.by ? table.holders.get(event.by) : undefined;
      if (mover) {
        mover.moves += 1;
        mover.lastMove = table.game.actions.length;
      }
      if (table.game.phase === 'finished') table.stage = 'ended';
      return;
    }
    case 'chat':
      table.chat.push({
        at,
        from: event.from,
        by: event.by,
        to: event.to,
        text: event.text,
        news: event.news,
      });
      return;
    case 'control':
      if (event.command === 'end') table.stage = 'ended';
      else if (table.stage === 'playing' || table.stage === 'paused')
        table.stage = event.command === 'pause' ? 'paused' : 'playing';
      return;
    case 'holder': {
      const holder = table.holders.get(event.holder);
      if (!holder) return;
      if (event.command === 'remove') holder.removed = true;
      else holder.muted = event.command === 'mute';
      return;
    }
    case 'clock':
      return;
  }
}

/** Why a table takes no moves now, or null if it does. */
function closed(table: Table): Refusal | null {
  if (table.stage === 'lobby')
    return { kind: 'not-started', reason: 'The instructor has not started the negotiation yet.' };
  if (table.stage === 'paused')
    return { kind: 'paused', reason: 'The instructor has paused the negotiation.' };
  if (table.stage === 'ended' || !table.game || table.game.phase === 'finished')
    return { kind: 'ended', reason: 'The negotiation is over: the Council has voted.' };
  return null;
}

/** A student's move: it must be for this round, for the student's own seat, and within the rules. */
export function act(table: Table, sender: Sender, round: number, raw: Record<string, unknown>): Outcome {
  if (sender.role !== 'seat') return refuse('wrong-seat', 'The console does not play a seat.');
  const shut = closed(table);
  if (shut) return { ok: false, refusal: shut };
  const game = table.game as GameState;
  if (round !== game.round)
    return refuse('stale', `That move was for round ${round}; the table is in round ${game.round}.`);
  if (raw.seat !== sender.holder.actor) return refuse('wrong-seat', 'You can only move for your own seat.');
  const next = applyAction(table.model, game, raw);
  if (!next.ok) return refuse('rules', sentence(next.error.message));
  const action = next.value.actions[next.value.actions.length - 1] as Action;
  return { ok: true, event: { kind: 'action', action, by: sender.holder.id }, game: next.value };
}

export const sentence = (text: string): string =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/** The next AI move, if the table is playing and an AI seat is awaited. */
export function aiMove(table: Table): Outcome | null {
  if (table.stage !== 'playing' || !table.game) return null;
  const action = nextAiAction(table.model, table.game);
  if (!action) return null;
  const next = applyAction(table.model, table.game, action);
  if (!next.ok) throw new Error(`AI action refused (a bug): ${next.error.message}`);
  return { ok: true, event: { kind: 'action', action, by: null }, game: next.value };
}

/** The round clock's move, if this round's time has run out and a human seat is awaited. */
export function clockMove(table: Table, now: number): Outcome | null {
  if (table.stage !== 'playing' || !table.game) return null;
  const move = timeoutMove(table.model, table.game, table.clock, now);
  return move && { ok: true, event: { kind: 'action', action: move.action, by: null }, game: move.game };
}

/** A private message between seats; the instructor reads them all. */
export function chat(table: Table, sender: Sender, to: readonly string[], text: string): Outcome {
  if (sender.role !== 'seat') return refuse('wrong-seat', 'The console sends news, not chat.');
  if (sender.holder.muted) return refuse('muted', 'The instructor has muted your messages.');
  const actors = new Set(table.model.scenario.actors.map((a) => a.id as string));
  const unknown = to.find((t) => !actors.has(t));
  if (unknown !== undefined) return refuse('malformed', 'A message can only go to the actors at this table.');
  const recipients = [...new Set(to)].filter((t) => t !== sender.holder.actor) as ActorId[];
  if (recipients.length === 0) return refuse('malformed', 'Choose at least one other seat to write to.');
  return {
    ok: true,
    event: {
      kind: 'chat',
      from: sender.holder.actor,
      by: sender.holder.id,
      to: recipients,
      text,
      news: false,
    },
  };
}

/** Which seat a newcomer takes: the instructor's plan, the one asked for, or a free one. */
export function seatFor(table: Table, name: string, asked?: string): ActorId | Refusal {
  const playable = actorsInDisplayOrder(table.model.scenario).filter((a) => a.player);
  const holders = [...table.holders.values()].filter((h) => !h.removed);
  const count = (id: string) => holders.filter((h) => h.actor === id).length;
  const planned = table.session.plan[name];
  const human = (id: string) => table.game?.setup.seats[id as ActorId] === 'human';
  // Once the game has started, the AI seats are fixed: a newcomer joins a team.
  const open = playable.filter((a) => table.stage === 'lobby' || human(a.id));
  const want = planned ?? asked;
  if (want !== undefined) {
    const seat = open.find((a) => a.id === want);
    if (!seat) return { kind: 'rules', reason: 'That seat cannot be taken at this table now.' };
    return seat.id;
  }
  if (open.length === 0)
    return { kind: 'rules', reason: 'Every seat at this table is played by the AI now.' };
  const free = open.find((a) => count(a.id) === 0);
  if (free) return free.id;
  const fewest = [...open].sort((a, b) => count(a.id) - count(b.id))[0];
  return (fewest as (typeof open)[number]).id;
}
