// The class debrief: every table of the session side by side — the outcome, the ceasefire outlook,
// the final text clause by clause (marked where it left the engine's landing zone), and each seat's
// score with the students who played it — and the exports: Markdown, CSV for a gradebook, each
// table's save (replayable with `draftroom replay`), and a printable page.
import type { Scenario } from '../../engine/scenario.ts';
import type { TableSummary } from '../../state/class-debrief.ts';
import { button, h } from '../dom.ts';
import './classroom.css';

export interface ClassDebriefChoices {
  readonly scenario: Scenario;
  readonly code: string;
  readonly tables: readonly TableSummary[];
  readonly onBack: () => void;
  readonly onMarkdown: () => void;
  readonly onCsv: () => void;
  readonly onSave: (table: number) => void;
  readonly onPrint: () => void;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function headRow(tables: readonly TableSummary[]): HTMLElement {
  return h('tr', {}, h('td', {}), ...tables.map((t) => h('th', { scope: 'col' }, `Table ${t.table}`)));
}

function row(
  label: string,
  cells: ReadonlyArray<string | HTMLElement>,
  attrs: Record<string, string> = {},
): HTMLElement {
  return h('tr', attrs, h('th', { scope: 'row' }, label), ...cells.map((c) => h('td', {}, c)));
}

function outcomeTable(c: ClassDebriefChoices): HTMLElement {
  const rows = [
    row(
      'Outcome',
      c.tables.map((t) =>
        t.adopted === null ? t.votes : `${t.adopted ? 'Adopted' : 'Not adopted'} (${t.votes})`,
      ),
    ),
    row(
      'Ceasefire collapse',
      c.tables.map((t) => (t.collapse === null ? '—' : `${pct(t.collapse)} by month ${t.months}`)),
    ),
    row(
      'Clauses off the landing zone',
      c.tables.map((t) => (t.finished ? String(t.offLanding) : '—')),
    ),
    ...(c.tables[0]?.text ?? []).map((clause, k) =>
      row(
        clause.clause,
        c.tables.map((t) => {
          const x = t.text[k];
          if (!x) return '—';
          return t.finished && !x.landing ? h('span', { class: 'off-landing' }, `${x.option} ◇`) : x.option;
        }),
      ),
    ),
  ];
  return h('table', { class: 'class-compare' }, h('thead', {}, headRow(c.tables)), h('tbody', {}, ...rows));
}

function scoreTable(c: ClassDebriefChoices): HTMLElement {
  const seats = c.tables[0]?.seats ?? [];
  const rows = seats.map((s, i) =>
    row(
      s.actor,
      c.tables.map((t) => {
        const x = t.seats[i];
        if (!x) return '—';
        const who = x.students.length > 0 ? x.students.join(', ') : 'AI';
        return `${x.score === null ? '—' : x.score.toFixed(1)} · ${who}`;
      }),
    ),
  );
  return h('table', { class: 'class-compare' }, h('thead', {}, headRow(c.tables)), h('tbody', {}, ...rows));
}

export function renderClassDebrief(root: HTMLElement, c: ClassDebriefChoices): void {
  const unfinished = c.tables.filter((t) => !t.finished).length;
  root.replaceChildren(
    h(
      'article',
      { class: 'class-debrief', 'aria-labelledby': 'class-debrief-heading' },
      h('h2', { id: 'class-debrief-heading', tabindex: '-1' }, `Class debrief — ${c.scenario.title}`),
      h(
        'p',
        { class: 'lede' },
        unfinished === 0
          ? `Every table has voted. The same case, ${c.tables.length} negotiations: where did they differ, and why?`
          : `${unfinished} of ${c.tables.length} tables have not voted yet: their columns show where they stand now.`,
      ),
      h(
        'p',
        { class: 'console-controls no-print' },
        button('Back to the console', c.onBack),
        button('Scores as CSV (gradebook)', c.onCsv, { id: 'export-csv', class: 'primary' }),
        button('Debrief as Markdown', c.onMarkdown, { id: 'export-md' }),
        button('Print or save as PDF', c.onPrint),
        ...c.tables.map((t) =>
          button(`Save of table ${t.table}`, () => c.onSave(t.table - 1), { class: 'small' }),
        ),
      ),
      h('h3', {}, 'The outcome and the text'),
      h('div', { class: 'scroll-x' }, outcomeTable(c)),
      h(
        'p',
        { class: 'hint' },
        '◇ differs from the engine’s landing zone: where bargaining would settle by the compromise model.',
      ),
      h('h3', {}, 'Scores by seat'),
      h('div', { class: 'scroll-x' }, scoreTable(c)),
    ),
  );
}
