// The free draft editor: every clause as a <select> of its options, the chosen option's text under it,
// where to start from, and saving the draft under a name for comparison.
import { clausesInParagraphOrder, optionsInAuthorOrder } from '../../engine/display-order.ts';
import type { IssueId, OptionId } from '../../engine/ids.ts';
import type { Model } from '../../engine/model.ts';
import { own } from '../../engine/own.ts';
import type { LabState } from '../../state/lab-store.ts';
import { draftCatalogue } from '../../state/lab-summary.ts';
import { h } from '../dom.ts';

const hintText = (changed: number) =>
  changed === 0
    ? 'Change any clause: the scores below follow at once.'
    : `${changed} clause${changed === 1 ? '' : 's'} changed from the starting draft.`;

/**
 * Updates the built editor in place for a new draft: each select's value, its text and its mark.
 * A rebuild of every clause (with all its options) cost the page a long layout on each change.
 */
function patchEditor(root: HTMLElement, model: Model, state: LabState): void {
  const s = state.settings;
  const changed = new Set<string>(state.summary.changed);
  const hint = root.querySelector('#lab-editor-hint');
  if (hint) hint.textContent = hintText(changed.size);
  for (const issue of model.issues) {
    const id = `lab-clause-${issue.id}`;
    const select = root.querySelector<HTMLSelectElement>(`#${id}`);
    const chosen = own(s.draft, issue.id) ?? issue.opening;
    if (!select) continue;
    if (select.value !== chosen) select.value = chosen;
    const item = select.closest('li');
    const moved = changed.has(issue.id);
    item?.classList.toggle('changed', moved);
    const mark = item?.querySelector('.lab-changed-mark');
    if (mark) mark.textContent = moved ? ' • changed' : '';
    const text = root.querySelector(`#${id}-text`);
    const option = issue.options.find((o) => o.id === chosen)?.text ?? '';
    if (text && text.textContent !== option) text.textContent = option;
  }
}

export function renderDraftEditor(root: HTMLElement, model: Model, state: LabState): void {
  const s = state.settings;
  const shape = `${s.start}\u0000${s.saved.map((d) => d.name).join('\u0000')}`;
  if (root.dataset.shape === shape && root.querySelector('.lab-clauses')) {
    patchEditor(root, model, state);
    return;
  }
  root.dataset.shape = shape;
  const catalogue = draftCatalogue(model, s.saved);
  const start = h(
    'select',
    { id: 'lab-start' },
    ...catalogue.map((d) =>
      h('option', { value: d.key, ...(d.key === s.start ? { selected: '' } : {}) }, d.name),
    ),
  );
  start.addEventListener('change', () => state.startFrom(start.value));
  const changed = new Set<string>(state.summary.changed);
  // In the order of the resolution's paragraphs, as the text reads.
  const ordered = clausesInParagraphOrder(model.scenario);
  const clauses = ordered.map((issue) => {
    const id = `lab-clause-${issue.id}`;
    const chosen = own(s.draft, issue.id);
    // The options as the author listed them ("Up to 5,000" before "Up to 40,000").
    const options = optionsInAuthorOrder(issue);
    const select = h(
      'select',
      { id, 'data-issue': issue.id, 'aria-describedby': `${id}-text` },
      ...options.map((o) =>
        h('option', { value: o.id, title: o.text, ...(o.id === chosen ? { selected: '' } : {}) }, o.label),
      ),
    );
    select.addEventListener('change', () => state.setClause(issue.id as IssueId, select.value as OptionId));
    const option = issue.options.find((o) => o.id === chosen);
    const all = h(
      'details',
      { class: 'lab-options' },
      h('summary', { id: `${id}-all` }, 'All options'),
      h('dl', {}, ...options.flatMap((o) => [h('dt', {}, o.label), h('dd', {}, o.text)])),
    );
    const moved = changed.has(issue.id);
    return h(
      'li',
      { class: moved ? 'lab-clause changed' : 'lab-clause' },
      h(
        'label',
        { for: id },
        h('span', { class: 'lab-para' }, issue.part === 'preamble' ? 'Pre.' : `${issue.paragraph}.`),
        ` ${issue.title}`,
        h('span', { class: 'lab-changed-mark' }, moved ? ' • changed' : ''),
      ),
      select,
      h('p', { class: 'lab-clause-text', id: `${id}-text` }, option?.text ?? ''),
      all,
    );
  });
  const name = h('input', {
    type: 'text',
    id: 'lab-draft-name',
    maxlength: '60',
    placeholder: 'e.g. Compromise on command',
    autocomplete: 'off',
  });
  const save = h('button', { type: 'button', id: 'lab-save-draft' }, 'Add to the drafts');
  const doSave = () => {
    if (state.saveDraft(name.value)) name.value = '';
  };
  save.addEventListener('click', doSave);
  name.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') doSave();
  });
  root.replaceChildren(
    h('h2', { id: 'lab-editor-heading' }, 'The draft'),
    h('div', { class: 'lab-field' }, h('label', { for: 'lab-start' }, 'Start from'), start),
    h('p', { class: 'lab-hint', id: 'lab-editor-hint' }, hintText(changed.size)),
    h('ol', { class: 'lab-clauses' }, ...clauses),
    h(
      'div',
      { class: 'lab-save' },
      h('label', { for: 'lab-draft-name' }, 'Name this draft'),
      h('div', { class: 'lab-inline' }, name, save),
    ),
  );
}
