// The command line's window on the world, passed in so tests can run commands without a process.
import { readFile } from 'node:fs/promises';

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  /** Asks the person at the terminal; null when the input has ended. Absent when nobody can answer. */
  readonly prompt?: (question: string) => Promise<string | null>;
  /** Where a long command draws its progress bar (stderr). Absent in tests and when stderr is not a terminal. */
  readonly status?: (text: string) => void;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;

export class UsageError extends Error {}

/** Reads a text file, turning the usual failures into one plain sentence. */
export async function readTextFile(
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? error);
    return { ok: false, message: `cannot read '${path}': ${why}` };
  }
}
