// One table on the instructor's console: what it is doing, the predicted vote, consent on the
// ground, a quick ceasefire estimate, refused messages, and every seat (its students, whether they
// are connected, acceptance and stance, who is to move), with the table's controls. The console sees
// every seat's game; it sends commands, and the server decides.
import type { Assessment } from '../../engine/assess.ts';
import { sortByActor } from '../../engine/display-order.ts';
import type { CeasefireOutlook } from '../../engine/montecarlo.ts';
import { whoseMove } from '../../engine/negotiation/state.ts';
import type { GameState } from '../../engine/negotiation/types.ts';
import type { Scenario } from '../../engine/scenario.ts';
import type { HolderView, TableStatus } from '../../net/protocol.ts';
import { h } from '../dom.ts';

export interface ConsoleTableChoices {
  readonly scenario: Scenario;
  readonly status: TableStatus | null;
  readonly game: GameState | null;
  readonly connected: boolean;
  /** The engine's assessment of the text on the table (null before the start). */
  readonly assessment: Assessment | null;
  /** The outlook of the text on the table, as the students' own screens compute it (null: on its way). */
  readonly outlook: CeasefireOutlook | null;
  readonly onCommand: (message: Record<string, unknown>) => void;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function stageLine(c: ConsoleTableChoices): string {
  const stage = c.status?.stage ?? 'lobby';
  const g = c.game;
  if (g?.phase === 'finished') return 'Finished: voted';
  if (stage === 'lobby') return 'Waiting to start';
  if (stage === 'ended') return 'Session ended';
  const round = g ? `Round ${g.round} of ${g.setup.rounds}` : '';
  return stage === 'paused'
    ? `${round} · paused`
    : `${round} · ${g?.phase === 'deciding' ? 'the pen holder decides' : 'negotiating'}`;
}

function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

function facts(c: ConsoleTableChoices): HTMLElement {
  const a = c.assessment;
  const result = c.game?.phase === 'finished' ? c.game.result : null;
  const items: HTMLElement[] = [];
  if (result) {
    const v = result.vote;
    items.push(
      h(
        'li',
        {},
        `${v.adopted ? 'Adopted' : 'Not adopted'}: ${v.yes.length} yes, ${v.no.length} no, ${v.abstain.length} abstain`,
      ),
    );
    const last = result.ceasefire.collapse[result.ceasefire.collapse.length - 1];
    if (last) items.push(h('li', {}, `Ceasefire collapse by month ${last.month}: ${pct(last.probability)}`));
  } else if (a) {
    const v = a.vote;
    items.push(
      h(
        'li',
        {},
        `Vote now: ${v.yes.length} yes, ${v.no.length} no, ${v.abstain.length} abstain — ${v.adopted ? 'would pass' : 'would fail'}`,
      ),
    );
    items.push(
      h(
        'li',
        {},
        a.groundConsent.holds
          ? 'Parties on the ground: consent'
          : `Parties on the ground withholding consent: ${a.groundConsent.blockers.map((id) => c.scenario.actors.find((x) => x.id === id)?.name ?? 'one party').join(', ')}`,
      ),
    );
    const last = c.outlook?.collapse[c.outlook.collapse.length - 1];
    items.push(
      h(
        'li',
        {},
        last
          ? `Ceasefire collapse by month ${last.month}: ${pct(last.probability)}`
          : 'Ceasefire outlook: computing…',
      ),
    );
  }
  const refused = c.status?.refused;
  const total = refused ? Object.values(refused).reduce((x, y) => x + y, 0) : 0;
  if (total > 0)
    items.push(h('li', { class: 'refused' }, `${total} message${total === 1 ? '' : 's'} refused`));
  return h('ul', { class: 'console-facts' }, ...items);
}

function holderItem(x: HolderView, c: ConsoleTableChoices): HTMLElement {
  const dot = h('span', {
    class: x.connected ? 'dot on' : 'dot off',
    title: x.connected ? 'connected' : 'not connected',
  });
  return h(
    'li',
    {},
    dot,
    ` ${x.name}${x.muted ? ' (muted)' : ''} `,
    button(
      x.muted ? 'Unmute' : 'Mute',
      () => c.onCommand({ command: x.muted ? 'unmute' : 'mute', holder: x.id }),
      {
        class: 'small',
        'aria-label': `${x.muted ? 'Unmute' : 'Mute'} ${x.name}`,
      },
    ),
    button('Remove', () => c.onCommand({ command: 'remove', holder: x.id }), {
      class: 'small danger',
      'aria-label': `Remove ${x.name}`,
    }),
  );
}

function seatRows(c: ConsoleTableChoices): HTMLElement {
  const holders = c.status?.holders ?? [];
  const g = c.game;
  const next = g ? whoseMove(g, c.scenario.procedure.penHolder) : null;
  const toMove = next && next.kind !== 'finished' ? next.actor : null;
  const movedThisRound = new Set(
    g ? g.log.filter((e) => e.round === g.round && e.actor).map((e) => e.actor) : [],
  );
  const byActor = new Map(c.assessment?.actors.map((x) => [x.evaluation.actor as string, x]) ?? []);
  const rows = sortByActor(c.scenario, c.scenario.actors, (a) => a.id).map((actor) => {
    const mine = holders.filter((x) => x.actor === actor.id && !x.removed);
    const assessed = byActor.get(actor.id);
    const state = !g ? '' : actor.id === toMove ? 'to move' : movedThisRound.has(actor.id) ? 'moved' : '';
    return h(
      'tr',
      actor.id === toMove ? { class: 'to-move' } : {},
      h('th', { scope: 'row' }, actor.name),
      h(
        'td',
        {},
        mine.length > 0 ? h('ul', { class: 'holders' }, ...mine.map((x) => holderItem(x, c))) : 'AI',
      ),
      h('td', { class: 'num' }, assessed ? String(Math.round(assessed.evaluation.acceptance)) : '—'),
      h('td', {}, assessed?.stance ?? '—'),
      h('td', {}, state),
    );
  });
  return h(
    'table',
    { class: 'console-seats' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Actor', 'Students', 'Acceptance (0–100)', 'Stance', 'This round'].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

export function renderConsoleTable(root: HTMLElement, c: ConsoleTableChoices): void {
  const stage = c.status?.stage ?? 'lobby';
  const finished = c.game?.phase === 'finished';
  const controls = h(
    'p',
    { class: 'console-controls' },
    ...(stage === 'lobby'
      ? [button('Start', () => c.onCommand({ command: 'start' }), { class: 'primary' })]
      : []),
    ...(stage === 'playing' && !finished ? [button('Pause', () => c.onCommand({ command: 'pause' }))] : []),
    ...(stage === 'paused'
      ? [button('Resume', () => c.onCommand({ command: 'resume' }), { class: 'primary' })]
      : []),
  );
  const n = (c.status?.table ?? 0) + 1;
  root.replaceChildren(
    h(
      'header',
      {},
      h('h3', {}, `Table ${n}`),
      h('p', { class: 'console-stage' }, stageLine(c), c.connected ? '' : ' · console reconnecting…'),
    ),
    facts(c),
    controls,
    seatRows(c),
  );
}
