// Reading the autosave slots for "Continue": each read is bounded in time and ends in either a game
// or a sentence saying what is wrong, so a failed Continue can always tell the player why and offer
// what is left (the previous save, a new game, the damaged text to download).
import { type EngineService, errorMessage, type LoadedGame } from './engine-service.ts';
import type { KeyValueStorage } from './storage.ts';

/** Longest wait for a save to be read (a worker that never answers must not leave the title waiting). */
export const LOAD_TIMEOUT_MS = 20_000;

export type SlotReading =
  | { readonly kind: 'missing' }
  | { readonly kind: 'good'; readonly text: string; readonly loaded: LoadedGame }
  | { readonly kind: 'damaged'; readonly text: string; readonly problem: string };

/** The previous save, as a failed Continue offers it. */
export interface PreviousSave {
  readonly round: number;
  /** How many moves the damaged newer save had beyond it, when that can still be counted. */
  readonly movesEarlier: number | null;
}

/** Why Continue could not continue, and what is left to offer (the title screen shows it). */
export interface RestoreFailure {
  /** What is wrong, as a clause: "the save is damaged: step 3 …". */
  readonly problem: string;
  /** No save was found, rather than one that could not be read. */
  readonly missing: boolean;
  /** The unreadable save's text, for the player to download; null when there was none. */
  readonly damaged: string | null;
  /** The previous save if it can be read. */
  readonly previous: PreviousSave | null;
}

export type RestoreOutcome = { readonly restored: true } | ({ readonly restored: false } & RestoreFailure);

/** Where the save before the latest is kept. */
export const previousSlot = (slot: string): string => `${slot}.previous`;

/**
 * Writes `text` as the latest save and keeps the one it replaces as the previous. False when the
 * browser refused the write (storage full or blocked): setItem is atomic, so the last good save stays.
 */
export function writeLatest(storage: KeyValueStorage, slot: string, text: string): boolean {
  try {
    const previous = storage.getItem(slot);
    storage.setItem(slot, text);
    if (previous !== null && previous !== text) storage.setItem(previousSlot(slot), previous);
    return true;
  } catch {
    return false;
  }
}

/** Resolves with `promise`, or rejects with `text` once `ms` have passed. */
function withTimeout<T>(promise: Promise<T>, ms: number, text: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(text)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function readSlot(
  engine: EngineService,
  storage: KeyValueStorage,
  slot: string,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<SlotReading> {
  let text: string | null;
  try {
    text = storage.getItem(slot);
  } catch (error) {
    return {
      kind: 'damaged',
      text: '',
      problem: `this browser refused to read its storage (${errorMessage(error)})`,
    };
  }
  if (text === null) return { kind: 'missing' };
  try {
    const seconds = Math.round(timeoutMs / 1000);
    const parsed = await withTimeout(engine.load(text), timeoutMs, `reading it took more than ${seconds} s`);
    return parsed.ok
      ? { kind: 'good', text, loaded: parsed.value }
      : { kind: 'damaged', text, problem: parsed.error };
  } catch (error) {
    return { kind: 'damaged', text, problem: errorMessage(error) };
  }
}

/** The number of moves a save lists, if it is at least JSON with a list of actions. */
export function movesIn(text: string): number | null {
  try {
    const data = JSON.parse(text) as { actions?: unknown } | null;
    return Array.isArray(data?.actions) ? data.actions.length : null;
  } catch {
    return null;
  }
}

/** The previous save as offered against the latest: its round, and how many moves behind it is. */
export function previousOffer(latest: SlotReading, previous: LoadedGame): PreviousSave {
  const latestMoves = latest.kind === 'missing' ? null : movesIn(latest.text);
  return {
    round: previous.state.round,
    movesEarlier: latestMoves === null ? null : latestMoves - previous.state.actions.length,
  };
}

const sentence = (clause: string) => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;

/** The warnings of a loaded save, as sentences after "Warning:". */
export const warningText = (warnings: readonly string[]): string =>
  warnings.length === 0 ? '' : ` Warning: ${warnings.map(sentence).join(' ')}`;

/** "3 moves earlier": how far behind the damaged newer save the previous one is. */
export const movesEarlierText = (moves: number): string =>
  `${moves} ${moves === 1 ? 'move' : 'moves'} earlier`;

/** "The latest save was damaged (…); the game continues from the previous save, N moves earlier." */
export function fallbackText(latest: SlotReading, previous: PreviousSave): string {
  // "the save is damaged: step 3 …" reads twice as damaged after "The latest save was damaged".
  const problem = latest.kind === 'damaged' ? latest.problem.replace(/^the save is damaged: /, '') : '';
  const what = latest.kind === 'damaged' ? `was damaged (${problem})` : 'could not be found in this browser';
  const where =
    previous.movesEarlier !== null && previous.movesEarlier > 0
      ? `, ${movesEarlierText(previous.movesEarlier)}`
      : ` (round ${previous.round})`;
  return `The latest save ${what}; the game continues from the previous save${where}.`;
}
