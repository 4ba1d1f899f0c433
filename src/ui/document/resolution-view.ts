// The draft as a resolution — "The Security Council," then the preambular paragraphs and the numbered
// operative paragraphs, each opening word in italics. When it is a human's move, each operative
// paragraph (and each clause that has no paragraph yet) is a control: Enter or a click opens the
// option picker right under it. A paragraph the player has changed shows the amended wording, marked,
// with what the text says now; a paragraph the last move changed is marked for a moment.

import { clausesInParagraphOrder } from '../../engine/display-order.ts';
import type { IssueId, OptionId } from '../../engine/ids.ts';
import { withChanges } from '../../engine/negotiation/state.ts';
import type { Change, GameState } from '../../engine/negotiation/types.ts';
import { own } from '../../engine/own.ts';
import { resolutionText } from '../../engine/resolution.ts';
import type { Issue, Scenario } from '../../engine/scenario.ts';
import { h } from '../dom.ts';
import { optionLabel } from './labels.ts';
import { optionPicker, pickerId } from './option-picker.ts';

export interface DocumentProps {
  readonly scenario: Scenario;
  readonly game: GameState;
  readonly pending: readonly Change[];
  /** Whether the paragraphs can be changed: a human's turn to propose. */
  readonly editable: boolean;
  /** The clause whose picker is open. */
  readonly open: IssueId | null;
  /** Why no further clause may be changed (the amendment is full), or null. */
  readonly full: string | null;
  /** Clauses the last move changed in the text. */
  readonly recent: ReadonlySet<string>;
  readonly onOpen: (issue: IssueId) => void;
  readonly onPick: (issue: IssueId, option: OptionId) => void;
  readonly onClose: () => void;
}

export const clauseId = (issue: IssueId | string) => `clause-${issue}`;
export const paraId = (issue: IssueId | string) => `para-${issue}`;

/** "Decides that …" → <em>Decides</em> that … */
function words(text: string): Array<HTMLElement | string> {
  const [first = '', ...rest] = text.split(' ');
  return [h('em', {}, first), rest.length ? ` ${rest.join(' ')}` : ''];
}

function clause(
  p: DocumentProps,
  issue: Issue,
  number: number | undefined,
  text: string | undefined,
): HTMLLIElement | null {
  const inText = own(p.game.text, issue.id);
  const change = p.pending.find((c) => c.issue === issue.id);
  // A clause with no paragraph is shown only to a player who may add one.
  if (text === undefined && !p.editable && !change) return null;
  const classes = ['clause'];
  if (change) classes.push('changed');
  if (p.recent.has(issue.id)) classes.push('recent');
  if (text === undefined) classes.push('absent');
  const body: Array<HTMLElement | string> = [
    h('span', { class: 'clause-title' }, issue.title),
    ...(text === undefined
      ? [h('span', { class: 'absent-text' }, ' — no paragraph in the draft yet')]
      : words(text)),
  ];
  const notes: HTMLElement[] = [];
  if (change)
    notes.push(
      h(
        'p',
        { class: 'clause-note' },
        h('strong', {}, 'Your change, not yet proposed. '),
        // What the draft on the table says now, so the player sees what the change replaces.
        `On the table now: ${optionLabel(p.scenario, issue.id, inText)}.`,
      ),
    );
  else if (p.recent.has(issue.id)) notes.push(h('p', { class: 'clause-note' }, 'Changed by the last move.'));
  const li = h('li', { class: classes.join(' '), id: paraId(issue.id), 'data-issue': issue.id });
  if (number !== undefined) li.value = number;
  if (!p.editable) {
    li.append(h('div', { class: 'clause-text' }, ...body), ...notes);
    return li;
  }
  const isOpen = p.open === issue.id;
  const control = h(
    'div',
    {
      class: 'clause-text',
      role: 'button',
      tabindex: '0',
      id: clauseId(issue.id),
      'data-issue': issue.id,
      'aria-haspopup': 'listbox',
      'aria-expanded': String(isOpen),
      ...(isOpen ? { 'aria-controls': pickerId(issue.id) } : {}),
      title: `${issue.title}: click to change what this paragraph says`,
    },
    ...body,
  );
  control.addEventListener('click', () => (isOpen ? p.onClose() : p.onOpen(issue.id)));
  control.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (isOpen) p.onClose();
    else p.onOpen(issue.id);
  });
  li.append(control, ...notes);
  if (isOpen)
    li.append(
      optionPicker({
        issue,
        inText,
        chosen: change?.option ?? inText,
        blocked: change ? null : p.full,
        onPick: (option) => p.onPick(issue.id, option),
        onClose: p.onClose,
      }),
    );
  return li;
}

export function resolutionView(p: DocumentProps): HTMLElement {
  // The text as the amendment would make it: its paragraphs, their numbers and wording.
  const amended = resolutionText(p.scenario, withChanges(p.game.text, p.pending));
  const byIssue = new Map(amended.operative.map((o) => [o.issue as string, o]));
  const preambleText = new Map(amended.preambleClauses.map((o) => [o.issue as string, o.text]));
  // The same paragraph order as resolutionText, so a clause without a paragraph sits where it would go.
  const ordered = clausesInParagraphOrder(p.scenario);
  const present = (li: HTMLLIElement | null): li is HTMLLIElement => li !== null;
  // Negotiable preambular paragraphs: after the fixed ones, unnumbered, controls like the others.
  const preambleItems = ordered
    .filter((issue) => issue.part === 'preamble')
    .map((issue) => clause(p, issue, undefined, preambleText.get(issue.id)))
    .filter(present);
  const items = ordered
    .filter((issue) => issue.part !== 'preamble')
    .map((issue) => {
      const o = byIssue.get(issue.id);
      return clause(p, issue, o?.number, o?.text);
    })
    .filter(present);
  return h(
    'div',
    { class: `resolution${p.editable ? ' editable' : ''}` },
    h('p', { class: 'council' }, 'The Security Council,'),
    ...p.scenario.preamble.map((text) => h('p', {}, ...words(text))),
    ...(preambleItems.length ? [h('ul', { class: 'preamble-clauses' }, ...preambleItems)] : []),
    h('ol', { class: 'operative' }, ...items),
  );
}
