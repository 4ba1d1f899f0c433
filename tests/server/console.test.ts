// The instructor's console beyond start and pause, on the real server (its own process, loopback,
// stopped by its pid): the round clock passes the human seats still to move when a round's time runs
// out, stands while paused, and survives a SIGKILL (a deadline passed while the server was down fires
// at once); call-vote ends the game with a vote on the text on the table; an inject fires a scenario
// event as the engine does. Each refused command is counted and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { waitingOn } from '../../src/engine/negotiation/state.ts';
import type { Refusal, RefusalKind } from '../../src/net/protocol.ts';
import { connectTable, type TableClient, type TableView } from '../../src/net/table-client.ts';
import { TIME_RAN_OUT } from '../../src/server/clock.ts';
import { shippedModel, until } from '../support/room-players.ts';
import { createSession, type RoomServer, startRoomServer } from '../support/room-server.ts';

const model = shippedModel();
const penHolder = model.scenario.procedure.penHolder;
const retry = { first: 100, max: 400 };
let server: RoomServer;
const clients: TableClient[] = [];

beforeAll(async () => {
  server = await startRoomServer();
}, 30_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server?.kill();
});

/** A table with its console and two students (Egypt, France) who never move by themselves. */
async function table(on: RoomServer, rounds = 2, tables = 1) {
  const s = await createSession(on, { scenario: 'gaza-isf-2025.yaml', rounds, seed: 3, tables });
  const roomId = s.tables[0] as string;
  const teacher = await connectTable(on.endpoint, roomId, { token: s.consoleToken }, { retry });
  const egypt = await connectTable(
    on.endpoint,
    roomId,
    { code: s.code, name: 'Amal', actor: 'egy' },
    { retry },
  );
  const france = await connectTable(
    on.endpoint,
    roomId,
    { code: s.code, name: 'Jean', actor: 'fra' },
    { retry },
  );
  clients.push(teacher, egypt, france);
  return { s, roomId, teacher, egypt, france };
}

const timedOut = (v: TableView) =>
  (v.game?.actions ?? []).filter((a) => a.type === 'pass' && a.reason === TIME_RAN_OUT);
/** The AI has nothing left to do: only a command (or the clock) could move the table now. */
const settled = (v: TableView) => !v.game || waitingOn(v.game, penHolder, 'ai') === null;

/** Sends a console command, waits for its refusal, and checks that the table did not move. */
async function refused(teacher: TableClient, kind: RefusalKind, message: unknown): Promise<Refusal> {
  const before = await until(teacher, settled);
  const count = before.status?.refused?.[kind] ?? 0;
  const seen: Refusal[] = [];
  const stop = teacher.onRefused((r) => seen.push(r));
  teacher.raw('console', message);
  const after = await until(teacher, (v) => (v.status?.refused?.[kind] ?? 0) > count, 10_000);
  stop();
  expect(after.status?.events).toBe(before.status?.events);
  expect(after.status?.stage).toBe(before.status?.stage);
  expect(after.status?.clock).toEqual(before.status?.clock);
  expect(after.game).toEqual(before.game);
  expect(seen.map((r) => r.kind)).toEqual([kind]);
  expect(seen[0]?.reason).toMatch(/^[A-Z].*\.$/);
  return seen[0] as Refusal;
}

describe('the round clock', () => {
  it('passes every human seat still to move when a round runs out, round after round', async () => {
    const { teacher, egypt } = await table(server);
    teacher.command({ command: 'clock', seconds: 1 });
    await until(teacher, (v) => v.status?.clock.seconds === 1);
    // In the lobby the clock is set but does not run.
    expect(teacher.view().status?.clock).toEqual({ seconds: 1, deadline: null, remaining: null });
    const started = Date.now();
    teacher.command({ command: 'start' });
    const running = await until(teacher, (v) => v.status?.clock.deadline != null);
    const deadline = running.status!.clock.deadline!;
    expect(deadline).toBeGreaterThanOrEqual(started + 1000 - 50);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 1000 + 50);
    // Students see the deadline too: the UI counts down from it.
    await until(egypt, (v) => v.status?.clock.deadline === deadline);

    const end = await until(teacher, (v) => v.game?.phase === 'finished', 30_000);
    // Two rounds of a second each, at least; every human move was the clock's.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    const passes = timedOut(end);
    expect(passes.map((a) => [a.type === 'pass' && a.seat])).toEqual([['egy'], ['fra'], ['egy'], ['fra']]);
    expect(end.game!.actions.filter((a) => 'seat' in a && (a.seat === 'egy' || a.seat === 'fra'))).toEqual(
      passes,
    );
    expect(end.game!.log.filter((e) => e.text.includes(TIME_RAN_OUT))).toHaveLength(4);
    expect(end.status?.stage).toBe('ended');
    expect(end.status?.clock).toEqual({ seconds: 1, deadline: null, remaining: null });
  }, 60_000);

  it('stands while the table is paused, and gives the rest of the round back on resume', async () => {
    const { teacher } = await table(server);
    teacher.command({ command: 'clock', seconds: 2 });
    await until(teacher, (v) => v.status?.clock.seconds === 2);
    teacher.command({ command: 'start' });
    const running = await until(teacher, (v) => v.status?.clock.deadline != null);
    teacher.command({ command: 'pause' });
    const paused = await until(teacher, (v) => v.status?.stage === 'paused');
    const remaining = paused.status!.clock.remaining!;
    expect(paused.status?.clock.deadline).toBeNull();
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(2000);
    // Past the deadline it had: nothing moves while paused.
    await new Promise((r) => setTimeout(r, Math.max(0, running.status!.clock.deadline! - Date.now()) + 700));
    expect(timedOut(teacher.view())).toEqual([]);
    expect(teacher.view().status?.clock.remaining).toBe(remaining);
    const resumedAt = Date.now();
    teacher.command({ command: 'resume' });
    const resumed = await until(teacher, (v) => v.status?.stage === 'playing');
    expect(resumed.status!.clock.deadline!).toBeGreaterThanOrEqual(resumedAt + remaining - 50);
    expect(resumed.status!.clock.deadline!).toBeLessThanOrEqual(Date.now() + remaining + 50);
    await until(teacher, (v) => timedOut(v).length >= 2, 20_000);
  }, 60_000);

  it('is switched off with null, and refused from a student, out of range, or after the end', async () => {
    const { teacher, egypt } = await table(server);
    teacher.command({ command: 'clock', seconds: 600 });
    await until(teacher, (v) => v.status?.clock.seconds === 600);
    teacher.command({ command: 'start' });
    await until(teacher, (v) => v.status?.clock.deadline != null);
    teacher.command({ command: 'clock', seconds: null });
    await until(teacher, (v) => v.status?.clock.seconds === null);
    expect(teacher.view().status?.clock).toEqual({ seconds: null, deadline: null, remaining: null });
    await refused(teacher, 'malformed', { command: 'clock', seconds: 0 });
    await refused(teacher, 'malformed', { command: 'clock', seconds: 1.5 });
    await refused(teacher, 'malformed', { command: 'clock' });
    const before = await until(teacher, settled);
    egypt.command({ command: 'clock', seconds: 5 });
    await until(teacher, (v) => (v.status?.refused?.['not-console'] ?? 0) > 0);
    expect(teacher.view().status?.clock).toEqual(before.status?.clock);
    teacher.command({ command: 'end' });
    await until(teacher, (v) => v.status?.stage === 'ended');
    const r = await refused(teacher, 'ended', { command: 'clock', seconds: 60 });
    expect(r.reason).toMatch(/over/);
  }, 60_000);
});

describe('call-vote', () => {
  it('is refused before the start, then ends the game with a vote on the text on the table', async () => {
    const { teacher, egypt } = await table(server, 3);
    await refused(teacher, 'not-started', { command: 'call-vote' });
    await refused(teacher, 'malformed', { command: 'call-vote', now: true });
    teacher.command({ command: 'start' });
    // Round 1 goes on until Egypt, who does not move.
    const before = await until(
      teacher,
      (v) => v.game !== null && settled(v) && waitingOn(v.game, penHolder, 'human')?.actor === 'egy',
    );
    teacher.command({ command: 'call-vote' });
    const end = await until(teacher, (v) => v.game?.phase === 'finished');
    expect(end.status?.stage).toBe('ended');
    expect(end.game!.round).toBe(1);
    expect(end.game!.actions).toEqual([...before.game!.actions, { type: 'call-vote' }]);
    expect(end.game!.result!.text).toEqual(before.game!.text);
    expect(end.game!.log.some((e) => e.text.startsWith('The chair calls the vote in round 1 of 3'))).toBe(
      true,
    );
    // Every seat sees the same vote.
    const seen = await until(egypt, (v) => v.game?.phase === 'finished');
    expect(seen.game!.result!.vote).toEqual(end.game!.result!.vote);
    await refused(teacher, 'ended', { command: 'call-vote' });
    await refused(teacher, 'ended', { command: 'inject', event: 'spoiler-attack' });
  }, 60_000);

  it('is refused from a student, as a console command or as a move', async () => {
    const { teacher, egypt } = await table(server);
    teacher.command({ command: 'start' });
    const before = await until(teacher, (v) => v.game !== null && settled(v));
    egypt.command({ command: 'call-vote' });
    await until(teacher, (v) => (v.status?.refused?.['not-console'] ?? 0) > 0);
    egypt.act(1, { type: 'call-vote' });
    await until(teacher, (v) => (v.status?.refused?.['wrong-seat'] ?? 0) > 0);
    expect(teacher.view().status?.events).toBe(before.status?.events);
    expect(teacher.view().game?.phase).toBe('negotiating');
  }, 60_000);
});

describe('inject', () => {
  it('fires a scenario event as the engine does, once, and refuses an event the scenario lacks', async () => {
    const { teacher, egypt } = await table(server);
    await refused(teacher, 'not-started', { command: 'inject', event: 'israeli-coalition-crisis' });
    teacher.command({ command: 'start' });
    const before = await until(teacher, (v) => v.game !== null && settled(v));
    expect(before.game!.shifts).toEqual({});
    teacher.command({ command: 'inject', event: 'israeli-coalition-crisis' });
    const after = await until(teacher, (v) =>
      v.game!.log.some((e) => e.event === 'israeli-coalition-crisis'),
    );
    // The engine's own inject: its utility shift, its log entry, its action.
    expect(after.game!.shifts).toEqual({ isr: -8 });
    expect(after.game!.actions.at(-1)).toEqual({ type: 'inject', event: 'israeli-coalition-crisis' });
    expect(after.game!.log.find((e) => e.event === 'israeli-coalition-crisis')).toMatchObject({
      kind: 'event',
      actor: null,
      text: expect.stringMatching(/^Event, brought in by the chair: .*\(utility isr -8\)$/),
    });
    const seat = await until(egypt, (v) => v.game?.shifts['isr' as ActorId] === -8);
    expect(seat.game!.log.at(-1)?.event).toBe('israeli-coalition-crisis');

    const again = await refused(teacher, 'rules', { command: 'inject', event: 'israeli-coalition-crisis' });
    expect(again.reason).toBe("The event 'israeli-coalition-crisis' has already happened in this game.");
    const unknown = await refused(teacher, 'rules', { command: 'inject', event: 'alien-landing' });
    expect(unknown.reason).toBe("There is no event 'alien-landing' in this scenario.");
    await refused(teacher, 'malformed', { command: 'inject', event: 7 });
    await refused(teacher, 'malformed', { command: 'inject', event: 'x'.repeat(65) });
  }, 60_000);
});

describe('a server killed with the clock running', () => {
  it('comes back with every deadline, and one that passed while it was down fires at once', async () => {
    const own = await startRoomServer();
    try {
      const { port, db } = own;
      const { s, teacher } = await table(own, 2, 2);
      // Table 0: a short clock that runs out while the server is down. Table 1: a long one, with a
      // student who does not move (so that its game waits there).
      teacher.command({ command: 'clock', seconds: 4 });
      await until(teacher, (v) => v.status?.clock.seconds === 4);
      const otherRoom = s.tables[1] as string;
      const other = await connectTable(own.endpoint, otherRoom, { token: s.consoleToken }, { retry });
      const kofi = await connectTable(
        own.endpoint,
        otherRoom,
        { code: s.code, name: 'Kofi', actor: 'egy' },
        { retry },
      );
      clients.push(other, kofi);
      other.command({ command: 'clock', seconds: 600 });
      other.command({ command: 'start' });
      const long = await until(other, (v) => v.status?.clock.deadline != null);
      teacher.command({ command: 'start' });
      const before = await until(
        teacher,
        (v) => v.game !== null && settled(v) && waitingOn(v.game, penHolder, 'human')?.actor === 'egy',
      );
      expect(timedOut(before)).toEqual([]);
      const deadline = before.status!.clock.deadline!;
      expect(Date.now()).toBeLessThan(deadline);

      await own.kill('SIGKILL');
      await until(teacher, (v) => !v.connected, 10_000);
      await new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now()) + 300));
      const restarted = await startRoomServer({ port, db });
      try {
        const back = Date.now();
        const after = await until(teacher, (v) => v.connected && timedOut(v).length >= 1, 20_000);
        // At once: the server passed Egypt as soon as it had reopened the table.
        expect(Date.now() - back).toBeLessThan(5000);
        expect(after.game!.actions.slice(0, before.game!.actions.length)).toEqual(before.game!.actions);
        expect(timedOut(after)[0]).toEqual({ type: 'pass', seat: 'egy', reason: TIME_RAN_OUT });
        // The long clock is where it was, to the millisecond: it is the stored log's, not a timer's.
        const otherBack = await until(other, (v) => v.connected && v.status?.clock.deadline != null, 20_000);
        expect(otherBack.status!.clock).toEqual(long.status!.clock);
        // And the short one goes on: round 1 ends without France's move, round 2 is timed afresh.
        const round2 = await until(teacher, (v) => (v.game?.round ?? 0) >= 2, 20_000);
        expect(round2.status!.clock.deadline!).toBeGreaterThan(deadline);
      } finally {
        await restarted.kill();
      }
    } finally {
      await own.kill();
    }
  }, 90_000);
});
