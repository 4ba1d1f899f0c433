// One Chromium per test file, as the browser tests need it: a fresh user-data dir (no cache, no
// storage from another run), Debian's Chromium with the project's flags, and the page's errors
// collected so each test can assert there were none.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

/** Console errors that come from headless Chromium itself, not from the game. */
const HARMLESS = [/GPU stall due to ReadPixels/, /favicon/];

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors (but the harmless ones) and uncaught page errors, in order. */
  readonly consoleErrors: string[];
  /** Uncaught page errors only. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: {
  /** Names the user-data dir, for a reader of /tmp. */
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly acceptDownloads?: boolean;
}): Promise<BrowserSession> {
  mkdirSync('test-results', { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), `draftroom-${options.name}-`));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
    viewport: { ...options.viewport },
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !HARMLESS.some((p) => p.test(message.text())))
      consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(error.message);
    pageErrors.push(error.message);
  });
  return {
    context,
    page,
    consoleErrors,
    pageErrors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A screenshot of a whole panel taller than the window. An element shot inside the page's scrolling
 * column paints only the part in view, so the window is made tall enough for the shot and put back.
 */
export async function wholeShot(page: Page, selector: string, path: string): Promise<void> {
  const before = page.viewportSize() ?? { width: 1366, height: 768 };
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} must be shown for its screenshot`);
  const height = Math.ceil(Math.max(before.height, box.height + 240));
  if (height > before.height) {
    await page.setViewportSize({ width: before.width, height });
    await page.waitForTimeout(300);
  }
  await page.locator(selector).screenshot({ path });
  if (height > before.height) {
    await page.setViewportSize(before);
    await page.waitForTimeout(300);
  }
}
