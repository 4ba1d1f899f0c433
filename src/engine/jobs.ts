// The engine's long pieces of work cut into short steps, as generators: each `yield` reports progress
// and is a point where the caller may pause (let the page or the worker read its messages) or give up.
// Running a job to the end gives exactly what the one-shot functions give (runAi, ceasefireOutlook):
// the Monte Carlo's draws are counter-based, so its runs split into slices add up to the same tallies.
import { type Assessment, assess } from './assess.ts';
import type { ActorId } from './ids.ts';
import { draftIndex, type Model } from './model.ts';
import {
  type CeasefireOutlook,
  ceasefireOutlook,
  mergeTallies,
  outlookFromTally,
  type SimulationOptions,
  simulateTally,
  type Tally,
} from './montecarlo.ts';
import { applyAction } from './negotiation/reducer.ts';
import { nextAiAction } from './negotiation/runner.ts';
import { shiftArray } from './negotiation/state.ts';
import type { GameState } from './negotiation/types.ts';
import { own } from './own.ts';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export type Job<T> = Generator<Progress, T, void>;

/** Runs a job to its end without pausing (Node, tests). */
export function runJob<T>(job: Job<T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/**
 * How many AI moves are still to come before a human must act or the game ends, by the turn order:
 * open trades to answer, the turns left in this round, the pen holder's decision, then later rounds.
 * An estimate: a trade offered on the way adds answers that cannot be foreseen.
 */
export function aiMovesAhead(model: Model, state: GameState): number {
  if (state.phase === 'finished') return 0;
  const isAi = (id: ActorId) => own(state.setup.seats, id) === 'ai';
  let count = 0;
  for (const offer of state.offers) {
    if (offer.status !== 'open') continue;
    for (const to of offer.to) if (isAi(to) && !offer.accepted.includes(to)) count++;
  }
  let { round, turn, phase } = state;
  const penHolder = model.scenario.procedure.penHolder;
  for (;;) {
    if (phase === 'negotiating') {
      const actor = state.order[turn];
      if (actor === undefined || !isAi(actor)) return count;
      count++;
      turn++;
      if (turn >= state.order.length) phase = 'deciding';
    } else {
      if (!isAi(penHolder)) return count;
      count++;
      if (round >= state.setup.rounds) return count;
      round++;
      turn = 0;
      phase = 'negotiating';
    }
  }
}

/** Plays the AI seats one move per step until a human must act or the game ends (as runAi does). */
export function* advanceJob(model: Model, game: GameState): Job<GameState> {
  let current = game;
  let done = 0;
  for (;;) {
    const action = nextAiAction(model, current);
    if (!action) return current;
    const next = applyAction(model, current, action);
    if (!next.ok) throw new Error(`AI action refused (a bug): ${next.error.message}`);
    current = next.value;
    done++;
    yield { done, total: done + aiMovesAhead(model, current) };
  }
}

export interface OutlookOptions {
  readonly runs: number;
  /** Runs per step: small enough for a short task, large enough that pausing costs little. */
  readonly slice: number;
}

/**
 * The outlook of one assessed draft over `months`, simulated `slice` runs per step (exact, with no
 * steps, when the scenario has no events). The counter-based draws make the sliced total identical to
 * one `ceasefireOutlook` call.
 */
export function* simulationJob(
  model: Model,
  base: Assessment,
  options: SimulationOptions & OutlookOptions,
): Job<CeasefireOutlook> {
  const { runs, seed, months, slice } = options;
  if (model.scenario.ceasefire.events.length === 0)
    return ceasefireOutlook(model, base, { runs, seed, months });
  const tallies: Tally[] = [];
  for (let firstRun = 0; firstRun < runs; firstRun += slice) {
    const count = Math.min(slice, runs - firstRun);
    tallies.push(simulateTally(model, base, { runs: count, seed, months, firstRun }));
    yield { done: firstRun + count, total: runs };
  }
  return outlookFromTally(model, mergeTallies(tallies), seed, base);
}

/**
 * The ceasefire outlook of the text on the table under the events' shifts so far, with the game's
 * seed over the scenario's horizon. Without scenario events the answer is exact and needs no runs.
 */
export function* outlookJob(model: Model, game: GameState, options: OutlookOptions): Job<CeasefireOutlook> {
  const base = assess(model, draftIndex(model, game.text), { utilityShift: shiftArray(model, game.shifts) });
  const months = model.scenario.ceasefire.horizonMonths;
  return yield* simulationJob(model, base, { ...options, seed: game.setup.seed, months });
}
