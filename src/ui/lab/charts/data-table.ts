// The data table that sits beside every chart: the analysis's own Table (the same numbers the CSV,
// JSON and Markdown exports carry), with its title as the caption, numbers right-aligned, and its
// note under it. Built with h(), so scenario text is only ever text. People read it: the id columns
// are left out (forPeople; the CSV and JSON downloads keep them), acceptance is shown in whole points
// and probabilities in whole percent; the downloads keep full precision.
import { type Cell, type Column, cellText, forPeople, type Table } from '../../../engine/analysis/table.ts';
import { h } from '../../dom.ts';
import { afterNextFrame } from '../../frames.ts';

/** −0 shown as 0: a rounded difference of −0.3 points is no difference to a reader. */
const noNegativeZero = (n: number) => (Object.is(n, -0) ? 0 : n);

/** A cell as a person reads it: percentages and points rounded whole, other numbers to `digits`. */
export function readableCell(cell: Cell, column: Column, digits: number): string {
  if (typeof cell !== 'number' || !Number.isFinite(cell)) return cellText(cell, digits);
  if (column.unit === 'percent') return `${noNegativeZero(Math.round(cell * 100))}%`;
  if (column.unit === 'points') return String(noNegativeZero(Math.round(cell)));
  return cellText(cell, digits);
}

/** Decimals padded to the longest in each numeric column, so the digits line up (0.4 → 0.40). */
function columnTexts(table: Table, digits: number): string[][] {
  const texts = table.rows.map((row) =>
    table.columns.map((column, i) => readableCell(row[i] ?? null, column, digits)),
  );
  table.columns.forEach((column, i) => {
    if (!column.numeric || column.unit) return;
    const decimals = Math.max(0, ...texts.map((row) => /^-?\d+\.(\d+)$/.exec(row[i]!)?.[1]?.length ?? 0));
    for (const row of texts) {
      const text = row[i]!;
      if (!/^-?\d+(\.\d+)?$/.test(text)) continue;
      const [whole, fraction = ''] = text.split('.');
      row[i] = decimals > 0 ? `${whole}.${fraction.padEnd(decimals, '0')}` : text;
    }
  });
  return texts;
}

/** Rows laid out per frame when a table is filled over frames: ~16 rows of cells lay out in a few ms. */
const ROWS_PER_FRAME = 16;

/**
 * The table with its rows. `overFrames` puts in the first rows at once and the rest a slice per frame
 * (stopping if the table has left the page): a long table laid out in one go is a long task.
 */
export function dataTable(full: Table, digits = 2, overFrames = false): HTMLTableElement {
  const table = forPeople(full);
  const numeric = table.columns.map((c) => c.numeric === true);
  const texts = columnTexts(table, digits);
  // The first column names the row (a parameter, an actor, a draft) unless it is a number itself.
  const rowHeader = table.columns.length > 1 && !numeric[0];
  const cell = (text: string, i: number): HTMLElement => {
    const attributes: Record<string, string> = numeric[i] ? { class: 'num' } : {};
    if (i === 0 && rowHeader) return h('th', { ...attributes, scope: 'row' }, text);
    return h('td', attributes, text);
  };
  const element = h(
    'table',
    { class: 'lab-data-table', id: `${table.id}-table`, 'data-table': table.id },
    h('caption', {}, table.title),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...table.columns.map((c, i) =>
          h('th', { scope: 'col', ...(numeric[i] ? { class: 'num' } : {}) }, c.label),
        ),
      ),
    ),
  );
  const body = h('tbody');
  element.append(body);
  const rowsFrom = (from: number, to: number) =>
    body.append(...texts.slice(from, to).map((row) => h('tr', {}, ...row.map((text, i) => cell(text, i)))));
  if (!overFrames) rowsFrom(0, texts.length);
  else {
    const slice = (from: number) => {
      rowsFrom(from, from + ROWS_PER_FRAME);
      if (from + ROWS_PER_FRAME < texts.length)
        afterNextFrame(() => {
          if (element.isConnected) slice(from + ROWS_PER_FRAME);
        });
    };
    slice(0);
  }
  if (table.note)
    element.append(
      h(
        'tfoot',
        {},
        h('tr', {}, h('td', { colspan: String(Math.max(1, table.columns.length)) }, table.note)),
      ),
    );
  return element;
}

/** A chart and its data table side by side (the table wraps below the chart when space is short). */
export function chartFigure(chart: SVGSVGElement, table?: Table): HTMLElement {
  const figure = h('figure', { class: 'lab-chart-figure' }, h('div', { class: 'lab-chart-frame' }, chart));
  if (table) figure.append(h('div', { class: 'lab-data-table-wrap' }, dataTable(table)));
  return figure;
}
