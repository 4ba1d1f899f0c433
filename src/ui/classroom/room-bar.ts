// One line a student at a classroom table always sees: who they are, who shares their seat, whether
// the connection holds, and what the table is doing (waiting for the start, paused, over).
import type { Actor, Scenario } from '../../engine/scenario.ts';
import type { TableView } from '../../net/table-client.ts';
import { h } from '../dom.ts';
import { clockElement } from './round-clock.ts';
import './classroom.css';

export interface RoomBarChoices {
  readonly scenario: Scenario;
  readonly me: Actor;
  readonly view: TableView;
  /** The student has asked for the table (before the start, they wait on the briefing). */
  readonly atTable: boolean;
}

export function stageWords(view: TableView, atTable: boolean): string {
  const stage = view.status?.stage ?? 'lobby';
  if (stage === 'lobby')
    return atTable
      ? 'Waiting for the instructor to start the negotiation.'
      : 'Read your briefing: the instructor starts the negotiation when the class is ready.';
  if (stage === 'paused') return 'The instructor has paused the negotiation.';
  if (stage === 'ended') return 'The instructor has ended the session.';
  const game = view.game;
  if (game?.phase === 'finished') return 'The negotiation is over: the debrief is ready.';
  return game ? `Round ${game.round} of ${game.setup.rounds}.` : 'The negotiation has started.';
}

export function renderRoomBar(root: HTMLElement, c: RoomBarChoices): void {
  const holders = c.view.status?.holders ?? [];
  const mine = holders.filter((x) => x.actor === c.me.id && !x.removed);
  const myId = c.view.welcome?.holder;
  const team = mine.filter((x) => x.id !== myId).map((x) => x.name);
  // A team sees who did what: the teammate whose move was the seat's last.
  const last = [...mine].sort((a, b) => (b.lastMove ?? 0) - (a.lastMove ?? 0))[0];
  const byTeammate = team.length > 0 && last && last.lastMove !== null && last.id !== myId ? last.name : null;
  const table = c.view.status ? `Table ${c.view.status.table + 1}` : '';
  const clock = clockElement(c.view.status?.clock);
  root.replaceChildren(
    h('strong', {}, `You are ${c.me.name}`),
    team.length > 0 ? ` with ${team.join(', ')}` : '',
    table ? ` · ${table}` : '',
    ' · ',
    c.view.connected
      ? h('span', { class: 'room-online' }, 'connected')
      : h('span', { class: 'room-offline' }, 'connection lost, reconnecting…'),
    h('span', { class: 'room-stage' }, ` · ${stageWords(c.view, c.atTable)}`),
    ...(clock && c.view.game?.phase !== 'finished' ? [' · ', clock] : []),
    ...(byTeammate
      ? [h('span', { class: 'room-team-move' }, ` · ${byTeammate} made your team's last move.`)]
      : []),
  );
}
