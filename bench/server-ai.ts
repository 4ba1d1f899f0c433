// The students' thinking, off the thread that holds their connections: a worker thread of each client
// process of `npm run bench:server` chooses the moves (the engine's AI for the seat, as
// tests/support/room-players.ts does), so one student's AI does not hold up every other student's
// messages in the process (on a real class each student has a device of their own).
import { parentPort } from 'node:worker_threads';
import type { ActorId } from '../src/engine/ids.ts';
import type { GameState } from '../src/engine/negotiation/types.ts';
import { moveFor, shippedModel } from '../tests/support/room-players.ts';

export interface MoveRequest {
  readonly id: number;
  readonly game: GameState;
  readonly actor: ActorId;
}

const model = shippedModel();
parentPort?.on('message', ({ id, game, actor }: MoveRequest) => {
  parentPort?.postMessage({ id, move: moveFor(model, game, actor) });
});
