// After the vote: the result in words (who voted how, any veto), what the parties on the ground
// declared, the survival curve over the horizon with its data table beside it, and the events that
// most often came before a collapse. Shown once the game is finished; rebuilt only when the result
// changes (the store changes for other reasons too).
import type { ActorId } from '../engine/ids.ts';
import type { GameResult } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import { collapseCaption, collapseWithin, interval, percent } from '../state/ceasefire-view.ts';
import { groupThousands } from '../state/format.ts';
import { actorName } from '../state/names.ts';
import type { GameStore } from '../state/store.ts';
import { buildUpSection } from './build-up-section.ts';
import { h } from './dom.ts';
import { survivalChart, survivalPoints } from './survival-chart.ts';

const rendered = new WeakMap<HTMLElement, GameResult>();

type Tone = 'good' | 'neutral' | 'bad';
const DECLARATION: Readonly<Record<string, { mark: string; tone: Tone; words: string }>> = {
  endorse: { mark: '✓', tone: 'good', words: 'endorses the text' },
  acquiesce: { mark: '~', tone: 'neutral', words: 'goes along with it without endorsing it' },
  oppose: { mark: '✗', tone: 'bad', words: 'opposes it' },
  spoil: { mark: '⚠', tone: 'bad', words: 'will try to wreck it' },
};
/** A mark beside words that already say the same: hidden from screen readers. */
const mark = (text: string, tone: Tone) => h('span', { class: `mark ${tone}`, 'aria-hidden': 'true' }, text);

export function renderAftermath(root: HTMLElement, scenario: Scenario, store: GameStore): void {
  const result = store.game?.phase === 'finished' ? store.game.result : null;
  if (!result) {
    root.hidden = true;
    rendered.delete(root);
    root.replaceChildren();
    return;
  }
  if (rendered.get(root) === result && !root.hidden) return;
  rendered.set(root, result);
  root.hidden = false;
  const name = (id: string) => actorName(scenario, id);
  root.replaceChildren(
    h('h2', { id: 'aftermath-heading' }, 'After the vote'),
    ...voteSection(scenario, result, name),
    ...groundSection(result, name),
    ...ceasefireSection(scenario, result),
  );
}

function list(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

function voteSection(scenario: Scenario, r: GameResult, name: (id: ActorId) => string): HTMLElement[] {
  const v = r.vote;
  const needed = v.yes.length - v.marginToNine;
  const margin = `${v.marginToNine >= 0 ? '+' : '−'}${Math.abs(v.marginToNine)}`;
  const marginWords =
    scenario.procedure.forum === 'unsc'
      ? `margin to nine ${margin}`
      : `margin ${margin} over the ${needed} needed`;
  return [
    h(
      'p',
      { id: 'aftermath-vote', class: `verdict ${v.adopted ? 'adopted' : 'failed'}` },
      mark(v.adopted ? '✓' : '✗', v.adopted ? 'good' : 'bad'),
      ` ${v.adopted ? 'Adopted' : 'Not adopted'}: ${v.yes.length} in favour, ${v.no.length} against, ${v.abstain.length} abstaining (${marginWords}).`,
    ),
    ...(v.vetoes.length > 0
      ? [
          h(
            'p',
            { class: 'vetoes' },
            `Vetoed by ${list(v.vetoes.map(name))}: a permanent member voted against.`,
          ),
        ]
      : []),
    h(
      'ul',
      { class: 'votes' },
      h('li', {}, h('strong', {}, 'In favour: '), list(v.yes.map(name))),
      h('li', {}, h('strong', {}, 'Abstaining: '), list(v.abstain.map(name))),
      h('li', {}, h('strong', {}, 'Against: '), list(v.no.map(name))),
    ),
  ];
}

function groundSection(r: GameResult, name: (id: ActorId) => string): HTMLElement[] {
  const entries = Object.entries(r.ground);
  if (entries.length === 0) return [];
  return [
    h('h3', {}, 'On the ground'),
    h(
      'ul',
      { id: 'aftermath-ground', class: 'declarations' },
      ...entries.map(([id, stance]) => {
        const d = DECLARATION[stance] ?? { mark: '', tone: 'neutral', words: stance };
        return h(
          'li',
          { 'data-stance': stance },
          mark(d.mark, d.tone),
          ` ${name(id as ActorId)} ${d.words}.`,
        );
      }),
    ),
    h(
      'p',
      {},
      r.groundConsent.holds
        ? 'Every party on the ground at least goes along: the text has consent where it must be carried out.'
        : `Without the consent of ${list(r.groundConsent.blockers.map(name))}, the text lacks consent on the ground.`,
    ),
  ];
}

function ceasefireSection(scenario: Scenario, r: GameResult): HTMLElement[] {
  const outlook = r.ceasefire;
  const reading = collapseWithin(outlook);
  const points = survivalPoints(outlook);
  const horizon = points[points.length - 1]?.month ?? 0;
  const caption = reading ? collapseCaption(reading) : 'No estimate.';
  const method =
    outlook.method === 'monte-carlo'
      ? `${groupThousands(outlook.runs)} simulated ceasefires (seed ${outlook.seed}); the band is the 95% interval.`
      : 'Exact: this scenario has no random events.';
  const median =
    outlook.medianMonth === null
      ? `More than half still hold after ${horizon} months.`
      : `Half have collapsed by month ${outlook.medianMonth}.`;
  const table = h(
    'table',
    { id: 'survival-table' },
    h('caption', {}, 'The ceasefire month by month'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Month'),
        h('th', { scope: 'col' }, 'Holding'),
        h('th', { scope: 'col' }, 'Collapsed'),
        h('th', { scope: 'col' }, '95% interval'),
      ),
    ),
    h(
      'tbody',
      {},
      ...outlook.collapse.map((p, i) =>
        h(
          'tr',
          reading && p.month === reading.month ? { class: 'read' } : {},
          h('th', { scope: 'row' }, String(p.month)),
          h('td', {}, percent(outlook.survival[i] ?? 1 - p.probability)),
          h('td', {}, percent(p.probability)),
          h('td', {}, `${interval(p.ci95)}%`),
        ),
      ),
    ),
  );
  return [
    h('h3', {}, `The ceasefire over ${horizon} months`),
    h(
      'div',
      { class: 'survival' },
      h(
        'figure',
        {},
        survivalChart(
          outlook,
          reading?.month ?? -1,
          `Chance the ceasefire still holds, month by month, over ${horizon} months`,
        ),
        h('figcaption', { id: 'survival-caption' }, h('strong', {}, `${caption}.`), ` ${median} ${method}`),
      ),
      h(
        'div',
        {
          id: 'survival-table-scroll',
          class: 'table-scroll',
          tabindex: '0',
          role: 'region',
          'aria-label': 'The ceasefire month by month (table)',
        },
        table,
      ),
    ),
    ...buildUpSection(outlook),
    ...eventsSection(scenario, r),
  ];
}

function eventsSection(scenario: Scenario, r: GameResult): HTMLElement[] {
  const events = [...r.ceasefire.events].sort(
    (a, b) =>
      b.precededCollapse - a.precededCollapse || b.firedPerRun - a.firedPerRun || (a.id < b.id ? -1 : 1),
  );
  if (events.length === 0) return [];
  const text = (id: string) => scenario.ceasefire.events.find((e) => e.id === id)?.text ?? id;
  return [
    h('h3', {}, 'What most often came before a collapse'),
    h(
      'ol',
      { id: 'collapse-events', class: 'collapse-events' },
      ...events.map((e) => {
        const fill = h('span', { class: 'share-fill' });
        fill.style.width = `${(100 * e.precededCollapse).toFixed(1)}%`;
        return h(
          'li',
          { 'data-event': e.id },
          h('span', { class: 'event-name' }, text(e.id)),
          h('span', { class: 'share', 'aria-hidden': 'true' }, fill),
          h(
            'span',
            { class: 'event-figures' },
            `Came before ${percent(e.precededCollapse)} of collapses · happened ${e.firedPerRun.toFixed(2)} times per simulated ceasefire`,
          ),
        );
      }),
    ),
    h(
      'p',
      { class: 'note' },
      'An event counts if it happened in the month of the collapse or in the two months before; several events can come before one collapse, so the shares can add up to more than 100%. An event that happens often comes before many collapses by chance alone: compare its share with how often it happens.',
    ),
  ];
}
