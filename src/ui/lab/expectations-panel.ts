// The lab's expectations panel: each of the scenario's expectations (docs/scenario-format.md §8c)
// with ✓ or ✗, the draft it is about and what the engine found, in words. All text goes in as text.
import { actualWords, claimWords, draftWords, methodWords } from '../../engine/expectation-words.ts';
import type { Model } from '../../engine/model.ts';
import type { LabState } from '../../state/lab-store.ts';
import { h } from '../dom.ts';
import type { JobSlot } from './widgets.ts';

export function renderExpectations(root: HTMLElement, model: Model, state: LabState, jobSlot: JobSlot): void {
  const s = model.scenario;
  if (!s.expectations?.length) {
    root.hidden = true;
    root.replaceChildren();
    return;
  }
  root.hidden = false;
  const heading = h('h2', { id: 'lab-expectations-heading' }, 'What the author expects');
  const report = state.expectations;
  if (state.errors.expectations) {
    root.replaceChildren(heading, h('p', { class: 'lab-error' }, `⚠ ${state.errors.expectations}`));
    return;
  }
  if (!report) {
    root.replaceChildren(
      heading,
      h('p', {}, 'Checking the scenario’s expectations…'),
      jobSlot('expectations'),
    );
    return;
  }
  const items = report.results.map((r) =>
    h(
      'li',
      { class: r.held ? 'lab-held' : 'lab-failed', 'data-held': String(r.held) },
      h('span', { class: 'lab-mark', 'aria-hidden': 'true' }, r.held ? '✓' : '✗'),
      h('span', { class: 'visually-hidden' }, r.held ? 'Held: ' : 'Failed: '),
      h('strong', {}, r.label),
      ` (${draftWords(s, r.draft)}): `,
      r.claims
        .map((c) => `${c.held ? '' : 'not '}${claimWords(s, c.claim)}, found ${actualWords(c)}`)
        .join('; '),
    ),
  );
  root.replaceChildren(
    heading,
    h(
      'p',
      { id: 'lab-expectations-summary' },
      `${report.held} held, ${report.failed} failed, for the scenario’s own drafts as written (${methodWords(report)}).`,
    ),
    h('ul', { id: 'lab-expectations-list', class: 'lab-expectations' }, ...items),
  );
}
