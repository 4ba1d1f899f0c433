// The what-if lab in Chromium, used as an analyst would: open it on the default scenario, edit a
// clause and see acceptances change, compare the opening draft with the landing zone, run a tornado,
// solve for a named actor's support and apply the answer, export, and share a link that restores the
// same state in a fresh page. Screenshots go to test-results/lab-NN-what.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(baseUrl === '')('the what-if lab in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let consoleErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: `test-results/lab-${name}.png` });
  /** The worker is idle: no job's progress bar is showing. */
  const idle = () =>
    page.waitForFunction(() => document.querySelectorAll('.lab-job:not([hidden])').length === 0, undefined, {
      timeout: 60_000,
    });

  beforeAll(async () => {
    session = await openBrowser({
      name: 'lab',
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    ({ page, consoleErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens from the title screen, re-scores a clause at once and simulates in the worker', async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
    await shot('01-title');
    await page.locator('#lab-open-gaza-isf-2025').click();
    await page.waitForSelector('body[data-state="lab"]');
    await idle();
    await shot('02-opened');
    expect(page.url()).toMatch(/#lab\?scenario=gaza-isf-2025\.yaml/);
    const before = await page.locator('#lab-actors .lab-acceptance').allTextContents();
    await page.locator('#lab-clause-mandate').selectOption('peacekeep');
    const after = await page.locator('#lab-actors .lab-acceptance').allTextContents();
    expect(after).not.toEqual(before);
    await expect(page.locator('#lab-editor .lab-hint').first().textContent()).resolves.toMatch(
      /1 clause changed/,
    );
    await idle();
    await expect(page.locator('#lab-risk-12 strong').textContent()).resolves.toMatch(/^\d+\.\d%$/);
    await shot('03-edited');
    expect(consoleErrors).toEqual([]);
  });
});
