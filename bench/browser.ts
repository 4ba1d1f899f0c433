// npm run bench:browser: the game's speed in headless Chromium, as JSON figures beside their targets
// (issue #5). It builds the app and a bare Phaser page (bench/bare), serves both on 127.0.0.1, and
// measures in one Chromium run: the first chunk's size, the title screen's first frame against the
// bare page's, the longest main-thread task while an all-AI game plays to the vote, and frame times
// on the table. Figures, not assertions: a loaded machine gives slower figures.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, hasChromium } from '../tests/support/chromium.ts';

const REPEATS = 7;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const percentile = (xs: readonly number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;

if (!hasChromium()) {
  console.error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  process.exit(2);
}

// Build the app, then the bare page into a folder of the same dist, so one server serves both.
await build({ logLevel: 'warn', build: { outDir: 'dist' } });
await build({
  configFile: false,
  logLevel: 'warn',
  root: resolve('bench/bare'),
  base: '/bench-bare/',
  build: {
    outDir: resolve('dist/bench-bare'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
});

/** The gzip size of the JavaScript the page needs before its first frame: the entry and its static imports. */
function firstChunkKb(): { kb: number; files: string[] } {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(`dist${f}`), { level: 9 }).length, 0);
  return { kb: round(bytes / 1024), files };
}

const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const address = server.httpServer.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

/** A fresh context (no cache, no storage) per page, as a first visit. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { firstFrame?: number; longTasks: Array<[number, number]> };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    // The title screen is drawn when main.ts sets data-state="title"; the next animation frame
    // begins once that frame has been produced (the bare page marks its own first frame alike).
    new MutationObserver(() => {
      if (document.body?.dataset.state === 'title' && w.firstFrame === undefined)
        requestAnimationFrame(() => {
          w.firstFrame ??= performance.now();
        });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  return page;
}

async function firstFrame(url: string): Promise<number> {
  const page = await freshPage();
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { firstFrame?: number }).firstFrame, {
    timeout: 30_000,
  });
  const ms = (await handle.jsonValue()) as number;
  await page.context().close();
  return ms;
}

/** Animation-frame intervals over `ms` milliseconds, while `during` runs. */
async function frameTimes(page: Page, ms: number, during: () => Promise<void> = async () => {}) {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  const collecting = page.evaluate(`new Promise((done) => {
    const stamps = [];
    const tick = (t) => {
      stamps.push(t);
      if (t - stamps[0] < ${ms}) requestAnimationFrame(tick);
      else done(stamps.slice(1).map((s, i) => s - stamps[i]));
    };
    requestAnimationFrame(tick);
  })`) as Promise<number[]>;
  await during();
  return collecting;
}

// First frames: alternate the two pages so that a slow moment of the machine hits both alike.
const title: number[] = [];
const bare: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  title.push(await firstFrame(base));
  bare.push(await firstFrame(`${base}bench-bare/`));
}

// The baseline for frame times: the bare Phaser page, idle (headless Chromium draws WebGL in software).
const barePage = await freshPage();
await barePage.goto(`${base}bench-bare/`);
await barePage.waitForFunction(() => (window as unknown as { firstFrame?: number }).firstFrame);
const bareIdle = await frameTimes(barePage, 3000);
const bareLongTasks = await barePage.evaluate(
  () => (window as unknown as { longTasks: unknown[] }).longTasks.length,
);
await barePage.context().close();

// Play: an all-AI 4-round game of the default scenario, from the start button to the vote.
const page = await freshPage();
await page.goto(base);
await page.waitForSelector('body[data-state="title"]');
await page.waitForTimeout(500);
const takeLongTasks = (p: Page) =>
  p.evaluate(() =>
    (window as unknown as { longTasks: Array<[number, number]> }).longTasks
      .splice(0)
      .map(([, duration]) => Math.round(duration)),
  );
await takeLongTasks(page);
await page.locator('.scenario-choice[data-file$="gaza-isf-2025.yaml"]').click();
await page.waitForSelector('body[data-state="setup"]');
await page.evaluate(() => window.localStorage.setItem('draftroom.tourSeen', 'true'));
// Every seat AI (the advanced choices with no player ticked): the heaviest table to open.
await page.locator('.advanced summary').click();
await page.locator('#rounds').fill('4');
await page.locator('#seed').fill('7');
// The "Play as…" screen loads and boots the table while the player reads the cards (src/app/table-loader.ts).
await page.waitForSelector('#table[data-booted]', { state: 'attached' });
await page.waitForTimeout(300);
const openingSetup = await takeLongTasks(page);
// Chromium's own tally of main-thread time, to tell script (ours) from rendering (Phaser's frames).
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const mainThread = async () => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration') };
};
const before = await mainThread();
const startedAt = await page.evaluate(() => performance.now());
await page.locator('#start-game').click();
await page.locator('#to-table').click({ timeout: 30_000 });
await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
const readyAt = await page.evaluate(() => performance.now());
const playing = await frameTimes(page, 3000);
await page.waitForSelector('#vote-result', { timeout: 180_000 });
await page.waitForSelector('#progress', { state: 'hidden', timeout: 60_000 });
const votedAt = await page.evaluate(() => performance.now());
const after = await mainThread();
const tasks = (
  await page.evaluate(() => (window as unknown as { longTasks: Array<[number, number]> }).longTasks)
)
  .filter(([start]) => start >= startedAt && start <= votedAt)
  .map(([start, duration]) => ({ start, duration }));
const longest = (from: number) => Math.max(0, ...tasks.filter((t) => t.start >= from).map((t) => t.duration));

// Frame times on the table: idle, then while the store changes (a seat chosen every 250 ms redraws
// the meters and the panels).
const idle = await frameTimes(page, 3000);
const actors = await page.locator('#panel [data-select]').all();
const busy = await frameTimes(page, 3000, async () => {
  for (let i = 0; i < 12; i++) {
    await actors[i % actors.length]?.click();
    await page.waitForTimeout(250);
  }
});

// The what-if lab: the long tasks while each analysis runs, from the click to its answer on the page
// with the worker idle again (issue #6: the page stays responsive during any analysis).
const lab = await freshPage();
await lab.goto(base);
await lab.waitForSelector('body[data-state="title"]');
await lab.waitForTimeout(500);
await takeLongTasks(lab);
await lab.locator('#lab-open-gaza-isf-2025').click();
await lab.waitForSelector('body[data-state="lab"]', { timeout: 60_000 });
// (Opening the lab is measured from the title screen's button to the lab idle.)
const labIdle = () =>
  lab.waitForFunction(() => document.querySelectorAll('.lab-job:not([hidden])').length === 0, undefined, {
    timeout: 120_000,
  });
await labIdle();
await lab.waitForTimeout(300);
const openingLab = await takeLongTasks(lab);
const labTasks = () => takeLongTasks(lab);
const labSteps: Array<[string, () => Promise<unknown>]> = [
  ['edit', () => lab.locator('#lab-clause-mandate').selectOption('peacekeep')],
  [
    'compare',
    async () => {
      await lab.locator('#lab-compare input[data-key="opening"]').check();
      await lab.locator('#lab-compare input[data-key="landing"]').check();
      await lab.locator('#lab-run-compare').click();
      await lab.locator('#lab-results-compare table').first().waitFor({ timeout: 120_000 });
    },
  ],
  [
    'tornado',
    async () => {
      await lab.locator('#lab-run-tornado').click();
      await lab.locator('#lab-results-tornado svg').first().waitFor({ timeout: 120_000 });
    },
  ],
  [
    'sweep',
    async () => {
      const params = await lab
        .locator('#lab-sweep-param option')
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
      await lab.locator('#lab-sweep-param').selectOption(params[1] ?? params[0] ?? '');
      await lab.locator('#lab-run-sweep').click();
      await lab.locator('#lab-results-sweep svg').first().waitFor({ timeout: 120_000 });
    },
  ],
  [
    'sweep2',
    async () => {
      const params = await lab
        .locator('#lab-sweep-param2 option')
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
      await lab.locator('#lab-sweep-param2').selectOption(params[1] ?? params[0] ?? '');
      await lab.locator('#lab-run-sweep').click();
      await lab.locator('#lab-results-sweep svg').first().waitFor({ timeout: 120_000 });
    },
  ],
  [
    'solve',
    async () => {
      await lab.locator('#lab-goal-kind').selectOption('support');
      await lab.locator('#lab-goal-actor').selectOption('ham');
      await lab.locator('#lab-run-solve').click();
      await lab.locator('#lab-apply-solve-0').waitFor({ timeout: 120_000 });
    },
  ],
  [
    'consensus',
    async () => {
      await lab.locator('#lab-run-consensus').click();
      await lab.locator('#lab-results-consensus table').first().waitFor({ timeout: 120_000 });
    },
  ],
];
const labLong: Record<string, number[]> = {};
for (const [name, step] of labSteps) {
  await lab.waitForTimeout(300);
  await labTasks();
  await step();
  await labIdle();
  await lab.waitForTimeout(300);
  labLong[name] = await labTasks();
}
const labLongest = Math.max(0, ...Object.values(labLong).flat());

await browser.close();
await server.close();

const chunk = firstChunkKb();
const titleMs = median(title);
const bareMs = median(bare);
const p95 = (xs: number[]) => round(percentile(xs, 95));
const displayFrame = median(bareIdle);
const framesP95 = (xs: number[]) =>
  percentile(
    xs.map((x) => Math.max(1, Math.round(x / displayFrame))),
    95,
  );
const figures = {
  chromium: CHROMIUM_PATH,
  loadAverage: (await import('node:os')).loadavg().map((x) => round(x, 2)),
  firstChunk: {
    what: 'gzip -9 of the entry script and its static imports, in KiB (Phaser, the scenarios, the parser, the worker and the lab are chunks of their own, loaded when needed)',
    files: chunk.files,
    kb: chunk.kb,
    targetKb: 120,
    meets: chunk.kb <= 120 && !chunk.files.some((f) => /phaser/i.test(f)),
  },
  firstFrame: {
    what: `median over ${REPEATS} fresh loads, ms from navigation start to the frame after the first paint`,
    titleMs: round(titleMs),
    barePhaserMs: round(bareMs),
    titleRuns: title.map((x) => round(x)),
    bareRuns: bare.map((x) => round(x)),
    ratio: round(titleMs / bareMs, 2),
    targetRatio: 1.3,
    meets: titleMs / bareMs <= 1.3,
  },
  longestTask: {
    what: 'PerformanceObserver longtask entries (tasks over 50 ms) from the start button of an all-AI 4-round game to the vote',
    count: tasks.length,
    longestMs: round(longest(startedAt)),
    longestAfterTableReadyMs: round(longest(readyAt)),
    tableBootMs: round(readyAt - startedAt),
    mainThreadMs: {
      what: 'main-thread time from the start button to the vote: all tasks, of which script and layout (the rest is mostly drawing)',
      tasks: round(after.task - before.task),
      script: round(after.script - before.script),
      layout: round(after.layout - before.layout),
    },
    playMs: round(votedAt - startedAt),
    tasksAfterStart: tasks.map((t) => `${round(t.start - startedAt, 0)}+${round(t.duration, 0)}`).join(' '),
    targetMs: 50,
    meets: tasks.length === 0,
  },
  lab: {
    what: 'long tasks (over 50 ms, ms each) in the what-if lab from the click to the answer, per analysis (default scenario, 2,000 runs)',
    longTasks: labLong,
    longestMs: labLongest,
    targetMs: 50,
    meets: labLongest === 0,
  },
  opening: {
    what: "long tasks (over 50 ms, ms each) while a screen opens: the default scenario chosen on the title screen until its set-up screen has booted the table, and the title screen's lab button until the lab is idle",
    setup: openingSetup,
    lab: openingLab,
  },
  frameTime: {
    what: 'requestAnimationFrame intervals on the table scene over ~3 s: while the AI plays in the worker, idle, and while seats are chosen',
    playingP95Ms: p95(playing),
    idleP95Ms: p95(idle),
    interactingP95Ms: p95(busy),
    frames: { playing: playing.length, idle: idle.length, interacting: busy.length },
    // The p95 cannot go below the display's own frame (16.67 ms at 60 Hz, measured 16.7–16.8 with
    // its jitter); a frame the page failed to draw in time shows as an interval of two frames.
    missedFrames: {
      what: 'intervals over 25 ms (a frame the page did not draw in time)',
      playing: playing.filter((x) => x > 25).length,
      idle: idle.filter((x) => x > 25).length,
      interacting: busy.filter((x) => x > 25).length,
      barePhaserIdle: bareIdle.filter((x) => x > 25).length,
    },
    baseline: { barePhaserIdleP95Ms: p95(bareIdle), barePhaserLongTasks: bareLongTasks },
    // The same p95 counted in display frames: each interval rounded to a whole number of the
    // display's frames (the bare page's median interval), so the timer's jitter around 16.67 ms
    // does not decide the figure; 1 means 95% of frames were drawn in time for the next refresh.
    inDisplayFrames: {
      displayFrameMs: round(displayFrame, 2),
      playingP95: framesP95(playing),
      idleP95: framesP95(idle),
      interactingP95: framesP95(busy),
      barePhaserIdleP95: framesP95(bareIdle),
    },
    targetMs: 16.7,
    rawMeets: Math.max(p95(playing), p95(idle), p95(busy)) <= 16.7,
    meets: Math.max(framesP95(playing), framesP95(idle), framesP95(busy)) <= 1,
  },
};
console.log(JSON.stringify(figures, null, 2));
