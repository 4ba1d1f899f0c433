// The game store at a classroom table: its engine sends moves to the room server and waits for the
// server's views (a fake table client here, the real one in tests/browser/classroom.test.ts). The
// store sees its own seat as the one human seat; refusals and a lost connection become notices.
import { describe, expect, it } from 'vitest';
import { localGame, roomEngine } from '../../src/app/room-engine.ts';
import type { ActorId } from '../../src/engine/ids.ts';
import { applyAction } from '../../src/engine/negotiation/reducer.ts';
import { nextAiAction } from '../../src/engine/negotiation/runner.ts';
import { newGame, waitingOn } from '../../src/engine/negotiation/state.ts';
import type { GameSetup, GameState } from '../../src/engine/negotiation/types.ts';
import type { Refusal } from '../../src/net/protocol.ts';
import type { TableClient, TableView } from '../../src/net/table-client.ts';
import { inProcessEngine } from '../../src/state/engine-service.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { createGameStore } from '../../src/state/store.ts';
import { shippedModel } from '../support/room-players.ts';

const model = shippedModel();
const penHolder = model.scenario.procedure.penHolder;
const seats = Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai'])) as GameSetup['seats'];
const start = newGame(model, { seats, rounds: 2, seed: 5, difficulty: 'normal' });
if (!start.ok) throw new Error(start.error.message);
/** The server's positions of an all-AI game, in order. */
const positions: GameState[] = [start.value];
for (let i = 0; i < 8; i++) {
  const last = positions[positions.length - 1] as GameState;
  const action = nextAiAction(model, last);
  if (!action) break;
  const next = applyAction(model, last, action);
  if (!next.ok) throw new Error(next.error.message);
  positions.push(next.value);
}
const mover = (game: GameState): ActorId => {
  const w = waitingOn(game, penHolder, 'ai');
  if (!w) throw new Error('someone moves');
  return w.actor;
};

/** A table client whose views the test sets, as the server's patches would. */
function fakeClient(first: GameState) {
  let view: TableView = {
    welcome: null,
    game: first,
    status: null,
    chat: [],
    connected: true,
    closedBy: null,
  };
  const listeners = new Set<(v: TableView) => void>();
  const refusals = new Set<(r: Refusal) => void>();
  const sent: Array<{ round: number; action: Record<string, unknown> }> = [];
  const client: TableClient = {
    view: () => view,
    onChange(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    onRefused(l) {
      refusals.add(l);
      return () => refusals.delete(l);
    },
    act: (round, action) => sent.push({ round, action }),
    chat: () => {},
    command: () => {},
    raw: () => {},
    settled: async () => view,
    close: async () => {},
  };
  return {
    client,
    sent,
    show(next: Partial<TableView>) {
      view = { ...view, ...next };
      for (const l of listeners) l(view);
    },
    refuse(r: Refusal) {
      for (const l of refusals) l(r);
    },
  };
}

describe('localGame', () => {
  it('makes this seat the one human seat and leaves the rest of the game as the server sent it', () => {
    const me = mover(start.value);
    const local = localGame(start.value, me);
    expect(
      Object.entries(local.setup.seats)
        .filter(([, k]) => k === 'human')
        .map(([id]) => id),
    ).toEqual([me]);
    expect({ ...local, setup: null }).toEqual({ ...start.value, setup: null });
  });
});

describe('roomEngine', () => {
  const me = mover(start.value);
  it('apply sends the move with its round and answers with the server’s next position', async () => {
    const fake = fakeClient(start.value);
    const engine = roomEngine(model, fake.client, me, inProcessEngine(model));
    const action = nextAiAction(model, start.value);
    if (!action) throw new Error('a move');
    const answer = engine.apply(localGame(start.value, me), action);
    expect(fake.sent).toEqual([{ round: start.value.round, action }]);
    fake.show({ game: positions[1] as GameState });
    const result = await answer;
    expect(result.ok && result.value.actions.length).toBe(1);
    expect(result.ok && result.value.setup.seats[me]).toBe('human');
  });
  it('a refusal is the move’s error, in the server’s words', async () => {
    const fake = fakeClient(start.value);
    const engine = roomEngine(model, fake.client, me, inProcessEngine(model));
    const answer = engine.apply(localGame(start.value, me), { type: 'pass', seat: me });
    fake.refuse({ kind: 'paused', reason: 'The instructor has paused the table.' });
    const result = await answer;
    expect(result.ok ? null : result.error.message).toBe('The instructor has paused the table.');
  });
  it('offline, nothing is sent and the student is told', async () => {
    const fake = fakeClient(start.value);
    fake.show({ connected: false });
    const engine = roomEngine(model, fake.client, me, inProcessEngine(model));
    const result = await engine.apply(localGame(start.value, me), { type: 'pass', seat: me });
    expect(fake.sent).toEqual([]);
    expect(result.ok ? null : result.error.message).toMatch(/offline/);
  });
  it('advance waits for the other seats until it is this seat’s move, reporting progress', async () => {
    const later = positions[3] as GameState;
    const seat = mover(later);
    const fake = fakeClient(start.value);
    const engine = roomEngine(model, fake.client, seat, inProcessEngine(model));
    const progress: number[] = [];
    let done: GameState | null = null;
    const waiting = engine
      .advance(localGame(start.value, seat), (p) => progress.push(p.done))
      .then((g) => {
        done = g;
      });
    fake.show({ game: positions[1] as GameState });
    fake.show({ game: positions[2] as GameState });
    await Promise.resolve();
    expect(done).toBeNull();
    fake.show({ game: later });
    await waiting;
    expect((done as GameState | null)?.actions.length).toBe(3);
    expect(progress.slice(-1)).toEqual([3]);
  });
});

describe('the store at a classroom table', () => {
  it('follows the server: positions of other seats are shown, and the wait ends at this seat’s move', async () => {
    const later = positions[3] as GameState;
    const seat = mover(later);
    const fake = fakeClient(start.value);
    const store = createGameStore({
      model,
      storage: memoryStorage(),
      engine: roomEngine(model, fake.client, seat, inProcessEngine(model, 50)),
      waitLabel: 'Waiting for the other delegations',
    });
    store.getState().follow(localGame(start.value, seat));
    expect(store.getState().busy?.label).toBe('Waiting for the other delegations');
    // While the wait goes on, each new position is shown as it comes.
    store.getState().follow(localGame(positions[1] as GameState, seat));
    fake.show({ game: positions[1] as GameState });
    expect(store.getState().game?.actions.length).toBe(1);
    fake.show({ game: later });
    await expect
      .poll(() => store.getState().busy?.label ?? null)
      .not.toBe('Waiting for the other delegations');
    expect(store.getState().game?.actions.length).toBe(3);
    expect(waitingOn(store.getState().game as GameState, penHolder, 'human')?.actor).toBe(seat);
  });
});
