// The real app in a real browser, used as a newcomer would: choose the default scenario, set up the
// seats, play to the vote; load a broken file and see located errors; load a scenario whose names
// contain HTML and see it as text; reload mid-game and continue. Screenshots go to test-results/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';
import { fillPlayAs, skipTour, startFromTitle } from '../support/start-game.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(baseUrl === '')('the game in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let consoleErrors: string[] = [];
  // The page is an app layout (its columns scroll, not the page), so the viewport is the whole view.
  const shot = (name: string) => page.screenshot({ path: `test-results/${name}.png` });

  beforeAll(async () => {
    session = await openBrowser({ name: 'chromium', viewport: { width: 1600, height: 900 } });
    ({ page, consoleErrors } = session);
  });

  beforeEach(async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('plays the default scenario from the title screen to the vote with AI seats', async () => {
    const result = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
    if (!result.ok) throw new Error('the default scenario must be valid');
    await shot('01-title');
    await skipTour(page);
    await page.locator('.scenario-choice[data-file$="gaza-isf-2025.yaml"]').click();
    await page.waitForSelector('body[data-state="setup"]');
    await shot('02-setup');
    await fillPlayAs(page, { humans: [], rounds: 1 });
    await expect(page.locator('#scenario-title').textContent()).resolves.toBe(result.value.title);
    const listed = await page
      .locator('#panel [data-actor]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-actor')));
    expect(listed.sort()).toEqual(result.value.actors.map((a) => a.id).sort());
    await expect(page.locator('#vote-result').textContent()).resolves.toMatch(
      /^(Adopted|Not adopted): \d+ in favour/,
    );
    const table = await page.locator('#table canvas').screenshot({ path: 'test-results/03-table.png' });
    // A blank canvas compresses to a few kilobytes; seats, names and the horseshoe do not.
    expect(table.byteLength).toBeGreaterThan(15_000);
    await shot('04-after-vote');
    await page.locator('button[data-select="ham"]').click();
    await expect(page.locator('#why-heading').textContent()).resolves.toMatch(
      /^Why Hamas scores the text \d+\.\d$/,
    );
    await expect(page.locator('#best-change').textContent()).resolves.toMatch(/\(\+\d+\.\d\)|Nothing/);
    // Its stances across the scenario's ranges, from the engine worker, in words and whole percent.
    await page.waitForSelector('#why-shares', { timeout: 30_000 });
    await expect(page.locator('#why-shares').textContent()).resolves.toMatch(
      /^Within the scenario's stated ranges, it (supports|abstains|rejects|vetoes) in (<1|>99|\d{1,3})% of plausible settings/,
    );
    await page.locator('#why').screenshot({ path: 'test-results/04b-why.png' });
    // On a laptop and on a phone, the shares' line stays within the screen.
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.locator('#why-shares').scrollIntoViewIfNeeded();
      await page.locator('#why').screenshot({ path: `test-results/04c-why-${width}.png` });
      const right = await page.locator('#why-shares').evaluate((e) => e.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 1600, height: 900 });
    expect(consoleErrors).toEqual([]);
  });

  it('shows every problem of a broken scenario file with its line, column and an excerpt', async () => {
    // The file is parsed in a worker of its own (src/worker/parse-client.ts), not on the page.
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.locator('#scenario-file').setInputFiles({
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: readFileSync('tests/fixtures/bad/unknown-option-in-values.yaml'),
    });
    await page.waitForSelector('body[data-state="problems"]');
    const first = page.locator('.problems li').first();
    await expect(first.locator('.where').textContent()).resolves.toBe('Line 98, column 55');
    await expect(first.locator('.what').textContent()).resolves.toMatch(
      /option 'enforce-lite' is not an option of issue 'mandate'/,
    );
    await expect(first.locator('.excerpt').textContent()).resolves.toMatch(/98 \|.*enforce-lite/);
    await shot('05-problems');
    expect(workers.some((url) => /parse\.worker/.test(url))).toBe(true);
    await page.locator('#back-to-title').click();
    await page.waitForSelector('body[data-state="title"]');
  });

  it('shows HTML in a scenario as text, never as markup', async () => {
    const text = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8').replace(
      /name: Republic of Aldoria/,
      'name: "<img src=x onerror=window.pwned=1><b>Aldoria</b>"',
    );
    await page
      .locator('#scenario-file')
      .setInputFiles({ name: 'html.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await page.waitForSelector('body[data-state="setup"]');
    await expect(page.locator('[data-play-as="p1"] .actor-card-name').textContent()).resolves.toBe(
      '<img src=x onerror=window.pwned=1><b>Aldoria</b>',
    );
    expect(await page.locator('.play-as-screen img, .play-as-screen b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await shot('06-html-as-text');
  });

  it('starts a game on a scenario with a clause named constructor (issue #12: it threw "could not be cloned")', async () => {
    const errors = consoleErrors.length;
    await page.locator('#scenario-file').setInputFiles({
      name: 'ids-constructor-clause.yaml',
      mimeType: 'text/yaml',
      buffer: readFileSync('tests/fixtures/hostile/ids-constructor-clause.yaml'),
    });
    await skipTour(page);
    await fillPlayAs(page, { humans: [], rounds: 1 });
    await expect(page.locator('#vote-result').textContent()).resolves.toMatch(
      /^(Adopted|Not adopted): \d+ in favour/,
    );
    expect(await page.locator('#panel').textContent()).not.toMatch(/NaN/);
    expect(consoleErrors.slice(errors)).toEqual([]);
  });

  it('restores a game in progress after a reload', async () => {
    await startFromTitle(page, { humans: ['egy'] });
    // The AI seats move in the engine worker after the table is up: read the position once it is idle.
    await page.waitForSelector('#progress', { state: 'hidden', timeout: 60_000 });
    const before = await page.locator('#whose-move').textContent();
    expect(before).toMatch(/To move: /);
    // A reload on the table resumes the game by itself (the address names the game screen)…
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    await page.waitForSelector('#progress', { state: 'hidden', timeout: 60_000 });
    await expect(page.locator('#whose-move').textContent()).resolves.toBe(before);
    // …and the title lists it to continue.
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]');
    await expect(page.locator('.saved-game').first().textContent()).resolves.toMatch(/as Egypt/);
    await page.locator('#continue-game').click();
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    await expect(page.locator('#whose-move').textContent()).resolves.toBe(before);
    await shot('07-restored');
  });

  it('lets the pen holder propose an amendment with a preview, adopt it, and see the text and meters change', async () => {
    // A lone human reads their private brief on the briefing page, before the table.
    await startFromTitle(page, { humans: ['usa'], rounds: 1 });
    await page.waitForSelector('#clause-mandate');
    const before = await page.locator('#table canvas').screenshot();
    // The paragraph itself opens its options, by label; the amendment collects beside the text.
    await page.locator('#clause-mandate').click();
    await page
      .locator('#picker-mandate [role="option"]', { hasText: "Peacekeeping with the parties' consent" })
      .click();
    await expect(page.locator('#amendment-changes').textContent()).resolves.toMatch(
      /Mandate of the force: Peacekeeping with the parties' consent/,
    );
    await expect(page.locator('#amendment-preview').textContent()).resolves.toMatch(
      /United States: \d+\.\d → \d+\.\d\. Vote: \d+ → \d+ yes/,
    );
    await shot('08-preview');
    await page.locator('#propose').click();
    await page.waitForSelector('#adopt');
    // The pen holder reads each amendment in words, never in the scenario's ids.
    const own = page.locator('.decision-item label', { hasText: 'by United States' });
    await expect(own.textContent()).resolves.toMatch(
      /by United States:Mandate of the force: Peacekeeping with the parties' consent$/,
    );
    await page.locator(`#${await own.getAttribute('for')}`).check();
    await page.locator('#adopt').click();
    await page.waitForSelector('#vote-result', { timeout: 30_000 });
    await expect(page.locator('.operative').textContent()).resolves.toMatch(/consent/i);
    await page.waitForTimeout(300);
    const after = await page
      .locator('#table canvas')
      .screenshot({ path: 'test-results/09-meters-after.png' });
    expect(Buffer.compare(before, after)).not.toBe(0);
    await shot('10-after-amendment');
    expect(consoleErrors).toEqual([]);
  });

  it('covers the screen between two human players and shows each their private brief', async () => {
    await startFromTitle(page, { humans: ['ham', 'isr'], rounds: 1 });
    // Play on, as two people sharing one device, until both have been handed it.
    // The AI seats move in the engine worker: act only once it is idle (the progress bar gone), and
    // after a click wait for the panels to be redrawn with the move before waiting for idle again.
    const idle = () => page.waitForSelector('#progress', { state: 'hidden', timeout: 60_000 });
    const press = async (button: ReturnType<Page['locator']>) => {
      const element = await button.elementHandle();
      await element?.click();
      await element?.waitForElementState('hidden');
    };
    const seen: string[] = [];
    for (let step = 0; step < 12 && seen.length < 2; step++) {
      await idle();
      if (await page.locator('#handover').isVisible()) {
        const heading = (await page.locator('#handover-heading').textContent()) ?? '';
        const who = /^Hand the device to (Hamas|Israel)$/.exec(heading)?.[1];
        expect(who, heading).toBeDefined();
        if (!seen.includes(who!)) seen.push(who!);
        await shot(`11-handover-${seen.length}`);
        await page.locator('#show-brief').click();
        await expect(page.locator('#brief-heading').textContent()).resolves.toBe(
          `${who}: your private brief`,
        );
        await expect(page.locator('.handover-card.brief').textContent()).resolves.toMatch(
          /What you care about/,
        );
        await shot(`12-brief-${seen.length}`);
        await page.locator('#start-turn').click();
        await page.waitForSelector('#handover', { state: 'hidden' });
      }
      const reject = page.locator('#trades button', { hasText: 'Reject' }).first();
      if (await reject.count()) await press(reject);
      else if (await page.locator('#pass').count()) await press(page.locator('#pass'));
    }
    expect(seen.sort()).toEqual(['Hamas', 'Israel']);
  });
});
