// "Continue" on a saved game from the title: parse its scenario (shipped, or the file's text kept
// with the save), restore its autosave, and show the table; whatever goes wrong is said in place of
// the Continue button, with what can still be done (ui/continue-problem.ts): never a silent no-op.
import { compile } from '../engine/model.ts';
import type { Scenario } from '../engine/scenario.ts';
import { pageRhythm } from '../state/playback.ts';
import type { SavedGame } from '../state/saved-games.ts';
import { createGameStore, type GameStoreApi } from '../state/store.ts';
import { type ContinueProblem, markContinueWaiting, renderContinueProblem } from '../ui/continue-problem.ts';
import { workerEngine } from '../worker/engine-client.ts';
import { parseScenarioOffThread } from '../worker/parse-client.ts';

export interface ContinueScreens {
  /** The scenario text of a saved game, if it can still be found. */
  readonly scenarioText: (game: SavedGame) => string | undefined;
  readonly showGame: (scenario: Scenario, store: GameStoreApi, game: SavedGame) => void;
  /** A new game of the same scenario (its "Play as…" screen). */
  readonly newGame: (game: SavedGame) => void;
  /** Where the problem panel goes: the game's Continue button, or the title's first one. */
  readonly button?: HTMLElement | null;
}

const sourceName = (game: SavedGame) =>
  game.source.kind === 'file' ? game.source.name : (game.source.key.split('/').pop() ?? game.source.key);

export async function continueGame(game: SavedGame, screens: ContinueScreens): Promise<void> {
  const button = screens.button ?? document.getElementById('continue-game');
  markContinueWaiting(button);
  const name = sourceName(game);
  let shown: HTMLElement | null = button;
  const offer = (
    problem: Omit<ContinueProblem, 'scenarioFile'>,
    store: GameStoreApi | null,
    scenario?: Scenario,
  ) => {
    const view = renderContinueProblem(
      { ...problem, scenarioFile: name },
      {
        onPrevious: () =>
          void (async () => {
            if (!store || !scenario) return;
            const again = await store.getState().restorePrevious();
            if (again.restored) return screens.showGame(scenario, store, game);
            offer(again, store, scenario);
          })(),
        onNewGame: () => screens.newGame(game),
      },
    );
    shown?.replaceWith(view);
    shown = view;
    view.querySelector<HTMLElement>('button')?.focus();
  };
  const text = screens.scenarioText(game);
  const result = text === undefined ? null : await parseScenarioOffThread(text, name);
  if (!result?.ok) {
    const problem = `its scenario '${name}' ${result ? 'has problems' : game.source.kind === 'file' ? 'is no longer kept in this browser' : 'is no longer one of the shipped scenarios'}`;
    return offer({ problem, missing: false, damaged: null, previous: null }, null);
  }
  const engine = workerEngine(result.value);
  // Not held for the table: a restored game is shown once its AI seats have moved (restore waits).
  const store = createGameStore({
    model: compile(result.value),
    storage: window.localStorage,
    engine,
    saveKey: game.slot,
    pace: pageRhythm(window.location.search),
  });
  const outcome = await store.getState().restore();
  if (outcome.restored) return screens.showGame(result.value, store, game);
  offer(outcome, store, result.value);
}
