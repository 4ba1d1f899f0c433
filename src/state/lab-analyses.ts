// The bridge from the lab's tasks to the engine's analyses (src/engine/analysis): comparison,
// sensitivity, the solver and the consensus set. Each returns its Tables and its raw result.
import { consensusJob, consensusTables } from '../engine/analysis/consensus.ts';
import { parseGoal } from '../engine/analysis/goal.ts';
import { solveJob } from '../engine/analysis/solve.ts';
import { solutionSummary, solutionTables } from '../engine/analysis/solve-tables.ts';
import type { ClauseChange } from '../engine/best-change.ts';
import type { Job } from '../engine/jobs.ts';
import type { Model } from '../engine/model.ts';
import type { LabAnswer, LabTask } from './lab-tasks.ts';

type AnalysisTask = Exclude<LabTask, { kind: 'outlook' }>;

/** "Mandate: Enforcement → Peacekeeping": a change in the options' own labels. */
function changeLabel(model: Model, change: ClauseChange): string {
  const issue = model.issues.find((i) => i.id === change.issue);
  const label = (id: string) => issue?.options.find((o) => o.id === id)?.label ?? id;
  return `${issue?.title ?? change.issue}: ${label(change.from)} → ${label(change.to)}`;
}

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
    tables: solutionTables(solution),
    data: { summary: solutionSummary(solution), status: solution.status },
    applicable: answers.map((a, i) => ({
      label: `Answer ${i + 1}: ${a.changes.map((c) => changeLabel(model, c)).join('; ')}`,
      draft: a.draft,
    })),
  };
}

function* consensusAnswer(model: Model, task: Extract<AnalysisTask, { kind: 'consensus' }>): Job<LabAnswer> {
  const set = yield* consensusJob(model, task.draft, { runs: task.runs, seed: task.seed });
  return {
    kind: 'consensus',
    tables: consensusTables(set),
    data: { searched: set.searched, feasible: set.feasible },
    applicable: set.members.slice(0, 5).map((m, i) => ({
      label: `Consensus draft ${i + 1}: ${m.changes.length === 0 ? 'the draft as it is' : m.changes.map((c) => changeLabel(model, c)).join('; ')}`,
      draft: m.draft,
    })),
  };
}

export function labAnalyses(model: Model, task: AnalysisTask): Job<LabAnswer> {
  switch (task.kind) {
    case 'solve':
      return solveAnswer(model, task);
    case 'consensus':
      return consensusAnswer(model, task);
    default:
      return notYet(task.kind);
  }
}

function* notYet(kind: string): Job<LabAnswer> {
  yield { done: 0, total: 1 };
  throw new Error(`the ${kind} analysis is not in this build yet`);
}
