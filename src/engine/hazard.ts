// Monthly ceasefire hazard, complementary log-log:  h_t = 1 − exp(−exp(α + ρ·ln t + S)),
// where S = Σ_j β_j·x_j (β_j = ln hazard ratio; every β but peacekeeping multiplied by the shrink
// factor) + Σ ln(rule hazard ratios), floored at ln(floor). exp(S) is therefore exactly a hazard
// ratio, and S splits exactly into per-driver parts. `solveAlpha` is the closed form: a bare truce
// (S = 0) without events collapses within 12 months with the baseline. With events the Monte Carlo
// uses baseline.ts instead, which solves α net of them (docs/model.md §6).
import type { DriverValues } from './drivers.ts';
import type { RuleId } from './ids.ts';
import { memoByObject } from './memo.ts';
import type { Model } from './model.ts';
import { DRIVERS, type Driver } from './vocabulary.ts';

/** Drivers whose effect is not shrunk: the peacekeeping evidence is the strongest (docs/model.md). */
const UNSHRUNK: ReadonlySet<Driver> = new Set(['peacekeeping']);
const BASELINE_MONTHS = 12;

export interface DriverContribution {
  readonly driver: Driver;
  readonly value: number;
  readonly hazardRatio: number;
  readonly shrunk: boolean;
  /** Its part of the log hazard: shrink·ln(hazard ratio)·value (no shrink for peacekeeping). */
  readonly logHazard: number;
}

export interface HazardBreakdown {
  /** The closed-form α (exact without events; with events the Monte Carlo uses baseline.ts's α). */
  readonly alpha: number;
  readonly rho: number;
  readonly drivers: readonly DriverContribution[];
  readonly rules: ReadonlyArray<{ readonly rule: RuleId; readonly logHazard: number }>;
  /** Added when the floor binds, so that the parts still add up to `logHazard`. */
  readonly floorAdjustment: number;
  /** S: the sum of every part above. */
  readonly logHazard: number;
  /** exp(S): the draft's hazard relative to a bare truce. */
  readonly hazardRatio: number;
}

export function sumPowers(rho: number, months: number): number {
  let sum = 0;
  for (let t = 1; t <= months; t++) sum += t ** rho;
  return sum;
}

/** α such that P(collapse within 12 months | S = 0) equals the baseline. */
export function solveAlpha(baseline12m: number, rho: number): number {
  return Math.log(-Math.log(1 - baseline12m) / sumPowers(rho, BASELINE_MONTHS));
}

interface HazardPlan {
  readonly alpha: number;
  readonly betas: ReadonlyArray<{
    readonly driver: Driver;
    readonly beta: number;
    readonly hazardRatio: number;
    readonly shrunk: boolean;
  }>;
  readonly ruleLogs: Float64Array;
  readonly floor: number;
}

const planFor = memoByObject((model: Model): HazardPlan => {
  const c = model.scenario.ceasefire;
  const plan: HazardPlan = {
    alpha: solveAlpha(c.baselineCollapse12m, c.durationDependence),
    betas: DRIVERS.map((driver) => {
      const shrunk = !UNSHRUNK.has(driver);
      const hazardRatio = c.drivers[driver].hazardRatio;
      return { driver, beta: Math.log(hazardRatio) * (shrunk ? c.shrink : 1), hazardRatio, shrunk };
    }),
    ruleLogs: Float64Array.from(model.rules, (r) => Math.log(r.hazardRatio)),
    floor: Math.log(c.floorHazardRatio),
  };
  return plan;
});

export function breakdown(
  model: Model,
  drivers: DriverValues,
  firedRules: readonly number[],
): HazardBreakdown {
  const plan = planFor(model);
  let raw = 0;
  const parts: DriverContribution[] = plan.betas.map(({ driver, beta, hazardRatio, shrunk }) => {
    const logHazard = beta * drivers[driver];
    raw += logHazard;
    return { driver, value: drivers[driver], hazardRatio, shrunk, logHazard };
  });
  const rules: Array<{ rule: RuleId; logHazard: number }> = [];
  for (const r of firedRules) {
    const logHazard = plan.ruleLogs[r] ?? 0;
    if (logHazard === 0) continue;
    raw += logHazard;
    rules.push({ rule: model.scenario.rules[r]!.id, logHazard });
  }
  const logHazard = raw < plan.floor ? plan.floor : raw;
  return {
    alpha: plan.alpha,
    rho: model.scenario.ceasefire.durationDependence,
    drivers: parts,
    rules,
    floorAdjustment: logHazard - raw,
    logHazard,
    hazardRatio: Math.exp(logHazard),
  };
}

/**
 * The log hazard of the text that `h` describes, with other driver values (a month of its build-up,
 * build-up.ts): the same rules, the same floor.
 */
export function logHazardWith(model: Model, h: HazardBreakdown, values: DriverValues): number {
  const plan = planFor(model);
  let raw = 0;
  for (const { driver, beta } of plan.betas) raw += beta * values[driver];
  for (const r of h.rules) raw += r.logHazard;
  return raw < plan.floor ? plan.floor : raw;
}

export const monthlyHazard = (alpha: number, rho: number, month: number, logHazard: number): number =>
  1 - Math.exp(-Math.exp(alpha + rho * Math.log(month) + logHazard));

/**
 * Exact P(collapse by month m), m = 1…months. `buildUp[t − 1]`, where given, is month t's log hazard
 * while the text is being put in place; later months use `logHazard`.
 */
export function analyticCollapse(
  alpha: number,
  rho: number,
  logHazard: number,
  months: number,
  buildUp: ArrayLike<number> = [],
): number[] {
  const out: number[] = [];
  let cumulative = 0;
  const scale = Math.exp(alpha + logHazard);
  for (let t = 1; t <= months; t++) {
    cumulative +=
      t <= buildUp.length ? Math.exp(alpha + (buildUp[t - 1] as number)) * t ** rho : scale * t ** rho;
    out.push(1 - Math.exp(-cumulative));
  }
  return out;
}
