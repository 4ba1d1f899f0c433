// The app's screens and the game in progress, behind the router: each screen is drawn by its own
// module (ui/*-screen.ts, app/game-screen.ts); this file decides which one a route shows and carries
// the game from one screen to the next. main.ts only wires it to the page.
import { compile } from '../engine/model.ts';
import { scenarioHash } from '../engine/negotiation/save.ts';
import type { GameSetup } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import type { Actor, Scenario } from '../engine/scenario.ts';
import { decodeLeniently } from '../scenario/decode.ts';
import type { ScenarioProblem } from '../scenario/problems.ts';
import { buildDebrief } from '../state/debrief.ts';
import { readPending, writePending } from '../state/pending-amendment.ts';
import { pageRhythm } from '../state/playback.ts';
import { lastSeat } from '../state/room-seats.ts';
import {
  addSavedGame,
  type GameSource,
  keepScenarioText,
  listSavedGames,
  newSlot,
  removeSavedGame,
  type SavedGame,
} from '../state/saved-games.ts';
import { createGameStore, type GameStoreApi } from '../state/store.ts';
import { readStudioDraft } from '../state/studio-drafts.ts';
import { renderBriefing } from '../ui/briefing-screen.ts';
import { renderDebrief } from '../ui/debrief.ts';
import { h } from '../ui/dom.ts';
import { closeHowToPlay, howToPlayIsOpen, openHowToPlay } from '../ui/how-to-play.ts';
import { renderPlayAs } from '../ui/play-as-screen.ts';
import { renderProblemList } from '../ui/problems-view.ts';
import { renderTitle } from '../ui/title-screen.ts';
import { startTour, tourSeen } from '../ui/tour.ts';
import { workerEngine } from '../worker/engine-client.ts';
import { parseScenarioOffThread } from '../worker/parse-client.ts';
import { continueGame } from './continue-game.ts';
import { currentGameStore, showGame, tableGate } from './game-screen.ts';
import { createRouter, type Route, routeHash } from './router.ts';
import { setHeading, setState, showScreen } from './screen.ts';
import {
  fileName,
  keyOf,
  loadAllShipped,
  loadShippedText,
  shippedScenarios,
  shippedText,
} from './shipped.ts';
import { closeStudio, STUDIO_LAB_HASH, showStudio } from './studio-screen.ts';
import { prefetchTable } from './table-loader.ts';

const DEFAULT_FILE = 'gaza-isf-2025.yaml';
const storage = () => window.localStorage;

/** The game in progress: what every game screen (briefing, table, debrief) needs. */
interface CurrentGame {
  readonly scenario: Scenario;
  readonly store: GameStoreApi;
  readonly saved: SavedGame;
  /** The lone human seat (null in pass-and-play): whose private brief the briefing shows. */
  readonly me: Actor | null;
  readonly tableOpened: () => void;
  /** The player has asked for the table: the AI's moves may begin even if it fails to open. */
  readonly tableAsked: () => void;
}
let current: CurrentGame | null = null;
/** The route whose screen is drawn now: a route shown again (after "How to play") is not redrawn. */
let drawn = '';

const router = createRouter(show);

/** The classroom's screens, a chunk of their own (classroom.ts). */
let classroomLoaded = false;
const classroom = () => {
  classroomLoaded = true;
  return import('./classroom.ts');
};
export const currentStore = (): GameStoreApi | null => current?.store ?? currentGameStore();

function textOf(game: SavedGame): string | undefined {
  return game.source.kind === 'shipped'
    ? shippedText(game.source.key)
    : (storage().getItem(game.source.textKey) ?? undefined);
}

/** A scenario file's problems, each located, with a way back. */
function showProblems(file: string, text: string | Uint8Array, problems: readonly ScenarioProblem[]): void {
  const back = h('button', { type: 'button', id: 'back-to-title' }, 'Back to the scenarios');
  back.addEventListener('click', () => router.go({ screen: 'title' }));
  // A file from disk comes as bytes; shown leniently here, since its problem may be bad UTF-8.
  const shown = typeof text === 'string' ? text : decodeLeniently(text);
  showScreen(renderProblemList(file, shown, problems), back);
  setState('problems');
  drawn = '';
}

function startGame(scenario: Scenario, setup: GameSetup, source: GameSource): void {
  const startedAt = new Date().toISOString();
  const slot = newSlot(storage(), scenario.id, startedAt);
  const humans = scenario.actors.filter((a) => own(setup.seats, a.id) === 'human');
  const saved: SavedGame = {
    slot,
    source,
    title: scenario.title,
    players: humans.map((a) => a.name),
    startedAt,
  };
  const gate = tableGate();
  const store = createGameStore({
    model: compile(scenario),
    storage: storage(),
    engine: takeEngine(scenario),
    aiMayMove: gate.wait,
    saveKey: slot,
    pace: pageRhythm(window.location.search),
  });
  // The new game is in the store as soon as start() returns; the AI seats then move in the worker.
  void store.getState().start(setup);
  if (!store.getState().game) return;
  addSavedGame(storage(), saved);
  const me = humans.length === 1 ? (humans[0] ?? null) : null;
  current = { scenario, store, saved, me, tableOpened: gate.open, tableAsked: gate.arm };
  keepPendingAmendment(current);
  // The briefing in a task of its own: the click's task already holds the new game's scoring.
  setTimeout(() => router.go({ screen: 'briefing' }), 0);
}

/** The engine worker started while the player read "Play as…", for the scenario it was started on. */
let earlyEngine: { readonly scenario: Scenario; readonly engine: ReturnType<typeof workerEngine> } | null =
  null;

function takeEngine(scenario: Scenario): ReturnType<typeof workerEngine> {
  const early = earlyEngine?.scenario === scenario ? earlyEngine.engine : null;
  earlyEngine = null;
  return early ?? workerEngine(scenario);
}

/** "Play as…" on a parsed scenario; `source` is how a save finds the scenario again. */
function showPlayAs(scenario: Scenario, source: GameSource, back: Route = { screen: 'title' }): void {
  const root = h('div', { id: 'setup-root' });
  showScreen(root);
  setHeading(scenario.title, `Play as… — ${scenario.title} — Draftroom`);
  renderPlayAs(root, scenario, {
    onStart: (setup) => startGame(scenario, setup, source),
    onBack: () => router.go(back),
    ...(back.screen === 'studio' ? { backLabel: 'Back to the studio' } : {}),
  });
  setState('setup');
  // While the player reads the cards: hash the scenario for the saves and load and boot the table.
  requestAnimationFrame(() => {
    setTimeout(() => scenarioHash(compile(scenario)), 0);
    // Starting a worker and sending it the scenario took tens of milliseconds of the start click. Not
    // while a game is open: a new engine worker retires the page's previous one (engine-client.ts),
    // and Forward can still lead back to that game.
    setTimeout(() => {
      if (document.body.dataset.state === 'setup' && current === null && earlyEngine?.scenario !== scenario)
        earlyEngine = { scenario, engine: workerEngine(scenario) };
    }, 0);
    prefetchTable('table');
  });
}

async function openShipped(file: string): Promise<void> {
  const key = keyOf(file);
  const text = await loadShippedText(key);
  if (text === undefined) return router.go({ screen: 'title' }, { replace: true });
  const result = await parseScenarioOffThread(text, file);
  if (!result.ok) return showProblems(file, text, result.error);
  showPlayAs(result.value, { kind: 'shipped', key });
}

/** `back`: where Play as…'s Back leads (the studio, for a text played from it). */
async function openFile(name: string, bytes: Uint8Array, back?: Route): Promise<void> {
  const result = await parseScenarioOffThread(bytes, name);
  if (!result.ok) return showProblems(name, bytes, result.error);
  // Kept so that a game on this file can be continued after a reload.
  const text = decodeLeniently(bytes);
  // If the browser will not keep it (storage full or blocked) the game is still played; Continue
  // will then say the file is no longer kept, and offer a new game on it.
  const textKey = keepScenarioText(storage(), text) ?? 'draftroom.scenario.not-kept';
  drawn = '';
  showPlayAs(result.value, { kind: 'file', name, textKey }, back);
}

function showBriefing(game: CurrentGame): void {
  const root = h('div', { id: 'briefing-root' });
  showScreen(root);
  setHeading(game.scenario.title, `Briefing — ${game.scenario.title} — Draftroom`);
  renderBriefing(root, game.scenario, game.me, {
    onReady: () => {
      // The lone player has read their brief here: the table does not show it again.
      if (game.me) game.store.getState().reveal(game.me.id);
      game.tableAsked();
      router.go({ screen: 'game' });
    },
  });
  setState('briefing');
}

/** Keeps the unsent amendment beside the game's save as it changes, and puts it back after a reload. */
function keepPendingAmendment(game: CurrentGame): void {
  const { store, saved, scenario } = game;
  const restored = readPending(storage(), saved.slot, scenario);
  if (restored.length > 0 && store.getState().pendingChanges.length === 0)
    store.getState().setPendingChanges(restored);
  store.subscribe((now, before) => {
    if (now.pendingChanges !== before.pendingChanges) writePending(storage(), saved.slot, now.pendingChanges);
  });
}

function showTable(game: CurrentGame): void {
  game.tableAsked();
  showGame(game.scenario, game.store, {
    onDebrief: () => router.go({ screen: 'debrief' }),
    tableOpened: () => {
      game.tableOpened();
      if (!tourSeen(storage())) setTimeout(() => startTour(storage()), 300);
    },
  });
}

function showDebriefOf(game: CurrentGame): void {
  const finished = game.store.getState().game;
  if (finished?.phase !== 'finished') {
    router.go({ screen: 'game' }, { replace: true });
    return;
  }
  const data = buildDebrief(compile(game.scenario), finished, {
    date: new Date().toISOString().slice(0, 10),
  });
  const root = h('div');
  showScreen(root);
  renderDebrief(root, data, {
    onBack: () => {
      router.go({ screen: 'game' });
      document.getElementById('open-debrief')?.focus();
    },
    onNewGame: () => router.go({ screen: 'title' }),
  });
  setState('debrief');
  document.getElementById('debrief-heading')?.focus();
}

/** A reload on a game screen: the newest saved game, continued; the title when there is none. */
async function resumeNewest(): Promise<void> {
  await loadAllShipped();
  const newest = listSavedGames(storage(), titleOfKey)[0];
  if (!newest) {
    router.go({ screen: 'title' }, { replace: true });
    return;
  }
  // The title under the Continue in progress: a problem with the save is said there.
  drawn = routeHash({ screen: 'title' });
  await showTitle();
  resume(newest);
}

function resume(saved: SavedGame, button: HTMLElement | null = null): void {
  void continueGame(saved, {
    scenarioText: textOf,
    button,
    showGame: (scenario, store) => {
      const humans = scenario.actors.filter(
        (a) => own(store.getState().game?.setup.seats ?? {}, a.id) === 'human',
      );
      const me = humans.length === 1 ? (humans[0] ?? null) : null;
      // A lone player read their brief when the game began: a reload does not put it in their way.
      if (me) store.getState().reveal(me.id);
      current = { scenario, store, saved, me, tableOpened: () => {}, tableAsked: () => {} };
      keepPendingAmendment(current);
      router.go({ screen: 'game' }, { replace: window.location.hash === routeHash({ screen: 'game' }) });
    },
    newGame: (game) => {
      if (game.source.kind === 'shipped')
        return router.go({ screen: 'play', file: fileName(game.source.key) });
      const text = textOf(game);
      if (text !== undefined) void openFile(game.source.name, new TextEncoder().encode(text));
    },
  });
}

/** A shipped scenario's title, as its card reads it (the texts are loaded before saves are listed). */
const titleOfKey = (key: string): string | undefined => shippedScenarios().find((s) => s.key === key)?.title;

async function showTitle(): Promise<void> {
  await loadAllShipped();
  // Another screen asked for while the texts loaded: it wins.
  if (drawn !== routeHash({ screen: 'title' })) return;
  setHeading('Negotiate a Security Council resolution');
  const root = h('div');
  showScreen(root);
  const saved = listSavedGames(storage(), titleOfKey);
  const classSeat = lastSeat(storage());
  renderTitle(root, {
    scenarios: shippedScenarios(),
    saved,
    onChoose: (key) => router.go({ screen: 'play', file: fileName(key) }),
    onLoadFile: (name, bytes) => void openFile(name, bytes),
    onContinue: (game) => {
      const button = root.querySelector<HTMLElement>(`[data-slot="${CSS.escape(game.slot)}"] button`);
      resume(game, button);
    },
    onDelete: (game) => {
      removeSavedGame(storage(), game.slot);
      void showTitle();
    },
    onLab: (key) => router.go({ screen: 'lab', hash: `#lab?scenario=${encodeURIComponent(fileName(key))}` }),
    onLabFile: (name, bytes) => void openLabFor({ name, text: bytes }),
    onStudio: () => router.go({ screen: 'studio' }),
    onJoinClass: () => router.go({ screen: 'join', code: '' }),
    ...(classSeat ? { onBackToClass: () => router.go({ screen: 'room', room: classSeat }) } : {}),
    onRunClass: () => router.go({ screen: 'class' }),
  });
  setState('title');
}

/**
 * The what-if lab, a chunk loaded on demand: on the scenario a lab link names (by file name), or on
 * a file from disk.
 */
async function openLabFor(
  source: { key: string } | { name: string; text: string | Uint8Array },
  hash?: string,
): Promise<void> {
  const lab = await import('../ui/lab/lab-main.ts');
  let problem: string | undefined;
  let key = 'key' in source ? source.key : null;
  let link = hash;
  if (key !== null && (await loadShippedText(key)) === undefined) {
    problem = `The link names the scenario '${fileName(key)}', which is not one of the shipped scenarios: the lab opened the default scenario at its defaults.`;
    key = keyOf(DEFAULT_FILE);
    link = undefined;
    await loadShippedText(key);
  }
  const name = key !== null ? fileName(key) : 'name' in source ? source.name : '';
  const text = key !== null ? (shippedText(key) ?? '') : 'text' in source ? source.text : '';
  const result = await parseScenarioOffThread(text, name);
  if (!result.ok) return showProblems(name, text, result.error);
  const root = h('div', { id: 'lab-screen' });
  showScreen(root);
  setHeading(result.value.title, `What-if lab: ${result.value.title} — Draftroom`);
  lab.openLab({
    root,
    scenario: result.value,
    file: key !== null ? name : null,
    ...(link ? { hash: link } : {}),
    ...(problem ? { problem } : {}),
    onExit: () => router.go({ screen: 'title' }),
  });
  setState('lab');
}

function openLabLink(hash: string): void {
  const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  // "Open in the lab" from the studio: the studio's text as the browser keeps it (a reload too).
  const studio = params.has('studio') ? readStudioDraft(storage()) : null;
  if (studio) return void openLabFor({ name: studio.name, text: studio.text });
  const named = params.get('scenario');
  void openLabFor({ key: keyOf(named ?? DEFAULT_FILE) }, hash);
}

function show(route: Route): void {
  if (route.screen === 'how-to-play') {
    // Over whatever is drawn; on a fresh load, over the title, and closing it stays in the app.
    const fresh = drawn === '';
    if (fresh) show({ screen: 'title' });
    openHowToPlay(() => (fresh ? router.go({ screen: 'title' }, { replace: true }) : window.history.back()));
    return;
  }
  if (howToPlayIsOpen()) closeHowToPlay();
  const key = routeHash(route);
  // Back from "How to play" to the screen under it: nothing to redraw.
  if (key === drawn && route.screen !== 'title') return;
  if (drawn.startsWith('#lab') && route.screen !== 'lab')
    void import('../ui/lab/lab-main.ts').then((lab) => lab.closeLab());
  if (drawn === routeHash({ screen: 'studio' }) && route.screen !== 'studio') void closeStudio();
  // Leaving the classroom's screens lets go of their connections (the seat and console tokens stay).
  if (classroomLoaded && route.screen !== 'room') void classroom().then((c) => c.leaveTable());
  if (classroomLoaded && route.screen !== 'console' && route.screen !== 'class-debrief')
    void classroom().then((c) => c.closeConsole());
  drawn = key;
  const game = current;
  const screens: Record<Exclude<Route['screen'], 'how-to-play'>, () => void> = {
    title: () => void showTitle(),
    play: () => route.screen === 'play' && void openShipped(route.file),
    lab: () => route.screen === 'lab' && openLabLink(route.hash),
    studio: () =>
      void showStudio({
        onPlay: (name, text) => {
          // Play as… is drawn over the studio's address: the studio is closed here, not by a route.
          void closeStudio();
          void openFile(name, new TextEncoder().encode(text), { screen: 'studio' });
        },
        onLab: () => router.go({ screen: 'lab', hash: STUDIO_LAB_HASH }),
      }),
    briefing: () => (game ? showBriefing(game) : void resumeNewest()),
    game: () => (game ? showTable(game) : void resumeNewest()),
    debrief: () => (game ? showDebriefOf(game) : void resumeNewest()),
    class: () => void classroom().then((c) => c.showClassSetup(router)),
    join: () => route.screen === 'join' && void classroom().then((c) => c.showJoin(router, route.code)),
    room: () => route.screen === 'room' && void classroom().then((c) => c.showRoom(router, route.room)),
    console: () =>
      route.screen === 'console' &&
      void classroom().then((c) => c.showConsole(router, route.session, route.token)),
    'class-debrief': () =>
      route.screen === 'class-debrief' &&
      void classroom().then((c) => c.showClassDebrief(router, route.session)),
  };
  screens[route.screen]();
}

/** Draws the screen the address names (a reload lands where it left). */
export function startApp(): void {
  show(router.current());
}

export function openHowToPlayRoute(): void {
  router.go({ screen: 'how-to-play' });
}
