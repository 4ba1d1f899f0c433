// A short guided tour the first time a player sits at the table: at most six steps, each pointing at
// one part of the screen, skippable at any step and remembered once done or skipped.
import { h } from './dom.ts';

export const TOUR_SEEN = 'draftroom.tourSeen';

interface Step {
  /** What the step points at; a step whose target is not on the screen is left out. */
  readonly target: string;
  readonly title: string;
  readonly text: string;
}

const STEPS: readonly Step[] = [
  {
    target: '#table',
    title: 'The table',
    text: 'Every delegation sits here with its score of the text (0–100, 50 = no resolution) and how it would vote. Your seat is highlighted.',
  },
  {
    target: '#draft',
    title: 'The draft',
    text: 'The resolution as it stands. Choose a paragraph to change it: your changes become an amendment.',
  },
  {
    target: '#game-status',
    title: 'Your move and the clock',
    text: 'Whose turn it is, which round of how many, and your choices: propose an amendment, offer a trade, or pass.',
  },
  {
    target: '#why',
    title: 'Why they score it so',
    text: 'Choose any delegation to see why it scores the text as it does, and which single change would win it over.',
  },
  {
    target: '#feed',
    title: 'What happened',
    text: 'Every move, the pen holder’s decisions and the events between rounds, with their reasons.',
  },
];

export function tourSeen(storage: Storage): boolean {
  try {
    return storage.getItem(TOUR_SEEN) === 'true';
  } catch {
    return true;
  }
}

/** Runs the tour over the visible targets; calls `onEnd` when it is finished or skipped. */
export function startTour(storage: Storage, onEnd: () => void = () => {}): void {
  const steps = STEPS.filter((s) => {
    const el = document.querySelector<HTMLElement>(s.target);
    return el !== null && el.getClientRects().length > 0;
  });
  if (steps.length === 0) return;
  let index = 0;
  const card = h('div', {
    class: 'tour-card',
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': 'tour-title',
  });
  const end = () => {
    try {
      storage.setItem(TOUR_SEEN, 'true');
    } catch {
      // Storage blocked: the tour may show again next time, which is harmless.
    }
    document.querySelector('.tour-target')?.classList.remove('tour-target');
    card.remove();
    onEnd();
  };
  const show = () => {
    const step = steps[index];
    if (!step) return end();
    document.querySelector('.tour-target')?.classList.remove('tour-target');
    const target = document.querySelector<HTMLElement>(step.target);
    target?.classList.add('tour-target');
    target?.scrollIntoView({ block: 'nearest' });
    const next = h(
      'button',
      { type: 'button', class: 'primary', id: 'tour-next' },
      index + 1 < steps.length ? 'Next' : 'Start playing',
    );
    const skip = h('button', { type: 'button', class: 'link', id: 'tour-skip' }, 'Skip the tour');
    next.addEventListener('click', () => {
      index += 1;
      show();
    });
    skip.addEventListener('click', end);
    card.replaceChildren(
      h('p', { class: 'tour-count' }, `${index + 1} of ${steps.length}`),
      h('h2', { id: 'tour-title' }, step.title),
      h('p', {}, step.text),
      h('p', { class: 'tour-actions' }, skip, next),
    );
    next.focus({ preventScroll: true });
  };
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') end();
  });
  document.body.append(card);
  show();
}
