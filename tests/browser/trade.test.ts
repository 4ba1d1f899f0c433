// A trade with an AI actor in the real app, as a newcomer would make it: one human seat (Egypt, the
// first actor open to players in turn order), everyone else AI, two rounds; compose an offer to the
// UAE from landing-zone clauses, read the predicted reaction, send it, and find the UAE's acceptance
// and the joint amendment. Screenshots: test-results/trade-NN-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser, wholeShot } from '../support/browser-session.ts';
import { startFromTitle } from '../support/start-game.ts';

const baseUrl = inject('baseUrl');

/** Give ↔ ask pairs from the landing zone (engine/landing.ts) that both Egypt and the UAE gain from. */
const CANDIDATES = [
  { give: ['aid', 'bop_with_un'], ask: ['police', 'pa_police'] },
  { give: ['aid', 'bop_with_un'], ask: ['self_determination', 'two_state'] },
  { give: ['police', 'pa_police'], ask: ['self_determination', 'two_state'] },
] as const;

describe.skipIf(baseUrl === '')('trades in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let consoleErrors: string[] = [];
  /** The trade panel itself; the page around it is long (table, draft, amendment composer). */
  const shot = (name: string) => wholeShot(page, '#trades', `test-results/trade-${name}.png`);

  beforeAll(async () => {
    session = await openBrowser({ name: 'trade', viewport: { width: 1366, height: 768 } });
    ({ page, consoleErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('offers an AI actor a trade it is predicted to accept, and it accepts: a joint amendment', async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
    await page.locator('.scenario-choice[data-file$="gaza-isf-2025.yaml"]').click();
    await page.waitForSelector('body[data-state="setup"]');
    await page.locator('.advanced summary').click();
    await page.locator('#rounds').fill('2');
    await page.locator('[data-play-as="egy"]').click();
    // A lone human reads their private brief on the briefing page, before the table.
    await expect(page.locator('#private-brief-heading').textContent({ timeout: 30_000 })).resolves.toMatch(
      /Your private brief: Egypt$/,
    );
    await page.evaluate(() => window.localStorage.setItem('draftroom.tourSeen', 'true'));
    await page.locator('#to-table').click();
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    await expect(page.locator('#trade-composer-heading').textContent()).resolves.toBe(
      'Offer a trade — you are Egypt',
    );

    // By keyboard: focus the UAE's box and tick it with the space bar.
    await page.locator('#trade-to-are').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('#trade-to-are').isChecked()).resolves.toBe(true);
    await page.locator('#trade-give-add').click();
    await page.evaluate(() => document.getElementById('trades')?.scrollIntoView({ block: 'nearest' }));
    await shot('01-composer');

    let accepted = false;
    for (const candidate of CANDIDATES) {
      await page.locator('#trade-give-0-clause').selectOption(candidate.give[0]);
      await page.locator('#trade-give-0-option').selectOption(candidate.give[1]);
      if ((await page.locator('#trade-ask-0-clause').count()) === 0)
        await page.locator('#trade-ask-add').click();
      await page.locator('#trade-ask-0-clause').selectOption(candidate.ask[0]);
      await page.locator('#trade-ask-0-option').selectOption(candidate.ask[1]);
      const uae = page.locator('#trade-prediction li[data-actor="are"]');
      await expect(uae.textContent()).resolves.toMatch(/^[✓✗]UAE would (accept|refuse): /);
      if ((await uae.getAttribute('class')) === 'reaction accept') {
        accepted = true;
        break;
      }
    }
    expect(accepted, 'no landing-zone trade the UAE would accept').toBe(true);
    await expect(page.locator('#trade-effect').textContent()).resolves.toMatch(
      /you \(Egypt\) \d+\.\d → \d+\.\d \(\+\d+\.\d\).*Everyone would accept: it would go to the pen holder as one joint amendment\./,
    );
    await page.evaluate(() =>
      document.getElementById('trade-prediction')?.scrollIntoView({ block: 'nearest' }),
    );
    await shot('02-prediction');
    await page.screenshot({ path: 'test-results/trade-02b-viewport.png' });

    await page.locator('#trade-send').click();
    // The AI seats play on to Egypt's turn in round 2; its trade is listed with the UAE's answer.
    const done = page.locator('#trade-history li[data-status="accepted"]');
    await done.waitFor({ timeout: 30_000 });
    const line = (await done.textContent()) ?? '';
    expect(line).toMatch(
      /^T(\d+) to United Arab Emirates: accepted\. UAE accepts trade T\1: it goes to the pen holder as joint amendment A(\d+)\. Reason: .+ Joint amendment A\2 (was put into the text|was left out) by the pen holder\.$/,
    );
    await expect(page.locator('#whose-move').textContent()).resolves.toBe('To move: Egypt');
    await expect(page.locator('h2', { hasText: /^Round 2 of 2$/ }).count()).resolves.toBe(1);
    await page.evaluate(() => document.getElementById('trade-history')?.scrollIntoView({ block: 'nearest' }));
    await shot('03-result');
    expect(consoleErrors).toEqual([]);
  });
  it('shows a human the offer made to them in words, with what accepting does, and takes their answer', async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
    await page.evaluate(() => window.localStorage.clear());
    await startFromTitle(page, { humans: ['egy', 'qat'], rounds: 2 });
    // Pass and play: Egypt is handed the device first.
    const takeTheDevice = async (who: string) => {
      await expect(page.locator('#handover-heading').textContent()).resolves.toBe(
        `Hand the device to ${who}`,
      );
      await page.locator('#show-brief').click();
      await page.locator('#start-turn').click();
      await page.waitForSelector('#handover', { state: 'hidden' });
    };
    await page.waitForSelector('#handover-heading', { timeout: 30_000 });
    await takeTheDevice('Egypt');
    await page.locator('#trade-to-qat').check();
    await page.locator('#trade-give-add').click();
    await page.locator('#trade-give-0-clause').selectOption('aid');
    await page.locator('#trade-give-0-option').selectOption('bop_with_un');
    await expect(page.locator('#trade-prediction li[data-actor="qat"]').textContent()).resolves.toMatch(
      /^\?It is up to Qatar, a human player: the trade takes it from \d+\.\d to \d+\.\d/,
    );
    await page.locator('#trade-send').click();
    await page.waitForSelector('#handover-heading', { timeout: 30_000 });
    await takeTheDevice('Qatar');
    const card = page.locator('.trade-offer').first();
    await expect(card.locator('h3').textContent()).resolves.toMatch(/^Egypt offers you trade T\d+$/);
    await expect(card.textContent()).resolves.toMatch(
      /Egypt backs:Aid and reconstruction: .+ → Board of Peace fund with UN delivery.*Accepting, if the trade enters the text: you \(Qatar\) \d+\.\d → \d+\.\d/,
    );
    await expect(page.locator('#trade-waiting').textContent()).resolves.toMatch(/A trade awaits an answer/);
    // Keyboard: focus lands visibly on the answer buttons.
    const accept = card.locator('button', { hasText: 'Accept' });
    await accept.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toMatch(/^counter-T\d+$/);
    await expect(
      page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
    ).resolves.toBe('solid');
    // The panel is rebuilt when the worker's ceasefire estimate arrives: scroll whichever card is live.
    await page.evaluate(() => document.querySelector('.trade-offer')?.scrollIntoView({ block: 'center' }));
    await shot('04-answer');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The answer goes through the engine worker: wait for it to reach the log.
    await page.waitForFunction(
      () =>
        /Qatar accepts trade T\d+: it goes to the pen holder as joint amendment A\d+\./.test(
          document.getElementById('game-log')?.textContent ?? '',
        ),
      undefined,
      { timeout: 30_000 },
    );
    expect(consoleErrors).toEqual([]);
  });
});
