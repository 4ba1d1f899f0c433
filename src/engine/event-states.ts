// The ceasefire's state during a simulated run, as a function of which shifting events are active:
// the log hazard of the text in force and each event's chance that month (0 when its precondition
// fails). Computed once per set of active events and cached; the Monte Carlo (montecarlo.ts) and the
// baseline's calibration (baseline.ts) read it.
import { evaluate } from './acceptance.ts';
import type { Assessment } from './assess.ts';
import { computeDrivers, type DriverValues } from './drivers.ts';
import { breakdown } from './hazard.ts';
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
  readonly stateFor: (active: readonly boolean[]) => StateCache;
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
  const keyOf = (active: readonly boolean[]): number | string => {
    if (shiftingCount > 30) return active.map((a) => (a ? '1' : '0')).join('');
    let mask = 0;
    for (let e = 0; e < active.length; e++) if (active[e]) mask |= 1 << (e % 31);
    return mask;
  };
  const stateFor = (active: readonly boolean[]): StateCache => {
    const key = keyOf(active);
    const hit = cache.get(key);
    if (hit) return hit;
    let values: DriverValues = base.drivers.values;
    let firedRules: readonly number[] | null = null; // null: the assessed text's own hazard applies
    if (active.some(Boolean)) {
      const shift = new Float64Array(model.actors.length);
      events.forEach((e, i) => {
        if (!active[i]) return;
        for (const [id, delta] of Object.entries(e.effects.utility)) {
          const n = model.actorIndex.get(id as ActorId);
          if (n !== undefined) shift[n] = (shift[n] ?? 0) + delta;
        }
      });
      const evaluation = evaluate(model, inForce, { utilityShift: shift, explain: false });
      firedRules = evaluation.firedRules;
      const shifted: Record<string, number> = {
        ...computeDrivers(model, inForce, evaluation.actors, outcome).values,
      };
      events.forEach((e, i) => {
        if (!active[i]) return;
        for (const d of DRIVERS) shifted[d] = clamp01((shifted[d] ?? 0) + (e.effects.drivers[d] ?? 0));
      });
      values = shifted as DriverValues;
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
    const logHazard =
      firedRules === null ? base.hazard.logHazard : breakdown(model, values, firedRules).logHazard;
    const state = { logHazard, eventProbability };
    cache.set(key, state);
    return state;
  };
  return { shifting, stateFor };
}
