// The bridge from the lab's tasks to the engine's analyses (src/engine/analysis): comparison,
// sensitivity, the solver and the consensus set. Each returns its Tables and its raw result.
import { compareJob } from '../engine/analysis/compare.ts';
import { comparisonTables } from '../engine/analysis/compare-tables.ts';
import { consensusJob, consensusTables } from '../engine/analysis/consensus.ts';
import { parseGoal } from '../engine/analysis/goal.ts';
import { sweepJob, sweepTables, tornadoJob, tornadoTables } from '../engine/analysis/sensitivity.ts';
import { solveJob } from '../engine/analysis/solve.ts';
import { solutionSummary, solutionTables } from '../engine/analysis/solve-tables.ts';
import type { ClauseChange } from '../engine/best-change.ts';
import { describeChange } from '../engine/describe.ts';
import type { Job } from '../engine/jobs.ts';
import type { Model } from '../engine/model.ts';
import type { LabAnswer, LabTask } from './lab-tasks.ts';

type AnalysisTask = Exclude<LabTask, { kind: 'outlook' | 'stances' | 'expectations' }>;

/** "Mandate: Enforcement → Peacekeeping": a change in the options' own labels. */
const changeLabel = (model: Model, change: ClauseChange): string => describeChange(model.scenario, change);

function* solveAnswer(model: Model, task: Extract<AnalysisTask, { kind: 'solve' }>): Job<LabAnswer> {
  const goal = parseGoal(task.goal, model.scenario);
  if (!goal.ok) throw new Error(goal.error);
  const solution = yield* solveJob(model, task.draft, goal.value, {
    maxChanges: task.maxChanges,
    runs: task.runs,
    seed: task.seed,
  });
  const answers = solution.closest ? [] : solution.answers;
  return {
    kind: 'solve',
    tables: solutionTables(solution, model.scenario),
    data: { summary: solutionSummary(solution, model.scenario), status: solution.status },
    applicable: answers.map((a, i) => ({
      label: `Answer ${i + 1}: ${a.changes.map((c) => changeLabel(model, c)).join('; ')}`,
      draft: a.draft,
    })),
  };
}

function* consensusAnswer(model: Model, task: Extract<AnalysisTask, { kind: 'consensus' }>): Job<LabAnswer> {
  const set = yield* consensusJob(model, task.draft, {
    runs: task.runs,
    seed: task.seed,
    ...(task.actors.length > 0 ? { actors: task.actors } : {}),
  });
  return {
    kind: 'consensus',
    tables: consensusTables(set, model.scenario),
    data: { searched: set.searched, feasible: set.feasible },
    applicable: set.members.slice(0, 5).map((m, i) => ({
      label: `Consensus draft ${i + 1}: ${m.changes.length === 0 ? 'the draft as it is' : m.changes.map((c) => changeLabel(model, c)).join('; ')}`,
      draft: m.draft,
    })),
  };
}

/** Short ids for the drafts (column ids of the comparison's tables): "opening", "plan-b", … */
function draftIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 24) || 'draft';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

function* compareAnswer(model: Model, task: Extract<AnalysisTask, { kind: 'compare' }>): Job<LabAnswer> {
  const ids = draftIds(task.drafts.map((d) => d.id ?? d.name));
  const named = task.drafts.map((d, i) => ({ id: ids[i]!, label: d.name, draft: d.clauses }));
  const comparison = yield* compareJob(model, named, { runs: task.runs, seed: task.seed });
  return { kind: 'compare', tables: comparisonTables(comparison, model.scenario), data: comparison };
}

function* tornadoAnswer(model: Model, task: Extract<AnalysisTask, { kind: 'tornado' }>): Job<LabAnswer> {
  const tornado = yield* tornadoJob(model.scenario, task.draft, {
    runs: task.runs,
    seed: task.seed,
    ...(task.actor ? { actor: task.actor } : {}),
  });
  return {
    kind: 'tornado',
    tables: tornadoTables(tornado, model.scenario),
    data: { tornado, output: task.output },
  };
}

function* sweepAnswer(model: Model, task: Extract<AnalysisTask, { kind: 'sweep' }>): Job<LabAnswer> {
  const sweep = yield* sweepJob(model.scenario, task.draft, {
    ...task.sweep,
    runs: task.runs,
    seed: task.seed,
    ...(task.actor ? { actor: task.actor } : {}),
  });
  return { kind: 'sweep', tables: sweepTables(sweep, model.scenario), data: { sweep, output: task.output } };
}

export function labAnalyses(model: Model, task: AnalysisTask): Job<LabAnswer> {
  switch (task.kind) {
    case 'solve':
      return solveAnswer(model, task);
    case 'consensus':
      return consensusAnswer(model, task);
    case 'compare':
      return compareAnswer(model, task);
    case 'tornado':
      return tornadoAnswer(model, task);
    case 'sweep':
      return sweepAnswer(model, task);
  }
}
