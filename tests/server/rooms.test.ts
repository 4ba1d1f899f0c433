// The room server for real: its own process on loopback, real WebSockets, the SDK clients students
// use. Thirty students play a whole game at one table; then what a broken or hostile client sends is
// refused, counted, and changes nothing.
import { describe, expect, it } from 'vitest';
import { connectTable, type TableClient } from '../../src/net/table-client.ts';
import { joinAsStudent, type Player, shippedModel, until } from '../support/room-players.ts';
import { createSession, useRoomServer } from '../support/room-server.ts';

const model = shippedModel();
const server = useRoomServer();

const teamLead = (player: Player, console: TableClient) => {
  const holders = console.view().status?.holders ?? [];
  return holders.find((h) => h.actor === player.actor())?.name === player.name;
};

describe('a table of thirty students', () => {
  it('plays a whole game to the vote, every student seeing the same result', async () => {
    const s = await createSession(server(), { scenario: 'gaza-isf-2025.yaml', rounds: 2, seed: 11 });
    const roomId = s.tables[0] as string;
    const console = await connectTable(server().endpoint, roomId, { token: s.consoleToken });
    const players: Player[] = [];
    for (let i = 0; i < 30; i++)
      players.push(
        await joinAsStudent(server().endpoint, roomId, s.code, `Student ${i + 1}`, model, (p) =>
          teamLead(p, console),
        ),
      );
    await until(console, (v) => v.status?.holders.length === 30);
    // Every playable seat taken (25), then five teams of two.
    const seats = new Set(players.map((p) => p.actor()));
    expect(seats.size).toBe(model.scenario.actors.filter((a) => a.player).length);
    console.command({ command: 'start' });
    const end = await until(console, (v) => v.game?.phase === 'finished', 120_000);
    const result = end.game?.result;
    expect(result).not.toBeNull();
    for (const p of players) {
      const v = await until(p.client, (view) => view.game?.phase === 'finished');
      expect(v.game?.result?.vote).toEqual(result?.vote);
      expect(v.game?.text).toEqual(end.game?.text);
      expect(v.game?.result?.scores.length).toBe(model.scenario.actors.length);
    }
    // Every seat was a student's, so every move came from a student: none refused on a sane script.
    const moved = players.reduce((n, p) => n + p.moves.length, 0);
    expect(moved).toBe(end.game?.actions.length);
    expect(players.flatMap((p) => p.refusals)).toEqual([]);
    await Promise.all([...players.map((p) => p.client.close()), console.close()]);
  }, 180_000);
});
