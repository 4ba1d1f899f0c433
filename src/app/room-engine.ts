// The game store's engine at a classroom table: the room server applies every move (its reducer,
// its AI), so `apply` sends the move and waits for the server's answer, and `advance` waits until
// the other seats (students or AI) have moved and it is this seat's turn again. The ceasefire
// outlook and the why panel's shares are computed on the device, by the same engine, on the text
// the server sent. The store sees this seat as its one human seat and every other seat as "the
// others", so the single-device screens work unchanged.
import type { ActorId } from '../engine/ids.ts';
import { aiMovesAhead } from '../engine/jobs.ts';
import type { Model } from '../engine/model.ts';
import { waitingOn } from '../engine/negotiation/state.ts';
import type { GameError, GameState, SeatKind } from '../engine/negotiation/types.ts';
import { err, ok, type Result } from '../engine/result.ts';
import type { TableClient, TableView } from '../net/table-client.ts';
import type { EngineService } from '../state/engine-service.ts';

/** How long a move waits for the server's answer before the student is told. */
const ANSWER_MS = 15_000;

/** The game as this device's store sees it: `me` human, everyone else played elsewhere. */
export function localGame(game: GameState, me: ActorId | null): GameState {
  const seats: Record<ActorId, SeatKind> = {};
  for (const id of Object.keys(game.setup.seats)) seats[id as ActorId] = id === me ? 'human' : 'ai';
  return { ...game, setup: { ...game.setup, seats } };
}

const failed = (message: string): Result<GameState, GameError> => err({ code: 'bad-action', message });

export function roomEngine(
  model: Model,
  client: TableClient,
  me: ActorId,
  local: Pick<EngineService, 'outlook' | 'stances'>,
): EngineService {
  const penHolder = model.scenario.procedure.penHolder;
  const mine = (view: TableView) => (view.game ? localGame(view.game, me) : null);
  return {
    apply(game, action) {
      if (!client.view().connected)
        return Promise.resolve(
          failed('You are offline: the move was not sent. Try again once the table is back.'),
        );
      const moves = client.view().game?.actions.length ?? 0;
      return new Promise((resolve) => {
        const finish = (result: Result<GameState, GameError>) => {
          offChange();
          offRefused();
          clearTimeout(timer);
          resolve(result);
        };
        const offChange = client.onChange((view) => {
          const now = mine(view);
          if (now && now.actions.length > moves) finish(ok(now));
        });
        const offRefused = client.onRefused((refusal) => finish(failed(refusal.reason)));
        const timer = setTimeout(
          () => finish(failed('The server did not answer in time: the move may not have been played.')),
          ANSWER_MS,
        );
        client.act(game.round, action as unknown as Record<string, unknown>);
      });
    },
    advance(game, onProgress) {
      const total = Math.max(1, aiMovesAhead(model, game));
      const start = game.actions.length;
      return new Promise((resolve) => {
        const check = (view: TableView) => {
          const now = mine(view);
          if (!now) return false;
          onProgress?.({ done: Math.min(total, now.actions.length - start), total });
          if (waitingOn(now, penHolder, 'ai')) return false;
          off();
          resolve(now);
          return true;
        };
        const off = client.onChange(check);
        check(client.view());
      });
    },
    outlook: (game, onProgress) => local.outlook(game, onProgress),
    ...(local.stances ? { stances: local.stances } : {}),
    load: async () =>
      err('A classroom table is kept by the room server: there is no save file to load here.'),
  };
}
