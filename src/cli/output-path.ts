// Files the command line writes (play --save, the `save FILE` command): checked before the work
// starts, so a game is not played to the end only to fail on a folder or a missing directory; and a
// write that still fails (disk full, a folder made meanwhile) is a sentence, not an internal error.
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** Why `path` cannot be written, or null when it can (as far as can be known before writing). */
export function outputPathProblem(path: string): string | null {
  const full = resolve(path);
  const parent = dirname(full);
  try {
    if (statSync(full).isDirectory()) return `cannot write '${path}': it is a folder`;
    accessSync(full, constants.W_OK);
    return null;
  } catch (error) {
    if (code(error) === 'EACCES' || code(error) === 'EPERM')
      return `cannot write '${path}': permission denied`;
    const missing = code(error) === 'ENOENT' || code(error) === 'ENOTDIR';
    if (!missing) return `cannot write '${path}': ${code(error) ?? String(error)}`;
  }
  // The file does not exist yet: its folder must, and must take new files.
  try {
    if (!statSync(parent).isDirectory()) return `cannot write '${path}': '${dirname(path)}' is not a folder`;
    accessSync(parent, constants.W_OK);
    return null;
  } catch (error) {
    if (code(error) === 'ENOENT') return `cannot write '${path}': there is no folder '${dirname(path)}'`;
    if (code(error) === 'ENOTDIR') return `cannot write '${path}': '${dirname(path)}' is not a folder`;
    return `cannot write '${path}': no permission to write in '${dirname(path)}'`;
  }
}

/** Writes `text` to `path`; a failure is returned as one sentence. */
export function writeOutput(path: string, text: string): string | null {
  try {
    writeFileSync(path, text);
    return null;
  } catch (error) {
    const why =
      code(error) === 'EISDIR'
        ? 'it is a folder'
        : code(error) === 'ENOENT'
          ? `there is no folder '${dirname(path)}'`
          : code(error) === 'EACCES'
            ? 'permission denied'
            : code(error) === 'ENOSPC'
              ? 'the disk is full'
              : (code(error) ?? String(error));
    return `cannot write '${path}': ${why}`;
  }
}
