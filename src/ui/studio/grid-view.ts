// The studio's preferences grid: for one clause, every actor (rows, by name) × every option (columns,
// by label, in the author's order), each value editable and coloured from red (0) through amber to
// green (100), the number always written too. A value the file writes out under `values:` is an input;
// a value the checker derives some other way (a compact preferences form) is shown read-only; an empty
// cell can be filled, which adds the value to the actor's `values:`.
import { own } from '../../engine/own.ts';
import type { ValueGrid } from '../../scenario/value-grid.ts';
import type { DerivedValues } from '../../worker/studio-host.ts';
import { h } from '../dom.ts';

export interface GridChoices {
  readonly grid: ValueGrid | null;
  readonly derived: DerivedValues | null;
  /** The clause shown (by id); the first clause when it is no longer in the file. */
  readonly clause: string | null;
  readonly onClause: (clause: string) => void;
  readonly onValue: (actor: number, clause: string, option: string, value: number) => void;
}

/** A colour for a value: hue 0 (red) at 0, 60 (amber) at 50, 120 (green) at 100; light enough for text. */
export const valueColour = (value: number): string =>
  `hsl(${Math.round(Math.max(0, Math.min(100, value)) * 1.2)} 70% 88%)`;

function cell(
  choices: GridChoices,
  actor: { index: number; id: string; name: string; written: ValueGrid['actors'][number]['written'] },
  clause: string,
  option: { id: string; label: string },
): HTMLElement {
  // Keys from the file: own properties only (a clause may be called `constructor`).
  const writtenClause = own(actor.written, clause);
  const written = writtenClause && own(writtenClause, option.id);
  const derivedActor = choices.derived ? own(choices.derived, actor.id) : undefined;
  const derivedClause = derivedActor && own(derivedActor, clause);
  const derived = derivedClause && own(derivedClause, option.id);
  const key = `${actor.index}/${option.id}`;
  if (written === undefined && derived !== undefined)
    return h(
      'td',
      { class: 'studio-derived', style: `background:${valueColour(derived)}`, 'data-cell': key },
      h('span', { title: 'Derived by the checker, not written under values: (read-only)' }, String(derived)),
    );
  const input = h('input', {
    type: 'number',
    min: '0',
    max: '100',
    step: '1',
    inputmode: 'decimal',
    'aria-label': `${actor.name}: ${option.label}`,
    'data-cell': key,
    value: written === undefined ? '' : String(written),
    placeholder: '—',
  });
  input.addEventListener('change', () => {
    const value = input.valueAsNumber;
    if (input.value === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      input.setCustomValidity('A value is a number from 0 to 100.');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    choices.onValue(actor.index, clause, option.id, value);
  });
  return h('td', written === undefined ? {} : { style: `background:${valueColour(written)}` }, input);
}

export function renderGrid(root: HTMLElement, choices: GridChoices): void {
  const grid = choices.grid;
  // Keep the focus on the same cell across a redraw (each edit redraws the grid).
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.cell;
  const inside = root.contains(document.activeElement);
  if (!grid || grid.clauses.length === 0) {
    root.replaceChildren(
      h(
        'p',
        { class: 'studio-hint' },
        grid ? 'The file has no clauses yet.' : 'The grid needs text that parses as YAML.',
      ),
    );
    return;
  }
  const clause = grid.clauses.find((c) => c.id === choices.clause) ?? grid.clauses[0]!;
  const select = h('select', { id: 'studio-grid-clause' });
  for (const c of grid.clauses) {
    const option = h('option', { value: c.id }, c.title);
    if (c.id === clause.id) option.selected = true;
    select.append(option);
  }
  select.addEventListener('change', () => choices.onClause(select.value));
  const rows = grid.actors.map((a) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, a.name),
      ...clause.options.map((o) => cell(choices, a, clause.id, o)),
    ),
  );
  root.replaceChildren(
    h('label', { for: 'studio-grid-clause', class: 'studio-grid-label' }, 'Clause '),
    select,
    h(
      'div',
      { class: 'studio-grid-scroll' },
      h(
        'table',
        { class: 'studio-grid', id: 'studio-grid' },
        h('caption', {}, `How much each actor values each option of “${clause.title}” (0–100)`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Actor'),
            ...clause.options.map((o) => h('th', { scope: 'col' }, o.label)),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
    h(
      'p',
      { class: 'studio-hint' },
      'Red is 0, amber 50, green 100. An empty cell adds the value to the actor’s values; a greyed number is derived by the checker and edited in the text.',
    ),
  );
  if (inside && focused) root.querySelector<HTMLElement>(`[data-cell="${CSS.escape(focused)}"]`)?.focus();
}
