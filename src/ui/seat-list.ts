// The table as a list, for screens too narrow for the drawn table to be read (a phone, a tablet, a
// small window: the canvas would shrink its names below 11 px). The same view (game/table-view.ts):
// the turn, the tally, the ceasefire, then every seat with its flag, acceptance and stance, the
// acting seat and the player's own seat marked. Each row is a button that explains the actor.
import type { ActorId } from '../engine/ids.ts';
import type { GameState } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import { actionTag, actionWords } from '../state/move-words.ts';
import { actorShort } from '../state/names.ts';
import type { GameStore } from '../state/store.ts';
import { fullProgress, MARK_WORD, type TableView, tableView } from '../state/table-view.ts';
import { h } from './dom.ts';
import { flagElement } from './flag.ts';

const ALL = fullProgress(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
const AREAS = [
  ['council', 'The Council'],
  ['invited', 'Invited to the table'],
  ['ground', 'On the ground'],
] as const;

export interface SeatListOptions {
  readonly scenario: Scenario;
  readonly select: (actor: ActorId) => void;
}

type Area = (typeof AREAS)[number][0];

/** The seats as the drawn table groups them: Council members, invited actors, parties on the ground. */
export function seatAreas(scenario: Scenario): Array<{ readonly actor: ActorId; readonly area: Area }> {
  const members = new Set<string>(scenario.procedure.members);
  const byName = [...scenario.actors].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const area = (a: Scenario['actors'][number]): Area =>
    members.has(a.id) ? 'council' : a.ground ? 'ground' : 'invited';
  return AREAS.flatMap(([which]) =>
    byName.filter((a) => area(a) === which).map((a) => ({ actor: a.id, area: which })),
  );
}

function summary(view: TableView, short: (id: ActorId) => string, acting: string | null): HTMLElement[] {
  const t = view.tally;
  const turn = acting
    ? `Round ${view.round} of ${view.rounds} · ${acting}`
    : view.stage === 'finished'
      ? 'The Council has voted'
      : `Round ${view.round} of ${view.rounds} · ${view.stage === 'deciding' ? 'pen holder decides' : 'to move'}: ${view.toMove ? short(view.toMove) : ''}`;
  const verdict = t.final
    ? t.adopted
      ? 'Adopted'
      : 'Not adopted'
    : t.adopted
      ? 'would be adopted'
      : 'would fail';
  const c = view.ceasefire;
  const ceasefire =
    'reading' in c
      ? `Chance the ceasefire collapses within ${c.reading.month} months: ${Math.round(c.reading.probability * 100)}%`
      : c.status === 'estimating'
        ? 'Ceasefire: estimating…'
        : 'Ceasefire: after the vote';
  return [
    h('p', { class: 'seat-list-turn' }, turn),
    h(
      'p',
      { class: 'seat-list-tally seat-list-verdict' },
      `${t.final ? 'The vote' : 'If the Council voted now'}: ${t.yes} yes · ${t.abstain} abstain · ${t.no} no (${t.needed} needed) — ${verdict}`,
    ),
    h('p', { class: 'seat-list-ceasefire seat-list-verdict' }, ceasefire),
  ];
}

/** Each list's last position and the change of every seat's acceptance since the one before. */
interface Memory {
  game: GameState | null;
  readonly acceptance: Map<ActorId, number>;
  deltas: Map<ActorId, number>;
}
const memories = new WeakMap<HTMLElement, Memory>();

/** Whole points gained or lost by each seat since the position before (kept until the next one). */
function deltasFor(root: HTMLElement, game: GameState | null, view: TableView): Map<ActorId, number> {
  let memory = memories.get(root);
  if (!memory) {
    memory = { game: null, acceptance: new Map(), deltas: new Map() };
    memories.set(root, memory);
  }
  if (memory.game === game) return memory.deltas;
  const deltas = new Map<ActorId, number>();
  for (const [id, seat] of view.seats) {
    const before = memory.acceptance.get(id);
    // The first position of a game (or a restored one) shows no change.
    if (memory.game !== null && before !== undefined) {
      const delta = Math.round(seat.acceptance) - Math.round(before);
      if (delta !== 0) deltas.set(id, delta);
    }
    memory.acceptance.set(id, seat.acceptance);
  }
  memory.game = game;
  memory.deltas = deltas;
  return deltas;
}

/** Draws the list from the store: `acting` is the seat whose move is on show. */
export function renderSeatList(root: HTMLElement, store: GameStore, options: SeatListOptions): void {
  const { scenario } = options;
  const seats = seatAreas(scenario);
  const order = seats.map((s) => s.actor);
  const view = tableView(scenario, store, order, ALL);
  if (!view) return void root.replaceChildren();
  const short = (id: string) => actorShort(scenario, id);
  const acting = store.playback?.action ?? null;
  const deltas = deltasFor(root, store.game, view);
  const groups = AREAS.map(([area, title]) => {
    const rows = seats
      .filter((s) => s.area === area)
      .map(({ actor: id }) => {
        const actor = scenario.actors.find((a) => a.id === id);
        const seat = view.seats.get(id);
        if (!actor || !seat) return null;
        const value = Math.round(seat.acceptance);
        const delta = deltas.get(id) ?? 0;
        const isActing = acting?.seat === id;
        const meter = h('span', { class: 'seat-meter', 'aria-hidden': 'true' }, h('span', {}));
        (meter.firstElementChild as HTMLElement).style.width =
          `${Math.max(0, Math.min(100, seat.acceptance))}%`;
        const button = h(
          'button',
          {
            type: 'button',
            class: `seat-row mark-${seat.mark}${seat.human ? ' is-human' : ''}${isActing ? ' is-acting' : ''}${seat.toMove && !acting ? ' is-to-move' : ''}`,
            'data-actor': id,
          },
          flagElement(actor, { size: 22, decorative: true }),
          h('span', { class: 'seat-name' }, actor.short),
          ...(seat.human ? [h('span', { class: 'seat-tag seat-you' }, 'You')] : []),
          ...(isActing && acting ? [h('span', { class: 'seat-tag seat-acting' }, actionTag(acting))] : []),
          ...(seat.toMove && !acting ? [h('span', { class: 'seat-tag seat-turn' }, 'to move')] : []),
          meter,
          // Read as "Algeria: acceptance 100, yes": the words a screen reader needs, hidden on screen,
          // so the button's name holds its visible text (no aria-label that would replace it).
          h('span', { class: 'visually-hidden' }, `${seat.human ? ' (you)' : ''}: acceptance `),
          h('span', { class: 'seat-value' }, String(value)),
          ...(delta !== 0
            ? [
                h(
                  'span',
                  { class: `seat-delta ${delta > 0 ? 'up' : 'down'}` },
                  `${delta > 0 ? '+' : '−'}${Math.abs(delta)}`,
                ),
              ]
            : []),
          h('span', { class: 'visually-hidden' }, ', '),
          h('span', { class: 'seat-mark' }, seat.mark === 'pending' ? '' : MARK_WORD[seat.mark]),
        );
        button.addEventListener('click', () => options.select(id));
        return h('li', {}, button);
      })
      .filter((x): x is HTMLLIElement => x !== null);
    return rows.length === 0 ? [] : [h('h3', { class: 'seat-list-area' }, title), h('ol', {}, ...rows)];
  });
  const doing = acting ? `${short(acting.seat)} ${actionWords(acting, short)}` : null;
  root.replaceChildren(...summary(view, short, doing), ...groups.flat());
}
