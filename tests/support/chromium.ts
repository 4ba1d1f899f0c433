// Finds Debian's Chromium for browser tests. Without it the browser tests are skipped with a loud
// warning, except under CI=true, where a missing browser is a failure (CI must never skip them).
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);
export const isCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';
