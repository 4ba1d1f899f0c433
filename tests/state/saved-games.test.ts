// Several saved games: a new game never takes another's slot, a file's text is kept for its games,
// deleting a game removes only what is its own, and whatever else sits in storage is left out quietly.
import { describe, expect, it } from 'vitest';
import {
  addSavedGame,
  keepScenarioText,
  listSavedGames,
  newSlot,
  removeSavedGame,
  type SavedGame,
} from '../../src/state/saved-games.ts';
import { memoryStorage } from '../../src/state/storage.ts';

const titleOf = (key: string) => (key === '/scenarios/gaza-isf-2025.yaml' ? 'Gaza' : undefined);

function game(slot: string, startedAt: string, extra: Partial<SavedGame> = {}): SavedGame {
  return {
    slot,
    source: { kind: 'shipped', key: '/scenarios/gaza-isf-2025.yaml' },
    title: 'Gaza',
    players: ['Egypt'],
    startedAt,
    ...extra,
  };
}

describe('saved games', () => {
  it('lists the games, newest first, also one whose save has gone (Continue then says so)', () => {
    const storage = memoryStorage();
    const a = game(newSlot(storage, 'gaza', '2026-12-05T10:00:00.000Z'), '2026-12-05T10:00:00.000Z');
    addSavedGame(storage, a);
    storage.setItem(a.slot, '{}');
    const b = game(newSlot(storage, 'gaza', '2026-12-05T11:00:00.000Z'), '2026-12-05T11:00:00.000Z');
    addSavedGame(storage, b);
    storage.setItem(b.slot, '{}');
    const unsaved = game(newSlot(storage, 'gaza', '2026-12-05T12:00:00.000Z'), '2026-12-05T12:00:00.000Z');
    addSavedGame(storage, unsaved);
    expect(listSavedGames(storage, titleOf).map((g) => g.slot)).toEqual([unsaved.slot, b.slot, a.slot]);
  });

  it('gives a second game begun in the same second a slot of its own', () => {
    const storage = memoryStorage();
    const at = '2026-12-05T10:00:00.000Z';
    const first = newSlot(storage, 'gaza', at);
    addSavedGame(storage, game(first, at));
    const second = newSlot(storage, 'gaza', at);
    expect(second).not.toBe(first);
  });

  it('lists a game saved before the index existed, under its old keys', () => {
    const storage = memoryStorage({
      'draftroom.last': '/scenarios/gaza-isf-2025.yaml',
      'draftroom.save.gaza-isf-2025': '{}',
    });
    const [legacy] = listSavedGames(storage, titleOf);
    expect(legacy?.slot).toBe('draftroom.save.gaza-isf-2025');
    removeSavedGame(storage, legacy!.slot);
    expect(storage.getItem('draftroom.last')).toBeNull();
    expect(listSavedGames(storage, titleOf)).toEqual([]);
  });

  it('keeps a file once for its games and deletes it with the last of them', () => {
    const storage = memoryStorage();
    const textKey = keepScenarioText(storage, 'title: A file\n');
    expect(textKey).toMatch(/^draftroom\.scenario\./);
    expect(keepScenarioText(storage, 'title: A file\n')).toBe(textKey);
    const source = { kind: 'file' as const, name: 'a.yaml', textKey: textKey! };
    const one = game('draftroom.save.a.1', '2026-12-05T10:00:00.000Z', { source });
    const two = game('draftroom.save.a.2', '2026-12-05T11:00:00.000Z', { source });
    for (const g of [one, two]) {
      addSavedGame(storage, g);
      storage.setItem(g.slot, '{}');
      storage.setItem(`${g.slot}.previous`, '{}');
    }
    removeSavedGame(storage, one.slot);
    expect(storage.getItem(one.slot)).toBeNull();
    expect(storage.getItem(`${one.slot}.previous`)).toBeNull();
    expect(storage.getItem(textKey!)).not.toBeNull();
    removeSavedGame(storage, two.slot);
    expect(storage.getItem(textKey!)).toBeNull();
  });

  it('leaves out entries that do not read as saved games, and an index that is not JSON', () => {
    const storage = memoryStorage({
      'draftroom.games': JSON.stringify([
        { slot: 'elsewhere', title: 'x', players: [], startedAt: 'x', source: { kind: 'shipped', key: 'k' } },
        {
          slot: 'draftroom.save.x',
          title: 'x',
          players: [1],
          startedAt: 'x',
          source: { kind: 'shipped', key: 'k' },
        },
        {
          slot: 'draftroom.save.y',
          title: 'y',
          players: [],
          startedAt: 'y',
          source: { kind: 'file', name: 'n', textKey: 'other' },
        },
        null,
        'text',
      ]),
      'draftroom.save.x': '{}',
      'draftroom.save.y': '{}',
    });
    expect(listSavedGames(storage, titleOf)).toEqual([]);
    storage.setItem('draftroom.games', '{not json');
    expect(listSavedGames(storage, titleOf)).toEqual([]);
  });
});
