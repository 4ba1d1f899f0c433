// Bundles the command line into dist-cli/draftroom.mjs so `npx draftroom` starts in a fraction of a
// second. Runs on `npm install` (the `prepare` script). bin/draftroom.js uses the bundle only while
// it is newer than every source file, and otherwise runs the sources through tsx, so a stale bundle
// can never run.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist-cli/draftroom.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
