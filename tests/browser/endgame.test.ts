// The table's instruments, the animated vote and the aftermath in a real browser: the table mid-game
// (tally, ground consent, ceasefire gauge, turn indicator), the vote revealed seat by seat, and the
// survival curve with its table and the events before collapse. Screenshots go to test-results/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { type BrowserSession, openBrowser, wholeShot } from '../support/browser-session.ts';
import { startFromTitle } from '../support/start-game.ts';

const baseUrl = inject('baseUrl');
const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;

describe.skipIf(baseUrl === '')('the table, the vote and the aftermath in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let consoleErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: `test-results/endgame-${name}.png` });
  const tableShot = (name: string) =>
    page.locator('#table canvas').screenshot({ path: `test-results/endgame-${name}.png` });

  beforeAll(async () => {
    session = await openBrowser({ name: 'endgame', viewport: { width: 1366, height: 768 } });
    ({ page, consoleErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Title → set-up → game, with `human` seats played by people and the rest by the AI. */
  async function startGame(human: readonly string[]): Promise<void> {
    await page.goto(baseUrl);
    await page.evaluate(() => window.localStorage.clear());
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
    // A lone human reads their private brief on the briefing page, before the table.
    await startFromTitle(page, { humans: human, rounds: 1 });
  }

  it('shows the instruments mid-game, then reveals the vote seat by seat', { timeout: 180_000 }, async () => {
    await startGame(['usa']);
    // The table draws its first position a few frames after it opens (later on a loaded machine).
    await page.waitForSelector('#table[data-vote-phase]', { state: 'attached', timeout: 20_000 });
    await expect(page.locator('#table').getAttribute('data-vote-phase')).resolves.toBe('none');
    await page.waitForTimeout(900); // the meters ease in
    await tableShot('01-table-mid-game');
    await shot('02-mid-game-1366');
    // The AI seats before it move first (in the engine worker; slow on a busy machine).
    // Its turn shows a Pass, or first a trade offered to it to answer.
    await page.locator('#pass, button[id^="reject-T"]').first().waitFor({ timeout: 120_000 });
    // AI seats may have offered the United States a trade before its move: it turns each down.
    for (let i = 0; i < 10; i++) {
      const reject = page.locator('button[id^="reject-T"]').first();
      if ((await reject.count()) === 0) break;
      await reject.click();
      await page.waitForTimeout(300);
    }
    // The United States passes, then, holding the pen, keeps the text: the game ends in the vote.
    await page.locator('#pass').click();
    // The panels follow a new position from the engine a frame or two later: wait for the decision.
    await page.waitForFunction(
      () => document.getElementById('pass')?.textContent === 'Keep the text as it is',
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(700);
    await tableShot('02b-table-pen-holder-decides');
    await page.locator('#pass').click();
    await page.waitForSelector('#table[data-vote-phase="voting"]', { timeout: 10_000 });
    await page.waitForTimeout(1_800);
    await tableShot('03-table-mid-vote');
    await page.waitForSelector('#table[data-vote-phase="done"]', { timeout: 20_000 });
    await page.waitForTimeout(800);
    await tableShot('04-table-after-vote');
    expect(consoleErrors).toEqual([]);
  });

  it('plays an all-AI game of one round to the vote and shows the aftermath', async () => {
    await startGame([]);
    await page.waitForSelector('#table[data-vote-phase="voting"]', { timeout: 10_000 });
    await page.waitForSelector('#table[data-vote-phase="done"]', { timeout: 20_000 });
    const tally =
      /^. (Adopted|Not adopted): (\d+) in favour, (\d+) against, (\d+) abstaining \(margin to nine [+−]\d+\)\.$/;
    const said = (await page.locator('#aftermath-vote').textContent()) ?? '';
    expect(said).toMatch(tally);
    const [, , yes, no, abstain] = tally.exec(said) ?? [];
    expect(Number(yes) + Number(no) + Number(abstain)).toBe(15);
    await expect(page.locator('#vote-result').textContent()).resolves.toContain(`${yes} in favour`);
    await expect(page.locator('#aftermath').isVisible()).resolves.toBe(true);
    const curve = await page.locator('#survival-chart polyline').getAttribute('points');
    expect(curve?.split(' ')).toHaveLength(25);
    await expect(page.locator('#survival-table tbody tr').count()).resolves.toBe(24);
    await expect(page.locator('#survival-caption').textContent()).resolves.toMatch(
      /^\d+\.\d% chance the ceasefire collapses within 12 months \[\d+\.\d–\d+\.\d\]\./,
    );
    await expect(page.locator('#collapse-events li').count()).resolves.toBe(scenario.ceasefire.events.length);
    await expect(page.locator('#aftermath-ground li').count()).resolves.toBe(2);
    // The build-up: troops and clauses month by month, from month 1 to the end of the build-up.
    await expect(page.locator('#build-up-summary').textContent()).resolves.toMatch(
      /(The force reaches its full [\d,]+ troops by month \d+|No force deploys under this text)/,
    );
    const months = await page.locator('#build-up-table tbody th').allTextContents();
    expect(months[0]).toBe('1');
    expect(months.map(Number)).toEqual([...months.map(Number)].sort((a, b) => a - b));
    await expect(page.locator('#build-up-table').textContent()).resolves.not.toMatch(/undefined|NaN/);
    await shot('05-after-vote-1366');
    await wholeShot(page, '#aftermath', 'test-results/endgame-06-aftermath-1366.png');
    // Other store changes (choosing an actor to explain) do not replay the vote.
    await page.locator('button[data-select="ham"]').first().click();
    await page.waitForTimeout(600);
    await expect(page.locator('#table').getAttribute('data-vote-phase')).resolves.toBe('done');
    // A still table stops redrawing, but a click on a seat still chooses that actor.
    await page.locator('#table canvas').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const canvas = await page.locator('#table canvas').boundingBox();
    if (!canvas) throw new Error('the table must be drawn');
    const seat = { x: 1280 * 0.74 + 24 + (1280 - 1280 * 0.74 - 40) / 2, y: 16 + 96 + 118 }; // Israel, the second ground seat
    await page.mouse.click(
      canvas.x + (seat.x * canvas.width) / 1280,
      canvas.y + (seat.y * canvas.height) / 760,
    );
    await expect(page.locator('#why-heading').textContent()).resolves.toMatch(/^Why Israel scores the text/);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(500);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('07-after-vote-1920');
    await tableShot('09-table-1920');
    await wholeShot(page, '#aftermath', 'test-results/endgame-08-aftermath-1920.png');
    // The sizes every screen is looked at in: a laptop and a phone.
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await wholeShot(page, '#aftermath', `test-results/endgame-10-aftermath-${width}x${height}.png`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `the page scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(consoleErrors).toEqual([]);
  });

  it('skips straight to the end of the vote when the reader prefers reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Record every phase the table goes through, from the first moment of the page.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const seen: string[] = [];
        (window as unknown as { phases: string[] }).phases = seen;
        new MutationObserver(() => {
          const phase = document.getElementById('table')?.getAttribute('data-vote-phase');
          if (phase && seen[seen.length - 1] !== phase) seen.push(phase);
        }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-vote-phase'] });
      });
    });
    await startGame([]);
    await page.waitForSelector('#table[data-vote-phase="done"]', { timeout: 5_000 });
    const phases = await page.evaluate(() => (window as unknown as { phases: string[] }).phases);
    // The table may be up (phase 'none') before the engine worker finishes the game; what matters is
    // that the vote is never played out.
    expect(phases.filter((p) => p !== 'none')).toEqual(['done']);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(consoleErrors).toEqual([]);
  });
});
