// The page's two areas: `#screen` for the full-page screens (title, play-as, briefing, debrief, lab,
// problems) and `#game-view` for the table and its panels, which stays alive behind the others so a
// game can be gone back to without being drawn again.

export type ScreenState =
  | 'title'
  | 'problems'
  | 'setup'
  | 'briefing'
  | 'ready'
  | 'debrief'
  | 'lab'
  | 'studio'
  | 'console';

export function setState(state: ScreenState): void {
  document.body.dataset.state = state;
}

/** Each screen starts at its top, not where the last one was scrolled to. */
export function toTop(): void {
  document.querySelector('main')?.scrollTo({ top: 0 });
  window.scrollTo(0, 0);
}

export function showScreen(...children: HTMLElement[]): void {
  const screen = document.getElementById('screen');
  const gameView = document.getElementById('game-view');
  if (!screen || !gameView) return;
  // Scrolling needs an up-to-date layout: before the change it costs nothing, after it the new
  // screen would be laid out inside this task.
  toTop();
  gameView.hidden = true;
  screen.hidden = false;
  screen.replaceChildren(...children);
}

export function setHeading(text: string, documentTitle = 'Draftroom'): void {
  const title = document.getElementById('scenario-title');
  if (title) title.textContent = text;
  document.title = documentTitle;
}
