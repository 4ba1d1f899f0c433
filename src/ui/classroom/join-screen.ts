// A student joins a class: the code from the link (or typed off the projector), a display name,
// and the table (when the instructor runs several). It only collects the choices and shows what
// went wrong as text; the app talks to the server.
import { h } from '../dom.ts';
import './classroom.css';

export interface JoinChoices {
  readonly code: string;
  /** Tables of the code once looked up (null before): the student picks one when there are several. */
  readonly tables: ReadonlyArray<{
    readonly roomId: string;
    readonly table: number;
    readonly holders: number;
  }> | null;
  readonly problems: readonly string[];
  readonly busy: boolean;
  /** `roomId`: the table picked, or null before the code's tables are known. */
  readonly onSubmit: (code: string, name: string, roomId: string | null) => void;
  /** The name typed last time on this device. */
  readonly name: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function renderJoin(root: HTMLElement, choices: JoinChoices): void {
  const code = h('input', {
    id: 'join-code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: '16',
    required: '',
    value: choices.code,
  });
  const name = h('input', {
    id: 'join-name',
    name: 'name',
    autocomplete: 'nickname',
    maxlength: '40',
    required: '',
    value: choices.name,
  });
  const tables = choices.tables;
  const tablePicker =
    tables && tables.length > 1
      ? h(
          'fieldset',
          { class: 'join-tables' },
          h('legend', {}, 'Your table'),
          ...tables.map((t, i) =>
            h(
              'label',
              {},
              h('input', {
                type: 'radio',
                name: 'table',
                value: t.roomId,
                ...(i === 0 ? { checked: '' } : {}),
              }),
              ` Table ${t.table + 1} (${plural(t.holders, 'student', 'students')} so far)`,
            ),
          ),
        )
      : null;
  const submit = h(
    'button',
    { type: 'submit', class: 'primary', id: 'join-submit', ...(choices.busy ? { disabled: '' } : {}) },
    'Take my seat',
  );
  const form = h(
    'form',
    { class: 'join-form', novalidate: '' },
    h('label', { for: 'join-code' }, 'Join code'),
    code,
    h('label', { for: 'join-name' }, 'Your name (as the class will see it)'),
    name,
    ...(tablePicker ? [tablePicker] : []),
    h('p', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // The tables shown are the looked-up code's: a code changed since is looked up again.
    const same = code.value.trim().toUpperCase() === choices.code.trim().toUpperCase();
    const picked = form.querySelector<HTMLInputElement>('input[name="table"]:checked')?.value ?? null;
    choices.onSubmit(code.value, name.value, same ? picked : null);
  });
  const problems =
    choices.problems.length > 0
      ? h('div', { class: 'problems', role: 'alert' }, ...choices.problems.map((p) => h('p', {}, p)))
      : null;
  root.replaceChildren(
    h(
      'article',
      { class: 'classroom-screen', 'aria-labelledby': 'join-heading' },
      h('h2', { id: 'join-heading' }, 'Join your class'),
      h(
        'p',
        { class: 'lede' },
        'Type the code your instructor shows and the name your class knows you by. Your seat stays on this device: closing the tab or losing the connection brings you back to it.',
      ),
      ...(problems ? [problems] : []),
      form,
    ),
  );
  (choices.code ? name : code).focus({ preventScroll: true });
}
