// Builds the app and serves the production build on 127.0.0.1 (an ephemeral port) for the browser
// tests; stops the server afterwards. Skips loudly when there is no Chromium, fails under CI.

import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, hasChromium, isCi } from '../support/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!hasChromium()) {
    if (isCi())
      throw new Error(
        `CI=true but no Chromium at ${CHROMIUM_PATH}: .ci/run must install it (apt-get install -y chromium)`,
      );
    const bar = '!'.repeat(78);
    process.stderr.write(
      `\n${bar}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.\n!! Install it (apt-get install -y chromium) to run them; CI always does.\n${bar}\n\n`,
    );
    project.provide('baseUrl', '');
    return;
  }
  await build({ logLevel: 'warn', build: { outDir: 'dist' } });
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // `?pace=instant`: the tests that play whole games see the AI's moves at once; the one that checks
  // the readable pace (tests/browser/table-feedback.test.ts) drops it.
  project.provide('baseUrl', `http://127.0.0.1:${port}/?pace=instant`);
  return async () => {
    await server.close();
  };
}
