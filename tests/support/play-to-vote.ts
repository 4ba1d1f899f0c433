// A whole game for tests that need one finished: the AI seats move for themselves, every human seat
// passes, and the pen holder, when it decides, adopts nothing.
import type { Model } from '../../src/engine/model.ts';
import { applyAction } from '../../src/engine/negotiation/reducer.ts';
import { runAi } from '../../src/engine/negotiation/runner.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { GameSetup, GameState } from '../../src/engine/negotiation/types.ts';

export function playToVote(model: Model, setup: GameSetup): GameState {
  const start = newGame(model, setup);
  if (!start.ok) throw new Error(start.error.message);
  let game = start.value;
  for (let guard = 0; guard < 500 && game.phase !== 'finished'; guard++) {
    const advanced = runAi(model, game);
    if (!advanced.ok) throw new Error(advanced.error.message);
    game = advanced.value;
    if (game.phase === 'finished') break;
    const seat = game.phase === 'deciding' ? model.scenario.procedure.penHolder : game.order[game.turn]!;
    const next = applyAction(
      model,
      game,
      game.phase === 'deciding' ? { type: 'decide', seat, adopt: [] } : { type: 'pass', seat },
    );
    if (!next.ok) throw new Error(next.error.message);
    game = next.value;
  }
  return game;
}
