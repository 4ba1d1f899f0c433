// `draftroom tornado SCENARIO [--draft D] [--actor A] [--runs N] [--seed S] [--json|--csv [--table ID]]`:
// every parameter the scenario states a range for, at its low and high value, sorted by how far it
// moves the collapse risk (docs/analysis.md).

import { budgetRuns, tornadoWork, uncertaintyWork } from '../engine/analysis/budget.ts';
import { listParameters } from '../engine/analysis/parameters.ts';
import { SensitivityError, type Tornado, tornadoJob } from '../engine/analysis/sensitivity.ts';
import { tornadoTables } from '../engine/analysis/sensitivity-tables.ts';
import { type Uncertainty, uncertaintyJob, uncertaintyTables } from '../engine/analysis/uncertainty.ts';
import { actorName } from '../engine/describe.ts';
import type { ActorId } from '../engine/ids.ts';
import type { Job } from '../engine/jobs.ts';
import { ANALYSIS_FLAGS, analysisSettings, narrow, writeAnalysis } from './analysis-output.ts';
import { integerOption, parseArgs, requireBudget } from './args.ts';
import { readNamedDraft } from './compare.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { loadScenario } from './load.ts';
import { runWithProgress } from './progress.ts';

export const TORNADO_USAGE =
  'usage: draftroom tornado SCENARIO.yaml [--draft NAME|FILE] [--actor ACTOR] [--uncertainty DRAWS] [--runs N] [--seed S] [--json | --csv [--table ID]]';

/** Runs an analysis job; its refusals (no ranges, unknown actor or parameter) are usage errors. */
export function runAnalysis<T>(job: () => Job<T>, io: Io, label: string): T {
  try {
    return runWithProgress(job(), io, label);
  } catch (error) {
    if (error instanceof SensitivityError) throw new UsageError(error.message);
    throw error;
  }
}

export async function tornadoCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(
    args,
    { flags: { ...ANALYSIS_FLAGS, draft: 'string', actor: 'string', uncertainty: 'string' } },
    TORNADO_USAGE,
  );
  const settings = analysisSettings(options);
  if (positional.length !== 1) throw new UsageError(`expected one scenario file\n${TORNADO_USAGE}`);
  const scenario = await loadScenario(positional[0]!, io);
  const named = await readNamedDraft(
    scenario,
    typeof options.draft === 'string' ? options.draft : 'opening',
    io,
  );
  const actor = typeof options.actor === 'string' ? (options.actor as ActorId) : undefined;
  if (options.uncertainty !== undefined) {
    const draws = integerOption(options.uncertainty, 'uncertainty', 2, 100_000, 200);
    requireBudget(uncertaintyWork(draws, budgetRuns(scenario, settings.runs)), '--runs or --uncertainty');
    const u: Uncertainty = runAnalysis(
      () => uncertaintyJob(scenario, named.draft, { ...settings, draws, ...(actor ? { actor } : {}) }),
      io,
      'uncertainty',
    );
    const tables = uncertaintyTables(u);
    writeAnalysis(
      {
        scenario,
        ...settings,
        result: u,
        tables,
        heading: [
          `${scenario.title} — parameter uncertainty for ${named.label} [${named.id}]`,
          `${draws} joint draws of all ${u.parameters.length} parameters within their stated ranges (every draw: --csv --table draws).`,
        ],
        textTables: [tables[0]!],
      },
      options,
      io,
    );
    return EXIT.ok;
  }
  requireBudget(tornadoWork(listParameters(scenario).length, budgetRuns(scenario, settings.runs)), '--runs');
  const tornado: Tornado = runAnalysis(
    () => tornadoJob(scenario, named.draft, { ...settings, ...(actor ? { actor } : {}) }),
    io,
    'tornado',
  );
  const tables = tornadoTables(tornado, scenario);
  const p = `p${tornado.month}`;
  const shown = [
    'parameter_name',
    'low',
    'base',
    'high',
    `${p}_low`,
    `${p}_high`,
    'swing',
    'margin_low',
    'margin_high',
    ...(actor ? ['acceptance_low', 'acceptance_high'] : []),
  ];
  writeAnalysis(
    {
      scenario,
      ...settings,
      result: tornado,
      tables,
      heading: [
        `${scenario.title} — tornado for ${named.label} [${named.id}]${actor ? `, with the acceptance of ${actorName(scenario, actor)}` : ''}`,
        `${tornado.bars.length} parameters, each set to the low and the high end of the range the scenario states (the ranges' bases: --csv or --json).`,
      ],
      textTables: [narrow(tables[0]!, shown), ...tables.slice(1)],
    },
    options,
    io,
  );
  return EXIT.ok;
}
