// The instructor's console: the join code, link and QR code for the projector; the session's
// controls (start, pause and resume every table, news to every seat, end the session, the class
// debrief); and every table of the session on one page (console-table.ts). Commands go to every
// table; the server decides what each one does with them.
import { generate } from 'lean-qr';
import { toSvgDataURL } from 'lean-qr/extras/svg';
import { MAX_CHAT_CHARS } from '../../net/protocol.ts';
import { button, h } from '../dom.ts';
import { CLOCK_CHOICES, clockChoiceLabel } from './round-clock.ts';
import './classroom.css';

export interface ConsoleChoices {
  readonly title: string;
  readonly code: string;
  readonly joinLink: string;
  /** The secret console link (with the console token): to open this console on another device. */
  readonly consoleLink: string;
  readonly tables: number;
  /** Every table's command: the session's buttons send to all of them. */
  readonly onCommandAll: (message: Record<string, unknown>) => void;
  readonly onDebrief: () => void;
}

/** "ABCD EFGH": read off a projector in two halves. */
export const spacedCode = (code: string): string => code.replace(/(.{4})(?=.)/g, '$1 ');

function joinCard(c: ConsoleChoices): HTMLElement {
  const qr = h('img', {
    class: 'join-qr',
    alt: `QR code of the join link ${c.joinLink}`,
    src: toSvgDataURL(generate(c.joinLink), { on: 'black', off: 'white', pad: 2 }),
    width: '168',
    height: '168',
  });
  const copy = button('Copy the link', () => void navigator.clipboard?.writeText(c.joinLink), {
    class: 'small',
  });
  return h(
    'section',
    { class: 'join-card', 'aria-label': 'How students join' },
    qr,
    h(
      'div',
      {},
      h('p', {}, 'Students open'),
      h('p', { class: 'join-link' }, c.joinLink),
      h('p', {}, 'and type the code'),
      h('p', { class: 'join-code', id: 'join-code-shown' }, spacedCode(c.code)),
      copy,
    ),
  );
}

function newsForm(c: ConsoleChoices): HTMLElement {
  const text = h('textarea', { id: 'news-text', rows: '2', maxlength: String(MAX_CHAT_CHARS) });
  const form = h(
    'form',
    { class: 'news-form' },
    h('label', { for: 'news-text' }, 'News or a message to every seat'),
    text,
    h('button', { type: 'submit', id: 'news-send' }, 'Send to all tables'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (text.value.trim() === '') return;
    c.onCommandAll({ command: 'news', text: text.value });
    text.value = '';
  });
  return form;
}

/** One round clock for every table (each table's own picker can change it after). */
function allClocks(c: ConsoleChoices): HTMLElement {
  const select = h(
    'select',
    { id: 'clock-all', 'aria-label': 'Round clock for every table' },
    h('option', { value: 'keep', selected: '' }, 'Round clock for every table…'),
    ...CLOCK_CHOICES.map((s) => h('option', { value: s === null ? '' : String(s) }, clockChoiceLabel(s))),
  );
  select.addEventListener('change', () => {
    if (select.value === 'keep') return;
    c.onCommandAll({ command: 'clock', seconds: select.value === '' ? null : Number(select.value) });
    select.value = 'keep';
  });
  return select;
}

/** The console link, folded away: the console is often on a projector. */
function secretLink(c: ConsoleChoices): HTMLElement {
  const copy = button('Copy the console link', () => void navigator.clipboard?.writeText(c.consoleLink), {
    class: 'small',
  });
  return h(
    'details',
    { class: 'console-secret' },
    h('summary', {}, 'Your console link (keep it secret)'),
    h(
      'p',
      { class: 'hint' },
      'Whoever opens this link runs the session: keep it to open the console on another device or after clearing this browser.',
    ),
    h('p', { class: 'join-link' }, c.consoleLink),
    copy,
  );
}

/** Draws the console's frame once; returns the element each table's card goes in, by table index. */
export function renderConsole(root: HTMLElement, c: ConsoleChoices): HTMLElement[] {
  const cards = Array.from({ length: c.tables }, (_, i) =>
    h('article', { class: 'console-table', id: `console-table-${i + 1}`, 'aria-label': `Table ${i + 1}` }),
  );
  const end = button(
    'End the session',
    () => {
      // Ending cannot be undone: the join code stops working and the tables stop taking moves.
      if (window.confirm('End the session for every table? Students can no longer move or join.'))
        c.onCommandAll({ command: 'end' });
    },
    { class: 'danger' },
  );
  root.replaceChildren(
    h(
      'article',
      { class: 'console-screen', 'aria-labelledby': 'console-heading' },
      h('h2', { id: 'console-heading' }, `Console — ${c.title}`),
      h(
        'div',
        { class: 'console-top' },
        joinCard(c),
        h(
          'section',
          { class: 'console-session', 'aria-label': 'The whole session' },
          h(
            'p',
            { class: 'console-controls' },
            button('Start all tables', () => c.onCommandAll({ command: 'start' }), {
              class: 'primary',
              id: 'start-all',
            }),
            button('Pause all', () => c.onCommandAll({ command: 'pause' })),
            button('Resume all', () => c.onCommandAll({ command: 'resume' })),
            button('Class debrief', c.onDebrief, { id: 'open-class-debrief' }),
            allClocks(c),
            end,
          ),
          newsForm(c),
        ),
      ),
      h('div', { class: 'console-tables' }, ...cards),
      secretLink(c),
    ),
  );
  return cards;
}

/**
 * A message from the instructor to one table: every seat there, or the seats picked. Made once per
 * table, outside the card that is redrawn on every change, so typing survives the table's moves.
 */
export function tableNewsForm(
  scenario: { readonly actors: ReadonlyArray<{ readonly id: string; readonly name: string }> },
  table: number,
  onSend: (text: string, to: readonly string[]) => void,
): HTMLFormElement {
  const id = `table-news-${table}`;
  const to = h(
    'select',
    { id: `${id}-to`, multiple: '', size: '4', 'aria-label': `Who at table ${table} receives it` },
    ...scenario.actors.map((a) => h('option', { value: a.id }, a.name)),
  );
  const text = h('textarea', { id, rows: '2', maxlength: String(MAX_CHAT_CHARS) });
  const form = h(
    'form',
    { class: 'news-form table-news' },
    h('label', { for: id }, `A message to table ${table} (to every seat, or to the seats picked)`),
    text,
    to,
    h('button', { type: 'submit' }, `Send to table ${table}`),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (text.value.trim() === '') return;
    onSend(
      text.value,
      [...to.selectedOptions].map((o) => o.value),
    );
    text.value = '';
    for (const o of to.selectedOptions) o.selected = false;
  });
  return form;
}
