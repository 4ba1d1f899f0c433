// The real app in a real browser: the production build shows the default scenario's title, lists
// every actor, and draws the table without console errors.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.ts';

const baseUrl = inject('baseUrl');
const HARMLESS = [/GPU stall due to ReadPixels/, /favicon/];

describe.skipIf(baseUrl === '')('the game in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'draftroom-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
      headless: true,
      viewport: { width: 1600, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !HARMLESS.some((p) => p.test(message.text())))
        consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state]', { timeout: 30_000 });
    const state = await page.locator('body').getAttribute('data-state');
    if (state !== 'ready')
      throw new Error(`the app did not start: ${await page.locator('#panel').innerText()}`);
  });

  afterAll(async () => {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows the default scenario title and every actor', async () => {
    const result = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
    if (!result.ok) throw new Error('the default scenario must be valid');
    await expect(page.locator('#scenario-title').textContent()).resolves.toBe(result.value.title);
    const listed = await page
      .locator('#panel [data-actor]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-actor')));
    expect(listed.sort()).toEqual(result.value.actors.map((a) => a.id).sort());
  });

  it('draws the table on the canvas without console errors', async () => {
    mkdirSync('test-results', { recursive: true });
    const shot = await page.locator('#table canvas').screenshot({ path: 'test-results/table.png' });
    // A blank canvas compresses to a few kilobytes; seats, names and the horseshoe do not.
    expect(shot.byteLength).toBeGreaterThan(15_000);
    expect(consoleErrors).toEqual([]);
  });
});
