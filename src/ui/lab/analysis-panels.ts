// The three analyses an analyst runs by hand: compare drafts, sensitivity (tornado and sweeps) and
// what would it take (the solver and the consensus set). Each panel collects its choices, runs in the
// worker with progress and Cancel, and shows its charts with the data tables beside them.
import { actorsInDisplayOrder } from '../../engine/display-order.ts';
import type { ActorId } from '../../engine/ids.ts';
import type { Model } from '../../engine/model.ts';
import type { AnalysisKind, LabState } from '../../state/lab-store.ts';
import { draftCatalogue } from '../../state/lab-summary.ts';
import type { TornadoOutput } from '../../state/lab-tasks.ts';
import { h, replaceChildrenKeeping } from '../dom.ts';
import { afterNextFrame } from '../frames.ts';
import { chartFigure } from './charts/index.ts';
import { chartsFor } from './lab-charts.ts';
import { errorView, type JobSlot, renderJob, type TableActions, tableView } from './widgets.ts';

export interface LabParameter {
  readonly id: string;
  readonly label: string;
  readonly low: number;
  readonly high: number;
}

export interface PanelContext {
  readonly model: Model;
  readonly state: LabState;
  readonly tables: TableActions;
  /** The scenario's parameters for sweeps (empty until the analysis module provides them). */
  readonly parameters: readonly LabParameter[];
  /** The job's progress element (kept by the lab view, which updates it on every tick). */
  readonly jobSlot?: JobSlot;
  /** The analysis's results element (kept and redrawn by the lab view when its answer changes). */
  readonly resultSlot?: (kind: AnalysisKind) => HTMLElement;
}

function runButton(kind: AnalysisKind, label: string, state: LabState): HTMLButtonElement {
  const button = h('button', { type: 'button', id: `lab-run-${kind}`, class: 'primary' }, label);
  button.addEventListener('click', () => void state.run(kind));
  return button;
}

/**
 * Fills `out` with the progress, error, charts and tables of one analysis. The charts and answers at
 * once, the tables one per frame after them: an answer with many tables arrives without holding the
 * page (a container replaced in the meantime just stops receiving them).
 */
export function renderResults(out: HTMLElement, kind: AnalysisKind, ctx: PanelContext): HTMLElement {
  const { state } = ctx;
  const answer = state.results[kind];
  out.className = 'lab-results';
  out.id = `lab-results-${kind}`;
  out.replaceChildren(
    ctx.jobSlot?.(kind) ?? renderJob(h('div'), kind, state.jobs[kind], () => state.cancel(kind)),
    errorView(state.errors[kind]),
  );
  if (!answer) return out;
  for (const chart of chartsFor(answer)) out.append(chartFigure(chart.svg));
  (answer.applicable ?? []).forEach((a, i) => {
    const apply = h('button', { type: 'button', id: `lab-apply-${kind}-${i}` }, 'Apply to the editor');
    apply.addEventListener('click', () => state.applyDraft(a.draft));
    out.append(h('div', { class: 'lab-answer' }, h('span', {}, a.label), apply));
  });
  const generation = String(Number(out.dataset.generation ?? 0) + 1);
  out.dataset.generation = generation;
  const more = (i: number) => {
    const table = answer.tables[i];
    if (!table || out.dataset.generation !== generation) return;
    out.append(tableView(kind, table, ctx.tables));
    afterNextFrame(() => more(i + 1));
  };
  afterNextFrame(() => more(0));
  return out;
}

/** The analysis's results: the lab view's own element for them (redrawn apart), or a new one. */
const resultsView = (kind: AnalysisKind, ctx: PanelContext): HTMLElement =>
  ctx.resultSlot?.(kind) ?? renderResults(h('div'), kind, ctx);

function select(
  id: string,
  value: string,
  options: ReadonlyArray<readonly [string, string]>,
): HTMLSelectElement {
  return h(
    'select',
    { id },
    ...options.map(([v, label]) =>
      h('option', { value: v, ...(v === value ? { selected: '' } : {}) }, label),
    ),
  );
}

const field = (id: string, label: string, control: HTMLElement) =>
  h('div', { class: 'lab-field' }, h('label', { for: id }, label), control);

export function renderCompare(root: HTMLElement, ctx: PanelContext): void {
  const { model, state } = ctx;
  const s = state.settings;
  const boxes = draftCatalogue(model, s.saved).map((d, i) => {
    const id = `lab-compare-${i}`;
    const box = h('input', {
      type: 'checkbox',
      id,
      'data-key': d.key,
      ...(s.compare.includes(d.key) ? { checked: '' } : {}),
    });
    box.addEventListener('change', () => state.toggleCompare(d.key));
    const remove = d.key.startsWith('saved:')
      ? (() => {
          const b = h(
            'button',
            { type: 'button', id: `lab-remove-${i}`, class: 'small link', 'aria-label': `Remove ${d.name}` },
            'remove',
          );
          b.addEventListener('click', () => state.removeSaved(d.name));
          return b;
        })()
      : '';
    return h('li', {}, box, h('label', { for: id }, ` ${d.name}`), remove);
  });
  replaceChildrenKeeping(
    root,
    h('h2', { id: 'lab-compare-heading' }, 'Compare drafts'),
    h(
      'p',
      { class: 'lab-hint' },
      'Tick two or more. Collapse risks use the same random numbers for every draft, so the differences are paired.',
    ),
    h('ul', { class: 'lab-checklist' }, ...boxes),
    runButton('compare', `Compare ${s.compare.length} drafts`, state),
    resultsView('compare', ctx),
  );
}

export function renderSensitivity(root: HTMLElement, ctx: PanelContext): void {
  const { model, state, parameters } = ctx;
  const t = state.settings.tornado;
  const actors = actorsInDisplayOrder(model.scenario).map((a) => [a.id, a.name] as const);
  const output = select('lab-tornado-output', t.output, [
    ['collapse', 'Collapse probability at 12 months'],
    ['margin', 'Margin to nine'],
    ['acceptance', 'Acceptance of an actor'],
  ]);
  const actor = select('lab-tornado-actor', t.actor ?? '', [['', 'Choose an actor'], ...actors]);
  const pick = () => state.setTornado(output.value as TornadoOutput, (actor.value || null) as ActorId | null);
  output.addEventListener('change', pick);
  actor.addEventListener('change', pick);
  const sweep = state.settings.sweep;
  const paramOptions: Array<readonly [string, string]> = [
    ['', 'Choose a parameter'],
    ...parameters.map((p) => [p.id, p.label] as const),
  ];
  const p1 = select('lab-sweep-param', sweep?.param ?? '', paramOptions);
  const p2 = select('lab-sweep-param2', sweep?.param2 ?? '', [
    ['', 'None (one-way sweep)'],
    ...paramOptions.slice(1),
  ]);
  const steps = h('input', {
    type: 'number',
    id: 'lab-sweep-steps',
    min: '2',
    max: '50',
    value: String(sweep?.steps ?? 9),
  });
  const setSweep = () => {
    const one = parameters.find((p) => p.id === p1.value);
    const two = parameters.find((p) => p.id === p2.value);
    const n = Math.min(50, Math.max(2, Math.round(Number(steps.value) || 9)));
    state.setSweep(
      one
        ? {
            param: one.id,
            from: one.low,
            to: one.high,
            steps: n,
            ...(two ? { param2: two.id, from2: two.low, to2: two.high, steps2: Math.min(n, 15) } : {}),
          }
        : null,
    );
  };
  for (const c of [p1, p2, steps]) c.addEventListener('change', setSweep);
  replaceChildrenKeeping(
    root,
    h('h2', { id: 'lab-sensitivity-heading' }, 'Sensitivity'),
    h(
      'div',
      { class: 'lab-row' },
      field('lab-tornado-output', 'Output shown (tornado and sweeps)', output),
      t.output === 'acceptance' ? field('lab-tornado-actor', 'Actor', actor) : '',
    ),
    h('h3', {}, 'Tornado: which assumptions drive the answer'),
    runButton('tornado', 'Run the tornado', state),
    resultsView('tornado', ctx),
    h('h3', {}, 'Sweep one or two parameters'),
    parameters.length === 0
      ? h('p', { class: 'lab-hint' }, 'The parameter list is not available in this build.')
      : h(
          'div',
          { class: 'lab-row' },
          field('lab-sweep-param', 'Parameter', p1),
          field('lab-sweep-param2', 'Second parameter', p2),
          field('lab-sweep-steps', 'Steps', steps),
        ),
    runButton('sweep', 'Run the sweep', state),
    resultsView('sweep', ctx),
  );
}

function paretoBoxes(ctx: PanelContext): HTMLElement[] {
  const picked = ctx.state.settings.pareto;
  return actorsInDisplayOrder(ctx.model.scenario).map((a) => {
    const id = `lab-pareto-${a.id}`;
    const box = h('input', { type: 'checkbox', id, ...(picked.includes(a.id) ? { checked: '' } : {}) });
    box.addEventListener('change', () => ctx.state.togglePareto(a.id));
    return h('li', {}, box, h('label', { for: id }, ` ${a.name}`));
  });
}

export function renderSolve(root: HTMLElement, ctx: PanelContext): void {
  const { model, state } = ctx;
  const goal = state.settings.goal;
  const kind = goal.startsWith('support:') ? 'support' : goal.startsWith('risk<') ? 'risk' : goal;
  const kindSelect = select('lab-goal-kind', kind, [
    ['adopt', 'Get the resolution adopted'],
    ['consent', 'Gain ground consent'],
    ['support', 'Win the support of an actor'],
    ['risk', 'Bring the 12-month collapse risk below a target'],
  ]);
  const actor = select('lab-goal-actor', goal.startsWith('support:') ? goal.slice(8) : '', [
    ['', 'Choose an actor'],
    ...actorsInDisplayOrder(model.scenario).map((a) => [a.id, a.name] as const),
  ]);
  const target = h('input', {
    type: 'number',
    id: 'lab-goal-risk',
    min: '1',
    max: '99',
    step: '1',
    value: goal.startsWith('risk<') ? String(Math.round(Number(goal.slice(5)) * 100)) : '30',
  });
  const setGoal = () => {
    const k = kindSelect.value;
    if (k === 'support') state.setGoal(`support:${actor.value || model.scenario.actors[0]?.id}`);
    else if (k === 'risk')
      state.setGoal(`risk<${Math.min(99, Math.max(1, Number(target.value) || 30)) / 100}`);
    else state.setGoal(k);
  };
  for (const c of [kindSelect, actor, target]) c.addEventListener('change', setGoal);
  replaceChildrenKeeping(
    root,
    h('h2', { id: 'lab-solve-heading' }, 'What would it take'),
    h(
      'p',
      { class: 'lab-hint' },
      'The smallest sets of up to three clause changes that reach the goal, each with its side effects.',
    ),
    h(
      'div',
      { class: 'lab-row' },
      field('lab-goal-kind', 'Goal', kindSelect),
      kind === 'support' ? field('lab-goal-actor', 'Actor', actor) : '',
      kind === 'risk' ? field('lab-goal-risk', 'Target (%)', target) : '',
    ),
    runButton('solve', 'Find the changes', state),
    resultsView('solve', ctx),
    h('h3', {}, 'Consensus set'),
    h(
      'p',
      { class: 'lab-hint' },
      'Drafts that pass and keep every party on the ground at least acquiescent, none beaten for every actor ticked below (none ticked: the parties on the ground).',
    ),
    h('ul', { class: 'lab-checklist', id: 'lab-pareto' }, ...paretoBoxes(ctx)),
    runButton('consensus', 'Find the consensus set', state),
    resultsView('consensus', ctx),
  );
}
