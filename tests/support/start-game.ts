// Starting a game from the title screen as the browser tests need it: the scenario's "Play", then
// either one "Play as…" card (one human, the rest AI) or the advanced choices (several humans, or
// none to watch the AI), the briefing, and the table. The guided tour is marked as seen first, so it
// does not stand over what a test clicks (its own test shows it).
import type { Page } from 'playwright-core';

export interface StartOptions {
  /** The human seats by actor id: one plays "as" that actor; none or several use the advanced form. */
  readonly humans: readonly string[];
  readonly rounds?: number;
  readonly seed?: number;
  /** The shipped scenario's file name. */
  readonly file?: string;
  /** Leave the tour unseen (to test it). */
  readonly tour?: boolean;
}

export async function skipTour(page: Page): Promise<void> {
  await page.evaluate(() => window.localStorage.setItem('draftroom.tourSeen', 'true'));
}

/** From the title (already shown) to the table, with the set-up filled in as `options` say. */
export async function startFromTitle(page: Page, options: StartOptions): Promise<void> {
  if (!options.tour) await skipTour(page);
  await page.locator(`.scenario-choice[data-file$="${options.file ?? 'gaza-isf-2025.yaml'}"]`).click();
  await fillPlayAs(page, options);
}

/** On the "Play as…" screen (already shown): the choices, the briefing, the table. */
export async function fillPlayAs(page: Page, options: StartOptions): Promise<void> {
  await page.waitForSelector('body[data-state="setup"]');
  if (options.rounds !== undefined || options.seed !== undefined || options.humans.length !== 1)
    await page.locator('.advanced summary').click();
  if (options.rounds !== undefined) await page.locator('#rounds').fill(String(options.rounds));
  if (options.seed !== undefined) await page.locator('#seed').fill(String(options.seed));
  if (options.humans.length === 1) await page.locator(`[data-play-as="${options.humans[0]}"]`).click();
  else {
    for (const actor of options.humans) await page.locator(`#human-${actor}`).check();
    await page.locator('#start-game').click();
  }
  await page.locator('#to-table').click({ timeout: 30_000 });
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
}
