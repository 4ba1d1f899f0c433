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
import { headlineCollapse } from '../../state/class-debrief.ts';
import { button, h } from '../dom.ts';
import { CLOCK_CHOICES, clockChoiceLabel, clockElement } from './round-clock.ts';

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
  /** Why the server refused the console's last command here, if it did. */
  readonly refusal: string | null;
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
    const last = headlineCollapse(result.ceasefire);
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
    const last = c.outlook ? headlineCollapse(c.outlook) : undefined;
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
    ` ${x.name}${x.muted ? ' (muted)' : ''}${x.moves > 0 ? ` · ${x.moves} move${x.moves === 1 ? '' : 's'}` : ''} `,
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

function clockPicker(c: ConsoleTableChoices, n: number): HTMLElement {
  const now = c.status?.clock.seconds ?? null;
  const select = h(
    'select',
    { class: 'clock-picker', 'aria-label': `Round clock of table ${n}` },
    ...CLOCK_CHOICES.map((s) =>
      h(
        'option',
        { value: s === null ? '' : String(s), ...(s === now ? { selected: '' } : {}) },
        clockChoiceLabel(s),
      ),
    ),
  );
  select.addEventListener('change', () =>
    c.onCommand({ command: 'clock', seconds: select.value === '' ? null : Number(select.value) }),
  );
  return select;
}

/** One of the scenario's events, fired now: the ones that have not happened at this table yet. */
function injectPicker(c: ConsoleTableChoices, n: number): HTMLElement[] {
  const happened = new Set(c.game?.log.map((e) => e.event).filter((id) => id !== undefined));
  const events = c.scenario.ceasefire.events.filter((e) => !happened.has(e.id));
  if (events.length === 0) return [];
  const select = h(
    'select',
    { class: 'inject-picker', 'aria-label': `An event to bring about at table ${n}` },
    ...events.map((e) => h('option', { value: e.id }, e.text)),
  );
  const fire = button('Make it happen now', () => c.onCommand({ command: 'inject', event: select.value }), {
    class: 'inject',
  });
  return [select, fire];
}

export function renderConsoleTable(root: HTMLElement, c: ConsoleTableChoices): void {
  const stage = c.status?.stage ?? 'lobby';
  const finished = c.game?.phase === 'finished';
  const n = (c.status?.table ?? 0) + 1;
  const live = (stage === 'playing' || stage === 'paused') && !finished;
  const controls = h(
    'p',
    { class: 'console-controls' },
    clockPicker(c, n),
    ...(live
      ? [
          button(
            'Call the vote now',
            () => {
              if (window.confirm(`Put the text on table ${n} to the vote now? The negotiation there ends.`))
                c.onCommand({ command: 'call-vote' });
            },
            { class: 'call-vote' },
          ),
        ]
      : []),
    ...(live ? injectPicker(c, n) : []),
    ...(stage === 'lobby'
      ? [button('Start', () => c.onCommand({ command: 'start' }), { class: 'primary' })]
      : []),
    ...(stage === 'playing' && !finished ? [button('Pause', () => c.onCommand({ command: 'pause' }))] : []),
    ...(stage === 'paused'
      ? [button('Resume', () => c.onCommand({ command: 'resume' }), { class: 'primary' })]
      : []),
  );
  const clock = clockElement(c.status?.clock);
  root.replaceChildren(
    h(
      'header',
      {},
      h('h3', {}, `Table ${n}`),
      h('p', { class: 'console-stage' }, stageLine(c), c.connected ? '' : ' · console reconnecting…'),
      ...(clock ? [clock] : []),
    ),
    facts(c),
    controls,
    ...(c.refusal ? [h('p', { class: 'console-refusal', role: 'alert' }, `Not done: ${c.refusal}`)] : []),
    seatRows(c),
  );
}
