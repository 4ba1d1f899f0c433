// The inline picker that opens at a paragraph of the draft: a listbox of what the paragraph could
// say, by label and in the author's order, the option in the text now and the one chosen marked.
// Keyboard: ↑/↓ (and Home/End) move, Enter or Space picks, Escape closes; the focus moves between
// the options (a roving tabindex), so Tab leaves the list in one step.
import type { IssueId, OptionId } from '../../engine/ids.ts';
import type { Issue } from '../../engine/scenario.ts';
import { h } from '../dom.ts';
import { optionsInAuthorOrder } from './option-order.ts';

export interface PickerProps {
  readonly issue: Issue;
  /** The option the text on the table has. */
  readonly inText: OptionId | undefined;
  /** The option the paragraph would say with the amendment: a pending change's, else the text's. */
  readonly chosen: OptionId | undefined;
  /** Why only the text's option can be picked (the amendment is full), or null. */
  readonly blocked: string | null;
  readonly onPick: (option: OptionId) => void;
  readonly onClose: () => void;
}

export const pickerId = (issue: IssueId | string) => `picker-${issue}`;
export const optionId = (issue: IssueId | string, index: number) => `opt-${issue}-${index}`;

export function optionPicker(p: PickerProps): HTMLElement {
  const options = optionsInAuthorOrder(p.issue);
  const titleId = `picker-title-${p.issue.id}`;
  const blockedId = `picker-blocked-${p.issue.id}`;
  const chosenIndex = Math.max(
    0,
    options.findIndex((o) => o.id === p.chosen),
  );
  const items = options.map((o, i) => {
    const disabled = p.blocked !== null && o.id !== p.inText;
    const notes = [o.id === p.inText ? 'in the text now' : '', o.text.trim() === '' ? 'no paragraph' : '']
      .filter(Boolean)
      .join(' · ');
    const item = h(
      'li',
      {
        role: 'option',
        id: optionId(p.issue.id, i),
        tabindex: i === chosenIndex ? '0' : '-1',
        'aria-selected': String(o.id === p.chosen),
        ...(disabled ? { 'aria-disabled': 'true', 'aria-describedby': blockedId } : {}),
      },
      h('span', { class: 'opt-mark', 'aria-hidden': 'true' }, o.id === p.chosen ? '✓' : ''),
      h('span', { class: 'opt-label' }, o.label),
      notes ? h('span', { class: 'opt-note' }, ` (${notes})`) : '',
    );
    item.addEventListener('click', () => {
      if (!disabled) p.onPick(o.id);
    });
    return { item, option: o, disabled };
  });
  const list = h(
    'ul',
    { class: 'picker-options', role: 'listbox', 'aria-labelledby': titleId },
    ...items.map((x) => x.item),
  );
  list.addEventListener('keydown', (event) => {
    const at = items.findIndex((x) => x.item === document.activeElement);
    const go = (to: number) => {
      const next = items[Math.min(items.length - 1, Math.max(0, to))];
      if (!next) return;
      for (const x of items) x.item.tabIndex = x === next ? 0 : -1;
      next.item.focus();
      next.item.scrollIntoView?.({ block: 'nearest' });
    };
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(items.length - 1),
      Enter: () => items[at] && !items[at].disabled && p.onPick(items[at].option.id),
      ' ': () => items[at] && !items[at].disabled && p.onPick(items[at].option.id),
      Escape: () => p.onClose(),
    };
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    event.stopPropagation();
    act();
  });
  const close = h(
    'button',
    { type: 'button', class: 'picker-close', id: `picker-close-${p.issue.id}` },
    'Close',
  );
  close.addEventListener('click', () => p.onClose());
  close.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') p.onClose();
  });
  return h(
    'div',
    { class: 'picker', id: pickerId(p.issue.id) },
    h('p', { class: 'picker-title', id: titleId }, `${p.issue.title}: what should this paragraph say?`),
    ...(p.blocked ? [h('p', { class: 'picker-blocked', id: blockedId }, p.blocked)] : []),
    list,
    close,
  );
}
