// What `compare`, `sweep` and `tornado` share: the common options, reading drafts by name or file, and
// writing a result as readable tables (default), as JSON (stamp + result + tables) or one table as CSV.
import { type Stamp, stamp, type Table, toCsv, toText } from '../engine/analysis/table.ts';
import { actorShort } from '../engine/describe.ts';
import { roundDeep } from '../engine/report.ts';
import type { Scenario } from '../engine/scenario.ts';
import { integerOption } from './args.ts';
import { type Io, UsageError } from './io.ts';

/** Options every analysis command takes. */
export const ANALYSIS_FLAGS = {
  json: 'boolean',
  csv: 'boolean',
  table: 'string',
  seed: 'string',
  runs: 'string',
} as const;

export const ANALYSIS_RUNS = 2000;

export function analysisSettings(options: Readonly<Record<string, string | true>>) {
  if (options.json && options.csv) throw new UsageError('choose one of --json and --csv');
  if (options.table !== undefined && !options.csv) throw new UsageError('--table goes with --csv');
  return {
    seed: integerOption(options.seed, 'seed', 0, 4_294_967_295, 1),
    runs: integerOption(options.runs, 'runs', 1, 1_000_000, ANALYSIS_RUNS),
  };
}

/** A number option, or a usage error naming it. */
export function numberOption(value: string | true | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = value === true ? Number.NaN : Number(value);
  if (value === true || value.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`--${name} must be a number (got '${String(value)}')`);
  return n;
}

/** The text view of a table: some columns only (the CSV and JSON keep them all). */
export function narrow(table: Table, keep: readonly string[]): Table {
  const at = keep.map((id) => table.columns.findIndex((c) => c.id === id)).filter((i) => i >= 0);
  return {
    ...table,
    columns: at.map((i) => table.columns[i]!),
    rows: table.rows.map((row) => at.map((i) => row[i] ?? null)),
  };
}

/**
 * The terminal shows actors by their short name (`short`, at most 14 characters): a long official
 * name in every row stretched each table to some 250 columns. CSV and JSON keep the full name.
 */
export function withShortNames(table: Table, scenario: Scenario): Table {
  const idAt = table.columns.findIndex((c) => c.id === 'actor');
  const nameAt = table.columns.findIndex((c) => c.id === 'name');
  if (idAt < 0 || nameAt < 0) return table;
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.map((cell, i) => (i === nameAt ? actorShort(scenario, String(row[idAt] ?? '')) : cell)),
    ),
  };
}

export interface AnalysisOutput {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly runs: number;
  readonly result: unknown;
  readonly tables: readonly Table[];
  /** Lines before the tables in the readable view. */
  readonly heading: readonly string[];
  /** The tables as shown in the terminal (default: all of them, whole). */
  readonly textTables?: readonly Table[];
}

export function writeAnalysis(
  output: AnalysisOutput,
  options: Readonly<Record<string, string | true>>,
  io: Io,
) {
  const s = stamp(output.scenario, output.seed, output.runs);
  if (options.json) {
    io.out(JSON.stringify(roundDeep({ stamp: s, result: output.result, tables: output.tables }), null, 2));
    return;
  }
  if (options.csv) {
    const id = options.table === undefined || options.table === true ? output.tables[0]?.id : options.table;
    const table = output.tables.find((t) => t.id === id);
    if (!table)
      throw new UsageError(`no table '${String(id)}' (tables: ${output.tables.map((t) => t.id).join(', ')})`);
    // The stamp rides along as a first comment line (pandas: comment='#'; R: comment.char='#').
    io.out(`# ${stampLine(s)}\r\n${toCsv(table).replace(/\r\n$/, '')}`);
    return;
  }
  io.out([...output.heading, stampLine(s)].join('\n'));
  for (const table of output.textTables ?? output.tables)
    io.out(`\n${toText(withShortNames(table, output.scenario))}`);
}

export function stampLine(s: Stamp): string {
  return `engine ${s.engine} · scenario ${s.scenario.id} ${s.scenario.hash} · seed ${s.seed} · runs ${s.runs}`;
}
