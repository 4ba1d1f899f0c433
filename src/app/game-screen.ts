// The game screen: the Phaser table and the DOM panels beside it, all reading the one store. A new
// position from the engine is drawn one panel per frame; the player's own choices are drawn at once.
import type { Scenario } from '../engine/scenario.ts';
import type { GameStoreApi } from '../state/store.ts';
import { renderAftermath } from '../ui/aftermath.ts';
import { h } from '../ui/dom.ts';
import { renderDraftPanel } from '../ui/draft-panel.ts';
import { afterNextFrame } from '../ui/frames.ts';
import { renderGamePanel } from '../ui/game-panel.ts';
import { renderHandover } from '../ui/handover.ts';
import { renderKeepingFocus } from '../ui/keep-focus.ts';
import { renderLogFeed } from '../ui/log-feed.ts';
import { renderProgress } from '../ui/progress-view.ts';
import { renderScenarioPanel } from '../ui/scenario-panel.ts';
import { mountTableFeedback } from '../ui/table-feedback.ts';
import { renderTradePanel } from '../ui/trade-panel.ts';
import { renderWhyPanel } from '../ui/why-panel.ts';
import { prefersReducedMotion } from './motion.ts';
import { setHeading, setState, toTop } from './screen.ts';
import { showTableFor, tableGameNow } from './table-loader.ts';

/**
 * Holds a new game's AI seats until its table has opened: the player reads the briefing first and
 * then sees the AI's moves play out, and the table's first frames and the worker's first moves
 * together overran the page's 50 ms on a two-core machine. Once the player has asked for the table
 * (`arm`), a table that fails to open holds them for three seconds at most.
 */
export function tableGate(): {
  readonly open: () => void;
  readonly arm: () => void;
  readonly wait: () => Promise<void>;
} {
  let open = () => {};
  let arm = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const armed = new Promise<void>((resolve) => {
    arm = resolve;
  });
  const fallback = armed.then(() => new Promise<void>((resolve) => setTimeout(resolve, 3000)));
  const wait = () => Promise.race([opened, fallback]);
  return { open, arm, wait };
}

// Phaser maps a click to the canvas through the canvas position it measured last, and it only
// re-measures on a window resize. Here the columns scroll on their own and a still table does not
// redraw, so the position is re-measured on any scroll and just before a press reaches the canvas.
const remeasureTable = () => tableGameNow()?.scale.updateBounds();
document.addEventListener('scroll', remeasureTable, { capture: true, passive: true });
for (const type of ['pointerdown', 'mousedown', 'touchstart'] as const)
  document.getElementById('table')?.addEventListener(type, remeasureTable, { capture: true, passive: true });

function startTable(scenario: Scenario, store: GameStoreApi, onBuilt: () => void): void {
  const table = document.getElementById('table');
  const onVotePhase = (phase: string) => {
    table?.setAttribute('data-vote-phase', phase);
    document.body.dataset.votePhase = phase;
  };
  void showTableFor('table', { scenario, store, onVotePhase, onBuilt }, () => setState('ready'));
}

/** The store whose panels are wired now: going back to the same game only shows the view again. */
let wired: GameStoreApi | null = null;
let unsubscribe: () => void = () => {};

export const currentGameStore = (): GameStoreApi | null => wired;

export interface GameScreenHooks {
  readonly onDebrief: () => void;
  /** Runs once the new game's table has drawn its first frame. */
  readonly tableOpened?: () => void;
}

/** Shows the table again after another screen (the debrief, the briefing): nothing is redrawn. */
function showAgain(): void {
  const screen = document.getElementById('screen');
  const gameView = document.getElementById('game-view');
  if (!screen || !gameView) return;
  screen.hidden = true;
  gameView.hidden = false;
  // A window resized (or printed) while the table was hidden left the canvas measured at 0×0:
  // measure the parent again and fit the canvas to it now, not at Phaser's next check.
  const game = tableGameNow();
  if (game?.scale.getParentBounds()) game.scale.refresh();
  setState('ready');
}

export function showGame(scenario: Scenario, store: GameStoreApi, hooks: GameScreenHooks): void {
  const screen = document.getElementById('screen');
  const gameView = document.getElementById('game-view');
  const panel = document.getElementById('panel');
  if (!screen || !gameView || !panel) return;
  setHeading(scenario.title, `${scenario.title} — Draftroom`);
  if (wired === store) {
    showAgain();
    return;
  }
  unsubscribe();
  wired = store;
  store.getState().setReducedMotion(prefersReducedMotion());
  toTop();
  screen.hidden = true;
  gameView.hidden = false;
  const status = h('div', { id: 'game-status' });
  const progress = h('div', { id: 'progress' });
  const why = h('section', { id: 'why', 'aria-live': 'polite' });
  const feed = h('section', { id: 'feed' });
  const summary = h('div');
  panel.replaceChildren(status, progress, why, feed, summary);
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
      renderGamePanel(status, scenario, store.getState(), hooks.onDebrief);
      renderProgress(progress, store.getState().busy);
      if (handover) renderHandover(handover, scenario, store.getState());
      // While a hand-over cover is up, the game behind it can be neither read nor tabbed into.
      if (handover) gameView.inert = !handover.hidden;
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
    tableShown = true;
    // After the panels' first draw, each in a task of its own (together with the first stage they
    // made the start click's task run over 50 ms): the AI's moves one at a time, each move's fate and
    // the table as a list on narrow screens; then the scenario's summary; then, on a frame of its
    // own, the table. The AI seats wait for the table (aiMayMove), so no move or fate is missed.
    afterNextFrame(() => {
      if (wired !== store) return;
      mountTableFeedback(scenario, store);
      afterNextFrame(() => {
        if (wired !== store) return;
        renderScenarioPanel(summary, scenario, (id) => store.getState().select(id));
        requestAnimationFrame(() => startTable(scenario, store, hooks.tableOpened ?? (() => {})));
      });
    });
  };
  const drawStage = () => {
    frameBooked = false;
    if (wired !== store) return;
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
  unsubscribe = store.subscribe((now, before) => {
    const changed = Object.keys(now).filter(
      (k) => now[k as keyof typeof now] !== before[k as keyof typeof now],
    );
    if (changed.length === 1 && changed[0] === 'busy') renderProgress(progress, now.busy);
    else if (changed.includes('game') || changed.includes('outlook')) drawStaged();
    else drawAll();
  });
}
