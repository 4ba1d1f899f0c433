// A class in four browsers: the instructor creates a session of two tables from the title page, puts
// the join code up, three students join on their own devices (one on a phone), read their briefs,
// write to each other and get the instructor's news; the instructor starts the tables, the students
// play to the vote, and the instructor opens the class debrief and exports the scores as CSV. The
// real room server serves the built game (its own process on loopback, stopped by its pid).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';
import { runCli } from '../support/cli.ts';
import { type RoomServer, startRoomServer } from '../support/room-server.ts';

const baseUrl = inject('baseUrl');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/classroom-${name}.png` });

/** A student's whole game through the page: turns down trades offered, passes each turn, to the debrief button. */
async function playToTheEnd(page: Page, name: string): Promise<void> {
  const debrief = page.locator('#open-debrief');
  // A button can be redrawn between finding it and pressing it (a new position arrived): pressing
  // again on the next pass is what a student would do.
  const press = (selector: string) =>
    page
      .locator(selector)
      .first()
      .click({ timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
  for (let i = 0; i < 600; i++) {
    if (await debrief.isVisible()) return;
    if (!(await press('button[id^="reject-T"]:visible'))) await press('#pass:visible:enabled');
    await page.waitForTimeout(250);
  }
  await shot(page, `${name}-stuck`);
  throw new Error(`${name}'s game did not reach its debrief`);
}

describe.skipIf(baseUrl === '')('a class across four devices', () => {
  let server: RoomServer;
  const sessions: BrowserSession[] = [];
  const open = async (name: string, viewport: { width: number; height: number }) => {
    const s = await openBrowser({ name, viewport, acceptDownloads: true });
    sessions.push(s);
    return s;
  };

  beforeAll(async () => {
    // The game as `npm start` serves it: the build the browser tests made, and the room server.
    server = await startRoomServer({ args: ['--static', 'dist'] });
  });

  afterAll(async () => {
    for (const s of sessions) await s.close();
    await server?.kill();
  });

  it('runs a session from its creation to the class debrief and the CSV export', {
    timeout: 300_000,
  }, async () => {
    const teacher = await open('instructor', DESKTOP);
    const t = teacher.page;
    await t.goto(`${server.endpoint}/?pace=instant#/`);
    await t.locator('#run-class').click();
    await t.locator('#class-create').waitFor();
    // The default scenario comes first, by its title.
    await expect(t.locator('#class-scenario option').first().textContent()).resolves.toMatch(/Gaza/);
    await t.fill('#class-tables', '2');
    await t.fill('#class-rounds', '2');
    // A seat plan by actor names: one that names no actor is refused, named, and nothing typed is lost.
    await t.fill('#class-plan', 'Maya: Narnia');
    await t.locator('#class-create').click();
    await t.locator('.class-problems p').waitFor({ timeout: 10_000 });
    await expect(t.locator('.class-problems').textContent()).resolves.toContain(
      '"Maya: Narnia" names no actor',
    );
    await expect(t.inputValue('#class-tables')).resolves.toBe('2');
    await t.fill('#class-plan', 'Maya: China');
    await shot(t, '01-run-a-class');
    await expect(seriousViolations(t)).resolves.toEqual([]);
    await t.locator('#class-create').click();
    await t.locator('#join-code-shown').waitFor({ timeout: 20_000 });
    // The console's secret is kept on the device, not left in the address on the projector.
    expect(t.url()).toMatch(/#\/console\/[A-Za-z0-9_-]+$/);
    const code = ((await t.locator('#join-code-shown').textContent()) ?? '').replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await expect(t.locator('img.join-qr').getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml/);
    await shot(t, '02-console-empty');
    await expect(seriousViolations(t)).resolves.toEqual([]);

    // Three students: two at table 1 (one on a phone), one at table 2.
    const students = [
      { name: 'Maya', table: 1, viewport: PHONE },
      { name: 'Omar', table: 1, viewport: DESKTOP },
      { name: 'Lena <b>bold</b>', table: 2, viewport: DESKTOP },
    ];
    const pages: Page[] = [];
    for (const [i, st] of students.entries()) {
      const s = await open(`student-${i + 1}`, st.viewport);
      const p = s.page;
      pages.push(p);
      await p.goto(`${server.endpoint}/?pace=instant#/join/${code}`);
      await p.fill('#join-name', st.name);
      await p.locator('#join-submit').click();
      await p
        .locator(`input[name="table"]`)
        .nth(st.table - 1)
        .check();
      await p.locator('#join-submit').click();
      await p.locator('#to-table').waitFor({ timeout: 20_000 });
    }
    await shot(pages[0] as Page, '03-phone-briefing');
    await expect(seriousViolations(pages[0] as Page)).resolves.toEqual([]);
    // Each seat's name is shown as text, never as HTML.
    await t.waitForFunction(() => document.body.textContent?.includes('Lena <b>bold</b>'), undefined, {
      timeout: 10_000,
    });
    await expect(t.locator('.console-table b').count()).resolves.toBe(0);
    await shot(t, '04-console-joined');

    // Two students ask for the table before the start and wait on their briefing; the third after.
    const [maya0, omar0, lena0] = pages as [Page, Page, Page];
    await maya0.locator('#to-table').click();
    await omar0.locator('#to-table').click();
    await expect(maya0.locator('#lobby-bar').textContent()).resolves.toContain(
      'Waiting for the instructor to start',
    );
    await t.locator('#start-all').click();
    await lena0.locator('#to-table').click();
    const [maya, omar, lena] = pages as [Page, Page, Page];
    await maya.locator('#room-bar').waitFor({ timeout: 20_000 });
    const mayaActor = ((await maya.locator('#room-bar strong').textContent()) ?? '').replace('You are ', '');
    // The seat the plan gave her.
    expect(mayaActor).toBe('China');
    // Omar writes privately to Maya's delegation; she reads it, Lena (another table) does not.
    await omar.locator('#chat-to').selectOption({ label: mayaActor });
    await omar.fill('#chat-text', 'Shall we trade the mandate for the timeline? <i>x</i>');
    await omar.locator('.chat-form button[type="submit"]').click();
    await maya.waitForFunction(() =>
      document.querySelector('.chat-list')?.textContent?.includes('trade the mandate'),
    );
    await expect(maya.locator('.chat-list i').count()).resolves.toBe(0);
    // A muted student can read but not write; unmuted, they write again.
    await t.locator('button[aria-label="Mute Omar"]').click();
    await omar.locator('.chat-muted:not([hidden])').waitFor({ timeout: 10_000 });
    await expect(omar.locator('.chat-form button[type="submit"]').isDisabled()).resolves.toBe(true);
    await t.locator('button[aria-label="Unmute Omar"]').click();
    await omar.locator('.chat-muted[hidden]').waitFor({ state: 'attached', timeout: 10_000 });
    // The instructor's news reaches every seat of every table.
    await t.fill('#news-text', 'Breaking: a convoy was stopped at the crossing.');
    await t.locator('#news-send').click();
    for (const p of pages)
      await p.waitForFunction(() =>
        document.querySelector('.chat-list')?.textContent?.includes('convoy was stopped'),
      );
    await expect(lena.locator('.chat-list').textContent()).resolves.not.toContain('trade the mandate');
    // A message to one seat of one table reaches that seat alone.
    await t.locator('#console-table-1 .console-chat summary').click();
    await t.fill('#table-news-1', 'The Secretary-General would like a word with you.');
    await t.locator('#table-news-1-to').selectOption({ label: mayaActor });
    await t.locator('#console-table-1 .table-news button[type="submit"]').click();
    await maya.waitForFunction(() =>
      document.querySelector('.chat-list')?.textContent?.includes('would like a word'),
    );
    await t.waitForFunction(() =>
      document.querySelector('#console-table-1 .chat-list')?.textContent?.includes('would like a word'),
    );
    await expect(omar.locator('.chat-list').textContent()).resolves.not.toContain('would like a word');
    // Nothing is lost going to the title page and back (the same page: the table is started again),
    // nor on a reload of the page (the seat token brings the device back to its seat).
    await maya.goto(`${server.endpoint}/?pace=instant#/`);
    await maya.locator('#back-to-class').click();
    await maya.locator('#to-table').click();
    await maya.waitForFunction(() =>
      document.querySelector('.chat-list')?.textContent?.includes('trade the mandate'),
    );
    await maya.reload();
    await maya.locator('#to-table').click();
    await maya.waitForFunction(() =>
      document.querySelector('.chat-list')?.textContent?.includes('convoy was stopped'),
    );
    await expect(maya.locator('#room-bar strong').textContent()).resolves.toBe(`You are ${mayaActor}`);
    await maya.locator('#room-extras').scrollIntoViewIfNeeded();
    await shot(maya, '05-phone-table');
    await shot(omar, '06-desktop-table');
    await shot(t, '07-console-playing');
    await expect(seriousViolations(t)).resolves.toEqual([]);
    await expect(seriousViolations(omar)).resolves.toEqual([]);

    // The console's powers: a round clock at table 2 counts down on the student's screen; an event
    // brought about at table 1 appears in its students' record of moves; the vote called at table 2
    // ends its negotiation there and then.
    await t.locator('#console-table-2 .clock-picker').selectOption('300');
    await lena.waitForFunction(() =>
      /\d:\d\d left in this round/.test(document.getElementById('room-bar')?.textContent ?? ''),
    );
    const event = (await t.locator('#console-table-1 .inject-picker option').first().textContent()) ?? '';
    expect(event.length).toBeGreaterThan(10);
    await t.locator('#console-table-1 button.inject').click();
    await maya.waitForFunction(
      (text) => document.getElementById('feed')?.textContent?.includes(`brought in by the chair: ${text}`),
      event,
    );
    await expect(
      t.locator('#console-table-1 .inject-picker option', { hasText: event }).count(),
    ).resolves.toBe(0);
    await shot(lena, '06b-desktop-clock');
    t.once('dialog', (dialog) => void dialog.accept());
    await t.locator('#console-table-2 button.call-vote').click();
    await lena.locator('#open-debrief').waitFor({ timeout: 30_000 });
    await Promise.all(pages.map((p, i) => playToTheEnd(p, `student-${i + 1}`)));
    await shot(maya, '08-phone-voted');
    // A student's own debrief of the table's game (other seats' trades stay masked in it).
    await maya.locator('#open-debrief').click();
    await maya.locator('#debrief-heading').waitFor({ timeout: 20_000 });
    await shot(maya, '08b-phone-debrief');
    await t.waitForFunction(
      () =>
        document.querySelectorAll('.console-stage').length === 2 &&
        [...document.querySelectorAll('.console-stage')].every((e) => e.textContent?.startsWith('Finished')),
      undefined,
      { timeout: 60_000 },
    );
    await shot(t, '09-console-finished');

    // The secret console link opens the same console on another device, and leaves the address bar.
    const link = (await t.locator('.console-secret .join-link').textContent()) ?? '';
    expect(link).toMatch(/#\/console\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]{16,}$/);
    const other = await open('instructor-2', DESKTOP);
    await other.page.goto(link);
    await other.page.locator('#join-code-shown').waitFor({ timeout: 20_000 });
    expect(other.page.url()).not.toContain(link.split('/').pop() as string);
    await expect(other.page.locator('.console-stage').first().textContent()).resolves.toMatch(/^Finished/);
    await t.locator('#open-class-debrief').click();
    await t.locator('#class-debrief-heading').waitFor();
    await expect(t.locator('.class-debrief .lede').textContent()).resolves.toMatch(/Every table has voted/);
    const debriefText = (await t.locator('.class-debrief').textContent()) ?? '';
    for (const st of students) expect(debriefText).toContain(st.name);
    expect(debriefText).toMatch(/Adopted|Not adopted/);
    await shot(t, '10-class-debrief');
    // The printable page: no buttons, no masthead, black on white.
    await t.emulateMedia({ media: 'print' });
    await shot(t, '10b-class-debrief-print');
    await expect(t.locator('#export-csv').isVisible()).resolves.toBe(false);
    await t.emulateMedia({ media: 'screen' });
    await expect(seriousViolations(t)).resolves.toEqual([]);
    const [download] = await Promise.all([t.waitForEvent('download'), t.locator('#export-csv').click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('session,table,student,actor,score,vote,adopted');
    expect(lines).toHaveLength(4);
    for (const st of students) expect(csv).toContain(st.name);
    for (const line of lines.slice(1))
      expect(line).toMatch(new RegExp(`^${code},[12],.+,\\d+\\.\\d,(yes|no|abstain),(yes|no)$`));
    const [save] = await Promise.all([
      t.waitForEvent('download'),
      t.locator('button', { hasText: 'Save of table 1' }).click(),
    ]);
    const savePath = (await save.path()) as string;
    const saved = JSON.parse(readFileSync(savePath, 'utf8')) as { actions: unknown[] };
    expect(saved.actions.length).toBeGreaterThan(10);
    // The table's save replays on the command line to the same vote.
    const replayed = await runCli(['replay', savePath]);
    expect(replayed.code, replayed.err).toBe(0);
    expect(replayed.out).toMatch(/══ The outcome/);
    for (const s of sessions) expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });
});
