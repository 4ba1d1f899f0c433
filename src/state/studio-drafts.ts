// The studio's text, kept in the browser as the author types, so a reload (or a crash) loses nothing:
// one working copy, with the name it will be saved under. What is read back is untrusted (anything
// may write to localStorage): an entry that does not read as one is ignored, never an error.
import { LIMITS } from '../scenario/limits.ts';
import type { KeyValueStorage } from './storage.ts';

export const STUDIO_KEY = 'draftroom.studio';

export interface StudioDraft {
  /** The file name it is saved and checked under (`my-scenario.yaml`). */
  readonly name: string;
  readonly text: string;
  /** ISO date and time of the last change kept. */
  readonly savedAt: string;
}

const FILE_NAME = /^[^/\\\0]{1,120}$/;

export function readStudioDraft(storage: KeyValueStorage): StudioDraft | null {
  try {
    const x: unknown = JSON.parse(storage.getItem(STUDIO_KEY) ?? 'null');
    if (typeof x !== 'object' || x === null) return null;
    const { name, text, savedAt } = x as Record<string, unknown>;
    if (typeof name !== 'string' || !FILE_NAME.test(name)) return null;
    if (typeof text !== 'string' || text.length > LIMITS.bytes) return null;
    return { name, text, savedAt: typeof savedAt === 'string' ? savedAt.slice(0, 40) : '' };
  } catch {
    return null;
  }
}

/** Keeps the working copy; false when the browser refuses (storage full or blocked) or it is too large. */
export function keepStudioDraft(storage: KeyValueStorage, draft: StudioDraft): boolean {
  if (!FILE_NAME.test(draft.name) || draft.text.length > LIMITS.bytes) return false;
  try {
    storage.setItem(STUDIO_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** A file name for a text: the scenario's `id:` if it has a usable one, else `scenario.yaml`. */
export function suggestedName(text: string): string {
  const id = /^id:[ \t]*["']?([a-z][a-z0-9_-]{0,63})["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
  return `${id ?? 'scenario'}.yaml`;
}
