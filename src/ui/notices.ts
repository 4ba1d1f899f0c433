// The fate of each of a human player's moves as a notice they cannot miss: a card in a corner of the
// screen, announced politely to screen readers, that stays until it is dismissed (news of the same
// amendment or trade replaces it; "tabled" and "offered" cards, which only confirm, go by themselves
// after a while). The fates are the store's positions compared one to the next (state/move-fates.ts),
// so they arrive as the AI's moves are shown, not before.
import type { Scenario } from '../engine/scenario.ts';
import { type Fate, moveFates } from '../state/move-fates.ts';
import { actorName } from '../state/names.ts';
import type { GameStoreApi } from '../state/store.ts';
import { h } from './dom.ts';

/** A confirmation (tone 'info') leaves after this long; news of a fate stays until dismissed. */
export const INFO_MS = 12_000;
/** Cards shown at once; an older one gives way. */
const MAX_CARDS = 3;

/** "A3", "T2": the amendment or trade a fate is about, so that later news replaces older. */
const subject = (fate: Fate) => `${fate.seat}:${/\b[AT]\d+\b/.exec(fate.title)?.[0] ?? fate.title}`;

export interface Notices {
  readonly root: HTMLElement;
  show(fate: Fate, seatName: string | null): void;
  dispose(): void;
}

export function createNotices(): Notices {
  const list = h('ol', { class: 'fate-list' });
  const root = h(
    'section',
    { class: 'fate-notices', 'aria-label': 'What became of your moves' },
    // The live region exists before any card is added, so the first card is announced.
    h('div', { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'false', class: 'fate-live' }, list),
  );
  const timers = new Map<HTMLElement, number>();
  const remove = (card: HTMLElement) => {
    window.clearTimeout(timers.get(card));
    timers.delete(card);
    const next = card.nextElementSibling ?? card.previousElementSibling;
    const hadFocus = card.contains(document.activeElement);
    card.remove();
    // A keyboard user who dismissed a card lands on the next one, not on the page's top.
    if (hadFocus) next?.querySelector<HTMLButtonElement>('button')?.focus();
  };
  return {
    root,
    show(fate, seatName) {
      const key = subject(fate);
      for (const old of list.querySelectorAll<HTMLElement>('li'))
        if (old.dataset.subject === key) remove(old);
      const dismiss = h('button', { type: 'button', class: 'fate-dismiss', 'aria-label': 'Dismiss' }, '×');
      const card = h(
        'li',
        { class: `fate fate-${fate.tone}`, 'data-subject': key },
        h('p', { class: 'fate-title' }, seatName ? `${seatName}: ${fate.title}` : fate.title),
        h('p', { class: 'fate-text' }, fate.text),
        dismiss,
      );
      dismiss.addEventListener('click', () => remove(card));
      list.append(card);
      while (list.children.length > MAX_CARDS) {
        const oldest = list.firstElementChild;
        if (oldest instanceof HTMLElement) remove(oldest);
      }
      if (fate.tone === 'info')
        timers.set(
          card,
          window.setTimeout(() => remove(card), INFO_MS),
        );
    },
    dispose() {
      for (const t of timers.values()) window.clearTimeout(t);
      root.remove();
    },
  };
}

/**
 * Tells the human seats what became of their moves as the store shows each new position. With more
 * than one human seat (pass and play), each card names the seat it is for.
 */
export function followFates(scenario: Scenario, store: GameStoreApi, notices: Notices): () => void {
  return store.subscribe((now, before) => {
    if (!now.game || now.game === before.game) return;
    const humans = Object.values(now.game.setup.seats).filter((s) => s === 'human').length;
    for (const fate of moveFates(scenario, before.game, now.game))
      notices.show(fate, humans > 1 ? actorName(scenario, fate.seat) : null);
  });
}
