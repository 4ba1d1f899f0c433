// "Continue the saved game" in a real browser when the autosave is corrupt, missing, or damaged with a
// good older save beside it: the title says what is wrong in words, the damaged text can be
// downloaded, and the offered ways on (a new game, the previous save) work. Screenshots at 1440×900
// and 390×844 go to test-results/continue-*.png.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import { runAi } from '../../src/engine/negotiation/runner.ts';
import { makeSave, replay } from '../../src/engine/negotiation/save.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';

const baseUrl = inject('baseUrl');
const KEY = 'draftroom.save.gaza-isf-2025';
const LAST = ['draftroom.last', '/scenarios/gaza-isf-2025.yaml'] as const;
const fixture = (name: string) => readFileSync(`tests/fixtures/hostile/save-${name}.json`, 'utf8');

/**
 * A 2-round AI game of the default scenario as it is today (so its saves carry today's scenario hash),
 * saved 6 moves before its end (a good older save), and saved whole with one answer to an offer
 * pointed at an offer that does not exist (a damaged newer save: the move cannot be replayed, and it
 * no longer matches the digest).
 */
function saves(): { earlier: string; unreplayable: string; step: number; moves: number; round: number } {
  const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
  if (!parsed.ok) throw new Error('the default scenario must be valid');
  const model = compile(parsed.value);
  const start = newGame(model, JSON.parse(fixture('v2')).setup);
  if (!start.ok) throw new Error(start.error.message);
  const game = runAi(model, start.value);
  if (!game.ok) throw new Error(game.error.message);
  const save = JSON.parse(JSON.stringify(makeSave(model, game.value)));
  const moves = save.actions.length;
  const earlier = replay(model, save.setup, save.actions, moves - 6);
  if (!earlier.ok) throw new Error(earlier.error);
  const answer = save.actions.findIndex((a: { offer?: unknown }) => a.offer !== undefined);
  if (answer < 0) throw new Error('the AI game must answer an offer');
  save.actions[answer] = { ...save.actions[answer], offer: 99 };
  return {
    earlier: JSON.stringify(makeSave(model, earlier.value)),
    unreplayable: JSON.stringify(save),
    step: answer + 1,
    moves,
    round: earlier.value.round,
  };
}

describe.skipIf(baseUrl === '')('continuing a damaged saved game in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let consoleErrors: string[] = [];

  /** Both sizes: a wide window, then a phone; `inView` is scrolled into view for each shot. */
  async function shots(name: string, inView?: Locator): Promise<void> {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(200);
      await inView?.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/continue-${name}-${width}x${height}.png` });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  /** Opens the title with exactly these entries in localStorage. */
  async function titleWith(entries: Record<string, string>): Promise<void> {
    await page.goto(baseUrl);
    await page.evaluate((items) => {
      window.localStorage.clear();
      for (const [k, v] of Object.entries(items)) window.localStorage.setItem(k, v);
    }, entries);
    await page.reload();
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
  }

  beforeAll(async () => {
    session = await openBrowser({
      name: 'continue',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    ({ page, consoleErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('says why a corrupt save cannot be continued, hands back its text, and starts a new game', async () => {
    const corrupt = fixture('truncated');
    await titleWith({ [LAST[0]]: LAST[1], [KEY]: corrupt });
    const started = Date.now();
    await page.locator('#continue-game').click();
    const problem = page.locator('#continue-problem');
    await problem.waitFor({ state: 'visible', timeout: 10_000 });
    const waited = Date.now() - started;
    await expect(problem.locator('.continue-problem-what').textContent()).resolves.toBe(
      'The saved game could not be read: this is not a Draftroom save: it is not valid JSON.',
    );
    expect(await page.locator('#continue-previous').count()).toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('continue-new-game');
    await shots('corrupt');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#download-damaged-save').click(),
    ]);
    expect(download.suggestedFilename()).toBe('draftroom-damaged-save-gaza-isf-2025.json');
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(corrupt);
    await page.locator('#continue-new-game').click();
    await page.waitForSelector('body[data-state="setup"]');
    expect(consoleErrors).toEqual([]);
    expect(waited).toBeLessThan(10_000);
  });

  it('says that the save is missing when the page remembers a last game', async () => {
    await titleWith({ [LAST[0]]: LAST[1] });
    await page.locator('#continue-game').click();
    await page.locator('#continue-problem').waitFor({ state: 'visible', timeout: 10_000 });
    await expect(page.locator('#continue-problem-heading').textContent()).resolves.toBe(
      'No saved game to continue',
    );
    await expect(page.locator('.continue-problem-what').textContent()).resolves.toMatch(
      /^The saved game could not be found: there is no saved game of this scenario in this browser/,
    );
    expect(await page.locator('#download-damaged-save').count()).toBe(0);
    await shots('missing');
    expect(consoleErrors).toEqual([]);
  });

  it('offers the previous save against a damaged newer one, and names the damage on the table', async () => {
    const { earlier, unreplayable, step, moves, round } = saves();
    await titleWith({ [LAST[0]]: LAST[1], [KEY]: unreplayable, [`${KEY}.previous`]: earlier });
    await page.locator('#continue-game').click();
    const previous = page.locator('#continue-previous');
    await previous.waitFor({ state: 'visible', timeout: 10_000 });
    await expect(previous.textContent()).resolves.toBe(
      `Continue from the previous save (round ${round}, 6 moves earlier)`,
    );
    await expect(page.locator('.continue-problem-what').textContent()).resolves.toMatch(
      new RegExp(`^The saved game could not be read: the save is damaged: step ${step} cannot be replayed`),
    );
    await shots('damaged-with-backup');
    await previous.click();
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const notice = page.locator('#game-status .notice');
    await expect(notice.textContent()).resolves.toMatch(
      new RegExp(
        `^The latest save was damaged \\(step ${step} cannot be replayed: .*; the save's moves were edited after it was saved: step ${step} of ${moves} is not the move that was saved\\); the game continues from the previous save, 6 moves earlier\\.$`,
      ),
    );
    expect(await notice.isVisible()).toBe(true);
    await page.waitForTimeout(500);
    await shots('continued-from-previous', notice);
    expect(consoleErrors).toEqual([]);
  });
});
