// The bridge from the lab's tasks to the engine's analyses (src/engine/analysis): comparison,
// sensitivity, the solver and the consensus set. Each returns its Tables and its raw result.
import type { Job } from '../engine/jobs.ts';
import type { Model } from '../engine/model.ts';
import type { LabAnswer, LabTask } from './lab-tasks.ts';

export function* labAnalyses(_model: Model, task: Exclude<LabTask, { kind: 'outlook' }>): Job<LabAnswer> {
  yield { done: 0, total: 1 };
  throw new Error(`the ${task.kind} analysis is not in this build yet`);
}
