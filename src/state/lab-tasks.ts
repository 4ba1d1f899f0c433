// The lab's pieces of engine work, as plain-data tasks that cross to the engine worker and back: the
// outlook of a free draft, a comparison, a tornado, a sweep, the solver and the consensus set. Each
// task becomes a Job (src/engine/jobs.ts) that the worker, or the in-process engine in tests, steps
// through; every answer carries its Tables (the one source of the data tables and every export).
import {
  budgetRuns,
  compareWork,
  consensusWork,
  requireWork,
  solveWork,
  stanceDrawsWork,
  sweepWork,
  tornadoWork,
  type WorkRequest,
} from '../engine/analysis/budget.ts';
import { countChangeSets } from '../engine/analysis/neighbourhood.ts';
import { sweepRangeProblem } from '../engine/analysis/parameter-bounds.ts';
import { listParameters } from '../engine/analysis/parameters.ts';
import type { SweepSpec } from '../engine/analysis/sensitivity.ts';
import type { Table } from '../engine/analysis/table.ts';
import { assess } from '../engine/assess.ts';
import type { ActorId } from '../engine/ids.ts';
import type { Job } from '../engine/jobs.ts';
import { draftIndex, type Model } from '../engine/model.ts';
import {
  type CeasefireOutlook,
  ceasefireOutlook,
  mergeTallies,
  outlookFromTally,
  simulateTally,
  type Tally,
} from '../engine/montecarlo.ts';
import type { Draft } from '../engine/scenario.ts';
import { labAnalyses } from './lab-analyses.ts';
import { type ExpectationsTask, expectationsTaskJob } from './lab-expectations.ts';
import { type StancesTask, stancesJob } from './lab-stances.ts';

/** A draft with the name the analyst (or the scenario) gave it. */
export interface LabDraft {
  /** A short id for tables' columns (slugged from the name when absent). */
  readonly id?: string;
  readonly name: string;
  readonly clauses: Draft;
}

export type TornadoOutput = 'collapse' | 'margin' | 'acceptance';

export type { SweepSpec };

export type LabTask =
  | { readonly kind: 'outlook'; readonly draft: Draft; readonly runs: number; readonly seed: number }
  | {
      readonly kind: 'compare';
      readonly drafts: readonly LabDraft[];
      readonly runs: number;
      readonly seed: number;
    }
  | {
      readonly kind: 'tornado';
      readonly draft: Draft;
      readonly output: TornadoOutput;
      readonly actor: ActorId | null;
      readonly runs: number;
      readonly seed: number;
    }
  | {
      readonly kind: 'sweep';
      readonly draft: Draft;
      readonly sweep: SweepSpec;
      /** What the chart shows (the table has every output). */
      readonly output: TornadoOutput;
      readonly actor: ActorId | null;
      readonly runs: number;
      readonly seed: number;
    }
  | {
      readonly kind: 'solve';
      readonly draft: Draft;
      readonly goal: string;
      readonly maxChanges: number;
      readonly runs: number;
      readonly seed: number;
    }
  | {
      readonly kind: 'consensus';
      readonly draft: Draft;
      /** Whose acceptance the Pareto set is over (empty: the engine's default, the ground parties). */
      readonly actors: readonly ActorId[];
      readonly runs: number;
      readonly seed: number;
    }
  | StancesTask
  | ExpectationsTask;

export type LabTaskKind = LabTask['kind'];
/** The analyses an analyst runs by hand (the outlook follows every edit by itself). */
export type AnalysisKind = Exclude<LabTaskKind, 'outlook' | 'stances' | 'expectations'>;

/** What a task gives back: tables for reading and export, and the raw result for the charts. */
export interface LabAnswer {
  readonly kind: LabTaskKind;
  readonly tables: readonly Table[];
  readonly data: unknown;
  /** Drafts the analyst can put in the editor with one button (the solver's answers). */
  readonly applicable?: ReadonlyArray<{ readonly label: string; readonly draft: Draft }>;
}

/** Runs per step of the outlook: ~5–10 ms of work on a slow machine, so a cancel is noticed quickly. */
export const LAB_SLICE = 100;

/** The collapse outlook of a free draft, in slices of runs (exact, with no slices, without events). */
export function* draftOutlookJob(
  model: Model,
  draft: Draft,
  options: { readonly runs: number; readonly seed: number },
): Job<CeasefireOutlook> {
  const base = assess(model, draftIndex(model, draft));
  const months = model.scenario.ceasefire.horizonMonths;
  const { runs, seed } = options;
  if (model.scenario.ceasefire.events.length === 0)
    return ceasefireOutlook(model, base, { runs, seed, months });
  const tallies: Tally[] = [];
  for (let firstRun = 0; firstRun < runs; firstRun += LAB_SLICE) {
    const slice = Math.min(LAB_SLICE, runs - firstRun);
    tallies.push(simulateTally(model, base, { runs: slice, seed, months, firstRun }));
    yield { done: firstRun + slice, total: runs };
  }
  return outlookFromTally(model, mergeTallies(tallies), seed, base);
}

/** The months the lab reports the collapse probability at (those within the scenario's horizon). */
export const OUTLOOK_MONTHS = [3, 6, 12] as const;

export function outlookTable(model: Model, outlook: CeasefireOutlook): Table {
  const points = OUTLOOK_MONTHS.flatMap((m) => {
    const p = outlook.collapse[m - 1];
    return p ? [[m, p.probability, p.ci95[0], p.ci95[1]] as const] : [];
  });
  return {
    id: 'outlook',
    title: `Collapse probability of the current draft (${outlook.method === 'analytic' ? 'exact' : `${outlook.runs} runs`})`,
    columns: [
      { id: 'month', label: 'By month', numeric: true },
      { id: 'probability', label: 'Collapse probability', numeric: true },
      { id: 'low95', label: '95% low', numeric: true },
      { id: 'high95', label: '95% high', numeric: true },
    ],
    rows: points,
    note: `Scenario ${model.scenario.id}; seed ${outlook.seed}.`,
  };
}

/** What a task asks of the work budget (the outlook's runs are capped by the lab's own limit). */
export function labTaskWork(model: Model, task: LabTask): WorkRequest | null {
  if (task.kind === 'stances') return stanceDrawsWork(task.draws);
  // A fixed amount of work: each of the scenario's drafts once, at the check's own runs.
  if (task.kind === 'expectations') return null;
  const runs = budgetRuns(model.scenario, task.runs);
  switch (task.kind) {
    case 'outlook':
      return null;
    case 'compare':
      return compareWork(task.drafts.length, runs);
    case 'tornado':
      return tornadoWork(listParameters(model.scenario).length, runs);
    case 'sweep':
      return sweepWork(
        task.sweep.steps,
        task.sweep.param2 === undefined ? undefined : (task.sweep.steps2 ?? task.sweep.steps),
        runs,
      );
    case 'solve': {
      let candidates = 0;
      for (let k = 1; k <= task.maxChanges; k++) candidates += countChangeSets(model, k);
      const risk = task.goal.startsWith('risk<');
      return solveWork({ risk, maxChanges: task.maxChanges, limit: 10, simulations: 10, candidates, runs });
    }
    case 'consensus':
      return consensusWork(20, runs);
  }
}

/**
 * The task as a job, refused before it starts (a WorkBudgetError naming the product and the limit)
 * when its options multiply past the work budget: the worker and the in-process engine both come here.
 */
export function* labJob(model: Model, task: LabTask): Job<LabAnswer> {
  // Inside the generator, so the refusal rejects the task's promise like any failure of a step.
  const work = labTaskWork(model, task);
  if (work) requireWork({ ...work, lower: 'the runs' });
  if (task.kind === 'sweep') {
    // Ends past the parameter's legal values (or not numbers) would fail halfway: refused here.
    const { sweep } = task;
    const range =
      sweepRangeProblem(sweep.param, sweep.from, sweep.to) ??
      (sweep.param2 === undefined
        ? null
        : sweepRangeProblem(sweep.param2, sweep.from2 ?? Number.NaN, sweep.to2 ?? Number.NaN));
    if (range) throw new Error(range);
  }
  if (task.kind === 'outlook') return yield* outlookAnswer(model, task);
  if (task.kind === 'expectations') {
    const { data, table } = yield* expectationsTaskJob(model);
    return { kind: 'expectations', tables: [table], data };
  }
  if (task.kind === 'stances') {
    const { data, table } = yield* stancesJob(model, task);
    return { kind: 'stances', tables: [table], data };
  }
  return yield* labAnalyses(model, task);
}

function* outlookAnswer(model: Model, task: Extract<LabTask, { kind: 'outlook' }>): Job<LabAnswer> {
  const outlook = yield* draftOutlookJob(model, task.draft, task);
  return { kind: 'outlook', tables: [outlookTable(model, outlook)], data: outlook };
}
