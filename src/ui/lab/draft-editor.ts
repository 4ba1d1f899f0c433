// The free draft editor: every clause as a <select> of its options, the chosen option's text under it,
// where to start from, and saving the draft under a name for comparison.
import type { IssueId, OptionId } from '../../engine/ids.ts';
import type { Model } from '../../engine/model.ts';
import type { LabState } from '../../state/lab-store.ts';
import { draftCatalogue } from '../../state/lab-summary.ts';
import { h } from '../dom.ts';

export function renderDraftEditor(root: HTMLElement, model: Model, state: LabState): void {
  const s = state.settings;
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
  const ordered = [...model.issues].sort((a, b) => a.paragraph - b.paragraph);
  const clauses = ordered.map((issue) => {
    const id = `lab-clause-${issue.id}`;
    const chosen = s.draft[issue.id];
    const select = h(
      'select',
      { id, 'data-issue': issue.id, 'aria-describedby': `${id}-text` },
      ...issue.options.map((o) =>
        h('option', { value: o.id, title: o.text, ...(o.id === chosen ? { selected: '' } : {}) }, o.label),
      ),
    );
    select.addEventListener('change', () => state.setClause(issue.id as IssueId, select.value as OptionId));
    const option = issue.options.find((o) => o.id === chosen);
    const all = h(
      'details',
      { class: 'lab-options' },
      h('summary', { id: `${id}-all` }, 'All options'),
      h('dl', {}, ...issue.options.flatMap((o) => [h('dt', {}, o.label), h('dd', {}, o.text)])),
    );
    const moved = changed.has(issue.id);
    return h(
      'li',
      { class: moved ? 'lab-clause changed' : 'lab-clause' },
      h(
        'label',
        { for: id },
        h('span', { class: 'lab-para' }, `${issue.paragraph}.`),
        ` ${issue.title}`,
        moved ? h('span', { class: 'lab-changed-mark' }, ' • changed') : '',
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
    h(
      'p',
      { class: 'lab-hint' },
      changed.size === 0
        ? 'Change any clause: the scores below follow at once.'
        : `${changed.size} clause${changed.size === 1 ? '' : 's'} changed from the starting draft.`,
    ),
    h('ol', { class: 'lab-clauses' }, ...clauses),
    h(
      'div',
      { class: 'lab-save' },
      h('label', { for: 'lab-draft-name' }, 'Name this draft'),
      h('div', { class: 'lab-inline' }, name, save),
    ),
  );
}
