// Every shipped scenario in Chromium: its card on the title says its date, forum, size and play time;
// "Play" with one seat of its own reaches the table; its lab opens and shows the author's
// expectations, all held. The list is read from scenarios/, so a new scenario is covered by itself.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { playMinutes } from '../../src/app/shipped.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { longDate } from '../../src/state/dates.ts';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';
import { startFromTitle } from '../support/start-game.ts';

const baseUrl = inject('baseUrl');
const SHIPPED = readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && f !== '_template.yaml');

function load(file: string) {
  const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} must be valid`);
  return parsed.value;
}

describe.skipIf(baseUrl === '')('every shipped scenario in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    session = await openBrowser({ name: 'chromium', viewport: { width: 1440, height: 900 } });
    ({ page, consoleErrors } = session);
  });

  beforeEach(async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists every shipped scenario on the title', async () => {
    const files = await page
      .locator('.scenario-choice')
      .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute('data-file') ?? '').split('/').pop()));
    expect([...files].sort()).toEqual([...SHIPPED].sort());
  });

  it.each(SHIPPED)('%s: its card says date, forum, size and play time, and starts a game', async (file) => {
    const scenario = load(file);
    const name = file.replace(/\.yaml$/, '');
    const facts = await page.locator(`#card-${name}-title ~ .card-facts`).textContent();
    const rounds = scenario.procedure.rounds;
    expect(facts).toContain(longDate(scenario.asOf));
    expect(facts).toContain(`${scenario.actors.length} actors`);
    expect(facts).toContain(`${rounds} rounds`);
    expect(facts).toContain(`about ${playMinutes(rounds)} minutes`);
    expect(facts).toMatch(
      scenario.procedure.forum === 'unsc' ? /UN Security Council/ : /By consensus|k_of_n/,
    );
    const seat = scenario.actors.find((a) => a.player)!.id;
    await startFromTitle(page, { humans: [seat], file });
    await expect(page.locator('#scenario-title').textContent()).resolves.toBe(scenario.title);
    expect(consoleErrors).toEqual([]);
  });

  it.each(SHIPPED)('%s: the lab opens and every expectation holds', async (file) => {
    const scenario = load(file);
    await page.locator(`#lab-open-${file.replace(/\.yaml$/, '')}`).click();
    await page.waitForSelector('body[data-state="lab"]', { timeout: 30_000 });
    await page.waitForSelector('#lab-expectations-summary', { timeout: 60_000 });
    const count = scenario.expectations?.length ?? 0;
    await expect(page.locator('#lab-expectations-summary').textContent()).resolves.toMatch(
      new RegExp(`^${count} held, 0 failed`),
    );
    expect(await page.locator('#lab-expectations-list li[data-held="true"]').count()).toBe(count);
    expect(consoleErrors).toEqual([]);
  });
});
