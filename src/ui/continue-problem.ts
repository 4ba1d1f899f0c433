// What the title screen shows when "Continue the saved game" cannot continue it: what is wrong, in
// words, and what can still be done — continue from the previous save if it can be read, start a new
// game, or download the damaged save's text so that nothing is lost. It replaces the Continue button.
import { movesEarlierText, type PreviousSave, type RestoreFailure } from '../state/save-slots.ts';
import { h } from './dom.ts';
import { downloadText } from './download.ts';

/** A failed Continue as the store reports it (the damaged text is offered as a download). */
export interface ContinueProblem extends RestoreFailure {
  /** Names the downloaded file: draftroom-damaged-save-<scenario>.json. */
  readonly scenarioFile: string;
}

export interface ContinueChoices {
  readonly onPrevious: () => void;
  readonly onNewGame: () => void;
}

/** "round 2, 3 moves earlier", or "round 2" when the damaged save cannot be counted. */
export function previousLabel(previous: PreviousSave): string {
  const n = previous.movesEarlier;
  return n !== null && n > 0 ? `round ${previous.round}, ${movesEarlierText(n)}` : `round ${previous.round}`;
}

export function renderContinueProblem(problem: ContinueProblem, choices: ContinueChoices): HTMLElement {
  const headline = problem.missing ? 'The saved game could not be found' : 'The saved game could not be read';
  const title = problem.missing ? 'No saved game to continue' : 'Something is wrong with the saved game';
  const buttons: HTMLElement[] = [];
  if (problem.previous) {
    const previous = h(
      'button',
      { type: 'button', id: 'continue-previous', class: 'primary' },
      `Continue from the previous save (${previousLabel(problem.previous)})`,
    );
    previous.addEventListener('click', () => {
      previous.setAttribute('disabled', '');
      previous.textContent = 'Opening the previous save…';
      choices.onPrevious();
    });
    buttons.push(previous);
  }
  const fresh = h(
    'button',
    { type: 'button', id: 'continue-new-game', class: problem.previous ? '' : 'primary' },
    'Start a new game',
  );
  fresh.addEventListener('click', choices.onNewGame);
  buttons.push(fresh);
  const parts: HTMLElement[] = [
    h('h2', { id: 'continue-problem-heading', class: 'continue-problem-title' }, title),
    h('p', { class: 'continue-problem-what' }, `${headline}: ${problem.problem}.`),
  ];
  if (problem.damaged !== null) {
    const text = problem.damaged;
    const name = `draftroom-damaged-save-${problem.scenarioFile.replace(/\.ya?ml$/, '')}.json`;
    const save = h('button', { type: 'button', id: 'download-damaged-save' }, 'Download the damaged save');
    save.addEventListener('click', () => downloadText(name, text, 'application/json;charset=utf-8'));
    buttons.push(save);
    parts.push(
      h(
        'p',
        {},
        `${problem.previous ? 'A new game, or one continued from the previous save,' : 'A new game'} replaces it in this browser: download it first if you want to keep it.`,
      ),
    );
  }
  parts.push(h('div', { class: 'continue-problem-actions' }, ...buttons));
  return h(
    'section',
    {
      id: 'continue-problem',
      class: 'continue-problem',
      role: 'alert',
      'aria-labelledby': 'continue-problem-heading',
    },
    ...parts,
  );
}

/** The Continue button while the save is read: it says so, and cannot be pressed twice. */
export function markContinueWaiting(button: HTMLElement | null): void {
  if (!button) return;
  button.setAttribute('disabled', '');
  button.setAttribute('aria-busy', 'true');
  button.textContent = 'Opening the saved game…';
}
