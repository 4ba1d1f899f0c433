// axe-core on every screen a class meets: the title, "Play as…", the briefing, the table, the debrief
// and the lab. No serious or critical violation; each screen's screenshot at a laptop and a phone size.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';
import { skipTour } from '../support/start-game.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(baseUrl === '')('accessibility (axe-core)', () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    describe(`at ${width}×${height}`, () => {
      let session: BrowserSession;
      let page: Page;
      const check = async (screen: string) => {
        await page.screenshot({ path: `test-results/a11y-${screen}-${width}.png` });
        expect(await seriousViolations(page), screen).toEqual([]);
      };

      beforeAll(async () => {
        session = await openBrowser({ name: `a11y-${width}`, viewport: { width, height } });
        page = session.page;
      });
      afterAll(async () => {
        await session?.close();
      });

      it('title, Play as…, briefing, table and debrief', { timeout: 180_000 }, async () => {
        await page.goto(baseUrl);
        await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
        await skipTour(page);
        await check('title');
        await page.locator('.scenario-choice[data-file$="gaza-isf-2025.yaml"]').click();
        await page.waitForSelector('body[data-state="setup"]');
        await page.locator('.advanced summary').click();
        await page.locator('#rounds').fill('1');
        await check('play-as');
        await page.locator('#start-game').click();
        await page.waitForSelector('body[data-state="briefing"]');
        await check('briefing');
        await page.locator('#to-table').click();
        await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
        await page.waitForSelector('#open-debrief', { timeout: 120_000 });
        await page.waitForSelector('#progress', { state: 'hidden', timeout: 60_000 });
        await check('table');
        await page.locator('#open-debrief').click();
        await page.waitForSelector('body[data-state="debrief"]');
        await check('debrief');
        expect(session.consoleErrors).toEqual([]);
      });

      it('the lab', { timeout: 120_000 }, async () => {
        await page.goto(`${baseUrl}#lab?scenario=gaza-isf-2025.yaml`);
        await page.waitForSelector('body[data-state="lab"]', { timeout: 30_000 });
        await page.waitForTimeout(1000);
        await check('lab');
      });
    });
  }
});
