// The scenario's judgement numbers as parameters an analyst can vary: each with its value in the
// scenario and the low and high ends of the range the scenario's `sensitivity` section states. No
// range is invented here: a group the section leaves out yields no parameters.
//
// A parameter's value is on the scale its group says:
//   salience.<clause>     factor × every actor's salience of the clause (weights renormalised); base 1
//   clout.<actor>         the actor's clout (0–100); range = clout × the stated factors
//   threshold.<name>      the stance threshold (0–100); range = threshold + the stated points
//   reservation.<actor>   points of utility added to what no resolution is worth to the actor (its
//                         reservation, the acceptance anchor at 50); base 0, range as stated
//   hazard_ratio.<driver> the driver's hazard ratio; range as stated
//   baseline_collapse_12m, duration_dependence, shrink, floor_hazard_ratio: the number; range as stated
//   event_chance.<event>  the event's monthly chance (0–1); range = chance × the stated factors
import type { ActorId, EventId, IssueId } from '../ids.ts';
import { hasOwn } from '../own.ts';
import type { Actor, Basis, Ceasefire, Scenario, SensitivityRange } from '../scenario.ts';
import { DRIVERS, type Driver, THRESHOLDS, type ThresholdName } from '../vocabulary.ts';

export type ParameterGroup =
  | 'salience'
  | 'clout'
  | 'threshold'
  | 'reservation'
  | 'hazard_ratio'
  | 'baseline'
  | 'duration_dependence'
  | 'shrink'
  | 'floor'
  | 'event_chance';

export interface Parameter {
  /** Stable id, e.g. `salience.mandate`, `hazard_ratio.peacekeeping`. */
  readonly id: string;
  readonly label: string;
  readonly group: ParameterGroup;
  /** The value in the scenario as written. */
  readonly base: number;
  readonly low: number;
  readonly high: number;
  /** Where the range comes from (the scenario's `sensitivity` basis). */
  readonly basis: Basis;
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** Every parameter the scenario states a range for, in a fixed order (groups, then canonical ids). */
export function listParameters(scenario: Scenario): Parameter[] {
  if (!scenario.sensitivity) return [];
  return everyParameter(scenario).filter((p) => p.basis !== NO_RANGE);
}

/** A parameter by id, with or without a stated range (sweeps take their own from and to). */
export function findParameter(scenario: Scenario, id: string): Parameter | undefined {
  return everyParameter(scenario).find((p) => p.id === id);
}

/** The basis of a parameter the scenario states no range for (low = high = base). */
export const NO_RANGE = 'no range stated';

/** Every parameter the engine can vary; those without a stated range have low = high = base. */
export function everyParameter(scenario: Scenario): Parameter[] {
  const none: SensitivityRange = { low: Number.NaN, high: Number.NaN, basis: NO_RANGE };
  const given = scenario.sensitivity;
  const s = {
    salience: given?.salience ?? { ...none, low: 1, high: 1 },
    clout: given?.clout ?? { ...none, low: 1, high: 1 },
    thresholds: given?.thresholds ?? { ...none, low: 0, high: 0 },
    reservation: given?.reservation ?? { ...none, low: 0, high: 0 },
    hazardRatios: given?.hazardRatios ?? {},
    baselineCollapse12m: given?.baselineCollapse12m,
    durationDependence: given?.durationDependence,
    shrink: given?.shrink,
    floorHazardRatio: given?.floorHazardRatio,
    eventChance: given?.eventChance ?? { ...none, low: 1, high: 1 },
  };
  const out: Parameter[] = [];
  const c = scenario.ceasefire;
  const add = (
    id: string,
    label: string,
    group: ParameterGroup,
    base: number,
    low: number,
    high: number,
    basis: Basis,
  ) => out.push({ id, label, group, base, low, high, basis });
  for (const issue of scenario.issues)
    add(
      `salience.${issue.id}`,
      `Salience of “${issue.title}” (× for every actor)`,
      'salience',
      1,
      s.salience.low,
      s.salience.high,
      s.salience.basis,
    );
  for (const a of scenario.actors)
    add(
      `clout.${a.id}`,
      `Clout of ${a.name}`,
      'clout',
      a.clout,
      clamp(a.clout * s.clout.low, 0, 100),
      clamp(a.clout * s.clout.high, 0, 100),
      s.clout.basis,
    );
  {
    const t = scenario.procedure.thresholds;
    for (const name of THRESHOLDS)
      add(
        `threshold.${name}`,
        `Threshold “${name}”`,
        'threshold',
        t[name],
        clamp(t[name] + s.thresholds.low, 0, 100),
        clamp(t[name] + s.thresholds.high, 0, 100),
        s.thresholds.basis,
      );
  }
  for (const a of scenario.actors)
    add(
      `reservation.${a.id}`,
      `What no resolution is worth to ${a.name} (points added to its reservation)`,
      'reservation',
      0,
      s.reservation.low,
      s.reservation.high,
      s.reservation.basis,
    );
  const plain = (id: string, label: string, group: ParameterGroup, base: number, r?: SensitivityRange) => {
    if (r) add(id, label, group, base, r.low, r.high, r.basis);
    else add(id, label, group, base, base, base, NO_RANGE);
  };
  for (const d of DRIVERS)
    plain(
      `hazard_ratio.${d}`,
      `Hazard ratio of ${d}`,
      'hazard_ratio',
      c.drivers[d].hazardRatio,
      s.hazardRatios[d],
    );
  plain(
    'baseline_collapse_12m',
    'Baseline 12-month collapse (bare truce)',
    'baseline',
    c.baselineCollapse12m,
    s.baselineCollapse12m,
  );
  plain(
    'duration_dependence',
    'Duration dependence ρ',
    'duration_dependence',
    c.durationDependence,
    s.durationDependence,
  );
  plain('shrink', 'Shrink of the hazard ratios', 'shrink', c.shrink, s.shrink);
  plain(
    'floor_hazard_ratio',
    'Floor of the combined hazard ratio',
    'floor',
    c.floorHazardRatio,
    s.floorHazardRatio,
  );
  for (const e of c.events)
    add(
      `event_chance.${e.id}`,
      `Monthly chance: ${e.text.replace(/\.$/, '')}`,
      'event_chance',
      e.chance,
      clamp(e.chance * s.eventChance.low, 0, 1),
      clamp(e.chance * s.eventChance.high, 0, 1),
      s.eventChance.basis,
    );
  return out;
}

/** Freezes the new objects; shared parts of the original are frozen already and are skipped. */
function freezeNew<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freezeNew(child);
    Object.freeze(value);
  }
  return value;
}

/** Salience as the canonicaliser normalises it: the same order of sums, so factor 1 gives equal weights. */
function scaleSalience(actor: Actor, issue: IssueId, factor: number): Actor {
  if (!hasOwn(actor.salience, issue)) return actor;
  const salience = Object.fromEntries(
    Object.entries(actor.salience).map(([k, v]) => [k, k === issue ? v * factor : v]),
  ) as Record<IssueId, number>;
  let total = 0;
  for (const weight of Object.values(salience)) total += weight;
  const weights = Object.fromEntries(
    Object.entries(salience).map(([k, v]) => [k, total > 0 ? v / total : 0]),
  ) as Record<IssueId, number>;
  return { ...actor, salience, weights };
}

function withCeasefire(scenario: Scenario, change: Partial<Ceasefire>): Scenario {
  return { ...scenario, ceasefire: { ...scenario.ceasefire, ...change } };
}

/**
 * A new canonical scenario with one parameter set to `value` (on the parameter's own scale; see the
 * top of this file). The original is frozen and untouched; unchanged parts are shared. Values outside
 * what the model accepts are kept within it (clout and thresholds 0–100, probabilities 0–1).
 */
/** A parameter id's group and what it names: `clout.usa` → clout, usa; `shrink` → shrink, ''. */
export function splitParameterId(id: string): { readonly group: string; readonly key: string } {
  const dot = id.indexOf('.');
  return dot < 0 ? { group: id, key: '' } : { group: id.slice(0, dot), key: id.slice(dot + 1) };
}

export function applyParameter(scenario: Scenario, id: string, value: number): Scenario {
  if (!Number.isFinite(value)) throw new Error(`parameter ${id}: the value must be a number`);
  const { group, key } = splitParameterId(id);
  const unknown = () => new Error(`unknown parameter '${id}'`);
  const c = scenario.ceasefire;
  let next: Scenario;
  switch (group) {
    case 'salience': {
      if (!scenario.issues.some((i) => i.id === key)) throw unknown();
      const factor = Math.max(0, value);
      next = { ...scenario, actors: scenario.actors.map((a) => scaleSalience(a, key as IssueId, factor)) };
      break;
    }
    case 'clout': {
      if (!scenario.actors.some((a) => a.id === key)) throw unknown();
      const clout = clamp(value, 0, 100);
      next = {
        ...scenario,
        actors: scenario.actors.map((a) => (a.id === (key as ActorId) ? { ...a, clout } : a)),
      };
      break;
    }
    case 'threshold': {
      if (!(THRESHOLDS as readonly string[]).includes(key)) throw unknown();
      const p = scenario.procedure;
      next = {
        ...scenario,
        procedure: { ...p, thresholds: { ...p.thresholds, [key as ThresholdName]: clamp(value, 0, 100) } },
      };
      break;
    }
    case 'reservation': {
      if (!scenario.actors.some((a) => a.id === key)) throw unknown();
      // Points on the utility scale (0–100): a shift beyond ±100 cannot mean anything more.
      const shift = clamp(value, -100, 100);
      next = {
        ...scenario,
        actors: scenario.actors.map((a) =>
          a.id === (key as ActorId) ? { ...a, reservation: { ...a.reservation, shift } } : a,
        ),
      };
      break;
    }
    case 'hazard_ratio': {
      if (!(DRIVERS as readonly string[]).includes(key)) throw unknown();
      const d = key as Driver;
      next = withCeasefire(scenario, {
        drivers: { ...c.drivers, [d]: { ...c.drivers[d], hazardRatio: Math.max(1e-9, value) } },
      });
      break;
    }
    case 'baseline_collapse_12m':
      next = withCeasefire(scenario, { baselineCollapse12m: clamp(value, 1e-9, 1 - 1e-9) });
      break;
    case 'duration_dependence':
      next = withCeasefire(scenario, { durationDependence: value });
      break;
    case 'shrink':
      next = withCeasefire(scenario, { shrink: clamp(value, 0, 1) });
      break;
    case 'floor_hazard_ratio':
      next = withCeasefire(scenario, { floorHazardRatio: clamp(value, 1e-9, 1) });
      break;
    case 'event_chance': {
      if (!c.events.some((e) => e.id === (key as EventId))) throw unknown();
      const chance = clamp(value, 0, 1);
      next = withCeasefire(scenario, {
        events: c.events.map((e) => (e.id === (key as EventId) ? { ...e, chance } : e)),
      });
      break;
    }
    default:
      throw unknown();
  }
  return freezeNew(next);
}
