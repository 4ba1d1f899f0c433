// Scripted students for the room tests: each joins a table through the real server and, when its
// seat is awaited, makes the move the engine's own AI would make for that seat (from the view the
// server sent it, which hides other seats' trades). One member of a team moves; the others watch.
import { readFileSync } from 'node:fs';
import type { ActorId } from '../../src/engine/ids.ts';
import { compile, type Model } from '../../src/engine/model.ts';
import { aiResponse, aiTurn } from '../../src/engine/negotiation/ai.ts';
import { aiDecide } from '../../src/engine/negotiation/pen-holder.ts';
import { waitingOn } from '../../src/engine/negotiation/state.ts';
import type { Action, GameState } from '../../src/engine/negotiation/types.ts';
import type { Refusal } from '../../src/net/protocol.ts';
import { connectTable, type TableClient, type TableView } from '../../src/net/table-client.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

export function shippedModel(file = 'gaza-isf-2025.yaml'): Model {
  const parsed = parseScenario(readFileSync(`scenarios/${file}`), file);
  if (!parsed.ok) throw new Error(`${file} does not read`);
  return compile(parsed.value);
}

/** The move this seat would make now, or null if it is not awaited. */
export function moveFor(model: Model, game: GameState, actor: ActorId): Action | null {
  const next = waitingOn(game, model.scenario.procedure.penHolder, 'human');
  if (!next || next.actor !== actor) return null;
  if (next.kind === 'answer') return aiResponse(model, game, actor, next.offer);
  return next.kind === 'decide' ? aiDecide(model, game, actor) : aiTurn(model, game, actor);
}

/** Resolves when `test` holds for the client's view (checked now and after every change). */
export function until(
  client: TableClient,
  test: (view: TableView) => boolean,
  ms = 60_000,
): Promise<TableView> {
  return new Promise((resolve, reject) => {
    if (test(client.view())) return resolve(client.view());
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting; the view is at stage ${client.view().status?.stage}`));
    }, ms);
    const stop = client.onChange((view) => {
      if (!test(view)) return;
      clearTimeout(timer);
      stop();
      resolve(view);
    });
  });
}

export interface Player {
  readonly client: TableClient;
  readonly name: string;
  actor(): ActorId | null;
  /** Moves made and refusals received. */
  readonly moves: Action[];
  readonly refusals: string[];
}

/**
 * A student who joins with the code and a name and, if `plays`, moves for the seat whenever it is
 * awaited (once per state: a move waits for the server's answer before the next).
 */
export async function joinAsStudent(
  endpoint: string,
  roomId: string,
  code: string,
  name: string,
  model: Model,
  plays: (player: Player) => boolean,
): Promise<Player> {
  const client = await connectTable(endpoint, roomId, { code, name });
  const player: Player = {
    client,
    name,
    actor: () => (client.view().welcome?.actor as ActorId | null) ?? null,
    moves: [],
    refusals: [],
  };
  playSeat(
    client,
    model,
    player.actor,
    () => plays(player),
    (r) => player.refusals.push(`${r.kind}: ${r.reason}`),
    player.moves,
  );
  return player;
}

/**
 * Moves for a seat whenever it is awaited, as the engine's AI would, one move outstanding at a time:
 * the next is chosen on a view that already includes the server's answer to the last. Returns a stop.
 */
export function playSeat(
  client: TableClient,
  model: Model,
  seat: () => ActorId | null,
  plays: () => boolean = () => true,
  onRefused: (refusal: Refusal) => void = () => {},
  moves: Action[] = [],
): () => void {
  // One move outstanding at a time: the next is chosen on a view that includes the answer to this one.
  let pending: number | null = null;
  const consider = (view: TableView) => {
    const actor = seat();
    const game = view.game;
    if (!actor || !game || view.status?.stage !== 'playing' || !plays()) return;
    if (pending !== null) {
      const answered = game.actions.slice(pending).some((a) => 'seat' in a && a.seat === actor);
      if (!answered) return;
      pending = null;
    }
    const move = moveFor(model, game, actor);
    if (!move) return;
    pending = game.actions.length;
    moves.push(move);
    client.act(game.round, move as unknown as Record<string, unknown>);
  };
  const stopRefused = client.onRefused((r) => {
    onRefused(r);
    moves.pop();
    // Chosen again on the next view: the refusal came from a view that was out of date.
    pending = null;
  });
  const stopChange = client.onChange(consider);
  consider(client.view());
  return () => {
    stopRefused();
    stopChange();
  };
}
