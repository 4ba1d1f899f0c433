// Read-only views of the store for the scenes and panels, computed by the engine and memoised per
// game state (each action produces a new state object, so the cache can never be stale).
import { type Assessment, assess } from '../engine/assess.ts';
import type { ActorId } from '../engine/ids.ts';
import { compile, draftIndex } from '../engine/model.ts';
import { shiftArray, withChanges } from '../engine/negotiation/state.ts';
import type { Change, GameState } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';

export interface SeatView {
  readonly actor: ActorId;
  readonly acceptance: number;
  readonly stance: string;
  readonly ground: string | null;
}

const views = new WeakMap<GameState, Assessment>();

/** The assessment of the text on the table, under the events' shifts. */
export function currentAssessment(scenario: Scenario, game: GameState): Assessment {
  let view = views.get(game);
  if (!view) {
    const model = compile(scenario);
    view = assess(model, draftIndex(model, game.text), { utilityShift: shiftArray(model, game.shifts) });
    views.set(game, view);
  }
  return view;
}

/** The assessment if `changes` were made to the text: what a proposal would do. */
export function previewAssessment(
  scenario: Scenario,
  game: GameState,
  changes: readonly Change[],
): Assessment {
  const model = compile(scenario);
  return assess(model, draftIndex(model, withChanges(game.text, changes)), {
    utilityShift: shiftArray(model, game.shifts),
  });
}

export function seatViews(scenario: Scenario, game: GameState): SeatView[] {
  return currentAssessment(scenario, game).actors.map((a) => ({
    actor: a.evaluation.actor,
    acceptance: a.evaluation.acceptance,
    stance: a.stance,
    ground: a.ground,
  }));
}
