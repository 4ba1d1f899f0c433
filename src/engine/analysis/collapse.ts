// The solver's risk measure — P(collapse within 12 months) by the engine's own Monte Carlo with the
// analyst's seed and runs — as a job cut into short steps, and a cheap, provable lower bound on it
// that lets the solver skip drafts that cannot reach a risk target without simulating them.
import type { Assessment } from '../assess.ts';
import { eventAlpha } from '../baseline.ts';
import { buildUpMonths } from '../build-up.ts';
import { type Job, simulationJob } from '../jobs.ts';
import type { Model } from '../model.ts';
import { CHANNEL, uniform } from '../rng.ts';
import { PHASED_DRIVERS } from '../vocabulary.ts';

/** The risk the solver targets: collapse within this many months. */
export const RISK_MONTHS = 12;
/** Runs per step of the simulation: about 5 ms of work at the default scenario's eight events. */
const SLICE = 500;

export interface RiskSettings {
  readonly runs: number;
  readonly seed: number;
}

/**
 * P(collapse within 12 months) exactly as `ceasefireOutlook` reports it at month 12 (simulating 12
 * months gives the same month-12 figure as simulating the whole horizon: a run's first 12 months do
 * not depend on what comes after). Exact and instant without events.
 */
export function* collapseJob(model: Model, assessment: Assessment, settings: RiskSettings): Job<number> {
  const outlook = yield* simulationJob(model, assessment, { ...settings, months: RISK_MONTHS, slice: SLICE });
  return outlook.collapse[RISK_MONTHS - 1]?.probability ?? 0;
}

/**
 * Can the scenario's events only ever raise the monthly hazard? Then, run by run with the same random
 * numbers, a draft collapses with events at least whenever it collapses without them, and the
 * event-free count below is a lower bound on the Monte Carlo estimate. Checked: no event lowers the
 * hazard directly (bump ≥ 0, collapse ≥ 0), no event moves a driver towards safety, no event raises
 * anyone's utility (lower utility lowers acceptance, which by the driver definitions — docs/model.md
 * §4 — can only lower peacekeeping, consent and guarantees and raise spoilers, provided those drivers'
 * hazard ratios point the usual way), no actor cues negatively on another, and no rule that tests
 * acceptance changes utility or hazard (its firing could go either way).
 */
export function eventsOnlyRaiseRisk(model: Model): boolean {
  const c = model.scenario.ceasefire;
  const sign = (driver: keyof typeof c.drivers) => Math.sign(Math.log(c.drivers[driver].hazardRatio));
  if (sign('peacekeeping') > 0 || sign('guarantees') > 0 || sign('spoilers') < 0) return false;
  // A build-up holds back what protects: the months before full strength are riskier, never safer,
  // only if every phased driver protects.
  if (buildUpMonths(model) > 1 && PHASED_DRIVERS.some((d) => sign(d) > 0)) return false;
  for (const e of c.events) {
    if (e.effects.hazardBump < 0 || e.effects.collapse < 0) return false;
    for (const [driver, delta] of Object.entries(e.effects.drivers))
      if ((delta ?? 0) * sign(driver as keyof typeof c.drivers) < 0) return false;
    if (Object.values(e.effects.utility).some((delta) => (delta ?? 0) > 0)) return false;
  }
  if (model.actors.some((a) => a.affinity.some(([, weight]) => weight < 0))) return false;
  return !model.rules.some((r) => r.usesAcceptance && (r.utility.length > 0 || r.hazardRatio !== 1));
}

/** Safety margin on the log hazard: the bound counts a run only when rounding cannot decide it. */
const MARGIN = 1e-9;

/**
 * The event-free lower bound: for each run, the log hazard S above which the run collapses within 12
 * months on its collapse draws alone (collapse in month t iff u < 1 − exp(−exp(α + ρ·ln t + S))).
 * Returns `bound(S)`: the share of runs that collapse with S, a lower bound on the Monte Carlo
 * estimate for any draft whose in-force log hazard is S, when `eventsOnlyRaiseRisk` holds.
 */
export function eventFreeBound(model: Model, settings: RiskSettings): (logHazard: number) => number {
  const c = model.scenario.ceasefire;
  const alpha = eventAlpha(model); // the Monte Carlo's α, net of the events (baseline.ts)
  const thresholds = new Float64Array(settings.runs);
  for (let r = 0; r < settings.runs; r++) {
    let lowest = Number.POSITIVE_INFINITY;
    for (let t = 1; t <= RISK_MONTHS; t++) {
      const u = uniform(settings.seed, r, t, CHANNEL.collapse);
      const timeTerm = alpha + c.durationDependence * Math.log(t);
      lowest = Math.min(lowest, Math.log(-Math.log(1 - u)) - timeTerm);
    }
    thresholds[r] = lowest;
  }
  thresholds.sort();
  return (logHazard: number) => {
    // Runs whose threshold lies below S − margin: binary search in the sorted thresholds.
    const cut = logHazard - MARGIN;
    let lo = 0;
    let hi = thresholds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (thresholds[mid]! < cut) lo = mid + 1;
      else hi = mid;
    }
    return settings.runs === 0 ? 0 : lo / settings.runs;
  };
}
