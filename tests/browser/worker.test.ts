// The engine worker in a real browser: an all-AI game on the default scenario plays out in the
// worker, the side panel shows its progress, the game reaches the vote with no console error (a CSP
// that blocked the worker would show one), and the moves are the ones Node plays for the same seed.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import { runAi } from '../../src/engine/negotiation/runner.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';
import { startFromTitle } from '../support/start-game.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(baseUrl === '')('the engine worker in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    session = await openBrowser({ name: 'chromium', viewport: { width: 1600, height: 900 } });
    ({ page, consoleErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('plays an all-AI game in the worker with a progress bar, to the same vote as Node', async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
    await startFromTitle(page, { humans: [], rounds: 4, seed: 7 });
    // The engine really runs in its worker (not in the in-process fallback a blocked worker would get).
    await expect
      .poll(() => page.workers().map((w) => w.url()))
      .toContainEqual(expect.stringMatching(/\/assets\/engine\.worker-[\w-]+\.js$/));
    const bar = page.locator('#progress');
    await bar.waitFor({ state: 'visible', timeout: 30_000 });
    await expect(bar.getAttribute('role')).resolves.toBe('status');
    // The label and the bar agree: "The AI actors are moving: 7 of 23" over a bar at 7 of 23.
    const moving = await page.waitForFunction(
      () => {
        const label = document.querySelector('#progress-label')?.textContent ?? '';
        const bar = document.querySelector<HTMLProgressElement>('#progress-bar');
        const m = /^The AI actors are moving: (\d+) of (\d+)$/.exec(label);
        return m && bar && Number(m[1]) > 0 ? [Number(m[1]), Number(m[2]), bar.value, bar.max] : null;
      },
      undefined,
      { timeout: 30_000, polling: 50 },
    );
    const [done, total, value, max] = (await moving.jsonValue()) as number[];
    expect([value, max]).toEqual([done, total]);
    expect(done).toBeLessThanOrEqual(total!);
    await page.evaluate(() => window.scrollTo(0, 0)); // the start button sat at the foot of a long form
    await page.screenshot({ path: 'test-results/worker-01-progress.png' });
    await page.waitForSelector('#vote-result', { timeout: 60_000 });
    await expect(page.locator('#vote-result').textContent()).resolves.toMatch(/^(Adopted|Not adopted): \d+/);
    await bar.waitFor({ state: 'hidden', timeout: 30_000 });
    await page.screenshot({ path: 'test-results/worker-02-after-vote.png', fullPage: true });

    // The worker's game is Node's game: the same moves from the same seed.
    const text = readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8');
    const parsed = parseScenario(text, 'gaza-isf-2025.yaml');
    if (!parsed.ok) throw new Error('the default scenario must be valid');
    const model = compile(parsed.value);
    // The game's own slot, as the saved-games index names it.
    const saved = await page.evaluate(() => {
      const [game] = JSON.parse(window.localStorage.getItem('draftroom.games') ?? '[]') as Array<{
        slot: string;
      }>;
      return game ? window.localStorage.getItem(game.slot) : null;
    });
    const save = JSON.parse(saved ?? '{}') as { setup: Parameters<typeof newGame>[1]; actions: unknown[] };
    expect(save.setup.seed).toBe(7);
    const start = newGame(model, save.setup);
    const node = start.ok ? runAi(model, start.value) : null;
    expect(node?.ok && node.value.phase).toBe('finished');
    expect(save.actions).toEqual(node?.ok ? JSON.parse(JSON.stringify(node.value.actions)) : null);
    expect(consoleErrors).toEqual([]);
  });
});
