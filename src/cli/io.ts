// The command line's window on the world, passed in so tests can run commands without a process.
import { type FileHandle, open, stat } from 'node:fs/promises';
import { decodeUtf8 } from '../scenario/decode.ts';
import { LIMITS, tooLargeMessage } from '../scenario/limits.ts';

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

const MiB = 1024 * 1024;

/** Save files hold a game's every action: a long game is far below this. */
export const SAVE_BYTES = 4 * MiB;

/** What a failed read says: one plain sentence. */
function whyNot(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'it is a folder'
      : code === 'EACCES'
        ? 'permission denied'
        : String(code ?? error);
}

/**
 * Reads at most `limit` + 1 bytes of a file: one byte past the limit is enough to know it is too
 * large, so /dev/urandom or a huge file costs a fraction of a second, not the whole stream. Folders
 * are refused before opening; devices and pipes are read as they stream, up to the cap.
 */
export async function readCapped(
  path: string,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  let handle: FileHandle | undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: `cannot read '${path}': it is a folder` };
    handle = await open(path, 'r');
    // A regular file says its size; a stream (device, pipe) is read in pieces up to the cap.
    const buffer = Buffer.alloc(info.isFile() ? Math.min(limit + 1, info.size + 1) : limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return { ok: false, message: `cannot read '${path}': ${whyNot(error)}` };
  } finally {
    await handle?.close();
  }
}

/**
 * Reads a UTF-8 text file of at most `limit` bytes, turning the usual failures into one plain
 * sentence: a file past the limit, or not UTF-8 (located at its first bad byte), is refused.
 */
export async function readTextFile(
  path: string,
  limit = LIMITS.bytes,
): Promise<
  | { ok: true; text: string }
  /** `invalid`: the file was read but is not fit (too large, not UTF-8); the message is located. */
  | { ok: false; message: string; invalid?: true }
> {
  const read = await readCapped(path, limit);
  if (!read.ok) return read;
  if (read.bytes.length > limit)
    return {
      ok: false,
      invalid: true,
      message: `${path}:1:1: error: ${tooLargeMessage(limit)}`,
    };
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok)
    return {
      ok: false,
      invalid: true,
      message: `${path}:${decoded.line}:${decoded.col}: error: ${decoded.message}`,
    };
  return { ok: true, text: decoded.text };
}
