// Which assumptions drive the answer. The tornado sets each parameter to the low and the high end of
// the range the scenario states (one at a time, all others as written) and records the outputs; the
// sweeps walk one parameter, or two on a grid, across values the analyst picks. The collapse
// probability is simulated with the same seed for every setting (common random numbers), so the
// differences between settings come from the parameter, not from sampling noise.
import { assess } from '../assess.ts';
import type { ActorId } from '../ids.ts';
import type { Job } from '../jobs.ts';
import { compile, draftIndex } from '../model.ts';
import type { Draft, Scenario } from '../scenario.ts';
import { type Draws, emptyDraws, fillDraws } from '../simulation-reuse.ts';
import { type CollapseRuns, collapseRunsJob, RUNS_PER_STEP } from './collapse-runs.ts';
import { applyParameter, findParameter, listParameters, type Parameter } from './parameters.ts';

/** What each setting of the parameters gives. */
export interface Outputs {
  /** P(collapse by month `month`) — 12, or the horizon if shorter. */
  readonly p12: number;
  readonly marginToNine: number;
  readonly adopted: boolean;
  readonly groundConsent: boolean;
  /** The chosen actor's acceptance; null when no actor was chosen. */
  readonly acceptance: number | null;
}

export class SensitivityError extends Error {}

/** The month the tornado and the sweeps report: 12, or the horizon if it is shorter. */
export const outputMonth = (scenario: Scenario) => Math.min(12, scenario.ceasefire.horizonMonths);

/** The outputs of one scenario (as changed) for the draft: a job in slices of runs. */
export function* outputsJob(
  scenario: Scenario,
  draft: Draft,
  options: {
    readonly runs: number;
    readonly seed: number;
    readonly actor?: ActorId | undefined;
    /** Draws for this seed, these runs and the output month, shared by many settings. */
    readonly draws?: Draws | undefined;
    /** Simulations already run in this analysis, by signature (exact reuse; collapse-runs.ts). */
    readonly reuse?: Map<string, CollapseRuns> | undefined;
  },
): Job<Outputs> {
  const model = compile(scenario);
  const a = assess(model, draftIndex(model, draft));
  const month = outputMonth(scenario);
  const collapse = yield* collapseRunsJob(model, a, {
    runs: options.runs,
    seed: options.seed,
    months: month,
    draws: options.draws,
    reuse: options.reuse,
  });
  const actor = options.actor === undefined ? undefined : model.actorIndex.get(options.actor);
  return {
    p12: collapse.cumulative[month - 1] ?? 0,
    marginToNine: a.vote.marginToNine,
    adopted: a.vote.adopted,
    groundConsent: a.groundConsent.holds,
    acceptance: actor === undefined ? null : (a.actors[actor]?.evaluation.acceptance ?? null),
  };
}

export interface TornadoBar {
  readonly parameter: Parameter;
  readonly low: Outputs;
  readonly high: Outputs;
  /** |P12(high) − P12(low)|: what the bars are sorted by. */
  readonly swing: number;
}

export interface Tornado {
  readonly seed: number;
  readonly runs: number;
  readonly month: number;
  readonly actor: ActorId | null;
  readonly draft: Draft;
  readonly baseline: Outputs;
  /** Widest swing first; ties by the swing in margin to nine, then the acceptance swing, then id. */
  readonly bars: readonly TornadoBar[];
}

export interface TornadoOptions {
  readonly runs: number;
  readonly seed: number;
  readonly actor?: ActorId;
  /** Only these parameter ids (default: every parameter the scenario states a range for). */
  readonly parameters?: readonly string[];
}

function checkActor(scenario: Scenario, actor: ActorId | undefined) {
  if (actor !== undefined && !scenario.actors.some((a) => a.id === actor))
    throw new SensitivityError(
      `unknown actor '${actor}' (actors: ${scenario.actors.map((a) => a.id).join(', ')})`,
    );
}

/**
 * Every setting runs on the same seed, so the draws are computed once and read by each simulation
 * (the results are identical; the hashing is skipped). Past a size they are not kept (memory).
 */
export function* sharedDrawsJob(
  scenario: Scenario,
  options: { readonly runs: number; readonly seed: number },
  total: number,
): Job<Draws | undefined> {
  const events = scenario.ceasefire.events.length;
  const month = outputMonth(scenario);
  if (events === 0 || options.runs * month * (1 + 2 * events) > MAX_SHARED_DRAWS) return undefined;
  const draws = emptyDraws(options.seed, 0, options.runs, month, events);
  for (let from = 0; from < options.runs; from += RUNS_PER_STEP) {
    fillDraws(draws, from, Math.min(options.runs, from + RUNS_PER_STEP));
    yield { done: 0, total };
  }
  return draws;
}
/** 4 million draws: 32 MB. Beyond that each simulation hashes its own. */
const MAX_SHARED_DRAWS = 4_000_000;

/** Passes on each inner step (the runs' slices) as a fraction of one unit of the whole. */
function* counted<T>(job: Job<T>, at: { done: number }, total: number): Job<T> {
  for (;;) {
    const step = job.next();
    if (step.done) {
      at.done++;
      yield { done: at.done, total };
      return step.value;
    }
    const part = step.value.total > 0 ? step.value.done / step.value.total : 0;
    yield { done: at.done + Math.min(part, 0.999), total };
  }
}

export function* tornadoJob(scenario: Scenario, draft: Draft, options: TornadoOptions): Job<Tornado> {
  if (!scenario.sensitivity)
    throw new SensitivityError(
      `scenario '${scenario.id}' states no sensitivity ranges: add a 'sensitivity:' section (docs/scenario-format.md) — the tornado does not invent ranges`,
    );
  checkActor(scenario, options.actor);
  let parameters = listParameters(scenario);
  if (options.parameters) {
    const wanted = new Set(options.parameters);
    parameters = parameters.filter((p) => wanted.has(p.id));
  }
  const run = {
    runs: options.runs,
    seed: options.seed,
    actor: options.actor,
    draws: yield* sharedDrawsJob(scenario, options, 1 + 2 * parameters.length),
    reuse: new Map<string, CollapseRuns>(),
  };
  const total = 1 + 2 * parameters.length;
  const at = { done: 0 };
  const baseline = yield* counted(outputsJob(scenario, draft, run), at, total);
  const bars: TornadoBar[] = [];
  for (const parameter of parameters) {
    const low = yield* counted(
      outputsJob(applyParameter(scenario, parameter.id, parameter.low), draft, run),
      at,
      total,
    );
    const high = yield* counted(
      outputsJob(applyParameter(scenario, parameter.id, parameter.high), draft, run),
      at,
      total,
    );
    bars.push({ parameter, low, high, swing: Math.abs(high.p12 - low.p12) });
  }
  const spread = (b: TornadoBar, pick: (o: Outputs) => number | null) =>
    Math.abs((pick(b.high) ?? 0) - (pick(b.low) ?? 0));
  bars.sort(
    (a, b) =>
      b.swing - a.swing ||
      spread(b, (o) => o.marginToNine) - spread(a, (o) => o.marginToNine) ||
      spread(b, (o) => o.acceptance) - spread(a, (o) => o.acceptance) ||
      (a.parameter.id < b.parameter.id ? -1 : 1),
  );
  return {
    seed: options.seed,
    runs: options.runs,
    month: outputMonth(scenario),
    actor: options.actor ?? null,
    draft,
    baseline,
    bars,
  };
}

/** Which parameter (and, for a two-way sweep, which second one) to vary, from where to where. */
export interface SweepSpec {
  readonly param: string;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
  readonly param2?: string;
  readonly from2?: number;
  readonly to2?: number;
  readonly steps2?: number;
}

export interface SweepOptions extends SweepSpec {
  readonly runs: number;
  readonly seed: number;
  readonly actor?: ActorId;
}

export interface SweepPoint extends Outputs {
  readonly value: number;
  /** The second parameter's value in a two-way sweep; null in a one-way sweep. */
  readonly value2: number | null;
}

export interface Sweep {
  readonly seed: number;
  readonly runs: number;
  readonly month: number;
  readonly actor: ActorId | null;
  readonly draft: Draft;
  readonly param: Parameter;
  readonly param2: Parameter | null;
  readonly values: readonly number[];
  readonly values2: readonly number[] | null;
  /** Row-major: for each value of the first parameter, every value of the second. */
  readonly points: readonly SweepPoint[];
}

/** `steps` evenly spaced values from `from` to `to`, both included (one value if steps is 1). */
export function steppedValues(from: number, to: number, steps: number): number[] {
  if (steps <= 1) return [from];
  return Array.from({ length: steps }, (_, i) =>
    i === steps - 1 ? to : from + ((to - from) * i) / (steps - 1),
  );
}

function sweepParameter(scenario: Scenario, id: string, from: number, to: number, steps: number): Parameter {
  const parameter = findParameter(scenario, id);
  if (!parameter) throw new SensitivityError(`unknown parameter '${id}'`);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to)
    throw new SensitivityError(
      `the sweep of '${id}' must go from a number to a larger or equal one (got ${from} to ${to})`,
    );
  if (!Number.isInteger(steps) || steps < 1 || steps > 1000)
    throw new SensitivityError(
      `the number of steps for '${id}' must be a whole number from 1 to 1000 (got ${steps})`,
    );
  return parameter;
}

export function* sweepJob(scenario: Scenario, draft: Draft, options: SweepOptions): Job<Sweep> {
  checkActor(scenario, options.actor);
  const param = sweepParameter(scenario, options.param, options.from, options.to, options.steps);
  const values = steppedValues(options.from, options.to, options.steps);
  let param2: Parameter | null = null;
  let values2: number[] | null = null;
  if (options.param2 !== undefined) {
    if (options.param2 === options.param)
      throw new SensitivityError('a two-way sweep needs two different parameters');
    const from2 = options.from2 ?? Number.NaN;
    const to2 = options.to2 ?? Number.NaN;
    const steps2 = options.steps2 ?? options.steps;
    param2 = sweepParameter(scenario, options.param2, from2, to2, steps2);
    values2 = steppedValues(from2, to2, steps2);
  }
  const run = {
    runs: options.runs,
    seed: options.seed,
    actor: options.actor,
    draws: yield* sharedDrawsJob(scenario, options, values.length * (values2?.length ?? 1)),
    reuse: new Map<string, CollapseRuns>(),
  };
  const total = values.length * (values2?.length ?? 1);
  const at = { done: 0 };
  const points: SweepPoint[] = [];
  for (const value of values) {
    const changed = applyParameter(scenario, param.id, value);
    for (const value2 of values2 ?? [null]) {
      const both = value2 === null || param2 === null ? changed : applyParameter(changed, param2.id, value2);
      const outputs = yield* counted(outputsJob(both, draft, run), at, total);
      points.push({ value, value2, ...outputs });
    }
  }
  return {
    seed: options.seed,
    runs: options.runs,
    month: outputMonth(scenario),
    actor: options.actor ?? null,
    draft,
    param,
    param2,
    values,
    values2,
    points,
  };
}

export { sweepTables, tornadoTables } from './sensitivity-tables.ts';
