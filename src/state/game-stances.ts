// The game's stance probabilities: each actor's stances across the plausible settings of the
// scenario's sensitivity ranges, for the text on the table under the game's event shifts, for the
// why panel ("supports in 62% of plausible settings, abstains in 38%"). Assessed exactly as
// currentAssessment assesses the text (same draft, same shifts, no bound votes), so the point stance
// the panel shows and the shares under it describe the same thing. 1,000 draws take ~25–35 ms, so the
// page asks the engine worker for them (EngineService.stances), never its own thread.
import { type StanceUncertainty, stanceUncertainty } from '../engine/analysis/stance-shares.ts';
import type { Job } from '../engine/jobs.ts';
import { draftIndex, type Model } from '../engine/model.ts';
import { shiftArray } from '../engine/negotiation/state.ts';
import type { GameState } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import { STANCE_DRAWS } from './lab-stances.ts';

export function gameStances(model: Model, game: GameState, draws = STANCE_DRAWS): StanceUncertainty {
  return stanceUncertainty(model, draftIndex(model, game.text), {
    draws,
    seed: game.setup.seed,
    utilityShift: shiftArray(model, game.shifts),
  });
}

// One step, as the lab's stances task: a few tens of milliseconds, within what a worker step may take.
// biome-ignore lint/correctness/useYield: a job with a single step still answers as a generator
export function* gameStancesJob(model: Model, game: GameState, draws = STANCE_DRAWS): Job<StanceUncertainty> {
  return gameStances(model, game, draws);
}

/** All the shares depend on: the seed, the text on the table and the events' shifts. */
export function stancesKey(model: Model, game: GameState): string {
  const text = model.issues.map((i) => own(game.text, i.id)).join('|');
  return `${game.setup.seed}/${text}/${Array.from(shiftArray(model, game.shifts)).join('|')}`;
}
