// The table's feedback at the readable pace a person sees (no `?pace=instant`): the AI's moves one at
// a time with the acting seat marked and a Skip button, the player's seat highlighted, flags on the
// seats, and a notice of what became of the player's amendment. Shots at 1440×900 and 390×844.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';
import { startFromTitle } from '../support/start-game.ts';

const baseUrl = inject('baseUrl');
/** The address people open: the global set-up adds `?pace=instant` for the other tests. */
const readable = baseUrl.replace(/\?.*$/, '');

describe.skipIf(baseUrl === '')('the table shows each move and its fate', () => {
  let session: BrowserSession;
  let page: Page;
  let consoleErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: `test-results/table-${name}.png` });
  const feedLength = () => page.locator('#game-log li').count();

  beforeAll(async () => {
    session = await openBrowser({ name: 'table-feedback', viewport: { width: 1440, height: 900 } });
    ({ page, consoleErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('plays the AI moves one by one, marks who acts, and tells the player what became of their amendment', async () => {
    await page.goto(readable);
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
    // Egypt's brief is read on the briefing page; the AI's moves then play out on the table.
    await startFromTitle(page, { humans: ['egy'], rounds: 1 });

    // The AI seats before Egypt move one at a time: the feed grows in steps, the bar counts them.
    await page.waitForSelector('#playback-bar:not([hidden])', { timeout: 30_000 });
    const seen = new Set<number>();
    const acting = new Set<string>();
    for (let i = 0; i < 12; i++) {
      seen.add(await feedLength());
      const who = await page.locator('#table').getAttribute('data-acting');
      if (who) acting.add(who);
      await page.waitForTimeout(200);
    }
    expect(seen.size, 'the feed grows move by move, not all at once').toBeGreaterThanOrEqual(3);
    expect(acting.size, 'the acting seat is marked on the table, seat after seat').toBeGreaterThanOrEqual(2);
    await expect(page.locator('#playback-what').textContent()).resolves.toMatch(/^AI move \d+ of \d+ /);
    await shot('01-ai-moving-1440');

    // Skip goes straight to Egypt's turn.
    await page
      .locator('#skip-moves')
      .click({ timeout: 2_000 })
      .catch(() => {});
    await page.waitForSelector('#playback-bar', { state: 'hidden' });
    await expect(page.locator('#whose-move').textContent()).resolves.toMatch(/Egypt/);
    await page.waitForSelector('#table:not([data-acting])', { timeout: 5_000 });
    await shot('03-your-turn-1440');

    // Egypt proposes one change; the notice says it is tabled, the AI's moves follow one by one.
    // In the document: open the first paragraph's picker and choose an option other than the text's.
    const paragraph = page.locator('#draft [id^="clause-"]').first();
    const issue = ((await paragraph.getAttribute('id')) ?? '').slice('clause-'.length);
    await paragraph.click();
    await page.locator(`#picker-${issue} [role="option"][aria-selected="false"]`).first().click();
    const before = await feedLength();
    await page.locator('#propose').click();
    await expect(page.locator('.fate-notices .fate-title').first().textContent()).resolves.toMatch(
      /^Amendment A\d+ tabled$/,
    );
    await page.waitForSelector('#playback-bar:not([hidden])', { timeout: 30_000 });
    await page.waitForTimeout(1800);
    const during = await feedLength();
    expect(during).toBeGreaterThan(before);
    await shot('04-after-move-1440');
    // On a phone the table is a list: the player's seat and the acting seat are marked in it.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    await expect(page.locator('#seat-list .seat-row.is-human[data-actor="egy"]').count()).resolves.toBe(1);
    await expect(page.locator('#seat-list .seat-row.is-acting').count()).resolves.toBe(1);
    await page.locator('#seat-list').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot('02-ai-moving-390');
    const small = await page.locator('#seat-list').evaluate((list) =>
      [...list.querySelectorAll('*')]
        .filter(
          (e) =>
            e.childNodes.length > 0 &&
            [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
        )
        .map((e) => Number.parseFloat(getComputedStyle(e).fontSize))
        .filter((size) => size < 11),
    );
    expect(small, 'every label in the list is at least 11 px').toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    // Skip: the rest at once, up to the vote; the pen holder's decision on the amendment is told.
    await page.locator('#skip-moves').click();
    await page.waitForSelector('#playback-bar', { state: 'hidden' });
    expect(await feedLength()).toBeGreaterThan(during);
    const fate = page.locator('.fate-notices .fate.fate-good, .fate-notices .fate.fate-bad').first();
    await expect(fate.locator('.fate-title').textContent()).resolves.toMatch(
      /^Amendment A\d+ (adopted|left out)$/,
    );
    await expect(fate.locator('.fate-text').textContent()).resolves.toMatch(/pen holder \(United States\)/);
    await expect(page.locator('.fate-notices [role="status"]').count()).resolves.toBe(1);
    await shot('05-fate-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await shot('06-fate-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'nothing sticks out sideways on a phone').toBeLessThanOrEqual(0);
    // Dismissed, the notice goes.
    const cards = await page.locator('.fate-notices .fate').count();
    await fate.locator('.fate-dismiss').click();
    await expect(page.locator('.fate-notices .fate').count()).resolves.toBe(cards - 1);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(consoleErrors).toEqual([]);
  });
});
