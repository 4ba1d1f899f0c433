// Every analysis (compare, tornado, sweep, solve) reports its results as plain tables, so the command
// line, the lab's data tables beside each chart, and the CSV, JSON and Markdown exports all show the
// same numbers from one source. Each export carries a stamp that lets a colleague reproduce it.

import { csvCell } from '../escape/csv.ts';
import { escapeMarkdownText } from '../escape/markdown.ts';
import type { Scenario } from '../scenario.ts';
import { ENGINE_VERSION, hash53 } from '../version.ts';

export type Cell = string | number | null;

export interface Column {
  /** Stable machine name: the CSV header and the JSON key. */
  readonly id: string;
  /** What a reader sees in the terminal, the lab and the Markdown report. */
  readonly label: string;
  /** Numbers are right-aligned in text and Markdown. */
  readonly numeric?: boolean;
  /**
   * The column holds ids for machines (an actor's or a parameter's id) beside a column that names the
   * same thing in words: kept in CSV and JSON, left out of what people read (terminal, lab, Markdown).
   */
  readonly key?: boolean;
  /** How people read the number: 'percent' (a probability, shown 0–100%), 'points' (acceptance). */
  readonly unit?: 'percent' | 'points';
}

export interface Table {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: ReadonlyArray<readonly Cell[]>;
  /** One or two sentences on how to read the table (shown under it). */
  readonly note?: string;
}

/** What reproduces an analysis exactly: the engine, the scenario's canonical text and the seed. */
export interface Stamp {
  readonly engine: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: number;
  readonly runs: number;
}

export function stamp(scenario: Scenario, seed: number, runs: number): Stamp {
  return {
    engine: ENGINE_VERSION,
    scenario: { id: scenario.id, hash: hash53(JSON.stringify(scenario)) },
    seed,
    runs,
  };
}

/** Numbers are written with a fixed number of decimals so exports are byte-identical everywhere. */
export function cellText(cell: Cell, digits = 4): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (Number.isInteger(cell)) return String(cell);
  return Number(cell.toFixed(digits)).toString();
}

/** RFC 4180 CSV, CRLF line ends, header of column ids. Formula-like text gets a leading ' (csvCell). */
export function toCsv(table: Table): string {
  const lines = [
    table.columns.map((c) => csvCell(c.id)).join(','),
    ...table.rows.map((row) => row.map((cell) => csvCell(cellText(cell))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Rows as objects keyed by column id, numbers kept as numbers. */
export function toRecords(table: Table): Array<Record<string, Cell>> {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.id, row[i] ?? null])));
}

/** Titles, labels, text cells and notes carry scenario text: all of it is escaped; numbers need not be. */
const mdCell = (cell: Cell, digits: number) =>
  typeof cell === 'number' ? cellText(cell, digits) : escapeMarkdownText(cellText(cell, digits));

/** The table without its key columns (ids beside their names): what people read. */
export function forPeople(table: Table): Table {
  if (!table.columns.some((c) => c.key)) return table;
  const kept = table.columns.flatMap((c, i) => (c.key ? [] : [i]));
  return {
    ...table,
    columns: kept.map((i) => table.columns[i]!),
    rows: table.rows.map((row) => kept.map((i) => row[i] ?? null)),
  };
}

export function toMarkdown(full: Table, digits = 3): string {
  const table = forPeople(full);
  const header = `| ${table.columns.map((c) => escapeMarkdownText(c.label)).join(' | ')} |`;
  const rule = `|${table.columns.map((c) => (c.numeric ? '---:' : '---')).join('|')}|`;
  const rows = table.rows.map((row) => `| ${row.map((cell) => mdCell(cell, digits)).join(' | ')} |`);
  return [
    `### ${escapeMarkdownText(table.title)}`,
    '',
    header,
    rule,
    ...rows,
    ...(table.note ? ['', escapeMarkdownText(table.note)] : []),
  ].join('\n');
}

/** Rows padded to aligned columns (for the terminal); the columns in `rightAligned` are padded left. */
export function alignRows(
  rows: ReadonlyArray<readonly string[]>,
  rightAligned: ReadonlySet<number> = new Set(),
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        return rightAligned.has(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The table as aligned text for the terminal, with its title and note. */
export function toText(full: Table, digits = 3): string {
  const table = forPeople(full);
  const rows = [
    table.columns.map((c) => c.label),
    ...table.rows.map((r) => r.map((c) => cellText(c, digits))),
  ];
  const right = new Set(table.columns.flatMap((c, i) => (c.numeric ? [i] : [])));
  return [table.title, ...alignRows(rows, right), ...(table.note ? [table.note] : [])].join('\n');
}
