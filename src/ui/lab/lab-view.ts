// The lab's screen: a bar (back, seed, runs, copy link, report), the draft editor beside what the draft
// does, and the three analyses. Each part is redrawn only when the store slices it reads change, so a
// progress tick does not rebuild (and close) an open <select>; focus is kept by id.
import type { Table } from '../../engine/analysis/table.ts';
import type { Model } from '../../engine/model.ts';
import { csvFile, jsonFile, labReport, labStamp } from '../../state/lab-export.ts';
import type { LabState, LabStoreApi } from '../../state/lab-store.ts';
import type { AnalysisKind, LabTaskKind } from '../../state/lab-tasks.ts';
import { h } from '../dom.ts';
import { afterNextFrame } from '../frames.ts';
import { renderKeepingFocus } from '../keep-focus.ts';
import {
  type LabParameter,
  renderCompare,
  renderResults,
  renderSensitivity,
  renderSolve,
} from './analysis-panels.ts';
import { renderDraftEditor } from './draft-editor.ts';
import { renderExpectations } from './expectations-panel.ts';
import { chartsFor, chartText } from './lab-charts.ts';
import { renderSummary } from './summary-panel.ts';
import { download, renderJob } from './widgets.ts';

export interface LabViewOptions {
  readonly model: Model;
  readonly store: LabStoreApi;
  /** False for a file loaded from disk: no link can carry it. */
  readonly shareable: boolean;
  readonly parameters: readonly LabParameter[];
  readonly onExit: () => void;
  /** The page's address without its hash, to build the share link on. */
  readonly base: string;
}

type Part = {
  readonly root: HTMLElement;
  readonly deps: (s: LabState) => readonly unknown[];
  readonly draw: (s: LabState) => void;
};

/** Script time a redraw may take before the rest waits for the next frame (the layout comes on top). */
const DRAW_BUDGET_MS = 8;
const ANALYSES: readonly AnalysisKind[] = ['compare', 'tornado', 'sweep', 'solve', 'consensus'];
const ALL_JOBS: readonly LabTaskKind[] = [
  'outlook',
  ...['compare', 'tornado', 'sweep', 'solve', 'consensus'],
] as LabTaskKind[];

export function mountLab(root: HTMLElement, o: LabViewOptions): () => void {
  const { model, store } = o;
  const tables = {
    csv: (t: Table) => download(csvFile(model, t)),
    json: (t: Table) => download(jsonFile(model, t, labStamp(model, store.getState().settings))),
  };
  // One progress element per job, filled in place on each tick: a tick never rebuilds a panel.
  const slots = new Map<LabTaskKind, HTMLElement>();
  const jobSlot = (kind: LabTaskKind) => {
    let slot = slots.get(kind);
    if (!slot) {
      slot = h('div');
      slots.set(kind, slot);
      renderJob(slot, kind, store.getState().jobs[kind], () => store.getState().cancel(kind));
    }
    return slot;
  };
  const results = new Map<AnalysisKind, HTMLElement>();
  const resultSlot = (kind: AnalysisKind) => {
    let slot = results.get(kind);
    if (!slot) {
      slot = h('div');
      results.set(kind, slot);
    }
    return slot;
  };
  const ctx = (state: LabState) => ({ model, state, tables, parameters: o.parameters, jobSlot, resultSlot });
  const section = (id: string, heading: string) =>
    h('section', { id, class: 'lab-panel', 'aria-labelledby': heading });
  const bar = h('div', { class: 'lab-bar', id: 'lab-bar' });
  const notice = h('div', { id: 'lab-notice', 'aria-live': 'polite' });
  const editor = section('lab-editor', 'lab-editor-heading');
  const summary = section('lab-summary', 'lab-summary-heading');
  const expectations = section('lab-expectations', 'lab-expectations-heading');
  const compare = section('lab-compare', 'lab-compare-heading');
  const sensitivity = section('lab-sensitivity', 'lab-sensitivity-heading');
  const solve = section('lab-solve', 'lab-solve-heading');
  root.replaceChildren(
    h(
      'div',
      { class: 'lab', id: 'lab-root' },
      bar,
      notice,
      h('div', { class: 'lab-top' }, editor, summary),
      expectations,
      h('div', { class: 'lab-analyses' }, compare, sensitivity, solve),
    ),
  );
  const link = () => `${o.base}${store.getState().link()}`;

  const parts: Part[] = [
    { root: bar, deps: (s) => [s.settings.seed, s.settings.runs, s.settings], draw: (s) => drawBar(bar, s) },
    { root: notice, deps: (s) => [s.notice], draw: (s) => drawNotice(notice, s) },
    {
      root: editor,
      deps: (s) => [s.settings.draft, s.settings.start, s.settings.saved, s.summary],
      draw: (s) => renderDraftEditor(editor, model, s),
    },
    {
      root: summary,
      deps: (s) => [
        s.summary,
        s.outlook,
        s.jobs.outlook !== undefined,
        s.errors.outlook,
        s.stances,
        s.errors.stances,
      ],
      draw: (s) => renderSummary(summary, model, s, jobSlot),
    },
    {
      root: expectations,
      deps: (s) => [s.expectations, s.jobs.expectations !== undefined, s.errors.expectations],
      draw: (s) => renderExpectations(expectations, model, s, jobSlot),
    },
    {
      root: compare,
      deps: (s) => [s.settings.compare, s.settings.saved],
      draw: (s) => renderCompare(compare, ctx(s)),
    },
    {
      root: sensitivity,
      deps: (s) => [s.settings.tornado, s.settings.sweep],
      draw: (s) => renderSensitivity(sensitivity, ctx(s)),
    },
    {
      root: solve,
      deps: (s) => [s.settings.goal, s.settings.pareto],
      draw: (s) => renderSolve(solve, ctx(s)),
    },
  ];

  function drawNotice(el: HTMLElement, s: LabState) {
    if (!s.notice) {
      el.replaceChildren();
      return;
    }
    const close = h('button', { type: 'button', id: 'lab-notice-close', class: 'small' }, 'Dismiss');
    close.addEventListener('click', () => s.dismissNotice());
    el.replaceChildren(
      h(
        'p',
        { class: `notice ${s.notice.kind}`, role: s.notice.kind === 'error' ? 'alert' : 'status' },
        s.notice.text,
        ' ',
        close,
      ),
    );
  }

  function drawBar(el: HTMLElement, s: LabState) {
    const back = h('button', { type: 'button', id: 'lab-back' }, '← Scenarios');
    back.addEventListener('click', o.onExit);
    const seed = h('input', {
      type: 'number',
      id: 'lab-seed',
      min: '0',
      step: '1',
      value: String(s.settings.seed),
    });
    seed.addEventListener('change', () => s.setSeed(Number(seed.value)));
    const runs = h('input', {
      type: 'number',
      id: 'lab-runs',
      min: '100',
      max: '20000',
      step: '100',
      value: String(s.settings.runs),
    });
    runs.addEventListener('change', () => s.setRuns(Number(runs.value)));
    const copy = h(
      'button',
      { type: 'button', id: 'lab-copy-link', ...(o.shareable ? {} : { disabled: '' }) },
      'Copy link',
    );
    const field = h('input', {
      type: 'text',
      id: 'lab-link',
      readonly: '',
      value: o.shareable ? link() : '',
      'aria-label': 'Link to this lab state',
    });
    const status = h(
      'span',
      { id: 'lab-link-status', role: 'status', class: 'lab-hint' },
      o.shareable ? '' : 'A file from disk: no link can carry it.',
    );
    copy.addEventListener('click', () => {
      field.value = link();
      field.select();
      const done = () => (status.textContent = 'Link copied.');
      const failed = () =>
        (status.textContent = 'Select the link and copy it (the browser refused the clipboard).');
      if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, failed);
      else failed();
    });
    const report = h(
      'button',
      { type: 'button', id: 'lab-report', class: 'primary' },
      'Download report (Markdown)',
    );
    report.addEventListener('click', () => {
      const st = store.getState();
      const charts: Partial<Record<AnalysisKind, string[]>> = {};
      for (const k of ANALYSES) {
        const answer = st.results[k];
        if (answer) charts[k] = chartsFor(answer).map(chartText);
      }
      download(
        labReport({
          model,
          settings: st.settings,
          summary: st.summary,
          outlook: st.outlook,
          results: st.results,
          charts,
          link: o.shareable ? link() : null,
          date: new Date().toISOString().slice(0, 10),
        }),
      );
    });
    el.replaceChildren(
      back,
      h('h2', { class: 'lab-title' }, 'What-if lab'),
      h('div', { class: 'lab-field' }, h('label', { for: 'lab-seed' }, 'Seed'), seed),
      h('div', { class: 'lab-field' }, h('label', { for: 'lab-runs' }, 'Runs'), runs),
      h('div', { class: 'lab-share' }, copy, ...(o.shareable ? [field] : []), status),
      report,
    );
  }

  parts.push({
    root: bar,
    deps: (s) => ALL_JOBS.map((k) => s.jobs[k]),
    draw: (s) => {
      for (const k of ALL_JOBS) renderJob(jobSlot(k), k, s.jobs[k], () => s.cancel(k));
    },
  });
  // Each analysis's results are redrawn on their own, when its answer or error changes.
  for (const kind of ANALYSES)
    parts.push({
      root: resultSlot(kind),
      deps: (s) => [s.results[kind], s.errors[kind]],
      draw: (s) => renderResults(resultSlot(kind), kind, ctx(s)),
    });
  let seen = parts.map(() => [] as readonly unknown[]);
  const changed = (s: LabState, i: number) => {
    const deps = parts[i]?.deps(s) ?? [];
    const before = seen[i] ?? [];
    return deps.length !== before.length || deps.some((d, j) => d !== before[j]);
  };
  /** Redraws the first part whose slices changed; false when none has. */
  const drawOne = (): boolean => {
    const s = store.getState();
    const i = parts.findIndex((_, j) => changed(s, j));
    const part = parts[i];
    if (!part) return false;
    renderKeepingFocus(() => part.draw(s));
    seen[i] = part.deps(s);
    return true;
  };
  /** Redraws changed parts, the first always and more while under `budget` ms; true if any is left. */
  const drawFor = (budget: number): boolean => {
    const start = performance.now();
    while (drawOne()) {
      if (performance.now() - start < budget) continue;
      const s = store.getState();
      return parts.some((_, i) => changed(s, i));
    }
    return false;
  };
  // A change redraws at once what fits in a few milliseconds (an edit: the bar, the editor and the
  // summary) and every other part after a frame of its own: an answer that changes a panel, its job
  // bar and its results never makes one long task of script and layout.
  let booked = false;
  const pump = () => {
    booked = false;
    if (drawFor(DRAW_BUDGET_MS)) {
      booked = true;
      afterNextFrame(pump);
    }
  };
  const onChange = () => {
    if (!booked) pump();
  };
  renderKeepingFocus(() => {
    const s = store.getState();
    seen = parts.map((p) => {
      p.draw(s);
      return p.deps(s);
    });
  });
  return store.subscribe(onChange);
}
