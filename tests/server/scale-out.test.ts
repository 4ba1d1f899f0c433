// Several server processes sharing the rooms through a real Redis (Colyseus' presence and driver)
// and a real PostgreSQL (the tables' logs), both Debian's, started here on loopback. A table opened
// through one process is joined through the others; the process holding it is killed (SIGKILL) mid-
// round; the clients come back by themselves to the table reopened from its log on a survivor, once,
// and the game goes on to the vote with every event in the log. Then a survivor is stopped (SIGTERM)
// and its clients move too. Skipped loudly without redis-server or PostgreSQL, never under CI.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { waitingOn } from '../../src/engine/negotiation/state.ts';
import { connectTable, type TableClient, type TableView } from '../../src/net/table-client.ts';
import { isCi } from '../support/chromium.ts';
import { playSeat, shippedModel, until } from '../support/room-players.ts';
import { createSession, freePort, type RoomServer, startRoomServer } from '../support/room-server.ts';
import { type Service, scaleOutMissing, startPostgres, startRedis } from '../support/scale-out-services.ts';

const model = shippedModel();
const retry = { first: 100, max: 400 };
const secret = randomBytes(24).toString('base64url');
const missing = scaleOutMissing();
let redis: Service | undefined;
let postgres: Service | undefined;
let db: pg.Client | undefined;
const servers: RoomServer[] = [];
const clients: TableClient[] = [];

if (missing && !isCi()) {
  const bar = '!'.repeat(78);
  process.stderr.write(
    `\n${bar}\n!! SCALE-OUT TESTS SKIPPED: ${missing}.\n!! Install them to run tests/server/scale-out.test.ts; CI always does.\n${bar}\n\n`,
  );
}

beforeAll(async () => {
  if (missing) {
    if (isCi()) throw new Error(`CI=true but ${missing}: .ci/run must install them`);
    return;
  }
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  // SIGTERM, and SIGKILL for a process that has not stopped within 5 s (a failed test's leftovers).
  for (const s of servers)
    await Promise.race([s.kill(), new Promise((resolve) => setTimeout(resolve, 5000))]).then(() =>
      s.kill('SIGKILL'),
    );
  await db?.end();
  await redis?.stop();
  await postgres?.stop();
}, 30_000);

/** One more server process on the shared Redis and PostgreSQL, with the shared secret. */
async function startProcess(): Promise<RoomServer> {
  const port = await freePort();
  const server = await startRoomServer({
    port,
    env: { DRAFTROOM_SECRET: secret },
    args: ['--redis', redis!.url, '--postgres', postgres!.url, '--public-address', `127.0.0.1:${port}`],
  });
  servers.push(server);
  return server;
}

async function storedLog(session: string, table: number): Promise<Array<{ seq: number; body: string }>> {
  const found = await db!.query(
    'SELECT seq, body FROM draftroom_events WHERE session = $1 AND tbl = $2 ORDER BY seq',
    [session, table],
  );
  return found.rows.map((r: { seq: number; body: string }) => ({ seq: Number(r.seq), body: r.body }));
}

/** The processes that logged opening this table (after the given offsets in their stderr). */
const openers = (roomId: string, from: Map<RoomServer, number>) =>
  [...from].filter(([s, offset]) => s.stderr().slice(offset).includes(`opening table ${roomId} `));

/** The one process that logged opening this table, by the address it logged. */
function holder(roomId: string): RoomServer {
  const pattern = new RegExp(`opening table ${roomId} .* on 127\\.0\\.0\\.1:(\\d+)`, 'g');
  const ports = servers.flatMap((s) => [...s.stderr().matchAll(pattern)].map((m) => Number(m[1])));
  expect(ports).toHaveLength(1);
  return servers.find((s) => s.port === ports[0]) as RoomServer;
}

/** A view sent since `then` (the table stands still at a fault: any newer one is from after it). */
const fresh = (view: TableView, then: TableView): boolean =>
  view.game !== then.game && view.status !== then.status && view.status !== null;

const alive = (s: RoomServer): boolean => s.child.exitCode === null && s.child.signalCode === null;

/** Plays until the round waits on the UK's seat alone (its student does not move yet). */
function untilUkTurn(teacher: TableClient) {
  const penHolder = model.scenario.procedure.penHolder;
  return until(teacher, (v) => {
    const next = v.game ? waitingOn(v.game, penHolder, 'human') : null;
    return next?.actor === 'gbr' && waitingOn(v.game!, penHolder, 'ai') === null;
  });
}

describe.skipIf(missing !== null && !isCi())('several processes with Redis and PostgreSQL', () => {
  it('a table opened through one process, joined through others, survives the death of its host', async () => {
    const a = await startProcess();
    // Only A is running, so the session's tables open on A.
    const s = await createSession(a, { scenario: 'gaza-isf-2025.yaml', rounds: 2, seed: 5, tables: 2 });
    const [roomId, otherRoom] = s.tables as [string, string];
    const b = await startProcess();
    const c = await startProcess();
    const join = (server: RoomServer, actor: string, name: string) =>
      connectTable(server.endpoint, roomId, { code: s.code, name, actor }, { retry });
    // Everyone matchmakes through B or C and is sent to A, which holds the table.
    const teacher = await connectTable(b.endpoint, roomId, { token: s.consoleToken }, { retry });
    const egypt = await join(b, 'egy', 'Amal');
    const france = await join(c, 'fra', 'Jean');
    const uk = await join(c, 'gbr', 'Olivia');
    const other = await connectTable(c.endpoint, otherRoom, { code: s.code, name: 'Kofi' }, { retry });
    clients.push(teacher, egypt, france, uk, other);
    playSeat(egypt, model, () => 'egy' as ActorId);
    playSeat(france, model, () => 'fra' as ActorId);
    teacher.command({ command: 'start' });
    // The UK does not move yet: the round stops at its turn.
    const before = await untilUkTurn(teacher);
    const actionsBefore = before.game!.actions;
    const eventsBefore = before.status!.events;
    const logBefore = await storedLog(s.session, 0);
    expect(logBefore.length).toBe(eventsBefore);
    expect(actionsBefore.length).toBeGreaterThan(0);

    const offsets = new Map([b, c].map((server) => [server, server.stderr().length]));
    // The clients are connected to A: they all lose it (watched from now, as they may be back soon).
    const lost = [teacher, egypt, france, uk, other].map((client) =>
      until(client, (v) => !v.connected, 10_000),
    );
    const atFault = teacher.view();
    const killed = performance.now();
    await a.kill('SIGKILL');
    // Both survivors are asked for the tables at once (the join page, reloaded by two students):
    // both find A gone and race to reopen them, and the lock lets one of them do it.
    const lookups = await Promise.all([b, c].map((p) => fetch(`${p.endpoint}/api/join/${s.code}`)));
    expect(lookups.map((r) => r.status)).toEqual([200, 200]);
    await Promise.all(lost);
    for (const client of [teacher, egypt, france, uk, other]) await until(client, (v) => v.connected, 30_000);
    const after = await until(
      teacher,
      (v) => fresh(v, atFault) && v.status!.holders.every((h) => h.connected),
    );
    const failoverMs = Math.round(performance.now() - killed);
    console.info(`scale-out: every client back at its table ${failoverMs} ms after SIGKILL of its host`);
    // One survivor reopened each table (the lock), from the log: the same events, the same game.
    expect(openers(roomId, offsets)).toHaveLength(1);
    expect(openers(otherRoom, offsets)).toHaveLength(1);
    expect(after.status!.events).toBe(eventsBefore);
    expect(after.game!.actions).toEqual(actionsBefore);
    expect(uk.view().welcome?.actor).toBe('gbr');
    expect(other.view().status?.holders.map((h) => [h.name, h.connected])).toEqual([['Kofi', true]]);

    // And the game goes on to the vote, with nothing lost from the log.
    playSeat(uk, model, () => 'gbr' as ActorId);
    const end = await until(teacher, (v) => v.game?.phase === 'finished', 90_000);
    expect(end.game!.actions.slice(0, actionsBefore.length)).toEqual(actionsBefore);
    for (const client of [egypt, france, uk]) {
      const v = await until(client, (view) => view.game?.phase === 'finished');
      expect(v.game!.result!.vote).toEqual(end.game!.result!.vote);
    }
    const log = await storedLog(s.session, 0);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(log.slice(0, logBefore.length)).toEqual(logBefore);
    expect(log.length).toBe(end.status!.events);
  }, 180_000);
  it('a process stopped with SIGTERM hands its tables over, and its clients follow by themselves', async () => {
    const live = servers.filter(alive);
    while (live.length < 2) live.push(await startProcess());
    const s = await createSession(live[0] as RoomServer, {
      scenario: 'gaza-isf-2025.yaml',
      rounds: 1,
      seed: 9,
    });
    const roomId = s.tables[0] as string;
    const host = holder(roomId);
    // The clients matchmake through a process that is not stopped.
    const through = live.find((p) => p !== host) as RoomServer;
    const teacher = await connectTable(through.endpoint, roomId, { token: s.consoleToken }, { retry });
    const players = await Promise.all(
      (['egy', 'fra', 'gbr'] as const).map((actor) =>
        connectTable(through.endpoint, roomId, { code: s.code, name: `student-${actor}`, actor }, { retry }),
      ),
    );
    clients.push(teacher, ...players);
    const [egypt, france, uk] = players as [TableClient, TableClient, TableClient];
    playSeat(egypt, model, () => 'egy' as ActorId);
    playSeat(france, model, () => 'fra' as ActorId);
    teacher.command({ command: 'start' });
    const before = await untilUkTurn(teacher);

    const offsets = new Map(live.filter((p) => p !== host).map((p) => [p, p.stderr().length]));
    const lost = [teacher, ...players].map((client) => until(client, (v) => !v.connected, 10_000));
    const atFault = teacher.view();
    const stopped = performance.now();
    await host.kill('SIGTERM');
    await Promise.all(lost);
    // Each client back on its own (a move sent while away would be dropped), then seen by the console.
    for (const client of [teacher, ...players]) await until(client, (v) => v.connected, 30_000);
    const after = await until(
      teacher,
      (v) => fresh(v, atFault) && v.status!.holders.every((h) => h.connected),
    );
    console.info(
      `scale-out: every client back ${Math.round(performance.now() - stopped)} ms after SIGTERM of its host`,
    );
    expect(openers(roomId, offsets)).toHaveLength(1);
    expect(after.status!.events).toBe(before.status!.events);
    expect(after.game!.actions).toEqual(before.game!.actions);
    playSeat(uk, model, () => 'gbr' as ActorId);
    const end = await until(teacher, (v) => v.game?.phase === 'finished', 90_000);
    expect((await storedLog(s.session, 0)).length).toBe(end.status!.events);
  }, 180_000);
});
