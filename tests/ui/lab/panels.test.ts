// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { IssueId } from '../../../src/engine/ids.ts';
import { compile } from '../../../src/engine/model.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { createLabStore, type LabStoreApi } from '../../../src/state/lab-store.ts';
import { memoryStorage } from '../../../src/state/storage.ts';
import { renderCompare, renderSolve } from '../../../src/ui/lab/analysis-panels.ts';
import { renderDraftEditor } from '../../../src/ui/lab/draft-editor.ts';
import { mountLab } from '../../../src/ui/lab/lab-view.ts';
import { renderSummary } from '../../../src/ui/lab/summary-panel.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const model = compile(parsed.value);
const tables = { csv: () => {}, json: () => {} };

let stores: LabStoreApi[] = [];
const newStore = () => {
  const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: 'gaza-isf-2025.yaml' });
  stores.push(store);
  return store;
};
afterEach(() => {
  for (const s of stores) for (const k of ['outlook', 'compare', 'solve'] as const) s.getState().cancel(k);
  stores = [];
  document.body.replaceChildren();
});

describe('the lab panels', () => {
  it('the editor has a labelled select per clause, in paragraph order, and a change re-scores at once', () => {
    const store = newStore();
    const root = document.createElement('div');
    renderDraftEditor(root, model, store.getState());
    const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-issue]')];
    expect(selects).toHaveLength(model.issues.length);
    const paragraphs = selects.map((s) => model.issues.find((i) => i.id === s.dataset.issue)!.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    for (const s of selects) expect(root.querySelector(`label[for="${s.id}"]`)).not.toBeNull();
    const mandate = root.querySelector<HTMLSelectElement>('#lab-clause-mandate')!;
    mandate.value = 'peacekeep';
    mandate.dispatchEvent(new Event('change'));
    expect(store.getState().settings.draft['mandate' as IssueId]).toBe('peacekeep');
    expect(store.getState().summary.changed).toEqual(['mandate']);
    renderDraftEditor(root, model, store.getState());
    expect(root.querySelector('#lab-clause-mandate')!.closest('li')!.classList.contains('changed')).toBe(
      true,
    );
    expect(root.querySelector('#lab-clause-mandate-text')!.textContent).toBe(
      model.issues.find((i) => i.id === 'mandate')!.options.find((o) => o.id === 'peacekeep')!.text,
    );
  });

  it('the summary shows the tally, consent and every actor with its change and a stance mark', () => {
    const store = newStore();
    store.getState().setClause('mandate' as never, 'peacekeep' as never);
    const root = document.createElement('div');
    renderSummary(root, model, store.getState());
    expect(root.querySelector('#lab-verdict')!.textContent).toMatch(
      /^[✓✗] (Adopted|Not adopted): \d+ yes, \d+ no, \d+ abstaining$/,
    );
    expect(root.querySelector('#lab-margin')!.textContent).toMatch(
      /^Margin to nine: [+−]\d+ \(start [+−]\d+\)/,
    );
    expect(root.querySelectorAll('#lab-actors tbody tr')).toHaveLength(model.actors.length);
    const changes = [...root.querySelectorAll('.lab-change')].map((c) => c.textContent);
    expect(changes.some((c) => c !== '±0')).toBe(true);
    // The stance is a mark and a word: never colour alone.
    expect(root.querySelector('.lab-stance')!.textContent).toMatch(/^[✓○✗■⚠] \w+$/);
    expect(root.querySelector('#lab-job-outlook progress')).not.toBeNull();
    expect(root.querySelector('#lab-cancel-outlook')).not.toBeNull();
  });

  it('the compare panel lists the drafts with checkboxes and asks for two', async () => {
    const store = newStore();
    const root = document.createElement('div');
    renderCompare(root, { model, state: store.getState(), tables, parameters: [] });
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.dataset.key)).toEqual([
      'opening',
      'landing',
      ...model.scenario.drafts.map((d) => `draft:${d.id}`),
    ]);
    boxes[0]!.dispatchEvent(new Event('change'));
    expect(store.getState().settings.compare).toEqual(['opening']);
    await store.getState().run('compare');
    renderCompare(root, { model, state: store.getState(), tables, parameters: [] });
    expect(root.querySelector('.lab-error')!.textContent).toBe('⚠ Tick two or more drafts to compare.');
  });

  it('the goal picker writes valid goals only', () => {
    const store = newStore();
    const root = document.createElement('div');
    renderSolve(root, { model, state: store.getState(), tables, parameters: [] });
    const kind = root.querySelector<HTMLSelectElement>('#lab-goal-kind')!;
    kind.value = 'support';
    kind.dispatchEvent(new Event('change'));
    expect(store.getState().settings.goal).toMatch(/^support:\w+/);
    renderSolve(root, { model, state: store.getState(), tables, parameters: [] });
    const actor = root.querySelector<HTMLSelectElement>('#lab-goal-actor')!;
    actor.value = 'ham';
    actor.dispatchEvent(new Event('change'));
    expect(store.getState().settings.goal).toBe('support:ham');
    kind.value = 'risk';
    kind.dispatchEvent(new Event('change'));
    expect(store.getState().settings.goal).toBe('risk<0.3');
  });

  it('every control of the mounted lab has a unique id, and focus survives a redraw', () => {
    const store = newStore();
    const root = document.createElement('div');
    document.body.append(root);
    const unmount = mountLab(root, {
      model,
      store,
      shareable: true,
      parameters: [],
      onExit: () => {},
      base: 'http://x/',
    });
    const ids = [...root.querySelectorAll('button, select, input, a, summary')].map((e) => e.id);
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    root.querySelector<HTMLSelectElement>('#lab-clause-mandate')!.focus();
    store.getState().setClause('mandate' as never, 'peacekeep' as never);
    expect(document.activeElement?.id).toBe('lab-clause-mandate');
    expect((root.querySelector('#lab-link') as HTMLInputElement).value).toMatch(
      /^http:\/\/x\/#lab\?scenario=gaza-isf-2025\.yaml&draft=mandate\.peacekeep/,
    );
    unmount();
  });
});
