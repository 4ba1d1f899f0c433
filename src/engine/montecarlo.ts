// The ceasefire over its horizon. Without scenario events the drivers stay constant and the answer is
// exact (analytic). With events, each run draws each month, in this order: every event fires with
// probability logistic(logit(chance) + Σ γ_j·x_j); a fired event may end the ceasefire at once, adds a
// decaying bump to the log hazard, and may shift drivers or utilities for a while; then the ceasefire
// collapses with the month's hazard. Draws come from the counter-based `uniform`, so any split of the
// runs gives identical totals and two drafts with one seed share their random numbers.
import type { Assessment } from './assess.ts';
import { eventAlpha } from './baseline.ts';
import { type BuildUpReport, buildUpLogHazards, buildUpReport } from './build-up.ts';
import { prepareEventStates, type StateCache } from './event-states.ts';
import { analyticCollapse } from './hazard.ts';
import type { EventId } from './ids.ts';
import type { Model } from './model.ts';
import { CHANNEL, uniform } from './rng.ts';
import type { Draws } from './simulation-reuse.ts';

export type { StateCache } from './event-states.ts';

export interface SimulationOptions {
  readonly runs: number;
  readonly seed: number;
  readonly months: number;
  /** Runs [firstRun, firstRun + runs): lets workers split one simulation and merge the tallies. */
  readonly firstRun?: number;
}

/** Raw counts: what workers return and merge by adding. */
export interface Tally {
  readonly runs: number;
  readonly months: number;
  /** collapses[m − 1]: runs that collapsed in month m. */
  readonly collapses: number[];
  /** fired[e]: times event e fired, over all runs. */
  readonly fired: number[];
  /** preceded[e]: collapses with event e fired in that month or the two before. */
  readonly preceded: number[];
}

const WINDOW = 3; // months of events "preceding" a collapse: the collapse month and the two before
const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

/**
 * Everything about one assessed draft that does not change from run to run: the time terms and a
 * cache of the hazard and event chances for each set of active shifting events. Preparing it once
 * lets a long job run its slices of runs without rebuilding the cache (see `runSimulation`).
 */
export interface PreparedSimulation {
  readonly model: Model;
  readonly months: number;
  readonly timeTerm: Float64Array;
  readonly shifting: readonly boolean[];
  readonly stateFor: (active: readonly boolean[], month: number) => StateCache;
}

export function prepareSimulation(model: Model, base: Assessment, months: number): PreparedSimulation {
  const c = model.scenario.ceasefire;
  // α net of the scenario's events (baseline.ts): a bare truce with its events meets the baseline.
  const alpha = eventAlpha(model);
  const timeTerm = Float64Array.from(
    { length: months },
    (_, i) => alpha + c.durationDependence * Math.log(i + 1),
  );
  const { shifting, stateFor } = prepareEventStates(model, base);
  return { model, months, timeTerm, shifting, stateFor };
}

/**
 * The runs' tallies. `collapseMonth`, if given, receives each run's collapse month (0: it held over the
 * horizon) at index run − firstRun: paired comparisons of two drafts with one seed read it.
 */
export function simulateTally(
  model: Model,
  base: Assessment,
  options: SimulationOptions,
  collapseMonth?: Uint8Array,
): Tally {
  return runSimulation(prepareSimulation(model, base, options.months), options, collapseMonth);
}

/**
 * Runs a prepared simulation. `draws`, if given, must cover these runs and months with this seed;
 * it changes nothing in the result, only skips the hashing.
 */
export function runSimulation(
  sim: PreparedSimulation,
  options: Omit<SimulationOptions, 'months'> & { readonly months?: number },
  collapseMonth?: Uint8Array,
  draws?: Draws,
): Tally {
  const { runs, seed } = options;
  const months = Math.min(options.months ?? sim.months, sim.months);
  const firstRun = options.firstRun ?? 0;
  const { timeTerm, shifting, stateFor } = sim;
  const events = sim.model.scenario.ceasefire.events;
  if (
    draws &&
    (draws.seed !== seed ||
      draws.firstRun > firstRun ||
      draws.firstRun + draws.runs < firstRun + runs ||
      draws.months < months ||
      draws.channels < 1 + 2 * events.length)
  )
    throw new Error('runSimulation: the draws do not cover these runs');
  const table = draws?.values;
  const drawsFirstRun = draws?.firstRun ?? 0;
  const stride = draws ? draws.months * draws.channels : 0;
  const channels = draws?.channels ?? 0;
  // Hoisted out of the loop: channel numbers, and each event's bump decay by age (the same
  // expression as before, evaluated once per age, so every sum is bit-identical).
  const fireChannel = Int32Array.from(events, (_, e) => CHANNEL.eventFires(e));
  const collapseChannel = Int32Array.from(events, (_, e) => CHANNEL.eventCollapses(e));
  const decay = events.map((e) =>
    Float64Array.from(
      { length: months + 1 },
      (_, age) => e.effects.hazardBump * 0.5 ** (age / e.effects.halfLife),
    ),
  );
  const collapses = new Array<number>(months).fill(0);
  const fired = new Array<number>(events.length).fill(0);
  const preceded = new Array<number>(events.length).fill(0);
  const activeUntil = new Array<number>(events.length).fill(0);
  const lastFired = new Array<number>(events.length).fill(-Infinity);
  const active = new Array<boolean>(events.length).fill(false);
  /** Fired events with a bump, in firing order: event index and month. */
  const bumpEvent: number[] = [];
  const bumpMonth: number[] = [];

  for (let r = firstRun; r < firstRun + runs; r++) {
    activeUntil.fill(0);
    lastFired.fill(Number.NEGATIVE_INFINITY);
    bumpEvent.length = 0;
    bumpMonth.length = 0;
    for (let t = 1; t <= months; t++) {
      const row = table ? (r - drawsFirstRun) * stride + (t - 1) * channels : 0;
      for (let e = 0; e < events.length; e++) active[e] = shifting[e]! && activeUntil[e]! >= t;
      let state = stateFor(active, t);
      let collapsedNow = false;
      let firedShifting = false;
      for (let e = 0; e < events.length; e++) {
        const u = table ? table[row + fireChannel[e]!]! : uniform(seed, r, t, fireChannel[e]!);
        if (u >= state.eventProbability[e]!) continue;
        const event = events[e]!;
        fired[e]!++;
        lastFired[e] = t;
        if (event.effects.hazardBump !== 0) {
          bumpEvent.push(e);
          bumpMonth.push(t);
        }
        if (shifting[e]) firedShifting = true;
        if (shifting[e])
          activeUntil[e] = Math.max(
            activeUntil[e]!,
            event.effects.months === undefined ? months : t + event.effects.months - 1,
          );
        if (event.effects.collapse > 0) {
          const c = table ? table[row + collapseChannel[e]!]! : uniform(seed, r, t, collapseChannel[e]!);
          if (c < event.effects.collapse) collapsedNow = true;
        }
      }
      if (!collapsedNow) {
        if (firedShifting) {
          for (let e = 0; e < events.length; e++) active[e] = shifting[e]! && activeUntil[e]! >= t;
          state = stateFor(active, t);
        }
        let bump = 0;
        for (let b = 0; b < bumpEvent.length; b++) bump += decay[bumpEvent[b]!]![t - bumpMonth[b]!]!;
        const hazard = 1 - Math.exp(-Math.exp(timeTerm[t - 1]! + state.logHazard + bump));
        const u = table ? table[row + CHANNEL.collapse]! : uniform(seed, r, t, CHANNEL.collapse);
        collapsedNow = u < hazard;
      }
      if (collapsedNow) {
        collapses[t - 1]!++;
        if (collapseMonth) collapseMonth[r - firstRun] = t;
        for (let e = 0; e < events.length; e++) if (t - lastFired[e]! < WINDOW) preceded[e]!++;
        break;
      }
    }
  }
  return { runs, months, collapses, fired, preceded };
}

export function mergeTallies(tallies: readonly Tally[]): Tally {
  const first = tallies[0];
  if (!first) return { runs: 0, months: 0, collapses: [], fired: [], preceded: [] };
  const add = (pick: (t: Tally) => number[]) =>
    pick(first).map((_, i) => tallies.reduce((s, t) => s + (pick(t)[i] ?? 0), 0));
  return {
    runs: tallies.reduce((s, t) => s + t.runs, 0),
    months: first.months,
    collapses: add((t) => t.collapses),
    fired: add((t) => t.fired),
    preceded: add((t) => t.preceded),
  };
}

export interface CollapsePoint {
  readonly month: number;
  readonly probability: number;
  readonly ci95: readonly [number, number];
}

export interface CeasefireOutlook {
  readonly method: 'analytic' | 'monte-carlo';
  readonly runs: number;
  readonly seed: number;
  readonly collapse: readonly CollapsePoint[];
  readonly survival: readonly number[];
  /** First month by which collapse is at least as likely as not, if within the horizon. */
  readonly medianMonth: number | null;
  readonly events: ReadonlyArray<{
    readonly id: EventId;
    readonly firedPerRun: number;
    readonly precededCollapse: number;
  }>;
  /** The text in force as it is put in place (troops arriving, clauses phasing in); absent when the scenario builds nothing up. */
  readonly buildUp?: BuildUpReport;
}

/** Wilson score interval: sensible near 0 and 1, where p ± 1.96·SE is not. */
export function wilson(successes: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.959963984540054;
  const p = successes / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  // The interval always contains p̂ (rounding could otherwise put a bound a hair past it).
  return [Math.min(p, clamp01(centre - half)), Math.max(p, clamp01(centre + half))];
}

/** `base`, if given, is the assessed text the runs simulated: the outlook then carries its build-up. */
export function outlookFromTally(
  model: Model,
  tally: Tally,
  seed: number,
  base?: Assessment,
): CeasefireOutlook {
  const buildUp = base === undefined ? undefined : buildUpReport(model, base, tally.months);
  let cumulative = 0;
  const collapse = tally.collapses.map((count, i) => {
    cumulative += count;
    return {
      month: i + 1,
      probability: cumulative / tally.runs,
      ci95: wilson(cumulative, tally.runs),
    } as const;
  });
  const total = cumulative;
  return {
    method: 'monte-carlo',
    runs: tally.runs,
    seed,
    collapse,
    survival: collapse.map((p) => 1 - p.probability),
    medianMonth: collapse.find((p) => p.probability >= 0.5)?.month ?? null,
    events: model.scenario.ceasefire.events.map((e, i) => ({
      id: e.id,
      firedPerRun: (tally.fired[i] ?? 0) / tally.runs,
      precededCollapse: total === 0 ? 0 : (tally.preceded[i] ?? 0) / total,
    })),
    ...(buildUp === undefined ? {} : { buildUp }),
  };
}

/** The ceasefire outlook for an assessed draft: exact without events, Monte Carlo with them. */
export function ceasefireOutlook(
  model: Model,
  base: Assessment,
  options: SimulationOptions,
): CeasefireOutlook {
  if (model.scenario.ceasefire.events.length > 0) {
    return outlookFromTally(model, simulateTally(model, base, options), options.seed, base);
  }
  const buildUp = buildUpReport(model, base, options.months);
  const withBuildUp = buildUp === undefined ? {} : { buildUp };
  const h = base.hazard;
  const probabilities = analyticCollapse(
    h.alpha,
    h.rho,
    h.logHazard,
    options.months,
    buildUpLogHazards(model, base),
  );
  return {
    method: 'analytic',
    runs: 0,
    seed: options.seed,
    collapse: probabilities.map((p, i) => ({ month: i + 1, probability: p, ci95: [p, p] as const })),
    survival: probabilities.map((p) => 1 - p),
    medianMonth: probabilities.findIndex((p) => p >= 0.5) + 1 || null,
    events: [],
    ...withBuildUp,
  };
}
