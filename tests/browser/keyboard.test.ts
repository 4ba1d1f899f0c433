// The game played with the keyboard alone, as a student who does not use a mouse would: choose the
// default scenario, set up a one-round hot-seat game, read each brief, propose an amendment (focus
// stays on the paragraph while the preview updates), pass, reach the vote, then open and download the
// debrief. Every control on the way is reached with Tab and shows a visible focus ring.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';

const baseUrl = inject('baseUrl');

/**
 * Presses Tab until the focused element matches `selector` (and, if given, its text starts with
 * `text`); fails if it is never reached.
 */
async function tabTo(page: Page, selector: string, text = '', limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const found = await page.evaluate(
      ([s, t]) => {
        const el = document.activeElement;
        return !!el?.matches(s as string) && (el.textContent ?? '').startsWith(t as string);
      },
      [selector, text],
    );
    if (found) return;
    await page.keyboard.press('Tab');
  }
  await page.screenshot({ path: 'test-results/keyboard-lost.png' });
  throw new Error(`${selector} ${text} was not reached with Tab in ${limit} presses`);
}

/**
 * Presses Enter on a move and waits until the game has taken it (a new line in the moves feed) and
 * the AI seats, moving in the engine worker, are done (no progress bar).
 */
async function playMove(page: Page): Promise<void> {
  const moves = await page.locator('#game-log li').count();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#game-log li').length > n, moves, {
    timeout: 30_000,
  });
  await page.waitForSelector('#progress', { state: 'hidden', timeout: 60_000 });
}

/** Waits for the frames in which the page draws a new position, one panel a frame (src/main.ts). */
const panelsDrawn = (page: Page) =>
  page.evaluate(async () => {
    for (let i = 0; i < 8; i++)
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });

/** The focused element draws a ring: an outline that is not 'none' and at least 2px wide. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), id: el.id };
  });

describe.skipIf(baseUrl === '')('the game with the keyboard alone', () => {
  let session: BrowserSession;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    session = await openBrowser({ name: 'keyboard', viewport: { width: 1366, height: 768 } });
    ({ page, pageErrors: errors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('plays from the title screen to the vote and the debrief without a mouse', {
    timeout: 180_000,
  }, async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]');
    await page.evaluate(() => window.localStorage.setItem('draftroom.tourSeen', 'true'));
    await tabTo(page, '.scenario-choice[data-file$="gaza-isf-2025.yaml"]');
    expect((await focusRing(page)).outline).not.toBe('none');
    await page.screenshot({ path: 'test-results/keyboard-01-title-focus.png' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-state="setup"]');
    await tabTo(page, '.advanced summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#rounds');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await tabTo(page, '[data-play-as="egy"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-state="briefing"]');
    await tabTo(page, '#to-table');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });

    let proposed = false;
    for (let step = 0; step < 60; step++) {
      // The AI seats move in the engine worker: act only once it is idle (no progress bar) and the
      // panels have been drawn with the last position (one panel a frame: a hand-over cover may come).
      await page.waitForSelector('#progress', { state: 'hidden', timeout: 60_000 });
      await panelsDrawn(page);
      if ((await page.locator('#vote-result').count()) > 0) break;
      if (await page.locator('#show-brief').isVisible()) {
        await tabTo(page, '#show-brief');
        await page.keyboard.press('Enter');
        await tabTo(page, '#start-turn');
        if (!proposed) await page.screenshot({ path: 'test-results/keyboard-02-brief.png' });
        await page.keyboard.press('Enter');
        continue;
      }
      if (!proposed && (await page.locator('#draft .clause-text[role="button"]').count()) > 0) {
        // The draft's paragraphs are the controls: Enter opens a paragraph's options under it.
        const clause = page.locator('#draft .clause-text[role="button"]').first();
        const id = await clause.getAttribute('id');
        await tabTo(page, `#${id}`);
        await page.keyboard.press('Enter');
        await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe(
          'option',
        );
        // Down to another option than the text's (up, if the text's is the last), then Enter.
        await page.keyboard.press('ArrowDown');
        const same = await page.evaluate(
          () => document.activeElement?.getAttribute('aria-selected') === 'true',
        );
        if (same) await page.keyboard.press('ArrowUp');
        expect((await focusRing(page)).outline).not.toBe('none');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#amendment-preview');
        // The draft panel was rebuilt for the preview; the focus is back on the same paragraph.
        const ring = await focusRing(page);
        expect(ring.id).toBe(id);
        expect(ring.outline).not.toBe('none');
        expect(ring.width).toBeGreaterThanOrEqual(2);
        await expect(page.locator(`#${id}`).getAttribute('aria-expanded')).resolves.toBe('false');
        await expect(page.locator('#amendment-changes li').count()).resolves.toBe(1);
        await page.screenshot({ path: 'test-results/keyboard-03-preview.png' });
        await tabTo(page, '#propose');
        await playMove(page);
        proposed = true;
        continue;
      }
      // An AI actor may have offered this seat a trade: answering it comes before the move.
      if ((await page.locator('button[id^="reject-T"]').count()) > 0) {
        await tabTo(page, 'button[id^="reject-T"]');
        await playMove(page);
        continue;
      }
      await tabTo(page, '#pass');
      await playMove(page);
    }
    expect(proposed).toBe(true);
    await expect(page.locator('#game-log').textContent()).resolves.toMatch(/propos/i);
    await expect(page.locator('#vote-result').textContent()).resolves.toMatch(/^(Adopted|Not adopted)/);
    await page.screenshot({ path: 'test-results/keyboard-04-vote.png' });
    // On to the debrief and a download, still by keyboard.
    await tabTo(page, '#open-debrief');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-state="debrief"]');
    await tabTo(page, '#debrief-download-md');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^draftroom-debrief-gaza-isf-2025-seed\d+\.md$/);
    await page.screenshot({ path: 'test-results/keyboard-05-debrief.png' });
    expect(errors).toEqual([]);
  });
});
