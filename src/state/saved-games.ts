// Several saved games, each in a slot of its own: starting a new game never overwrites another one,
// and a game from a file on disk keeps that file's text here, so it can be continued after a reload.
// The index and the texts are untrusted (anything may have written to localStorage): an entry that
// does not read as one is left out, never an error.
import { hash53 } from '../engine/version.ts';
import type { KeyValueStorage } from './storage.ts';

export type GameSource =
  | { readonly kind: 'shipped'; readonly key: string }
  /** A file from disk: its name, and the key its text is kept under. */
  | { readonly kind: 'file'; readonly name: string; readonly textKey: string };

export interface SavedGame {
  /** The storage key of the game's autosave (its previous save is `${slot}.previous`). */
  readonly slot: string;
  readonly source: GameSource;
  readonly title: string;
  /** Who plays, by name: the human seats. */
  readonly players: readonly string[];
  /** ISO date and time the game began (shown, and orders the list: newest first). */
  readonly startedAt: string;
}

const INDEX = 'draftroom.games';
/** Before several saves, one game per browser: its shipped key here, its save in `draftroom.save.<id>`. */
const LEGACY_LAST = 'draftroom.last';

/** The old single slot of a shipped scenario (`/scenarios/gaza-isf-2025.yaml` → `draftroom.save.gaza-isf-2025`). */
const legacySlot = (key: string): string => `draftroom.save.${/\/([^/]+)\.ya?ml$/.exec(key)?.[1] ?? ''}`;

const isText = (x: unknown, max = 500): x is string =>
  typeof x === 'string' && x.length > 0 && x.length <= max;

function readEntry(x: unknown): SavedGame | null {
  if (typeof x !== 'object' || x === null) return null;
  const e = x as Record<string, unknown>;
  const s = e.source as Record<string, unknown> | undefined;
  if (!isText(e.slot) || !e.slot.startsWith('draftroom.save.') || !isText(e.title) || !isText(e.startedAt))
    return null;
  if (!Array.isArray(e.players) || !e.players.every((p) => isText(p))) return null;
  let source: GameSource;
  if (s?.kind === 'shipped' && isText(s.key)) source = { kind: 'shipped', key: s.key };
  else if (
    s?.kind === 'file' &&
    isText(s.name) &&
    isText(s.textKey) &&
    s.textKey.startsWith('draftroom.scenario.')
  )
    source = { kind: 'file', name: s.name, textKey: s.textKey };
  else return null;
  return { slot: e.slot, source, title: e.title, players: e.players as string[], startedAt: e.startedAt };
}

function readIndex(storage: KeyValueStorage): SavedGame[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(INDEX) ?? '[]');
    return Array.isArray(parsed) ? parsed.map(readEntry).filter((e): e is SavedGame => e !== null) : [];
  } catch {
    return [];
  }
}

function writeIndex(storage: KeyValueStorage, games: readonly SavedGame[]): boolean {
  try {
    storage.setItem(INDEX, JSON.stringify(games));
    return true;
  } catch {
    return false;
  }
}

/**
 * The saved games, newest first — also one whose save has gone (storage cleared by the browser), so
 * the player is told on Continue rather than finding it silently missing. A game saved before this
 * index existed is listed too, under its old keys, so an update loses no game.
 */
export function listSavedGames(
  storage: KeyValueStorage,
  titleOf: (key: string) => string | undefined,
): SavedGame[] {
  const games = readIndex(storage);
  const legacyKey = storage.getItem(LEGACY_LAST);
  const legacyTitle = legacyKey === null ? undefined : titleOf(legacyKey);
  if (legacyKey !== null && legacyTitle !== undefined) {
    const slot = legacySlot(legacyKey);
    if (!games.some((g) => g.slot === slot))
      games.push({
        slot,
        source: { kind: 'shipped', key: legacyKey },
        title: legacyTitle,
        players: [],
        startedAt: '',
      });
  }
  return games.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}

/** Keeps a file's text for the games played on it; the key is the text's hash, so a file is kept once. */
export function keepScenarioText(storage: KeyValueStorage, text: string): string | null {
  const key = `draftroom.scenario.${hash53(text)}`;
  try {
    if (storage.getItem(key) !== text) storage.setItem(key, text);
    return key;
  } catch {
    return null;
  }
}

/** A slot no other game uses, for a new game of scenario `scenarioId` begun at `startedAt`. */
export function newSlot(storage: KeyValueStorage, scenarioId: string, startedAt: string): string {
  const stamp = startedAt.replace(/[^0-9]/g, '').slice(0, 14);
  let slot = `draftroom.save.${scenarioId}.${stamp}`;
  for (let n = 2; storage.getItem(slot) !== null || readIndex(storage).some((g) => g.slot === slot); n++)
    slot = `draftroom.save.${scenarioId}.${stamp}-${n}`;
  return slot;
}

export function addSavedGame(storage: KeyValueStorage, game: SavedGame): boolean {
  return writeIndex(storage, [game, ...readIndex(storage).filter((g) => g.slot !== game.slot)]);
}

/** Deletes a game: its saves, its index entry, and its file's text if no other game is played on it. */
export function removeSavedGame(storage: KeyValueStorage, slot: string): void {
  const games = readIndex(storage);
  const gone = games.find((g) => g.slot === slot);
  const rest = games.filter((g) => g.slot !== slot);
  writeIndex(storage, rest);
  storage.removeItem(slot);
  storage.removeItem(`${slot}.previous`);
  storage.removeItem(`${slot}.pending`);
  if (slot === legacySlot(storage.getItem(LEGACY_LAST) ?? '')) storage.removeItem(LEGACY_LAST);
  if (gone?.source.kind === 'file') {
    const textKey = gone.source.textKey;
    if (!rest.some((g) => g.source.kind === 'file' && g.source.textKey === textKey))
      storage.removeItem(textKey);
  }
}
