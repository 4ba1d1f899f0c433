// The only file that wires the layers together: the title screen (shipped scenarios, a file from disk,
// or the autosaved game), the set-up, and the game — the Phaser table and the DOM panels, both reading
// the one store. The YAML parser is a lazily loaded chunk.
import { continueGame } from './continue-game.ts';
import { compile } from './engine/model.ts';
import { scenarioHash } from './engine/negotiation/save.ts';
import type { GameSetup } from './engine/negotiation/types.ts';
import { own } from './engine/own.ts';
import type { Scenario } from './engine/scenario.ts';
import { bootTable, showTable, tableGame } from './game/boot.ts';
import { decodeLeniently } from './scenario/decode.ts';
import type { ScenarioProblem } from './scenario/problems.ts';
import { buildDebrief } from './state/debrief.ts';
import { createGameStore, type GameStoreApi } from './state/store.ts';
import { renderAftermath } from './ui/aftermath.ts';
import { renderDebrief } from './ui/debrief.ts';
import { h } from './ui/dom.ts';
import { renderDraftPanel } from './ui/draft-panel.ts';
import { afterNextFrame } from './ui/frames.ts';
import { renderGamePanel } from './ui/game-panel.ts';
import { renderHandover } from './ui/handover.ts';
import { renderKeepingFocus } from './ui/keep-focus.ts';
import { renderLogFeed } from './ui/log-feed.ts';
import { renderProblemList } from './ui/problems-view.ts';
import { renderProgress } from './ui/progress-view.ts';
import { renderScenarioPanel } from './ui/scenario-panel.ts';
import { renderSetup } from './ui/setup-screen.ts';
import { renderTitle, type ShippedScenario } from './ui/title-screen.ts';
import { renderTradePanel } from './ui/trade-panel.ts';
import { renderWhyPanel } from './ui/why-panel.ts';
import { workerEngine } from './worker/engine-client.ts';
import { parseScenarioOffThread } from './worker/parse-client.ts';

// Looked up by keys from storage and links (`draftroom.last`, `#lab?scenario=`): own keys only.
const shipped = import.meta.glob<string>('/scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const LAST_GAME = 'draftroom.last';

const titleEl = document.getElementById('scenario-title');
const screen = document.getElementById('screen');
const gameView = document.getElementById('game-view');
const panel = document.getElementById('panel');

/** The summary's first sentence, read from the raw YAML (the parser loads later, on demand). */
function firstSentence(text: string): string {
  const block = /^summary:\s*(?:[>|]-?)?\s*\n?((?:[ \t]+.*\n?)+|.*)/m.exec(text)?.[1] ?? '';
  const flat = block
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']|["']$/g, '');
  return /^.*?[.!?](\s|$)/.exec(flat)?.[0]?.trim() ?? flat;
}

function scenarioList(): ShippedScenario[] {
  return Object.entries(shipped)
    .filter(([path]) => !path.endsWith('/_template.yaml'))
    .map(([path, text]) => ({
      file: path,
      title: /^title:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1] ?? path,
      summary: firstSentence(text),
    }));
}

function setState(state: 'title' | 'problems' | 'setup' | 'ready' | 'debrief' | 'lab') {
  document.body.dataset.state = state;
}

/** Each screen starts at its top, not where the last one was scrolled to. */
function toTop(): void {
  document.querySelector('main')?.scrollTo({ top: 0 });
}

function showScreen(...children: HTMLElement[]) {
  if (!screen || !gameView) return;
  // Scrolling needs an up-to-date layout: before the change it costs nothing, after it the new
  // screen would be laid out inside this task.
  toTop();
  gameView.hidden = true;
  screen.hidden = false;
  screen.replaceChildren(...children);
}

// Phaser maps a click to the canvas through the canvas position it measured last, and it only
// re-measures on a window resize. Here the columns scroll on their own and a still table does not
// redraw, so the position is re-measured on any scroll and just before a press reaches the canvas.
const remeasureTable = () => tableGame()?.scale.updateBounds();
document.addEventListener('scroll', remeasureTable, { capture: true, passive: true });
for (const type of ['pointerdown', 'mousedown', 'touchstart'] as const)
  document.getElementById('table')?.addEventListener(type, remeasureTable, { capture: true, passive: true });

function startTable(scenario: Scenario, store: GameStoreApi, onBuilt: () => void): void {
  const table = document.getElementById('table');
  const onVotePhase = (phase: string) => {
    table?.setAttribute('data-vote-phase', phase);
    document.body.dataset.votePhase = phase;
  };
  void showTable('table', { scenario, store, onVotePhase, onBuilt }, () => setState('ready'));
}

/**
 * Holds a new game's AI seats until its table has opened: the table's first frames and the worker's
 * first moves together overran the page's 50 ms on a two-core machine. A table that fails to open
 * holds them for three seconds at most.
 */
function tableGate(): { readonly open: () => void; readonly wait: () => Promise<void> } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const wait = () => Promise.race([opened, new Promise<void>((resolve) => setTimeout(resolve, 3000))]);
  return { open, wait };
}

const REDUCE_MOTION = 'draftroom.reduceMotion';
const reduceMotionBox = document.getElementById('reduce-motion') as HTMLInputElement | null;
/** The player's choice if they made one, else the system's setting. */
function prefersReducedMotion(): boolean {
  const saved = window.localStorage.getItem(REDUCE_MOTION);
  return saved === null ? window.matchMedia('(prefers-reduced-motion: reduce)').matches : saved === 'true';
}
if (reduceMotionBox) reduceMotionBox.checked = prefersReducedMotion();
let currentStore: GameStoreApi | null = null;
reduceMotionBox?.addEventListener('change', () => {
  window.localStorage.setItem(REDUCE_MOTION, String(reduceMotionBox.checked));
  currentStore?.getState().setReducedMotion(reduceMotionBox.checked);
});

function showGame(scenario: Scenario, store: GameStoreApi, tableOpened: () => void = () => {}): void {
  if (!screen || !gameView || !panel || !titleEl) return;
  currentStore = store;
  store.getState().setReducedMotion(prefersReducedMotion());
  toTop();
  screen.hidden = true;
  gameView.hidden = false;
  titleEl.textContent = scenario.title;
  document.title = `${scenario.title} — Draftroom`;
  const status = h('div', { id: 'game-status' });
  const progress = h('div', { id: 'progress' });
  const why = h('section', { id: 'why', 'aria-live': 'polite' });
  const feed = h('section', { id: 'feed' });
  const summary = h('div');
  panel.replaceChildren(status, progress, why, feed, summary);
  renderScenarioPanel(summary, scenario, (id) => store.getState().select(id));
  const draft = document.getElementById('draft');
  const handover = document.getElementById('handover');
  const trades =
    document.getElementById('trades') ?? h('section', { id: 'trades', 'aria-labelledby': 'trades-heading' });
  draft?.after(trades);
  const aftermath = document.getElementById('aftermath');
  // A new position from the engine (AI moves, a finished game) is drawn one panel per animation
  // frame: a finished all-AI game changes every panel at once, and laying them all out in one frame
  // held the page for ~100 ms. The player's own choices (a selection, a preview, a trade being
  // written) change little and are drawn at once, so the form under their hands never lags.
  const stages: ReadonlyArray<() => void> = [
    () => {
      renderGamePanel(status, scenario, store.getState(), () => showDebrief(scenario, store));
      renderProgress(progress, store.getState().busy);
      if (handover) renderHandover(handover, scenario, store.getState());
      // While a hand-over cover is up, the game behind it can be neither read nor tabbed into.
      if (handover && gameView) gameView.inert = !handover.hidden;
    },
    () => draft && renderDraftPanel(draft, scenario, store.getState()),
    () => {
      renderWhyPanel(why, scenario, store.getState());
      renderTradePanel(trades, scenario, store.getState());
    },
    () => renderLogFeed(feed, store.getState()),
    () => aftermath && renderAftermath(aftermath, scenario, store.getState()),
  ];
  /** The next stage to draw on a later frame, or -1 when none is due. */
  let nextStage = -1;
  let frameBooked = false;
  let tableShown = false;
  const afterDrawn = () => {
    if (tableShown) return;
    // The table opens on a frame of its own, after the panels' first draw.
    tableShown = true;
    requestAnimationFrame(() => startTable(scenario, store, tableOpened));
  };
  const drawStage = () => {
    frameBooked = false;
    const stage = stages[nextStage];
    if (!stage) return;
    renderKeepingFocus(stage);
    nextStage = nextStage + 1 < stages.length ? nextStage + 1 : -1;
    if (nextStage < 0) return afterDrawn();
    frameBooked = true;
    afterNextFrame(drawStage);
  };
  /** Redraws from the first stage, one panel per frame (each in a task after a frame, laid out in the next). */
  const drawStaged = () => {
    nextStage = 0;
    if (!frameBooked) {
      frameBooked = true;
      afterNextFrame(drawStage);
    }
  };
  /** Redraws every panel now. */
  const drawAll = () => {
    nextStage = -1;
    for (const stage of stages) renderKeepingFocus(stage);
    afterDrawn();
  };
  // The first draw: the turn at once, the other panels on the frames after.
  nextStage = 0;
  drawStage();
  // A progress tick changes only `busy`: it redraws the bar, not every panel.
  store.subscribe((now, before) => {
    const changed = Object.keys(now).filter(
      (k) => now[k as keyof typeof now] !== before[k as keyof typeof now],
    );
    if (changed.length === 1 && changed[0] === 'busy') renderProgress(progress, now.busy);
    else if (changed.includes('game') || changed.includes('outlook')) drawStaged();
    else drawAll();
  });
}

/** The debrief of the finished game, in place of the table; the table stays alive to go back to. */
function showDebrief(scenario: Scenario, store: GameStoreApi): void {
  const finished = store.getState().game;
  if (!screen || !gameView || !finished || finished.phase !== 'finished') return;
  const data = buildDebrief(compile(scenario), finished, { date: new Date().toISOString().slice(0, 10) });
  const root = h('div');
  showScreen(root);
  renderDebrief(root, data, {
    onBack: () => {
      screen.hidden = true;
      gameView.hidden = false;
      // A window resized (or printed) while the table was hidden left the canvas measured at 0×0:
      // measure the parent again and fit the canvas to it now, not at Phaser's next check.
      const game = tableGame();
      if (game?.scale.getParentBounds()) game.scale.refresh();
      setState('ready');
      document.getElementById('open-debrief')?.focus();
    },
    onNewGame: showTitle,
  });
  window.scrollTo(0, 0);
  setState('debrief');
  document.getElementById('debrief-heading')?.focus();
}

/** A scenario file's problems, each located, with a way back. */
function showProblems(
  file: string,
  text: string | Uint8Array,
  problems: readonly ScenarioProblem[],
  onBack: () => void,
): void {
  const back = h('button', { type: 'button', id: 'back-to-title' }, 'Back to the scenarios');
  back.addEventListener('click', onBack);
  // A file from disk comes as bytes; shown leniently here, since its problem may be bad UTF-8.
  const shown = typeof text === 'string' ? text : decodeLeniently(text);
  showScreen(renderProblemList(file, shown, problems), back);
  setState('problems');
}

async function openScenario(file: string, text: string | Uint8Array, shippedKey?: string): Promise<void> {
  const result = await parseScenarioOffThread(text, file);
  if (!result.ok) return showProblems(file, text, result.error, showTitle);
  const scenario = result.value;
  /** The engine worker for the game, started while the player chooses seats. */
  let setupEngine: ReturnType<typeof workerEngine> | null = null;
  showScreen(h('div', { id: 'setup-root' }));
  const root = document.getElementById('setup-root');
  if (!root) return;
  renderSetup(
    root,
    scenario,
    (setup: GameSetup) => {
      const engine = setupEngine ?? workerEngine(scenario);
      setupEngine = null;
      const gate = tableGate();
      const store = createGameStore({
        model: compile(scenario),
        storage: window.localStorage,
        engine,
        aiMayMove: gate.wait,
      });
      // The new game is in the store as soon as start() returns; the AI seats then move in the worker
      // while the table shows their progress.
      void store.getState().start(setup);
      if (!store.getState().game) return;
      if (shippedKey) window.localStorage.setItem(LAST_GAME, shippedKey);
      // The table's panels in a task of their own: the click's task already holds the new game's
      // scoring and the browser's own work for the click.
      setTimeout(() => showGame(scenario, store, gate.open), 0);
    },
    showTitle,
  );
  setState('setup');
  // While the player chooses seats, boot the table, start the engine worker and hash the scenario
  // for the autosave (each in a task of its own), so that none of it holds the page once the game
  // has begun.
  requestAnimationFrame(() => {
    setTimeout(() => {
      scenarioHash(compile(scenario));
      void bootTable('table');
    }, 0);
    setTimeout(() => {
      if (document.body.dataset.state === 'setup') setupEngine ??= workerEngine(scenario);
    }, 0);
  });
}

const DEFAULT_SCENARIO = '/scenarios/gaza-isf-2025.yaml';
const fileName = (key: string) => key.split('/').pop() ?? key;

/**
 * The what-if lab, a chunk loaded on demand: on a shipped scenario (by its key), on a file from disk,
 * or on the scenario a lab link (#lab?scenario=…) names.
 */
async function openLabFor(
  source: { key: string } | { name: string; text: string | Uint8Array },
  hash?: string,
): Promise<void> {
  const lab = await import('./ui/lab/lab-main.ts');
  let problem: string | undefined;
  let key = 'key' in source ? source.key : null;
  let link = hash;
  if (key !== null && own(shipped, key) === undefined) {
    problem = `The link names the scenario '${fileName(key)}', which is not one of the shipped scenarios: the lab opened the default scenario at its defaults.`;
    key = DEFAULT_SCENARIO;
    link = undefined;
  }
  const name = key !== null ? fileName(key) : 'name' in source ? source.name : '';
  const text = key !== null ? (own(shipped, key) ?? '') : 'text' in source ? source.text : '';
  const result = await parseScenarioOffThread(text, name);
  if (!result.ok) return showProblems(name, text, result.error, exitLab);
  const root = h('div', { id: 'lab-screen' });
  showScreen(root);
  if (titleEl) titleEl.textContent = result.value.title;
  document.title = `What-if lab: ${result.value.title} — Draftroom`;
  lab.openLab({
    root,
    scenario: result.value,
    file: key !== null ? name : null,
    ...(link ? { hash: link } : {}),
    ...(problem ? { problem } : {}),
    onExit: exitLab,
  });
  setState('lab');
}

function exitLab(): void {
  void import('./ui/lab/lab-main.ts').then((lab) => lab.closeLab());
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  document.title = 'Draftroom';
  showTitle();
}

/** A lab link: the scenario it names (by file name), else the default scenario. */
function openLabLink(hash: string): void {
  const named = new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('scenario');
  const key = named === null ? DEFAULT_SCENARIO : `/scenarios/${named}`;
  void openLabFor({ key }, hash);
}

function showTitle(): void {
  if (titleEl) titleEl.textContent = 'Negotiate a Security Council resolution';
  const last = window.localStorage.getItem(LAST_GAME);
  const root = h('div');
  showScreen(root);
  renderTitle(root, {
    scenarios: scenarioList(),
    canContinue: last !== null && own(shipped, last) !== undefined,
    onChoose: (key) => void openScenario(key.split('/').pop() ?? key, own(shipped, key) ?? '', key),
    onLoadFile: (name, text) => void openScenario(name, text),
    onContinue: () =>
      void (
        last &&
        continueGame(last, {
          shippedText: (key) => own(shipped, key),
          fileName,
          showGame,
          newGame: (key) => void openScenario(fileName(key), own(shipped, key) ?? '', key),
        })
      ),
    onLab: (key) => void openLabFor({ key }),
    onLabFile: (name, text) => void openLabFor({ name, text }),
  });
  setState('title');
}

const isLab = (hash: string) => hash === '#lab' || hash.startsWith('#lab?');
if (isLab(window.location.hash)) openLabLink(window.location.hash);
else showTitle();
// A lab link pasted into the address bar of an open page arrives as a hash change.
window.addEventListener('hashchange', () => {
  if (isLab(window.location.hash) && document.body.dataset.state !== 'lab') openLabLink(window.location.hash);
});
