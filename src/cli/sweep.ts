// `draftroom sweep SCENARIO --param P --from A --to B --steps N [--param2 Q --from2 C --to2 D
// --steps2 M] [--draft D] [--actor A] [--runs N] [--seed S] [--json|--csv [--table ID]]`: the outputs
// along one parameter (a line chart's data) or over a grid of two (a heatmap's).
import { budgetRuns, sweepWork } from '../engine/analysis/budget.ts';
import { sweepRangeProblem } from '../engine/analysis/parameter-bounds.ts';
import { everyParameter } from '../engine/analysis/parameters.ts';
import { type Sweep, sweepJob } from '../engine/analysis/sensitivity.ts';
import { sweepTables } from '../engine/analysis/sensitivity-tables.ts';
import type { ActorId } from '../engine/ids.ts';
import { ANALYSIS_FLAGS, analysisSettings, numberOption, writeAnalysis } from './analysis-output.ts';
import { integerOption, parseArgs, requireBudget } from './args.ts';
import { readNamedDraft } from './compare.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { loadScenario } from './load.ts';
import { runAnalysis } from './tornado.ts';

export const SWEEP_USAGE =
  'usage: draftroom sweep SCENARIO.yaml --param P --from A --to B --steps N [--param2 Q --from2 C --to2 D --steps2 M] [--draft NAME|FILE] [--actor ACTOR] [--runs N] [--seed S] [--json | --csv [--table ID]]';

export async function sweepCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(
    args,
    {
      flags: {
        ...ANALYSIS_FLAGS,
        draft: 'string',
        actor: 'string',
        param: 'string',
        from: 'string',
        to: 'string',
        steps: 'string',
        param2: 'string',
        from2: 'string',
        to2: 'string',
        steps2: 'string',
      },
    },
    SWEEP_USAGE,
  );
  const settings = analysisSettings(options);
  if (positional.length !== 1) throw new UsageError(`expected one scenario file\n${SWEEP_USAGE}`);
  const scenario = await loadScenario(positional[0]!, io);
  const ids = everyParameter(scenario).map((p) => p.id);
  const param = (name: 'param' | 'param2') => {
    const value = options[name];
    if (value === undefined) return undefined;
    if (value === true || !ids.includes(value))
      throw new UsageError(`--${name}: unknown parameter '${String(value)}' (parameters: ${ids.join(', ')})`);
    return value;
  };
  const first = param('param');
  if (first === undefined) throw new UsageError(`--param is required\n${SWEEP_USAGE}`);
  const from = numberOption(options.from, 'from');
  const to = numberOption(options.to, 'to');
  if (from === undefined || to === undefined)
    throw new UsageError(`--from and --to are required\n${SWEEP_USAGE}`);
  const range = sweepRangeProblem(first, from, to, { from: '--from', to: '--to' });
  if (range) throw new UsageError(range);
  const steps = integerOption(options.steps, 'steps', 1, 1000, 5);
  const second = param('param2');
  const from2 = numberOption(options.from2, 'from2');
  const to2 = numberOption(options.to2, 'to2');
  if (second === undefined && (from2 !== undefined || to2 !== undefined || options.steps2 !== undefined))
    throw new UsageError('--from2, --to2 and --steps2 go with --param2');
  if (second !== undefined && (from2 === undefined || to2 === undefined))
    throw new UsageError('--param2 needs --from2 and --to2');
  if (second !== undefined && from2 !== undefined && to2 !== undefined) {
    const range2 = sweepRangeProblem(second, from2, to2, { from: '--from2', to: '--to2' });
    if (range2) throw new UsageError(range2);
  }
  const steps2 = integerOption(options.steps2, 'steps2', 1, 1000, steps);
  requireBudget(
    sweepWork(steps, second === undefined ? undefined : steps2, budgetRuns(scenario, settings.runs)),
    '--runs, --steps or --steps2',
  );
  const named = await readNamedDraft(
    scenario,
    typeof options.draft === 'string' ? options.draft : 'opening',
    io,
  );
  const actor = typeof options.actor === 'string' ? (options.actor as ActorId) : undefined;
  const sweep: Sweep = runAnalysis(
    () =>
      sweepJob(scenario, named.draft, {
        ...settings,
        param: first,
        from,
        to,
        steps,
        ...(second !== undefined && from2 !== undefined && to2 !== undefined
          ? { param2: second, from2, to2, steps2 }
          : {}),
        ...(actor ? { actor } : {}),
      }),
    io,
    'sweep',
  );
  const tables = sweepTables(sweep, scenario);
  writeAnalysis(
    {
      scenario,
      ...settings,
      result: sweep,
      tables,
      heading: [
        `${scenario.title} — sweep for ${named.label} [${named.id}]`,
        `${sweep.param.id}: ${sweep.param.label}; as written ${sweep.param.base}` +
          (sweep.param2
            ? ` · ${sweep.param2.id}: ${sweep.param2.label}; as written ${sweep.param2.base}`
            : ''),
      ],
    },
    options,
    io,
  );
  return EXIT.ok;
}
