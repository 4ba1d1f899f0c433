// The whole single-player game, as a student plays it (issue #14, "Done when"): from the title, two
// clicks start a game as Egypt (the scenario's Play, then Egypt's card); the briefing; the tour; then
// a scripted sensible strategy (tests/support/sensible-strategy.ts) plays Egypt to the vote and the
// debrief, at a laptop's size and a phone's. On every screen no internal id is visible; the options
// come in the author's order; each of Egypt's amendments is told to it when tabled and when decided;
// at least one is adopted. Screenshots of each screen at both sizes go to test-results/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ActorId } from '../../src/engine/ids.ts';
import { compile } from '../../src/engine/model.ts';
import { replay } from '../../src/engine/negotiation/save.ts';
import type { GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { type BrowserSession, openBrowser } from '../support/browser-session.ts';
import { sensibleMove } from '../support/sensible-strategy.ts';
import { leakedIds } from '../support/visible-ids.ts';

const baseUrl = inject('baseUrl');
const FILE = 'scenarios/gaza-isf-2025.yaml';
const text = readFileSync(FILE, 'utf8');
const parsed = parseScenario(text, 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);
const ME = 'egy' as ActorId;

/** Each clause's option labels in the order the author wrote them in the file. */
const authorOrder = new Map<string, string[]>(
  (parseYaml(text) as { issues: Array<{ id: string; options: Array<{ label: string }> }> }).issues.map(
    (i) => [i.id, i.options.map((o) => o.label)],
  ),
);

/** The game as the browser saved it, replayed through the engine in Node. */
async function savedGame(page: Page): Promise<GameState> {
  const saveText = await page.evaluate(() => {
    const [game] = JSON.parse(window.localStorage.getItem('draftroom.games') ?? '[]') as Array<{
      slot: string;
    }>;
    return game ? window.localStorage.getItem(game.slot) : null;
  });
  const save = JSON.parse(saveText ?? 'null') as { setup: GameState['setup']; actions: unknown[] } | null;
  if (!save) throw new Error('the game has no save');
  const state = replay(model, save.setup, save.actions);
  if (!state.ok) throw new Error(state.error);
  return state.value;
}

/** The AI's moves and their playback are over: the page waits for the player (or the game is done). */
async function idle(page: Page): Promise<void> {
  await page.waitForSelector('#progress', { state: 'hidden', timeout: 120_000 });
  await page.waitForSelector('#playback-bar', { state: 'hidden', timeout: 120_000 });
  // The panels follow a new position one per frame.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 250)));
}

async function noIdsVisible(page: Page, screen: string): Promise<void> {
  const visible = await page.evaluate(() => document.body.innerText);
  expect(leakedIds(scenario, visible), `${screen}: ids in visible text`).toEqual([]);
}

describe.skipIf(baseUrl === '')('a whole game as Egypt, from the title screen', () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    describe(`at ${width}×${height}`, () => {
      let session: BrowserSession;
      let page: Page;
      const shot = (name: string) => page.screenshot({ path: `test-results/egypt-${width}-${name}.png` });
      /** The screenshots in docs/ are this test's: `DOCS_SCREENSHOTS=1` writes them there as well. */
      const docShot = async (name: string) => {
        if (process.env.DOCS_SCREENSHOTS === '1')
          await page.screenshot({ path: `docs/images/${name}-${width}.png` });
      };

      beforeAll(async () => {
        session = await openBrowser({ name: `egypt-${width}`, viewport: { width, height } });
        page = session.page;
      });
      afterAll(async () => {
        await session?.close();
      });

      it('starts in two clicks and plays to the debrief with a sensible strategy', {
        timeout: 600_000,
      }, async () => {
        await page.goto(baseUrl);
        await page.waitForSelector('body[data-state="title"]', { timeout: 30_000 });
        await shot('01-title');
        await noIdsVisible(page, 'title');
        // Click 1: the scenario's Play. Click 2: Egypt's card — the game has begun.
        await page.locator('.scenario-choice[data-file$="gaza-isf-2025.yaml"]').click();
        await page.waitForSelector('body[data-state="setup"]');
        await shot('02-play-as');
        await docShot('play-as');
        await noIdsVisible(page, 'play as');
        await page.locator(`[data-play-as="${ME}"]`).click();
        await page.waitForSelector('body[data-state="briefing"]');
        expect(await page.evaluate(() => window.localStorage.getItem('draftroom.games'))).toMatch(/Egypt/);
        await expect(page.locator('#private-brief-heading').textContent()).resolves.toMatch(/Egypt$/);
        await shot('03-briefing');
        await noIdsVisible(page, 'briefing');
        await page.locator('#to-table').click();
        await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
        // The guided tour, at most six steps; skipped here.
        const tour = page.locator('.tour-card');
        await tour.waitFor({ timeout: 10_000 });
        expect(await page.locator('.tour-count').textContent()).toMatch(/^1 of [1-6]$/);
        await shot('04-tour');
        await page.locator('#tour-skip').click();
        // Every notice shown, kept as it appears (the page shows three at most, older ones give way).
        await page.evaluate(() => {
          const seen: string[] = [];
          (window as unknown as { seenFates: string[] }).seenFates = seen;
          new MutationObserver((records) => {
            for (const r of records)
              for (const n of r.addedNodes)
                if (n instanceof HTMLElement)
                  for (const t of n.querySelectorAll('.fate-title')) seen.push(t.textContent ?? '');
          }).observe(document.body, { childList: true, subtree: true });
        });
        await idle(page);
        await shot('04b-table');
        await docShot('table');

        let proposed = 0;
        let orderChecked = false;
        for (let step = 0; step < 80; step++) {
          await idle(page);
          if (await page.locator('#vote-result').count()) break;
          const state = await savedGame(page);
          const move = sensibleMove(model, state, ME);
          if (!move) {
            await page.waitForTimeout(300);
            continue;
          }
          await noIdsVisible(page, `round ${state.round}`);
          if (move.type === 'respond') {
            await page.locator(`#${move.accept ? 'accept' : 'reject'}-T${move.offer}`).click();
            await page
              .locator('.fate-notices .fate-title', {
                hasText: `You ${move.accept ? 'accepted' : 'turned down'} trade T${move.offer}`,
              })
              .waitFor({ timeout: 30_000 });
          } else if (move.type === 'propose') {
            for (const change of move.changes) {
              await page.locator(`#clause-${change.issue}`).click();
              const picker = page.locator(`#picker-${change.issue}`);
              await picker.waitFor();
              const labels = await picker.locator('[role="option"] .opt-label').allTextContents();
              expect(labels, `options of ${change.issue} in the author's order`).toEqual(
                authorOrder.get(change.issue),
              );
              orderChecked = true;
              const label = scenario.issues
                .find((i) => i.id === change.issue)!
                .options.find((o) => o.id === change.option)!.label;
              await picker
                .locator('[role="option"]', { has: page.getByText(label, { exact: true }) })
                .click();
            }
            if (proposed === 0) {
              await shot('05-amendment');
              await docShot('amendment');
            }
            await page.locator('#propose').click();
            const number = state.amendments.length + 1;
            await page
              .locator('.fate-notices .fate-title', { hasText: `Amendment A${number} tabled` })
              .waitFor({ timeout: 30_000 });
            proposed += 1;
          } else if (move.type === 'pass') {
            await page.locator('#pass').click();
            await page
              .locator('.fate-notices .fate-title', { hasText: 'You passed' })
              .waitFor({ timeout: 30_000 });
          } else {
            throw new Error(`Egypt is not the pen holder: no ${move.type} expected`);
          }
          // The move is taken before the next look (the save grows).
          await expect
            .poll(async () => (await savedGame(page)).actions.length, { timeout: 60_000 })
            .toBeGreaterThan(state.actions.length);
        }
        await page.waitForSelector('#vote-result', { timeout: 120_000 });
        await idle(page);
        await shot('06-after-vote');
        await noIdsVisible(page, 'after the vote');

        const final = await savedGame(page);
        const mine = final.amendments.filter((a) => a.by === ME || a.with.includes(ME));
        expect(proposed).toBeGreaterThan(0);
        expect(orderChecked).toBe(true);
        expect(
          mine.filter((a) => a.status === 'adopted').length,
          'Egypt’s amendments adopted',
        ).toBeGreaterThanOrEqual(1);
        // Each of Egypt's own amendments was told when it was decided, in words.
        const titles = await page.evaluate(() => (window as unknown as { seenFates: string[] }).seenFates);
        for (const a of mine.filter((x) => x.by === ME))
          expect(titles.join(' | ')).toMatch(new RegExp(`Amendment A${a.id} (adopted|left out)`));

        await page.locator('#open-debrief').click();
        await page.waitForSelector('body[data-state="debrief"]');
        await shot('07-debrief');
        await noIdsVisible(page, 'debrief');
        expect(session.consoleErrors).toEqual([]);
      });
    });
  }
});
