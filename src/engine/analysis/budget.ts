// The one work budget for every request that multiplies options: a sweep's steps × steps × runs, a
// tornado's settings × runs, a comparison's drafts × runs… Each option has its own limit, but their
// product is what decides how long the work takes, so it is checked here, before any work starts,
// by the CLI, the lab (links and tasks) and the engine worker alike.
//
// The limits come from `npm run bench` on a 2-core machine: one Monte Carlo run of 12 months costs
// about 2.5 µs inside an analysis (sweep of 10 points × 200,000 runs: 4.7 s), and every setting of the
// scenario (a sweep point, a tornado end, an uncertainty draw, a draft) about 5 ms before its runs
// (200 settings with 1 run each: 0.9 s). So 20 million runs, or 10,000 settings, is about 50 s:
// the most a request may ask for at once.
import { groupThousands } from '../format.ts';

export const WORK_LIMITS = {
  /** Monte Carlo runs in one request: settings × runs per setting. */
  runs: 20_000_000,
  /** Settings of the scenario (points, ends, draws, drafts) evaluated in one request. */
  settings: 10_000,
} as const;

/** One option's share of the product, e.g. { count: 1000, label: 'steps' }. */
export interface WorkFactor {
  readonly count: number;
  readonly label: string;
}

export interface WorkRequest {
  /** What is asked, as the subject of a sentence: 'this sweep', 'this tornado'. */
  readonly what: string;
  /** Multiplied together: how many settings of the scenario are evaluated. */
  readonly settings: readonly WorkFactor[];
  /** Monte Carlo runs per setting; 0 when the answer is exact (a scenario without events). */
  readonly runs: number;
  /** Which options to lower, for the refusal: '--runs or --steps'. */
  readonly lower?: string;
  /**
   * The settings are drafts of one compiled scenario (compare, solve, consensus): each is scored in
   * a fraction of a millisecond, so only their runs count, not the limit on settings.
   */
  readonly drafts?: boolean;
}

export type WorkCheck =
  | { readonly ok: true; readonly settings: number; readonly runs: number }
  | { readonly ok: false; readonly message: string };

/** 1234567 → "1,234,567"; past a billion, "1e12" or "1.8e10" (no locale: the engine is deterministic). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n >= 1e9) {
    const [mantissa = '', exponent = ''] = n.toExponential(1).split('e');
    return `${mantissa.replace(/\.0$/, '')}e${exponent.replace(/^\+/, '')}`;
  }
  return groupThousands(n);
}

const product = (factors: readonly WorkFactor[]) => factors.reduce((p, f) => p * f.count, 1);
const terms = (factors: readonly WorkFactor[]) =>
  factors.map((f) => `${formatCount(f.count)} ${f.label}`).join(' × ');

/** Refuses a request whose product is past a limit, naming the product and the limit. */
export function checkWork(request: WorkRequest): WorkCheck {
  const settings = product(request.settings);
  const runs = settings * request.runs;
  const lower = request.lower ? ` (lower ${request.lower})` : '';
  if (request.runs > 0 && runs > WORK_LIMITS.runs) {
    return {
      ok: false,
      message: `${request.what} would simulate ${terms([...request.settings, { count: request.runs, label: 'runs' }])} = ${formatCount(runs)} runs; the limit is ${formatCount(WORK_LIMITS.runs)}${lower}`,
    };
  }
  if (!request.drafts && settings > WORK_LIMITS.settings) {
    const shown = request.settings.length > 1 ? `${terms(request.settings)} = ` : '';
    return {
      ok: false,
      message: `${request.what} would evaluate ${shown}${formatCount(settings)} settings of the scenario; the limit is ${formatCount(WORK_LIMITS.settings)}${lower}`,
    };
  }
  return { ok: true, settings, runs };
}

/** Monte Carlo runs as the budget counts them: none where the answer is exact (no scenario events). */
export const budgetRuns = (
  scenario: { readonly ceasefire: { readonly events: readonly unknown[] } },
  runs: number,
): number => (scenario.ceasefire.events.length === 0 ? 0 : runs);

/** A refusal by the budget, for callers that throw (the CLI turns it into a usage error). */
export class WorkBudgetError extends Error {}

export function requireWork(request: WorkRequest): void {
  const check = checkWork(request);
  if (!check.ok) throw new WorkBudgetError(check.message);
}

// The requests of each analysis, shared by the CLI, the lab and the worker so they cannot disagree.

export function sweepWork(steps: number, steps2: number | undefined, runs: number): WorkRequest {
  const settings = [{ count: steps, label: 'steps' }];
  if (steps2 !== undefined) settings.push({ count: steps2, label: 'steps' });
  return { what: 'this sweep', settings, runs };
}

/** The baseline and every parameter at its low and its high end. */
export function tornadoWork(parameters: number, runs: number): WorkRequest {
  return {
    what: 'this tornado',
    settings: [
      {
        count: 1 + 2 * parameters,
        label: `settings (the baseline and ${parameters} parameters at low and high)`,
      },
    ],
    runs,
  };
}

/** Every joint draw and the baseline. */
export function uncertaintyWork(draws: number, runs: number): WorkRequest {
  return { what: 'this uncertainty analysis', settings: [{ count: draws + 1, label: 'draws' }], runs };
}

/**
 * Stance probabilities: joint draws of the parameters that move stances, each scored without the
 * ceasefire (about 35 µs a draw, so the limit on settings is generous here).
 */
export function stanceDrawsWork(draws: number): WorkRequest {
  return { what: 'these stance probabilities', settings: [{ count: draws, label: 'draws' }], runs: 0 };
}

export function compareWork(drafts: number, runs: number): WorkRequest {
  return { what: 'this comparison', settings: [{ count: drafts, label: 'drafts' }], runs, drafts: true };
}

/**
 * The solver simulates at most: the base draft, the drafts of each size its budget lets through
 * (`simulations` per size, or every candidate when exhaustive), the reported answers and the closest.
 */
export function solveWork(options: {
  readonly risk: boolean;
  readonly maxChanges: number;
  readonly limit: number;
  readonly simulations: number;
  /** Every draft within maxChanges changes (neighbourhood.ts countChangeSets, summed). */
  readonly candidates: number;
  readonly runs: number;
}): WorkRequest {
  const searched = options.risk ? Math.min(options.candidates, options.maxChanges * options.simulations) : 0;
  const drafts = 2 + options.limit + searched;
  return {
    what: 'this search',
    settings: [{ count: drafts, label: 'drafts at most' }],
    runs: options.runs,
    drafts: true,
  };
}

/** The consensus set simulates the members it reports, `limit` at most. */
export function consensusWork(limit: number, runs: number): WorkRequest {
  return {
    what: 'this consensus set',
    settings: [{ count: limit, label: 'drafts at most' }],
    runs,
    drafts: true,
  };
}
