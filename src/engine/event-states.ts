// The ceasefire's state during a simulated run, as a function of which shifting events are active
// and of the month while the text is being put in place (build-up.ts): the log hazard of the text in
// force and each event's chance that month (0 when its precondition fails). Computed once per set of
// active events and month of the build-up, and cached; the Monte Carlo (montecarlo.ts) and the
// baseline's calibration (baseline.ts) read it.
import { evaluate } from './acceptance.ts';
import type { Assessment } from './assess.ts';
import { buildUpMonths, driversAt } from './build-up.ts';
import { computeDrivers, type DriverReport, type DriverValues } from './drivers.ts';
import { breakdown, logHazardWith } from './hazard.ts';
import type { ActorId } from './ids.ts';
import { holds, type Model } from './model.ts';
import { DRIVERS } from './vocabulary.ts';

const logit = (p: number) => Math.log(p / (1 - p));
const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

export interface StateCache {
  readonly logHazard: number;
  readonly eventProbability: Float64Array;
}

export interface EventStates {
  /** shifting[e]: event e shifts drivers or utilities while it is active. */
  readonly shifting: readonly boolean[];
  /** The state in `month` (1-based); every month from the end of the build-up on shares one. */
  readonly stateFor: (active: readonly boolean[], month: number) => StateCache;
}

export function prepareEventStates(model: Model, base: Assessment): EventStates {
  const events = model.scenario.ceasefire.events;
  // Events re-score the text in force (the draft if adopted, otherwise no resolution).
  const inForce = base.inForce.draft;
  const outcome = { adopted: base.inForce.adopted, groundConsent: base.inForce.groundConsent };
  // Every state-dependent quantity is a function of which shifting events are active: cache by mask.
  const shifting = events.map(
    (e) => Object.keys(e.effects.drivers).length > 0 || Object.keys(e.effects.utility).length > 0,
  );
  const cache = new Map<number | string, StateCache>();
  const shiftingCount = shifting.filter(Boolean).length;
  // Months from the end of the build-up on share a state: the key counts months up to there.
  const lastMonth = buildUpMonths(model);
  const keyOf = (active: readonly boolean[], month: number): number | string => {
    const m = Math.min(month, lastMonth);
    if (shiftingCount > 30) return `${active.map((a) => (a ? '1' : '0')).join('')}:${m}`;
    let mask = 0;
    for (let e = 0; e < active.length; e++) if (active[e]) mask |= 1 << (e % 31);
    return mask * (lastMonth + 1) + m;
  };
  // The text re-scored under the active events' utility shifts: one per set of active events.
  const shifted = new Map<number | string, { report: DriverReport; firedRules: readonly number[] }>();
  const rescored = (active: readonly boolean[]) => {
    const key = keyOf(active, 0);
    const hit = shifted.get(key);
    if (hit) return hit;
    const shift = new Float64Array(model.actors.length);
    events.forEach((e, i) => {
      if (!active[i]) return;
      for (const [id, delta] of Object.entries(e.effects.utility)) {
        const n = model.actorIndex.get(id as ActorId);
        if (n !== undefined) shift[n] = (shift[n] ?? 0) + delta;
      }
    });
    const evaluation = evaluate(model, inForce, { utilityShift: shift, explain: false });
    const entry = {
      report: computeDrivers(model, inForce, evaluation.actors, outcome),
      firedRules: evaluation.firedRules,
    };
    shifted.set(key, entry);
    return entry;
  };
  const stateFor = (active: readonly boolean[], month: number): StateCache => {
    const key = keyOf(active, month);
    const hit = cache.get(key);
    if (hit) return hit;
    let values: DriverValues;
    let logHazard: number;
    if (active.some(Boolean)) {
      const { report, firedRules } = rescored(active);
      const moved: Record<string, number> = { ...driversAt(report, month) };
      events.forEach((e, i) => {
        if (!active[i]) return;
        for (const d of DRIVERS) moved[d] = clamp01((moved[d] ?? 0) + (e.effects.drivers[d] ?? 0));
      });
      values = moved as DriverValues;
      logHazard = breakdown(model, values, firedRules).logHazard;
    } else {
      // The assessed text's own hazard; while it builds up, with that month's drivers.
      values = driversAt(base.drivers, month);
      logHazard =
        values === base.drivers.values ? base.hazard.logHazard : logHazardWith(model, base.hazard, values);
    }
    const eventProbability = Float64Array.from(events, (e, i) => {
      // An event whose precondition fails this month cannot fire (no casualties to an absent force).
      const requires = model.eventRequires[i];
      if (requires && !holds(requires, inForce, undefined, values)) return 0;
      if (e.chance <= 0 || e.chance >= 1) return e.chance;
      let z = logit(e.chance);
      for (const d of DRIVERS) z += (e.drivers[d] ?? 0) * values[d];
      return 1 / (1 + Math.exp(-z));
    });
    const state = { logHazard, eventProbability };
    cache.set(key, state);
    return state;
  };
  return { shifting, stateFor };
}
