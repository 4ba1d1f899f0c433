// `draftroom compare SCENARIO DRAFT DRAFT… [--months 3,6,12] [--runs N] [--seed S] [--json|--csv
// [--table ID]]`: drafts side by side, each set against the first with paired intervals on the
// differences in collapse risk (docs/analysis.md).
import { existsSync } from 'node:fs';
import { budgetRuns, compareWork } from '../engine/analysis/budget.ts';
import { compareJob, type NamedDraft } from '../engine/analysis/compare.ts';
import { comparisonTables } from '../engine/analysis/compare-tables.ts';
import { compile } from '../engine/model.ts';
import { own } from '../engine/own.ts';
import type { Scenario } from '../engine/scenario.ts';
import { ANALYSIS_FLAGS, analysisSettings, writeAnalysis } from './analysis-output.ts';
import { parseArgs, requireBudget } from './args.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { BUILT_IN_DRAFTS, loadDraft, loadScenario } from './load.ts';
import { runWithProgress } from './progress.ts';

export const COMPARE_USAGE =
  'usage: draftroom compare SCENARIO.yaml DRAFT DRAFT... [--months 3,6,12] [--runs N] [--seed S] [--json | --csv [--table ID]]';

/** `landing` is short for the built-in `landing_zone`. */
const ALIASES: Readonly<Record<string, string>> = { landing: 'landing_zone' };

/** A draft named on the command line: a built-in, one of the scenario's drafts, or a file. */
export async function readNamedDraft(scenario: Scenario, given: string, io: Io): Promise<NamedDraft> {
  const name = own(ALIASES, given) ?? given;
  const known: string[] = [...BUILT_IN_DRAFTS, ...scenario.drafts.map((d) => d.id)];
  if (!known.includes(name) && !existsSync(name))
    throw new UsageError(
      `'${given}' is neither a draft of the scenario (${[...known, 'landing'].join(', ')}) nor a file`,
    );
  const { draft, label } = await loadDraft(scenario, name, io);
  return { id: label.name, label: label.title, draft };
}

function parseMonths(value: string | true | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = value === true ? [] : value.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p) || Number(p) < 1))
    throw new UsageError(
      `--months must be whole months separated by commas, e.g. 3,6,12 (got '${String(value)}')`,
    );
  return parts.map(Number);
}

export async function compareCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(
    args,
    { flags: { ...ANALYSIS_FLAGS, months: 'string' } },
    COMPARE_USAGE,
  );
  const settings = analysisSettings(options);
  const months = parseMonths(options.months);
  if (positional.length < 3)
    throw new UsageError(`expected a scenario file and at least two drafts\n${COMPARE_USAGE}`);
  const scenario = await loadScenario(positional[0]!, io);
  if (months?.some((m) => m > scenario.ceasefire.horizonMonths))
    throw new UsageError(
      `--months must be within the scenario's horizon of ${scenario.ceasefire.horizonMonths} months`,
    );
  requireBudget(
    compareWork(positional.length - 1, budgetRuns(scenario, settings.runs)),
    '--runs or the number of drafts',
  );
  const drafts: NamedDraft[] = [];
  for (const given of positional.slice(1)) {
    const named = await readNamedDraft(scenario, given, io);
    // The same draft twice gets a distinct column id (a useful check: the difference is zero).
    const taken = drafts.filter((d) => d.id === named.id || d.id.startsWith(`${named.id}#`)).length;
    drafts.push(taken === 0 ? named : { ...named, id: `${named.id}#${taken + 1}` });
  }
  const model = compile(scenario);
  const comparison = runWithProgress(
    compareJob(model, drafts, { ...settings, ...(months ? { months } : {}) }),
    io,
    'compare',
  );
  const tables = comparisonTables(comparison, model.scenario);
  writeAnalysis(
    {
      scenario,
      ...settings,
      result: comparison,
      tables,
      heading: [
        `${scenario.title} — comparing:`,
        ...drafts.map((d) => `  ${d.id}: ${d.label}`),
        `Differences are against the first draft, ${drafts[0]!.id}.`,
      ],
      // In the terminal, actors by name: the id columns are left out of text (the CSV and JSON keep them).
      textTables: tables,
    },
    options,
    io,
  );
  return EXIT.ok;
}
