// Plays the AI seats until a human must act or the game ends. Offers to AI actors are answered first
// (in canonical order), then whoever's move it is moves, if that seat is an AI.
import type { Model } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { aiResponse, aiTurn } from './ai.ts';
import { aiDecide } from './pen-holder.ts';
import { applyAction } from './reducer.ts';
import { waitingOn } from './state.ts';
import type { Action, GameError, GameState } from './types.ts';

/** The next action an AI seat would take now, or null if a human must act (or the game is over). */
export function nextAiAction(model: Model, state: GameState): Action | null {
  const next = waitingOn(state, model.scenario.procedure.penHolder, 'ai');
  if (!next) return null;
  if (next.kind === 'answer') return aiResponse(model, state, next.actor, next.offer);
  return next.kind === 'decide' ? aiDecide(model, state, next.actor) : aiTurn(model, state, next.actor);
}

/** Applies AI actions until a human must act or the game ends (at most `limit` actions). */
export function runAi(model: Model, state: GameState, limit = 10_000): Result<GameState, GameError> {
  let current = state;
  for (let i = 0; i < limit; i++) {
    const action = nextAiAction(model, current);
    if (!action) return ok(current);
    const next = applyAction(model, current, action);
    if (!next.ok)
      return err({ code: next.error.code, message: `AI action refused (a bug): ${next.error.message}` });
    current = next.value;
  }
  return ok(current);
}
