// The scenario studio in Chromium, as an author uses it: open the template from the title, type an
// error and see the checker's own message on the right line, fix it and watch the preview change,
// edit a value in the preferences grid, reload and find the text as it was, refuse to play a broken
// text, then "Play this" to the table and "Open in the lab". Axe on the studio at both sizes.
// Screenshots go to test-results/studio-*.png.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { seriousViolations } from '../support/axe.ts';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';
import { fillPlayAs, skipTour } from '../support/start-game.ts';

const baseUrl = inject('baseUrl');
const template = readFileSync('scenarios/_template.yaml', 'utf8');

/** What the checker says of the template with its support threshold at 600 (out of range). */
const broken = parseScenario(template.replace('support: 60\n', 'support: 600\n'), 'my-scenario.yaml');
if (broken.ok) throw new Error('a support threshold of 600 must be refused');
const expected = broken.error[0]!;

/** Checks run in a worker on a shared machine: give them time. */
const POLL = { timeout: 30_000 };

/** The studio has checked the text now in the editor: `count` problems. */
const checked = (page: Page, count: number) =>
  page.waitForSelector(`#studio-screen[data-checked="${count}"]`, { timeout: 30_000 });

describe.skipIf(baseUrl === '')('the scenario studio in Chromium', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser({
      name: 'studio',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('from the template, an error on its line, the fix in the preview, to the table', {
    timeout: 180_000,
  }, async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
    await skipTour(page);
    await page.locator('#open-studio').click();
    await page.waitForSelector('body[data-state="studio"]');
    expect(page.url()).toMatch(/#\/studio$/);
    await page.waitForSelector('.cm-content');
    await checked(page, 0);
    await expect
      .poll(() => page.locator('#studio-tally').textContent(), POLL)
      .toContain('vetoed by Borealis Federation');
    const before = await page.locator('#studio-preview').innerText();
    await page.screenshot({ path: 'test-results/studio-01-template-1440.png' });

    // Type an error: the support threshold 60 becomes 600.
    // Line 38 of the template, reached from the top with the keyboard as an author would.
    const toThreshold = async () => {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+Home');
      for (let i = 1; i < 38; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
    };
    await toThreshold();
    await page.keyboard.type('0');
    await checked(page, broken.error.length);
    // On the right line, with the checker's message: the underline is on the line that now says 600,
    // which is the line the checker names, and the problem list says it in the checker's words.
    const marked = page.locator('.cm-line:has(.cm-lintRange-error)');
    await expect.poll(() => marked.first().textContent(), POLL).toMatch(/^\s*support: 600$/);
    const lineNumber = await page.evaluate(() => {
      const mark = document.querySelector('.cm-lintRange-error')!.getBoundingClientRect();
      const numbers = [...document.querySelectorAll('.cm-lineNumbers .cm-gutterElement')];
      const same = numbers.find(
        (n) => Math.abs(n.getBoundingClientRect().top - mark.top) < 8 && n.textContent,
      );
      return Number(same?.textContent);
    });
    expect(lineNumber).toBe(expected.line);
    const message = `${expected.path}: ${expected.message}`;
    expect(await page.locator('#studio-problems li').first().innerText()).toBe(
      `Line ${expected.line}, column ${expected.col}: ${message}`,
    );
    await page.locator('.cm-lintRange-error').first().hover();
    await expect.poll(() => page.locator('.cm-tooltip-lint').first().textContent(), POLL).toContain(message);
    await page.screenshot({ path: 'test-results/studio-02-error-1440.png' });
    // The preview stays, marked as the last text without problems.
    expect(await page.locator('#studio-preview').getAttribute('data-stale')).toBe('true');

    // A text with problems is not played, and the page says why.
    await page.locator('#studio-play').click();
    await expect
      .poll(() => page.locator('#studio-status').textContent(), POLL)
      .toContain('Cannot play this: the text has 1 problem');
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('studio');

    // The fix: 45 instead. More members now support the opening draft: the preview changes.
    await toThreshold();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('45');
    await checked(page, 0);
    expect(await page.locator('#studio-preview').getAttribute('data-stale')).toBe('false');
    const after = await page.locator('#studio-preview').innerText();
    expect(after).not.toBe(before);
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    // The refusal went with the problem it named.
    expect(await page.locator('#studio-status').textContent()).toBe('');
    await page.screenshot({ path: 'test-results/studio-03-fixed-1440.png' });

    // The preferences grid writes into the text: Borealis's value of armed peacekeepers, 10 → 5 (a value
    // written beside its stance; the values the stance derives are shown read-only).
    await page.locator('#studio-grid-clause').selectOption({ label: 'What the mission does' });
    const cell = page.getByLabel('Borealis Federation: Armed peacekeepers', { exact: true });
    expect(await cell.inputValue()).toBe('10');
    await cell.fill('5');
    await cell.press('Enter');
    await cell.blur();
    await expect
      .poll(
        () =>
          page.evaluate(
            () => JSON.parse(window.localStorage.getItem('draftroom.studio') ?? '{}').text as string,
          ),
        POLL,
      )
      .toContain('mission: { ideal: observers, falloff: 40, peacekeepers: 5 }');
    await checked(page, 0);
    await page.locator('#studio-grid').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/studio-04-grid-1440.png' });

    // A reload loses nothing.
    await page.reload();
    await page.waitForSelector('body[data-state="studio"]');
    await checked(page, 0);
    const kept = await page.evaluate(
      () => JSON.parse(window.localStorage.getItem('draftroom.studio') ?? '{}').text as string,
    );
    expect(kept).toContain('    support: 45\n');
    expect(kept).toBe(
      template
        .replace('support: 60\n', 'support: 45\n')
        .replace(
          'mission: { ideal: observers, falloff: 40, peacekeepers: 10 }',
          'mission: { ideal: observers, falloff: 40, peacekeepers: 5 }',
        ),
    );
    expect(await seriousViolations(page)).toEqual([]);

    // Save to disk: the text as it stands, under the file name shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#studio-save').click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-scenario.yaml');
    expect(readFileSync(await download.path(), 'utf8')).toBe(kept);

    // Play this: the game's Play as… on the edited text; Back returns to the studio; then the table.
    await page.locator('#studio-play').click();
    await page.waitForSelector('body[data-state="setup"]', { timeout: 30_000 });
    expect(await page.locator('#setup-back').textContent()).toBe('Back to the studio');
    await page.locator('#setup-back').click();
    await page.waitForSelector('body[data-state="studio"]');
    await checked(page, 0);
    await page.locator('#studio-play').click();
    await fillPlayAs(page, { humans: ['aur'] });
    expect(await page.locator('#scenario-title').textContent()).toContain('Valen Highlands');
    expect(session.consoleErrors).toEqual([]);
  });

  it('helps from the schema, starts from a shipped scenario, opens the text in the lab', {
    timeout: 120_000,
  }, async () => {
    await page.goto(`${baseUrl}#/studio`);
    await page.waitForSelector('body[data-state="studio"]');
    await checked(page, 0);

    // Hover help on a key: what the schema says of `forum`.
    await page
      .locator('.cm-line', { hasText: 'forum: unsc' })
      .locator('span', { hasText: /^forum$/ })
      .hover();
    await expect
      .poll(() => page.locator('.studio-hover').first().textContent(), POLL)
      .toContain('forum — one of: unsc, consensus, k_of_n');
    await page.mouse.move(0, 0);
    // Completion of a field name at the top level.
    await page.locator('.cm-line', { hasText: /^draftroom: 1/ }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('proce');
    await expect
      .poll(() => page.locator('.cm-tooltip-autocomplete li').allTextContents(), POLL)
      .toEqual([expect.stringContaining('procedure')]);
    await page.screenshot({ path: 'test-results/studio-07-completion-1440.png' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await checked(page, 0);

    // A file from disk that is not UTF-8 is refused, located, and changes nothing.
    await page.locator('#studio-file').setInputFiles({
      name: 'latin1.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]),
    });
    await expect
      .poll(() => page.locator('#studio-status').textContent(), POLL)
      .toMatch(/^latin1\.yaml:1:5: .*it was not opened\.$/);
    expect(await page.locator('#studio-name').inputValue()).toBe('my-scenario.yaml');

    // Start from a shipped scenario (the studio asks before replacing the text).
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .locator('#studio-source')
      .selectOption({ label: 'Haiti: authorising a multinational security mission (October 2023)' });
    await page.locator('#studio-open').click();
    await expect.poll(() => page.locator('#studio-name').inputValue(), POLL).toBe('haiti-mss-2023.yaml');
    await checked(page, 0);
    await expect.poll(() => page.locator('#studio-preview').innerText(), POLL).toContain('Kenya');
    await page.locator('#studio-lab').click();
    await page.waitForSelector('body[data-state="lab"]', { timeout: 30_000 });
    expect(await page.locator('#scenario-title').textContent()).toContain('Haiti');
    await page.goBack();
    await page.waitForSelector('body[data-state="studio"]');
    await checked(page, 0);
    expect(session.consoleErrors).toEqual([]);
  });

  it('stacks the panels on a phone, with no serious accessibility problem', {
    timeout: 120_000,
  }, async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}#/studio`);
    await page.waitForSelector('body[data-state="studio"]');
    await checked(page, 0);
    const boxes = await page.evaluate(() =>
      ['.studio-text', '.studio-side'].map((s) =>
        document.querySelector(s)!.getBoundingClientRect().toJSON(),
      ),
    );
    expect(boxes[1].top).toBeGreaterThanOrEqual(boxes[0].bottom - 1);
    // One scroll area: nothing wider than the phone but the editor's and the grid's own scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/studio-05-phone-390.png' });
    await page.locator('#studio-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/studio-06-phone-preview-390.png' });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
