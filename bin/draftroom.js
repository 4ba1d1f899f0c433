#!/usr/bin/env node
// The `draftroom` command. Uses the bundle made by `npm install` (scripts/build-cli.mjs) when it is
// newer than every file under src/, and otherwise compiles the sources on the fly with tsx, so
// `npx draftroom` works straight after `npm install` and never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'draftroom.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// When the reader goes away (`draftroom validate … | head`), stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(join(root, 'src'));
const { main, terminalText } = fresh
  ? await import(pathToFileURL(bundle).href)
  : await (await import('tsx/esm/api')).tsImport('../src/cli/main.ts', import.meta.url);

// Lines typed at the terminal (or piped in), read only when a command asks for them.
let lines = null;
let reader = null;
async function prompt(question) {
  if (!lines) {
    const { createInterface } = await import('node:readline');
    reader = createInterface({ input: process.stdin, terminal: false });
    lines = reader[Symbol.asyncIterator]();
  }
  process.stdout.write(question);
  const next = await lines.next();
  // The echo of piped input is shown, not obeyed, like everything else the command line writes.
  if (!process.stdin.isTTY && !next.done) process.stdout.write(`${terminalText(next.value)}\n`);
  return next.done ? null : next.value;
}

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  prompt,
  // A progress bar redraws one line in place, so only a terminal gets it; a log file gets none.
  status: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
});
reader?.close();
