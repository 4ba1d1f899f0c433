// What the engine is doing, as a labelled progress bar: "The AI actors are moving: 7 of 23". The box
// is a polite status region that stays in the page, so a screen reader hears the label change; it is
// hidden (and empty) when the engine is idle.

import { groupThousands } from '../state/format.ts';
import type { Busy } from '../state/store.ts';
import { h } from './dom.ts';

const count = groupThousands;

export function progressText(busy: Busy): string {
  return `${busy.label}: ${count(busy.done)} of ${count(busy.total)}${busy.unit ? ` ${busy.unit}` : ''}`;
}

export function renderProgress(root: HTMLElement, busy: Busy | null): void {
  root.setAttribute('role', 'status');
  root.classList.add('progress-view');
  root.hidden = busy === null;
  if (busy === null) {
    root.replaceChildren();
    return;
  }
  const total = Math.max(1, busy.total);
  const bar = h('progress', {
    id: 'progress-bar',
    max: String(total),
    value: String(Math.min(busy.done, total)),
  });
  root.replaceChildren(h('label', { for: 'progress-bar', id: 'progress-label' }, progressText(busy)), bar);
}
