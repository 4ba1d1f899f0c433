// The ceasefire's collapse by a few months for one assessed draft, as a job in slices of runs, keeping
// each run's collapse month so that two drafts simulated with one seed can be paired run by run
// (the draws are counter-based per (seed, run, month, channel): run r of one draft and run r of the
// other share their random numbers). Without scenario events the answer is exact and needs no runs.
import type { Assessment } from '../assess.ts';
import { buildUpLogHazards } from '../build-up.ts';
import { analyticCollapse } from '../hazard.ts';
import type { Job } from '../jobs.ts';
import type { Model } from '../model.ts';
import { prepareSimulation, runSimulation } from '../montecarlo.ts';
import { type Draws, signatureSteps } from '../simulation-reuse.ts';

/** Runs per step: about 2 ms of work on the default scenario, well inside a 10 ms step. */
export const RUNS_PER_STEP = 500;

export interface CollapseRuns {
  readonly method: 'analytic' | 'monte-carlo';
  readonly runs: number;
  /** cumulative[m − 1]: P(collapse by month m), m = 1 … months. */
  readonly cumulative: readonly number[];
  /** Each run's collapse month (0: held); empty when analytic. */
  readonly months: Uint8Array;
}

/** How many steps `collapseRunsJob` yields for these settings. */
export const collapseSteps = (model: Model, runs: number) =>
  model.scenario.ceasefire.events.length === 0 ? 0 : Math.ceil(runs / RUNS_PER_STEP);

export function* collapseRunsJob(
  model: Model,
  base: Assessment,
  options: {
    readonly runs: number;
    readonly seed: number;
    readonly months: number;
    /** Pre-computed draws for this seed, runs and months (many simulations on one seed share them). */
    readonly draws?: Draws | undefined;
    /**
     * Results of earlier simulations by their signature (montecarlo.ts): a simulation that reads
     * exactly the same numbers as an earlier one with this seed and these runs reuses its result.
     */
    readonly reuse?: Map<string, CollapseRuns> | undefined;
  },
): Job<CollapseRuns> {
  const { runs, seed, months } = options;
  if (model.scenario.ceasefire.events.length === 0) {
    const h = base.hazard;
    return {
      method: 'analytic',
      runs: 0,
      cumulative: analyticCollapse(h.alpha, h.rho, h.logHazard, months, buildUpLogHazards(model, base)),
      months: new Uint8Array(0),
    };
  }
  const sim = prepareSimulation(model, base, months);
  let signature: string | null = null;
  if (options.reuse) {
    const steps = signatureSteps(sim);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        signature = step.value;
        break;
      }
      yield { done: 0, total: runs };
    }
  }
  const key = signature === null ? null : `${seed}|${runs}|${signature}`;
  const known = key === null ? undefined : options.reuse?.get(key);
  if (known) {
    yield { done: runs, total: runs };
    return known;
  }
  // Scoring, preparing and signing took a step's worth of time: pause before the runs.
  if (key !== null) yield { done: 0, total: runs };
  const record = new Uint8Array(runs);
  const counts = new Array<number>(months).fill(0);
  for (let firstRun = 0; firstRun < runs; firstRun += RUNS_PER_STEP) {
    const slice = Math.min(RUNS_PER_STEP, runs - firstRun);
    const tally = runSimulation(
      sim,
      { runs: slice, seed, months, firstRun },
      record.subarray(firstRun, firstRun + slice),
      options.draws,
    );
    for (let m = 0; m < months; m++) counts[m]! += tally.collapses[m] ?? 0;
    yield { done: firstRun + slice, total: runs };
  }
  let sum = 0;
  const cumulative = counts.map((c) => {
    sum += c;
    return sum / runs;
  });
  const result: CollapseRuns = { method: 'monte-carlo', runs, cumulative, months: record };
  if (key !== null) options.reuse?.set(key, result);
  return result;
}

/**
 * The paired difference P_b(collapse by m) − P_a(collapse by m) over the same runs, with its 95%
 * interval from the per-run differences (each −1, 0 or 1): mean ± 1.96·sd/√n. Identical drafts give
 * exactly 0 and a zero-width interval; analytic results are exact (zero width).
 */
export function pairedDifference(
  a: CollapseRuns,
  b: CollapseRuns,
  month: number,
): { readonly estimate: number; readonly ci95: readonly [number, number] } {
  if (a.method === 'analytic' || b.method === 'analytic') {
    const d = (b.cumulative[month - 1] ?? 0) - (a.cumulative[month - 1] ?? 0);
    return { estimate: d, ci95: [d, d] };
  }
  const n = a.months.length;
  let sum = 0;
  let sumSquares = 0;
  for (let r = 0; r < n; r++) {
    const ma = a.months[r]!;
    const mb = b.months[r]!;
    const d = (mb !== 0 && mb <= month ? 1 : 0) - (ma !== 0 && ma <= month ? 1 : 0);
    sum += d;
    sumSquares += d * d;
  }
  if (n === 0) return { estimate: 0, ci95: [0, 0] };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSquares - n * mean * mean) / (n - 1)) : 0;
  const half = (1.959963984540054 * Math.sqrt(variance)) / Math.sqrt(n);
  return { estimate: mean, ci95: [mean - half, mean + half] };
}
