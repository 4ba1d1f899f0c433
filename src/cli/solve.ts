// `draftroom solve SCENARIO --goal adopt|consent|support:ACTOR|risk<P|consensus …`: what it would take
// to reach a goal from a draft — the smallest sets of clause changes and their side effects — or, with
// `--goal consensus`, the Pareto set of adopted drafts that keep ground consent. Readable tables by
// default; --json gives the stamp, the whole result and its tables; --csv one table as CSV.
import { budgetRuns, consensusWork, solveWork } from '../engine/analysis/budget.ts';
import { type ConsensusSet, consensusJob, consensusTables } from '../engine/analysis/consensus.ts';
import { GOAL_SYNTAX, parseGoal } from '../engine/analysis/goal.ts';
import { countChangeSets } from '../engine/analysis/neighbourhood.ts';
import { type Solution, solveJob } from '../engine/analysis/solve.ts';
import { solutionSummary, solutionTables } from '../engine/analysis/solve-tables.ts';
import { stamp, type Table, toCsv, toText } from '../engine/analysis/table.ts';
import type { ActorId } from '../engine/ids.ts';
import type { Model } from '../engine/model.ts';
import { integerOption, requireBudget } from './args.ts';
import { readDraftInputs } from './draft-inputs.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { runWithProgress } from './progress.ts';

export const SOLVE_USAGE =
  'usage: draftroom solve SCENARIO.yaml --goal adopt|consent|support:ACTOR|risk<P|consensus [--actors A,B] [--draft NAME|FILE] [--max-changes N] [--seed S] [--runs N] [--limit N] [--exhaustive] [--json] [--csv [--table ID]]';

/** The solver's default Monte Carlo runs: enough for a 12-month risk to ±2 points, quick enough to search. */
const SOLVE_RUNS = 2000;

function pickActors(model: Model, text: string | true | undefined): ActorId[] | undefined {
  if (text === undefined || text === true) return undefined;
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !model.actorIndex.has(id as ActorId));
  if (unknown.length > 0 || ids.length === 0)
    throw new UsageError(
      `--actors: no actor '${unknown.join("', '")}' in the scenario; choose among: ${model.scenario.actors.map((a) => a.id).join(', ')}`,
    );
  return ids as ActorId[];
}

/** In the terminal, the moves table keeps only the actors whose stance changes or who move 5 points or more. */
function terminalMoves(table: Table): Table {
  const at = (id: string) => table.columns.findIndex((c) => c.id === id);
  const [change, before, after] = [at('change'), at('stance_before'), at('stance_after')];
  return {
    ...table,
    rows: table.rows.filter((r) => Math.abs(Number(r[change])) >= 5 || r[before] !== r[after]),
    note: 'Actors whose stance changes or who move 5 points or more (all actors: --json or --csv --table solve-moves).',
  };
}

export async function solveCommand(args: readonly string[], io: Io): Promise<number> {
  const { model, draft, label, settings, options } = await readDraftInputs(args, SOLVE_USAGE, io, {
    goal: 'string',
    actors: 'string',
    'max-changes': 'string',
    limit: 'string',
    exhaustive: 'boolean',
    csv: 'boolean',
    table: 'string',
  });
  const goalText = options.goal;
  if (goalText === undefined || goalText === true)
    throw new UsageError(`--goal is required: ${GOAL_SYNTAX}, or consensus\n${SOLVE_USAGE}`);
  const consensus = goalText.trim() === 'consensus';
  const runs = options.runs === undefined ? SOLVE_RUNS : settings.runs;
  const seed = settings.seed;
  const limit = integerOption(options.limit, 'limit', 1, 1000, consensus ? 20 : 10);
  let result: Solution | ConsensusSet;
  let tables: Table[];
  let summary: string;
  if (consensus) {
    const maxChanges = integerOption(options['max-changes'], 'max-changes', 1, 3, 2);
    const actors = pickActors(model, options.actors);
    requireBudget(consensusWork(limit, budgetRuns(model.scenario, runs)), '--runs or --limit');
    const set = runWithProgress(
      consensusJob(model, draft, { ...(actors ? { actors } : {}), maxChanges, limit, runs, seed }),
      io,
      'consensus',
    );
    [result, tables] = [set, consensusTables(set, model.scenario)];
    summary = `Consensus set around ${label.title} [${label.name}] and the landing zone.`;
  } else {
    if (options.actors !== undefined) throw new UsageError('--actors goes with --goal consensus');
    const goal = parseGoal(goalText, model.scenario);
    if (!goal.ok) throw new UsageError(`--goal: ${goal.error} (or consensus, for the consensus set)`);
    const maxChanges = integerOption(options['max-changes'], 'max-changes', 1, 3, 3);
    const simulations = options.exhaustive ? Number.POSITIVE_INFINITY : undefined;
    let candidates = 0;
    for (let k = 1; k <= maxChanges; k++) candidates += countChangeSets(model, k);
    requireBudget(
      solveWork({
        risk: goal.value.kind === 'risk',
        maxChanges,
        limit,
        simulations: simulations ?? 10,
        candidates,
        runs: budgetRuns(model.scenario, runs),
      }),
      options.exhaustive ? '--runs or --max-changes, or drop --exhaustive' : '--runs or --limit',
    );
    const solution = runWithProgress(
      solveJob(model, draft, goal.value, {
        maxChanges,
        runs,
        seed,
        limit,
        ...(simulations ? { simulations } : {}),
      }),
      io,
      'solve',
    );
    [result, tables] = [solution, solutionTables(solution, model.scenario)];
    summary = `From ${label.title} [${label.name}]: ${solutionSummary(solution, model.scenario)}`;
  }
  if (options.json) {
    io.out(JSON.stringify({ stamp: stamp(model.scenario, seed, runs), result, tables }, null, 2));
  } else if (options.csv) {
    const id = options.table === undefined || options.table === true ? tables[0]?.id : options.table;
    const table = tables.find((t) => t.id === id);
    if (!table)
      throw new UsageError(`--table: no table '${id}'; choose one of: ${tables.map((t) => t.id).join(', ')}`);
    io.out(toCsv(table).replace(/\r\n$/, ''));
  } else {
    const shown = tables.map((t) => (t.id === 'solve-moves' ? terminalMoves(t) : t));
    io.out(`${model.scenario.title}\n${summary}`);
    for (const t of shown) io.out(`\n${toText(t)}`);
  }
  return EXIT.ok;
}
