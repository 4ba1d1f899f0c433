// Above the table while the AI's moves are shown one at a time: which move of how many, who is
// acting and what it does, and a Skip button that shows where the moves stop at once. Hidden when no
// moves are being shown. Not a live region: the feed (role="log") already announces each move.
import type { Scenario } from '../engine/scenario.ts';
import { actionWords } from '../state/move-words.ts';
import { actorName } from '../state/names.ts';
import type { GameStore } from '../state/store.ts';
import { h } from './dom.ts';

export function renderPlaybackBar(root: HTMLElement, scenario: Scenario, store: GameStore): void {
  const playback = store.playback;
  root.classList.add('playback-bar');
  root.hidden = playback === null;
  if (!playback) {
    root.replaceChildren();
    return;
  }
  const name = (id: string) => actorName(scenario, id);
  const actor = playback.action.seat;
  let skip = root.querySelector<HTMLButtonElement>('#skip-moves');
  if (!skip) {
    skip = h('button', { type: 'button', id: 'skip-moves', class: 'primary' }, 'Skip');
    skip.setAttribute('aria-describedby', 'playback-what');
    skip.addEventListener('click', () => store.skipPlayback());
  }
  const what = h(
    'p',
    { id: 'playback-what', class: 'playback-what' },
    h('span', { class: 'playback-count' }, `AI move ${playback.step} of ${playback.total}`),
    ' ',
    h('strong', {}, name(actor)),
    ` ${actionWords(playback.action, name)}`,
  );
  // The Skip button is kept (not rebuilt) so a keyboard user's focus stays on it between moves.
  root.replaceChildren(what, skip);
  root.dataset.step = String(playback.step);
  root.dataset.total = String(playback.total);
}
