// Private messages between seats at a classroom table (the diplomacy between moves), and the
// instructor's news. Everything in it was typed by someone: it goes in as text, never as HTML.
// The server decides who may read what; this panel shows what this seat was sent.
import { sortByActor } from '../../engine/display-order.ts';
import type { Scenario } from '../../engine/scenario.ts';
import type { ChatEntry, HolderView } from '../../net/protocol.ts';
import { MAX_CHAT_CHARS } from '../../net/protocol.ts';
import { h } from '../dom.ts';

export interface ChatChoices {
  readonly scenario: Scenario;
  /** This seat's actor (null: the instructor, who reads everything and writes news instead). */
  readonly me: string | null;
  readonly entries: readonly ChatEntry[];
  readonly holders: readonly HolderView[];
  readonly muted: boolean;
  /** Why the server refused the last message sent (shown under the form), if it did. */
  readonly problem?: string | null;
  readonly onSend: (to: readonly string[], text: string) => void;
}

const nameOf = (scenario: Scenario, id: string) =>
  scenario.actors.find((a) => a.id === id)?.name ?? 'someone';

/** "Egypt (Maya)" for a seat's message; "Instructor" for the console's. */
export function senderWords(scenario: Scenario, holders: readonly HolderView[], e: ChatEntry): string {
  if (e.from === null) return e.news ? 'News from the instructor' : 'Instructor';
  const who = holders.find((x) => x.id === e.by)?.name;
  return who ? `${nameOf(scenario, e.from)} (${who})` : nameOf(scenario, e.from);
}

export function recipientWords(scenario: Scenario, e: ChatEntry): string {
  return e.to.length === 0 ? 'everyone' : e.to.map((id) => nameOf(scenario, id)).join(', ');
}

function entryItem(c: ChatChoices, e: ChatEntry): HTMLElement {
  return h(
    'li',
    { class: e.news ? 'chat-entry news' : 'chat-entry' },
    h(
      'span',
      { class: 'chat-who' },
      `${senderWords(c.scenario, c.holders, e)} → ${recipientWords(c.scenario, e)}`,
    ),
    h('span', { class: 'chat-text' }, e.text),
  );
}

/**
 * Draws the message list (newest last). The form is made once, on the first draw, so what the
 * student is typing survives every message that arrives.
 */
export function renderRoomChat(root: HTMLElement, c: ChatChoices): void {
  let list = root.querySelector<HTMLOListElement>('ol.chat-list');
  if (!list) {
    list = h('ol', { class: 'chat-list', 'aria-live': 'polite' });
    root.replaceChildren(
      h('h2', { id: 'room-chat-heading' }, 'Messages'),
      list,
      ...(c.me !== null ? [chatForm(c)] : []),
    );
  }
  const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
  list.replaceChildren(
    ...(c.entries.length === 0
      ? [
          h(
            'li',
            { class: 'chat-empty' },
            'No messages yet. Write to another delegation below: only they (and the instructor) will read it.',
          ),
        ]
      : c.entries.map((e) => entryItem(c, e))),
  );
  if (atBottom) list.scrollTop = list.scrollHeight;
  const form = root.querySelector<HTMLFormElement>('form.chat-form');
  if (!form) return;
  const send = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (send) send.disabled = c.muted;
  form.querySelector('.chat-muted')?.toggleAttribute('hidden', !c.muted);
  const problem = form.querySelector<HTMLElement>('.chat-problem');
  if (problem) {
    problem.textContent = c.problem ?? '';
    problem.hidden = !c.problem;
  }
  // A refused message is given back to its writer, unless they have started another.
  const text = form.querySelector<HTMLTextAreaElement>('textarea');
  if (c.problem && text && text.value === '' && form.dataset.unsent) {
    text.value = form.dataset.unsent;
    delete form.dataset.unsent;
  }
}

function chatForm(c: ChatChoices): HTMLFormElement {
  const others = sortByActor(
    c.scenario,
    c.scenario.actors.filter((a) => a.id !== c.me),
    (a) => a.id,
  );
  const to = h(
    'select',
    { id: 'chat-to', multiple: '', size: '4', 'aria-describedby': 'chat-to-hint' },
    ...others.map((a) => h('option', { value: a.id }, a.name)),
  );
  const text = h('textarea', { id: 'chat-text', rows: '3', maxlength: String(MAX_CHAT_CHARS) });
  const form = h(
    'form',
    { class: 'chat-form' },
    h('label', { for: 'chat-to' }, 'To'),
    to,
    h('span', { id: 'chat-to-hint', class: 'hint' }, 'Ctrl- or ⌘-click to write to several.'),
    h('label', { for: 'chat-text' }, 'Message'),
    text,
    h(
      'p',
      { class: 'chat-muted hint', hidden: '' },
      'The instructor has muted you: you can read, not write.',
    ),
    h('p', { class: 'chat-problem', role: 'alert', hidden: '' }),
    h('button', { type: 'submit' }, 'Send'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const picked = [...to.selectedOptions].map((o) => o.value);
    if (picked.length === 0 || text.value.trim() === '') return;
    form.dataset.unsent = text.value;
    c.onSend(picked, text.value);
    text.value = '';
  });
  return form;
}
