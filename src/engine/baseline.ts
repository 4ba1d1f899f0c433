// The baseline is net of the scenario's events (docs/model.md §5–6). `baseline_collapse_12m` is the
// 12-month collapse of a bare truce as observed, and observed truces met shocks like the scenario's
// events; so α is solved such that no resolution — every driver 0 — *with* the scenario's events
// collapses within 12 months with exactly that probability. The events then decompose the baseline
// instead of adding to it. Without events this is the closed form of hazard.ts.
//
// How: the events of the bare truce are drawn for a fixed set of calibration runs (their own seed, so
// α never depends on the analyst's seed). Firing does not depend on α, so each run's chance of
// holding 12 months is exact given its events:
//   S_r(α) = Π_{fired e} (1 − collapse_e) · exp(−e^α · Σ_{t≤12} t^ρ · exp(S_t + bumps_t))
// and α solves mean_r S_r(α) = 1 − P₀ (the mean falls as α rises: bisection).
import { assess } from './assess.ts';
import { buildUpMonths } from './build-up.ts';
import { type EventStates, prepareEventStates } from './event-states.ts';
import { solveAlpha } from './hazard.ts';
import { memoByObject } from './memo.ts';
import type { Model } from './model.ts';
import { CHANNEL, uniform } from './rng.ts';

/** Calibration runs and their seed: numerics, not judgements (Monte Carlo error ≈ 0.1 points). */
export const CALIBRATION = { runs: 3000, seed: 0x0ba5e, months: 12 } as const;

export interface BaselineCalibration {
  /** α with the events: what the Monte Carlo uses. */
  readonly alpha: number;
  /** α of the closed form, as if there were no events. */
  readonly alphaWithoutEvents: number;
  /** Share of bare truces the events alone end within 12 months (immediate collapses). */
  readonly eventCollapses: number;
}

/** Per run: the product of (1 − immediate collapse) and Σ t^ρ·exp(log hazard + bumps), months 1–12. */
function bareTruceRuns(model: Model, states: EventStates): { keep: Float64Array; weight: Float64Array } {
  const c = model.scenario.ceasefire;
  const events = c.events;
  const { shifting, stateFor } = states;
  const { runs, seed, months } = CALIBRATION;
  const decay = events.map((e) =>
    Float64Array.from(
      { length: months + 1 },
      (_, age) => e.effects.hazardBump * 0.5 ** (age / e.effects.halfLife),
    ),
  );
  const timeTerm = Float64Array.from({ length: months }, (_, i) => c.durationDependence * Math.log(i + 1));
  const keep = new Float64Array(runs);
  const weight = new Float64Array(runs);
  const activeUntil = new Array<number>(events.length);
  const active = new Array<boolean>(events.length);
  const bumps: Array<readonly [number, number]> = [];
  for (let r = 0; r < runs; r++) {
    activeUntil.fill(0);
    bumps.length = 0;
    let logKeep = 0;
    let sum = 0;
    for (let t = 1; t <= months; t++) {
      // The same order as runSimulation: events fire on the month's state, then the hazard applies.
      for (let e = 0; e < events.length; e++) active[e] = shifting[e]! && activeUntil[e]! >= t;
      let state = stateFor(active, t);
      let firedShifting = false;
      for (let e = 0; e < events.length; e++) {
        if (uniform(seed, r, t, CHANNEL.eventFires(e)) >= state.eventProbability[e]!) continue;
        const effects = events[e]!.effects;
        if (effects.hazardBump !== 0) bumps.push([e, t]);
        if (shifting[e]) {
          firedShifting = true;
          activeUntil[e] = Math.max(
            activeUntil[e]!,
            effects.months === undefined ? months : t + effects.months - 1,
          );
        }
        logKeep += Math.log1p(-effects.collapse);
      }
      if (firedShifting) {
        for (let e = 0; e < events.length; e++) active[e] = shifting[e]! && activeUntil[e]! >= t;
        state = stateFor(active, t);
      }
      let bump = 0;
      for (const [e, month] of bumps) bump += decay[e]![t - month]!;
      sum += Math.exp(timeTerm[t - 1]! + state.logHazard + bump);
    }
    keep[r] = Math.exp(logKeep);
    weight[r] = sum;
  }
  return { keep, weight };
}

/** Beyond this many shifting events the calibration is not shared between models (2^n states). */
const MAX_KEYED_SHIFTING = 6;
/** Calibrations by everything they read; a pure function of the key, so sharing changes no result. */
const shared = new Map<string, BaselineCalibration>();
const MAX_SHARED = 256;

/**
 * Everything the calibration reads, as text: the baseline, ρ, the events, and the bare truce's log
 * hazard and event chances for every set of active shifting events. Models that differ only in what
 * the bare truce does not read (a salience, a threshold) share one calibration. null: too many states.
 */
function calibrationKey(model: Model, states: EventStates): string | null {
  const c = model.scenario.ceasefire;
  const indices = states.shifting.flatMap((s, e) => (s ? [e] : []));
  if (indices.length > MAX_KEYED_SHIFTING) return null;
  const parts = [String(c.baselineCollapse12m), String(c.durationDependence), JSON.stringify(c.events)];
  for (let mask = 0; mask < 1 << indices.length; mask++) {
    const active = c.events.map(() => false);
    indices.forEach((e, bit) => {
      if (mask & (1 << bit)) active[e] = true;
    });
    // Month by month through the build-up (a bare truce builds nothing up: one entry, as a rule).
    let previous = '';
    for (let month = 1; month <= buildUpMonths(model); month++) {
      const state = states.stateFor(active, month);
      const part = `${state.logHazard}:${Array.from(state.eventProbability).join(',')}`;
      if (part !== previous) parts.push(`${month}>${part}`);
      previous = part;
    }
  }
  return parts.join('|');
}

export const calibrateBaseline = memoByObject((model: Model): BaselineCalibration => {
  const c = model.scenario.ceasefire;
  const alphaWithoutEvents = solveAlpha(c.baselineCollapse12m, c.durationDependence);
  if (c.events.length === 0) return { alpha: alphaWithoutEvents, alphaWithoutEvents, eventCollapses: 0 };
  const states = prepareEventStates(model, assess(model, model.statusQuo));
  const key = calibrationKey(model, states);
  const known = key === null ? undefined : shared.get(key);
  if (known) return known;
  const result = solve(model, states, alphaWithoutEvents);
  if (key !== null) {
    if (shared.size >= MAX_SHARED) shared.clear();
    shared.set(key, result);
  }
  return result;
});

function solve(model: Model, states: EventStates, alphaWithoutEvents: number): BaselineCalibration {
  const c = model.scenario.ceasefire;
  const { keep, weight } = bareTruceRuns(model, states);
  const target = 1 - c.baselineCollapse12m;
  const held = (alpha: number) => {
    const scale = Math.exp(alpha);
    let s = 0;
    for (let r = 0; r < keep.length; r++) s += keep[r]! * Math.exp(-scale * weight[r]!);
    return s / keep.length;
  };
  const eventCollapses = 1 - held(Number.NEGATIVE_INFINITY);
  // The events alone end more bare truces than the baseline allows: no hazard is left for α.
  if (held(Number.NEGATIVE_INFINITY) <= target)
    return { alpha: Number.NEGATIVE_INFINITY, alphaWithoutEvents, eventCollapses };
  let lo = alphaWithoutEvents - 1;
  let hi = alphaWithoutEvents + 1;
  while (held(lo) <= target) lo -= 1;
  while (held(hi) > target) hi += 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (held(mid) > target) lo = mid;
    else hi = mid;
  }
  return { alpha: (lo + hi) / 2, alphaWithoutEvents, eventCollapses };
}

/** α for the Monte Carlo: net of the scenario's events. */
export const eventAlpha = (model: Model): number => calibrateBaseline(model).alpha;
