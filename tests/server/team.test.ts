// Two students sharing one actor as a team: either may move for the seat, each sees the other's
// moves, and the table says which of them made each (the console counts them; the team sees who
// moved last).
import { describe, expect, it } from 'vitest';
import { connectTable } from '../../src/net/table-client.ts';
import { joinAsStudent, shippedModel, until } from '../support/room-players.ts';
import { createSession, useRoomServer } from '../support/room-server.ts';

const model = shippedModel();
const server = useRoomServer();

describe('a team of two at one seat', () => {
  it('either member moves, and the table knows who made each move', async () => {
    const s = await createSession(server(), {
      scenario: 'gaza-isf-2025.yaml',
      rounds: 2,
      seed: 4,
      plan: { Ann: 'usa', Ben: 'usa' },
    });
    const roomId = s.tables[0] as string;
    const console = await connectTable(server().endpoint, roomId, { token: s.consoleToken });
    // Ann plays the first round for the team, Ben the second.
    const round = (c: { client: { view(): { game: { round: number } | null } } }) =>
      c.client.view().game?.round;
    const ann = await joinAsStudent(server().endpoint, roomId, s.code, 'Ann', model, (p) => round(p) === 1);
    const ben = await joinAsStudent(server().endpoint, roomId, s.code, 'Ben', model, (p) => round(p) === 2);
    expect([ann.actor(), ben.actor()]).toEqual(['usa', 'usa']);
    console.command({ command: 'start' });
    const end = await until(console, (v) => v.game?.phase === 'finished', 120_000);
    expect(ann.moves.length).toBeGreaterThan(0);
    expect(ben.moves.length).toBeGreaterThan(0);
    const holders = end.status?.holders ?? [];
    const byName = (name: string) => holders.find((h) => h.name === name);
    expect(byName('Ann')?.moves).toBe(ann.moves.length);
    expect(byName('Ben')?.moves).toBe(ben.moves.length);
    // Ben moved in the later round: his is the team's last move, and it is the seat's last action.
    const actions = end.game?.actions ?? [];
    const lastOfSeat = actions.reduce((at, a, i) => ('seat' in a && a.seat === 'usa' ? i + 1 : at), 0);
    expect(byName('Ben')?.lastMove).toBe(lastOfSeat);
    expect(byName('Ann')?.lastMove ?? 0).toBeLessThan(lastOfSeat);
    // Each member saw the other's moves: both end on the same game.
    const annView = await until(ann.client, (v) => v.game?.phase === 'finished');
    expect(annView.game?.actions.length).toBe(actions.length);
    expect(annView.status?.holders.find((h) => h.name === 'Ben')?.moves).toBe(ben.moves.length);
    await Promise.all([ann.client.close(), ben.client.close(), console.close()]);
  }, 180_000);
});
