// The debrief's sections below the headline: scores per seat, acceptance by round (chart and table),
// the final text beside the landing zone, and the timeline. Views of the debrief data only.
import type { DebriefData, DebriefSeat } from '../state/debrief.ts';
import {
  acceptanceText,
  byFinalValue,
  councilLabel,
  scoreRuleText,
  setByText,
} from '../state/debrief-export.ts';
import { renderTrajectoryChart } from './debrief-chart.ts';
import { h } from './dom.ts';

const fixed1 = (x: number) => x.toFixed(1);
const seatTag = (player: string) =>
  player === 'human'
    ? h('span', { class: 'seat-tag human' }, '★ Human')
    : h('span', { class: 'seat-tag ai' }, 'AI');

const VOTES = { yes: 'Yes', no: 'No', abstain: 'Abstains' } as const;
const voteText = (s: DebriefSeat) => (s.vote ? VOTES[s.vote] : s.ground ? `On the ground: ${s.ground}` : '—');

function section(id: string, title: string, ...children: Node[]): HTMLElement {
  return h(
    'section',
    { class: 'debrief-section', id, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title),
    ...children,
  );
}

export function scoresTable(data: DebriefData): HTMLElement {
  const row = (s: DebriefSeat) =>
    h(
      'tr',
      { class: s.player === 'human' ? 'human' : '', 'data-actor': s.actor },
      h('td', { class: 'num' }, String(s.rank)),
      h('th', { scope: 'row' }, s.name, ' ', seatTag(s.player)),
      h('td', {}, councilLabel(s)),
      h('td', {}, voteText(s)),
      h('td', { class: 'num acceptance' }, acceptanceText(s)),
      h('td', { class: 'num' }, fixed1(s.best)),
      h('td', { class: 'num gain' }, `${fixed1(s.gain)}%`),
      h('td', { class: 'num' }, fixed1(s.adoption)),
      h('td', { class: 'num' }, fixed1(s.survival)),
      h(
        'td',
        { class: 'num total' },
        h(
          'span',
          { class: 'bar-track', 'aria-hidden': 'true' },
          h('span', { class: 'bar', style: `width: ${Math.max(0, Math.min(100, s.total))}%` }),
        ),
        h('span', { class: 'value' }, fixed1(s.total)),
      ),
      h('td', { class: 'num' }, `${s.amendmentsAdopted} of ${s.amendmentsProposed}`),
    );
  const humans = data.seats.filter((s) => s.player === 'human');
  return section(
    'debrief-scores',
    'Scores per seat',
    ...humans.map((s) =>
      h('p', { class: 'score-yours', 'data-actor': s.actor }, h('strong', {}, `★ ${s.short}: `), s.why),
    ),
    h('p', { class: 'note' }, scoreRuleText(data)),
    h(
      'table',
      { class: 'data scores', id: 'debrief-scores-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[
            ['Rank', 'num'],
            ['Seat', ''],
            ['Council', ''],
            ['Vote or stance', ''],
            ['Acceptance (start → final)', 'num'],
            ['Best reachable', 'num'],
            ['Gain', 'num'],
            ['Adoption', 'num'],
            ['Survival', 'num'],
            ['Score', 'num'],
            ['Amendments adopted', 'num'],
          ].map(([t, c]) => h('th', { scope: 'col', ...(c ? { class: c } : {}) }, t ?? '')),
        ),
      ),
      h('tbody', {}, ...data.seats.map(row)),
    ),
    h('h3', {}, 'How each seat scored'),
    h(
      'ul',
      { class: 'score-why', id: 'debrief-score-why' },
      ...data.seats.map((s) =>
        h('li', { 'data-actor': s.actor, ...(s.player === 'human' ? { class: 'human' } : {}) }, s.why),
      ),
    ),
  );
}

export function trajectory(data: DebriefData): HTMLElement {
  const t = data.trajectory;
  const rows = byFinalValue(t.series).map((s) => {
    const change = (s.values.at(-1) ?? 0) - (s.values[0] ?? 0);
    return h(
      'tr',
      { class: s.player === 'human' ? 'human' : '', 'data-actor': s.actor },
      h('th', { scope: 'row' }, `${s.player === 'human' ? '★ ' : ''}${s.short}`),
      ...s.values.map((v) => h('td', { class: 'num' }, fixed1(v))),
      h('td', { class: 'num' }, `${change > 0 ? '+' : change < 0 ? '−' : '±'}${fixed1(Math.abs(change))}`),
    );
  });
  return section(
    'debrief-trajectory',
    'Acceptance by round',
    h(
      'div',
      { class: 'trajectory' },
      h(
        'figure',
        { class: 'chart' },
        renderTrajectoryChart(t.labels, t.series),
        h(
          'figcaption',
          { class: 'note' },
          'Each line is one actor, labelled at its end with its final acceptance; ★ and a thick line mark a human seat. The dashed grey line is 50: at or above it an actor accepts the text.',
        ),
      ),
      h(
        'table',
        { class: 'data compact', id: 'debrief-trajectory-table' },
        h('caption', {}, 'Acceptance (0–100); ★ a human seat'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Actor'),
            ...t.labels.map((l) => h('th', { scope: 'col', class: 'num' }, l.replace('Round ', 'R'))),
            h('th', { scope: 'col', class: 'num' }, 'Change'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}

export function comparison(data: DebriefData): HTMLElement {
  const cell = (c: { paragraph: number | null; label: string; text: string }) =>
    h(
      'td',
      {},
      h('span', { class: 'option-label' }, c.paragraph === null ? c.label : `¶ ${c.paragraph}. ${c.label}`),
      c.text
        ? h('span', { class: 'clause-text' }, c.text)
        : h('span', { class: 'clause-text none' }, 'No paragraph.'),
    );
  const rows = data.clauses.map((c) =>
    h(
      'tr',
      { class: c.differs ? 'differs' : 'same', 'data-issue': c.issue },
      h(
        'th',
        { scope: 'row' },
        h('span', { class: 'diff-mark' }, c.differs ? '≠ Differs' : '= Same'),
        h('span', { class: 'clause-title' }, c.title),
        h('span', { class: 'set-by' }, c.setBy ? `Set by ${setByText(data, c)}` : 'From the opening draft'),
      ),
      cell(c.final),
      cell(c.landing),
    ),
  );
  return section(
    'debrief-text',
    'The final text beside the landing zone',
    h(
      'p',
      { class: 'note' },
      `The landing zone is where bargaining would settle if every actor's ideal counted by its clout and how much it cares. ≠ marks the ${data.headline.clauses - data.headline.landingSame} clauses where the final text differs from it.`,
    ),
    h(
      'table',
      { class: 'data compare', id: 'debrief-compare' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Clause'),
          h('th', { scope: 'col' }, 'Final text'),
          h('th', { scope: 'col' }, 'Landing zone'),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

export function timeline(data: DebriefData): HTMLElement {
  return section(
    'debrief-timeline',
    'Timeline',
    ...data.timeline.map((r) =>
      h(
        'div',
        { class: 'timeline-round' },
        h('h3', {}, r.title),
        ...(r.round === null
          ? []
          : [
              h(
                'p',
                { class: 'note' },
                `${r.amendments.proposed} amendments proposed, ${r.amendments.adopted} adopted; ${r.trades.offered} trades offered, ${r.trades.accepted} accepted.`,
              ),
            ]),
        h(
          'ol',
          { class: 'timeline' },
          ...r.entries.map((e) => h('li', { 'data-kind': e.kind, value: String(e.step) }, e.text)),
        ),
      ),
    ),
  );
}
