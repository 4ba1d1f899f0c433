#!/usr/bin/env node
// Runs the TypeScript command line directly (tsx compiles it on the fly), so `npx draftroom` works
// straight after `npm install` with no build step.
import { tsImport } from 'tsx/esm/api';

// When the reader goes away (`draftroom validate … | head`), stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
