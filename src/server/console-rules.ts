// The instructor's console commands, as table events: which are allowed now, and why not. The game's
// own rules stay the engine's: calling the vote and firing an event are engine actions (the chair's,
// src/engine/negotiation/chair.ts), checked by applyAction like any move; nothing is redone here.
import type { ActorId, EventId } from '../engine/ids.ts';
import { applyAction } from '../engine/negotiation/reducer.ts';
import type { ChairAction, GameState } from '../engine/negotiation/types.ts';
import type { ConsoleMessage, RefusalKind } from '../net/protocol.ts';
import { type Outcome, sentence, setupAtStart, type Table } from './table.ts';

const refuse = (kind: RefusalKind, reason: string): Outcome => ({ ok: false, refusal: { kind, reason } });
const no = (reason: string): Outcome => refuse('rules', reason);

/** The chair's action (call-vote, inject) on the game under way, or why not. */
function chair(table: Table, action: ChairAction): Outcome {
  if (table.stage === 'lobby')
    return refuse('not-started', 'The negotiation has not started yet: start it first.');
  if (table.stage === 'ended' || !table.game || table.game.phase === 'finished')
    return refuse('ended', 'The negotiation is over: the Council has voted.');
  const next = applyAction(table.model, table.game, action);
  if (!next.ok) return no(sentence(next.error.message));
  const stored = next.value.actions[next.value.actions.length - 1] as ChairAction;
  return { ok: true, event: { kind: 'action', action: stored, by: null }, game: next.value as GameState };
}

/** The instructor's commands (already read by the protocol's schema), as table events. */
export function consoleOutcome(table: Table, raw: Record<string, unknown>): Outcome {
  const message = raw as ConsoleMessage;
  const command = message.command;
  if (command === 'start') {
    if (table.stage !== 'lobby') return no('The negotiation has already started.');
    return { ok: true, event: { kind: 'start', setup: setupAtStart(table) } };
  }
  if (command === 'pause' || command === 'resume' || command === 'end') {
    if (table.stage === 'ended') return no('The negotiation is over.');
    if (command === 'pause' && table.stage !== 'playing')
      return no('Only a negotiation under way can be paused.');
    if (command === 'resume' && table.stage !== 'paused') return no('The negotiation is not paused.');
    return { ok: true, event: { kind: 'control', command } };
  }
  if (command === 'news') {
    const actors = new Set(table.model.scenario.actors.map((a) => a.id as string));
    const to = (message.to ?? []).filter((t) => actors.has(t)) as ActorId[];
    return { ok: true, event: { kind: 'chat', from: null, by: null, to, text: message.text, news: true } };
  }
  if (command === 'clock') {
    if (table.stage === 'ended')
      return refuse('ended', 'The negotiation is over: there is no round to time.');
    return { ok: true, event: { kind: 'clock', seconds: message.seconds } };
  }
  if (command === 'call-vote') return chair(table, { type: 'call-vote' });
  // The engine says which events the scenario has, and which have happened already.
  if (command === 'inject') return chair(table, { type: 'inject', event: message.event as EventId });
  if (!('holder' in message)) return no('The server could not read that command.');
  const holder = table.holders.get(message.holder);
  if (!holder) return no('No such student at this table.');
  return { ok: true, event: { kind: 'holder', command: message.command, holder: holder.id } };
}
