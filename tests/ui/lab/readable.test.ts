// @vitest-environment jsdom
// Issue #14 item 6, "readable everywhere": what the lab shows a person for the default scenario —
// the summary, the draft editor, the pickers, every analysis's tables and charts — names actors,
// clauses and options in words (no internal id), lists options as the author wrote them and clauses
// in paragraph order. The CSV and JSON downloads keep the ids; they are not checked here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionsInAuthorOrder } from '../../../src/engine/display-order.ts';
import { runJob } from '../../../src/engine/jobs.ts';
import { compile } from '../../../src/engine/model.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { labAnalyses } from '../../../src/state/lab-analyses.ts';
import { createLabStore } from '../../../src/state/lab-store.ts';
import { draftCatalogue } from '../../../src/state/lab-summary.ts';
import type { LabTask } from '../../../src/state/lab-tasks.ts';
import { memoryStorage } from '../../../src/state/storage.ts';
import { renderSensitivity, renderSolve } from '../../../src/ui/lab/analysis-panels.ts';
import { dataTable } from '../../../src/ui/lab/charts/data-table.ts';
import { renderDraftEditor } from '../../../src/ui/lab/draft-editor.ts';
import { chartsFor } from '../../../src/ui/lab/lab-charts.ts';
import { labParameters } from '../../../src/ui/lab/parameters.ts';
import { renderSummary } from '../../../src/ui/lab/summary-panel.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);

const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9_.-]+/));
/**
 * The ids a person must not see: every actor id, and every clause, option, event or rule id that is not
 * a plain word of its own label ('mandate' is the first word of "Mandate of the force"; 'none' and
 * 'yes' are words anyone may write, so only ids with _, - or digits count among the options).
 */
const forbidden = [
  ...scenario.actors.map((a) => a.id as string),
  ...scenario.issues.filter((i) => !words(i.title).has(i.id)).map((i) => i.id as string),
  ...scenario.issues.flatMap((i) => i.options.map((o) => o.id as string)).filter((id) => /[_\-0-9]/.test(id)),
  ...scenario.ceasefire.events.map((e) => e.id as string),
  ...scenario.rules.map((r) => r.id as string),
];

/** Ids that are also English words ('are' is the UAE): looked for only where a name stands alone. */
const ENGLISH = new Set(['are', 'verification']);

/**
 * The ids found in what a person reads: as whole words anywhere in the text (a word: letters, digits,
 * _ and -; "reservation.ham" has "ham"), and for the English-word ids, as the whole of a table cell,
 * a heading, a menu option or a chart label, or before a colon ("are: …").
 */
function idsIn(root: Element | string): string[] {
  const text = typeof root === 'string' ? root : (root.textContent ?? '');
  const tokens = new Set(text.split(/[^A-Za-z0-9_-]+/));
  const found = [...new Set(forbidden)].filter((id) => !ENGLISH.has(id) && tokens.has(id));
  if (typeof root !== 'string') {
    const standalone = [...root.querySelectorAll('td, th, option, label, text, tspan, span, h3')].map((e) =>
      (e.textContent ?? '').trim(),
    );
    for (const id of ENGLISH)
      if (standalone.some((t) => t === id || t.startsWith(`${id}:`) || t.startsWith(`${id} `)))
        found.push(id);
  }
  return found;
}

const readable = (root: Element) => root;

const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: 'gaza-isf-2025.yaml' });
const state = () => store.getState();
const base = state().settings;
const catalogue = draftCatalogue(model, []);
const tasks: LabTask[] = [
  {
    kind: 'compare',
    drafts: catalogue
      .slice(0, 3)
      .map((d) => ({ id: d.key.replace(/^draft:/, ''), name: d.name, clauses: d.clauses })),
    runs: 200,
    seed: 1,
  },
  { kind: 'tornado', draft: base.draft, output: 'acceptance', actor: 'ham' as never, runs: 100, seed: 1 },
  {
    kind: 'sweep',
    draft: base.draft,
    sweep: { param: 'reservation.ham', from: -10, to: 10, steps: 3 },
    output: 'acceptance',
    actor: 'ham' as never,
    runs: 100,
    seed: 1,
  },
  { kind: 'solve', draft: base.draft, goal: 'support:ham', maxChanges: 2, runs: 100, seed: 1 },
  { kind: 'consensus', draft: base.draft, actors: ['isr', 'ham'] as never, runs: 100, seed: 1 },
];

// Five analyses run here (a few hundred runs each): seconds on a shared machine.
describe('the lab, read by a person', { timeout: 60_000 }, () => {
  it('the summary, the editor and the pickers name everything in words', () => {
    const root = document.createElement('div');
    const parts = [0, 1, 2, 3].map(() => root.appendChild(document.createElement('section')));
    renderSummary(parts[0]!, model, state());
    renderDraftEditor(parts[1]!, model, state());
    const ctx = {
      model,
      state: state(),
      tables: { csv: () => {}, json: () => {} },
      parameters: labParameters(scenario),
    };
    state().setTornado('acceptance', 'ham' as never);
    renderSensitivity(parts[2]!, { ...ctx, state: state() });
    renderSolve(parts[3]!, ctx);
    expect(idsIn(readable(root))).toEqual([]);
    // Sanity: the check would catch an id (the summary's rows carry them as data, not as text).
    expect(
      idsIn(`${readable(root)} ${root.querySelector('[data-actor]')!.getAttribute('data-actor')}`),
    ).not.toEqual([]);
  });

  it('every analysis’s tables and charts name everything in words, with numbers rounded for people', () => {
    for (const task of tasks) {
      const answer = runJob(
        labAnalyses(model, task as Exclude<LabTask, { kind: 'outlook' | 'stances' | 'expectations' }>),
      );
      const root = document.createElement('div');
      for (const chart of chartsFor(answer)) root.append(chart.svg);
      for (const table of answer.tables) root.append(dataTable(table));
      for (const a of answer.applicable ?? []) root.append(a.label);
      expect(idsIn(readable(root)), task.kind).toEqual([]);
      // No cell shows three decimals: acceptance in whole points, probabilities in whole percent.
      const cells = [...root.querySelectorAll('td.num, th.num')].map((c) => c.textContent ?? '');
      expect(
        cells.filter((c) => /\.\d{3}/.test(c)),
        task.kind,
      ).toEqual([]);
      // Chart labels are never cut short.
      expect(
        [...root.querySelectorAll('.row-label, .chart-heading')].filter((t) => t.textContent?.includes('…')),
        task.kind,
      ).toEqual([]);
    }
  });

  it('lists options in the author’s order and clauses in paragraph order', () => {
    const root = document.createElement('div');
    renderDraftEditor(root, model, state());
    for (const issue of scenario.issues) {
      const shown = [...root.querySelectorAll<HTMLOptionElement>(`#lab-clause-${issue.id} option`)].map(
        (o) => o.value,
      );
      expect(shown).toEqual(optionsInAuthorOrder(issue).map((o) => o.id));
    }
    const sizes = [...root.querySelectorAll('#lab-clause-force_size option')].map((o) => o.textContent);
    expect(sizes).toEqual([
      'No ceiling stated',
      'Up to 5,000',
      'Up to 10,000',
      'Up to 20,000',
      'Up to 40,000, phased',
    ]);
    const paragraphs = [...root.querySelectorAll('.lab-para')].map((p) =>
      Number.parseInt(p.textContent ?? '', 10),
    );
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it('lists actors by role, then by name: permanent members, elected members, invited, parties on the ground', () => {
    const root = document.createElement('div');
    renderSummary(root, model, state());
    const rows = [...root.querySelectorAll('#lab-actors tbody tr')].map((r) => r.getAttribute('data-actor'));
    expect(rows.slice(0, 5)).toEqual(['chn', 'fra', 'rus', 'gbr', 'usa']);
    expect(rows.slice(-2)).toEqual(['ham', 'isr']);
    expect(rows.indexOf('are')).toBeGreaterThan(rows.indexOf('svn'));
  });
});
