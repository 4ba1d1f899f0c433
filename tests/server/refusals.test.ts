// What a broken or hostile client sends is refused with a reason, counted on the instructor's
// console, and changes nothing: the table's stored log and the game stay exactly as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { waitingOn } from '../../src/engine/negotiation/state.ts';
import type { GameState } from '../../src/engine/negotiation/types.ts';
import type { Refusal, RefusalKind } from '../../src/net/protocol.ts';
import { connectTable, type TableClient, type TableView } from '../../src/net/table-client.ts';
import { playSeat, shippedModel, until } from '../support/room-players.ts';
import { createSession, type RoomServer, startRoomServer } from '../support/room-server.ts';

const model = shippedModel();
let server: RoomServer;
let teacher: TableClient;
let egypt: TableClient;
let france: TableClient;
let session: Awaited<ReturnType<typeof createSession>>;

const refusalsOf = (client: TableClient) => {
  const seen: Refusal[] = [];
  client.onRefused((r) => seen.push(r));
  return seen;
};

/** Sends, waits for the refusal, and checks that the table did not move. */
async function refused(kind: RefusalKind, send: () => void, seen: Refusal[]): Promise<Refusal> {
  // Measured when the AI has nothing left to do: then only the message could move the table.
  const before = await until(
    teacher,
    (v) => !v.game || waitingOn(v.game, model.scenario.procedure.penHolder, 'ai') === null,
  );
  const count = before.status?.refused?.[kind] ?? 0;
  const had = seen.length;
  send();
  await until(teacher, (v) => (v.status?.refused?.[kind] ?? 0) > count, 10_000);
  const after = teacher.view();
  expect(after.status?.events).toBe(before.status?.events);
  expect(after.game?.actions.length).toBe(before.game?.actions.length);
  expect(seen.length).toBeGreaterThan(had);
  const last = seen[seen.length - 1] as Refusal;
  expect(last.kind).toBe(kind);
  expect(last.reason).toMatch(/^[A-Z].*\.$/);
  return last;
}

beforeAll(async () => {
  server = await startRoomServer();
  session = await createSession(server, { scenario: 'gaza-isf-2025.yaml', rounds: 2, seed: 3 });
  const roomId = session.tables[0] as string;
  teacher = await connectTable(server.endpoint, roomId, { token: session.consoleToken });
  egypt = await connectTable(server.endpoint, roomId, { code: session.code, name: 'Amal', actor: 'egy' });
  france = await connectTable(server.endpoint, roomId, { code: session.code, name: 'Jean', actor: 'fra' });
}, 30_000);
afterAll(async () => {
  await Promise.all([teacher?.close(), egypt?.close(), france?.close()]);
  await server?.kill();
});

describe('refusals', () => {
  it('refuses a move before the start, then a console command from a student', async () => {
    const seen = refusalsOf(egypt);
    await refused('not-started', () => egypt.act(1, { type: 'pass', seat: 'egy' }), seen);
    const r = await refused('not-console', () => egypt.command({ command: 'start' }), seen);
    expect(r.reason).toBe('Only the instructor can do that.');
    expect(teacher.view().status?.stage).toBe('lobby');
  });

  it('refuses a seat token used for another seat', async () => {
    teacher.command({ command: 'start' });
    await until(teacher, (v) => v.status?.stage === 'playing' && v.game !== null);
    const seen = refusalsOf(egypt);
    // Egypt's token, France's seat.
    await refused('wrong-seat', () => egypt.act(1, { type: 'pass', seat: 'fra' }), seen);
  });

  it('refuses malformed messages of every kind', { timeout: 30_000 }, async () => {
    const seen = refusalsOf(egypt);
    await refused('malformed', () => egypt.raw('act', { round: 'one', action: 7 }), seen);
    await refused('malformed', () => egypt.raw('act', 'DROP TABLE events'), seen);
    await refused('malformed', () => egypt.raw('teleport', { to: 'moon' }), seen);
    await refused('malformed', () => egypt.chat(['nowhere'], 'hello'), seen);
    await refused('malformed', () => egypt.raw('chat', { to: ['fra'], text: 'x'.repeat(5000) }), seen);
  });

  it('refuses a move for a finished round', async () => {
    // Play Egypt and France as the engine would until round 2 begins.
    const stops = [
      playSeat(egypt, model, () => 'egy' as ActorId),
      playSeat(france, model, () => 'fra' as ActorId),
    ];
    await until(teacher, (v) => (v.game?.round ?? 0) >= 2, 60_000);
    for (const stop of stops) stop();
    const seen = refusalsOf(egypt);
    const r = await refused('stale', () => egypt.act(1, { type: 'pass', seat: 'egy' }), seen);
    expect(r.reason).toMatch(/round 1; the table is in round 2/);
  }, 90_000);

  it('refuses a flood beyond the rate limit, and serves the student again after a pause', async () => {
    const seen = refusalsOf(france);
    const before = teacher.view().status?.refused?.flood ?? 0;
    const events = teacher.view().status?.events;
    const started = performance.now();
    for (let i = 0; i < 60; i++) france.chat(['egy'], `spam ${i}`);
    // Every message is accounted for: stored as chat, or refused as a flood (the console's counts
    // follow within a second).
    const accounted = (v: TableView) =>
      (v.status?.refused?.flood ?? 0) - before + (v.status?.events ?? 0) - (events ?? 0);
    await until(teacher, (v) => accounted(v) >= 60, 15_000);
    const seconds = (performance.now() - started) / 1000;
    expect(seen.some((r) => r.kind === 'flood')).toBe(true);
    // What went through is the burst allowance (20) and what the bucket refilled (5 a second) while
    // the messages arrived — on a loaded machine they arrive over a longer time; the rest was
    // refused and stored nothing.
    const allowed = 20 + Math.ceil(5 * seconds);
    const chatEvents = (teacher.view().status?.events ?? 0) - (events ?? 0);
    expect(chatEvents).toBeLessThanOrEqual(allowed);
    expect((teacher.view().status?.refused?.flood ?? 0) - before).toBe(60 - chatEvents);
    expect(60 - chatEvents).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1500));
    const received = egypt.view().chat.length;
    france.chat(['egy'], 'sorry');
    await until(egypt, (v) => v.chat.length > received);
    expect(egypt.view().chat.at(-1)?.text).toBe('sorry');
  });

  it('refuses a join with a token that is no seat, and a wrong code', async () => {
    const roomId = session.tables[0] as string;
    await expect(connectTable(server.endpoint, roomId, { token: 'x'.repeat(32) })).rejects.toThrow(
      /not yours/,
    );
    await expect(connectTable(server.endpoint, roomId, { code: 'WRONGCODE', name: 'Eve' })).rejects.toThrow(
      /not valid/,
    );
  });

  it('never sends a seat another seat’s private offer', async () => {
    const g = teacher.view().game as GameState;
    const seen = egypt.view().game as GameState;
    for (const offer of seen.offers) expect([offer.from, ...offer.to]).toContain('egy');
    // Another seat's offer is there as a masked move: who made it, nothing of what or to whom.
    for (const a of seen.actions)
      if (a.type === 'offer' && a.seat !== 'egy' && a.to.length === 0) expect(a.give).toEqual([]);
    expect(seen.actions.length).toBe(g.actions.length);
    expect(g.offers.length).toBeGreaterThanOrEqual(seen.offers.length);
  });
});
