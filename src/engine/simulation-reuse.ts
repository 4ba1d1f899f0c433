// What lets many simulations on one seed share work without changing a result: the uniform draws
// computed once (every simulation would hash the same (seed, run, month, channel) again), and a
// signature of everything a prepared simulation reads, so that an identical one can be reused.
import { buildUpMonths } from './build-up.ts';
import type { PreparedSimulation } from './montecarlo.ts';
import { uniform } from './rng.ts';

/** Beyond this many shifting events, `simulationSignature` gives up (2^n states to list). */
const MAX_SIGNED_SHIFTING = 6;

/**
 * Everything the runs of a prepared simulation read, written out as text: the time terms, the events'
 * effects, and the hazard and event chances for every set of active shifting events (computed now;
 * the runs then find them cached). Two simulations with the same signature give identical tallies
 * for the same seed and runs, so analyses that vary a parameter can reuse a result exactly when the
 * parameter changes nothing the ceasefire reads. null when there are too many shifting events.
 */
export function simulationSignature(sim: PreparedSimulation): string | null {
  const steps = signatureSteps(sim);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Sets of active events scored between two pauses of `signatureSteps` (each scores the text again). */
const MASKS_PER_STEP = 8;

/** `simulationSignature` in steps: it pauses after every few sets of active events. */
export function* signatureSteps(sim: PreparedSimulation): Generator<void, string | null, void> {
  const events = sim.model.scenario.ceasefire.events;
  const shiftingIndices = sim.shifting.flatMap((s, e) => (s ? [e] : []));
  if (shiftingIndices.length > MAX_SIGNED_SHIFTING) return null;
  const parts: string[] = [
    String(sim.months),
    Array.from(sim.timeTerm).join(','),
    JSON.stringify(events.map((e) => e.effects)),
    sim.shifting.join(','),
  ];
  for (let mask = 0; mask < 1 << shiftingIndices.length; mask++) {
    if (mask > 0 && mask % MASKS_PER_STEP === 0) yield;
    const active = events.map(() => false);
    shiftingIndices.forEach((e, bit) => {
      if (mask & (1 << bit)) active[e] = true;
    });
    // Month by month through the build-up; a month like the one before adds nothing to the key.
    let previous = '';
    for (let month = 1; month <= Math.min(sim.months, buildUpMonths(sim.model)); month++) {
      const state = sim.stateFor(active, month);
      const part = `${state.logHazard}:${Array.from(state.eventProbability).join(',')}`;
      if (part !== previous) parts.push(`${month}>${part}`);
      previous = part;
    }
  }
  return parts.join('|');
}

/**
 * Uniform draws computed once for (seed, runs [firstRun, firstRun + runs), months 1…months, every
 * channel of the scenario's events), so that many simulations on one seed (a tornado, a sweep) read
 * them instead of hashing again. Holds exactly the values `uniform` returns.
 */
export interface Draws {
  readonly seed: number;
  readonly firstRun: number;
  readonly runs: number;
  readonly months: number;
  readonly channels: number;
  readonly values: Float64Array;
}

export function precomputeDraws(
  seed: number,
  firstRun: number,
  runs: number,
  months: number,
  events: number,
): Draws {
  const draws = emptyDraws(seed, firstRun, runs, months, events);
  fillDraws(draws, firstRun, firstRun + runs);
  return draws;
}

/** A table for the draws, to be filled with `fillDraws` (in slices, by a job). */
export function emptyDraws(
  seed: number,
  firstRun: number,
  runs: number,
  months: number,
  events: number,
): Draws {
  const channels = 1 + 2 * events;
  return { seed, firstRun, runs, months, channels, values: new Float64Array(runs * months * channels) };
}

/** Fills the draws of runs [from, to). */
export function fillDraws(draws: Draws, from: number, to: number): void {
  const { seed, months, channels, values } = draws;
  let i = (from - draws.firstRun) * months * channels;
  for (let r = from; r < to; r++)
    for (let t = 1; t <= months; t++)
      for (let ch = 0; ch < channels; ch++) values[i++] = uniform(seed, r, t, ch);
}
