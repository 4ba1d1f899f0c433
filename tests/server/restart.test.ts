// The server is killed mid-round (SIGKILL: no shutdown, no flush) and started again on the same port
// and database. The table comes back from its stored log with nothing lost, the clients join again
// by themselves with their seat tokens, and the game plays on to the vote.
import { afterAll, describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { waitingOn } from '../../src/engine/negotiation/state.ts';
import { connectTable, type TableClient } from '../../src/net/table-client.ts';
import { playSeat, shippedModel, until } from '../support/room-players.ts';
import { createSession, type RoomServer, startRoomServer } from '../support/room-server.ts';

const model = shippedModel();
const retry = { first: 100, max: 400 };
let server: RoomServer | undefined;
const clients: TableClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server?.kill();
});

describe('a server killed mid-round', () => {
  it('resumes every table from its log, and the clients reconnect by themselves', async () => {
    server = await startRoomServer();
    const { port, db } = server;
    const s = await createSession(server, { scenario: 'gaza-isf-2025.yaml', rounds: 2, seed: 5, tables: 2 });
    const roomId = s.tables[0] as string;
    const join = (actor: string, name: string) =>
      connectTable(server!.endpoint, roomId, { code: s.code, name, actor }, { retry });
    const teacher = await connectTable(server.endpoint, roomId, { token: s.consoleToken }, { retry });
    const egypt = await join('egy', 'Amal');
    const france = await join('fra', 'Jean');
    const uk = await join('gbr', 'Olivia');
    clients.push(teacher, egypt, france, uk);
    // The second table: a student waiting in its lobby, to see that it comes back too.
    const other = await connectTable(
      server.endpoint,
      s.tables[1] as string,
      { code: s.code, name: 'Kofi' },
      { retry },
    );
    clients.push(other);
    playSeat(egypt, model, () => 'egy' as ActorId);
    playSeat(france, model, () => 'fra' as ActorId);
    teacher.command({ command: 'start' });
    // The UK does not move: the round stops at its turn.
    const penHolder = model.scenario.procedure.penHolder;
    const before = await until(teacher, (v) => {
      const next = v.game ? waitingOn(v.game, penHolder, 'human') : null;
      return next?.actor === 'gbr' && waitingOn(v.game!, penHolder, 'ai') === null;
    });
    const actionsBefore = before.game!.actions;
    const eventsBefore = before.status!.events;
    expect(before.game!.phase).toBe('negotiating');
    expect(actionsBefore.length).toBeGreaterThan(0);

    await server.kill('SIGKILL');
    await until(teacher, (v) => !v.connected, 10_000);
    server = await startRoomServer({ port, db });

    // Everyone back, without being asked, at the same point of the game.
    for (const c of [teacher, egypt, france, uk, other]) await until(c, (v) => v.connected, 20_000);
    const after = await until(teacher, (v) => v.status?.holders.every((h) => h.connected) === true);
    expect(after.status!.events).toBe(eventsBefore);
    expect(after.game!.actions).toEqual(actionsBefore);
    expect(uk.view().welcome?.actor).toBe('gbr');
    expect(other.view().status?.holders.map((h) => h.name)).toEqual(['Kofi']);

    // And the game goes on to the vote.
    playSeat(uk, model, () => 'gbr' as ActorId);
    const end = await until(teacher, (v) => v.game?.phase === 'finished', 90_000);
    expect(end.game!.actions.slice(0, actionsBefore.length)).toEqual(actionsBefore);
    for (const c of [egypt, france, uk]) {
      const v = await until(c, (view) => view.game?.phase === 'finished');
      expect(v.game!.result!.vote).toEqual(end.game!.result!.vote);
    }
  }, 180_000);
});
