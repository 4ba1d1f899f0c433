// "Continue the saved game" from the title: parse the shipped scenario, restore its autosave, and
// show the table; whatever goes wrong is said in place of the Continue button, with what can still be
// done (ui/continue-problem.ts): never a silent no-op. Wired by main.ts, which owns the screens.
import { compile } from './engine/model.ts';
import type { Scenario } from './engine/scenario.ts';
import { createGameStore, type GameStoreApi } from './state/store.ts';
import { type ContinueProblem, markContinueWaiting, renderContinueProblem } from './ui/continue-problem.ts';
import { workerEngine } from './worker/engine-client.ts';
import { parseScenarioOffThread } from './worker/parse-client.ts';

export interface ContinueScreens {
  /** The shipped scenario's text under `key`, if it is one (own keys only: `key` comes from storage). */
  readonly shippedText: (key: string) => string | undefined;
  readonly fileName: (key: string) => string;
  readonly showGame: (scenario: Scenario, store: GameStoreApi) => void;
  /** A new game of the shipped scenario `key` (its set-up screen). */
  readonly newGame: (key: string) => void;
}

export async function continueGame(key: string, screens: ContinueScreens): Promise<void> {
  markContinueWaiting(document.getElementById('continue-game'));
  const name = screens.fileName(key);
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
            if (again.restored) return screens.showGame(scenario, store);
            offer(again, store, scenario);
          })(),
        onNewGame: () => screens.newGame(key),
      },
    );
    (document.getElementById('continue-problem') ?? document.getElementById('continue-game'))?.replaceWith(
      view,
    );
    view.querySelector<HTMLElement>('button')?.focus();
  };
  const text = screens.shippedText(key);
  const result = text === undefined ? null : await parseScenarioOffThread(text, key);
  if (!result?.ok) {
    const problem = `its scenario '${name}' ${result ? 'has problems' : 'is no longer one of the shipped scenarios'}`;
    return offer({ problem, missing: false, damaged: null, previous: null }, null);
  }
  const engine = workerEngine(result.value);
  // Not held for the table: a restored game is shown once its AI seats have moved (restore waits).
  const store = createGameStore({ model: compile(result.value), storage: window.localStorage, engine });
  const outcome = await store.getState().restore();
  if (outcome.restored) return screens.showGame(result.value, store);
  offer(outcome, store, result.value);
}
