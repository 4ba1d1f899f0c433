// Drafts side by side: every actor's acceptance and stance, the vote with its margin to nine and
// vetoes, consent on the ground, the chance the ceasefire collapses by 3, 6 and 12 months, and the
// hazard's parts (β_j·x_j). Every draft after the first is set against the first: the differences in
// collapse carry a paired 95% interval, because all drafts run on the same random numbers (common
// random numbers): the runs are paired by index, and the interval reflects only the drafts' effect.
import { assess } from '../assess.ts';
import type { ActorId, RuleId } from '../ids.ts';
import type { Job } from '../jobs.ts';
import { draftFromIndex, draftIndex, type Model } from '../model.ts';
import { wilson } from '../montecarlo.ts';
import type { Draft } from '../scenario.ts';
import type { CouncilStance, GroundStance } from '../stance.ts';
import type { Driver } from '../vocabulary.ts';
import type { Vote } from '../vote.ts';
import { type CollapseRuns, collapseRunsJob, collapseSteps, pairedDifference } from './collapse-runs.ts';

export interface NamedDraft {
  readonly id: string;
  readonly label: string;
  readonly draft: Draft;
}

export interface CompareOptions {
  readonly runs: number;
  readonly seed: number;
  /** Months at which to report P(collapse by); default 3, 6 and 12 (those within the horizon). */
  readonly months?: readonly number[];
}

export interface ActorInDraft {
  readonly acceptance: number;
  readonly stance: CouncilStance;
  readonly vote: Vote | null;
  readonly ground: GroundStance | null;
}

export interface CollapseAt {
  readonly month: number;
  readonly probability: number;
  readonly ci95: readonly [number, number];
}

export interface DraftComparison {
  readonly id: string;
  readonly label: string;
  readonly draft: Draft;
  /** In the model's actor order (Comparison.actors). */
  readonly actors: readonly ActorInDraft[];
  readonly tally: {
    readonly yes: number;
    readonly no: number;
    readonly abstain: number;
    readonly vetoes: readonly ActorId[];
    readonly adopted: boolean;
    readonly marginToNine: number;
  };
  readonly groundConsent: { readonly holds: boolean; readonly blockers: readonly ActorId[] };
  /** 'status_quo' when the text is not adopted and the ceasefire runs without it. */
  readonly inForce: 'draft' | 'status_quo';
  readonly collapse: readonly CollapseAt[];
  readonly hazard: {
    readonly hazardRatio: number;
    readonly logHazard: number;
    readonly drivers: ReadonlyArray<{
      readonly driver: Driver;
      readonly value: number;
      readonly logHazard: number;
    }>;
    readonly rules: ReadonlyArray<{ readonly rule: RuleId; readonly logHazard: number }>;
    readonly floorAdjustment: number;
  };
}

export interface CollapseDifference {
  readonly month: number;
  /** This draft's P(collapse by month) minus the first draft's, over the same runs. */
  readonly estimate: number;
  readonly ci95: readonly [number, number];
}

export interface Comparison {
  readonly method: 'analytic' | 'monte-carlo';
  readonly runs: number;
  readonly seed: number;
  readonly months: readonly number[];
  readonly actors: ReadonlyArray<{ readonly id: ActorId; readonly name: string }>;
  readonly drafts: readonly DraftComparison[];
  /** differences[i] sets drafts[i] against drafts[0] (differences[0] is the first against itself: 0). */
  readonly differences: ReadonlyArray<{
    readonly draft: string;
    readonly collapse: readonly CollapseDifference[];
  }>;
}

export const DEFAULT_MONTHS: readonly number[] = [3, 6, 12];

export function* compareJob(
  model: Model,
  drafts: readonly NamedDraft[],
  options: CompareOptions,
): Job<Comparison> {
  if (drafts.length === 0) throw new Error('compare needs at least one draft');
  const horizon = model.scenario.ceasefire.horizonMonths;
  const months = [...new Set(options.months ?? DEFAULT_MONTHS)]
    .filter((m) => Number.isInteger(m) && m >= 1 && m <= horizon)
    .sort((a, b) => a - b);
  const simulated = Math.max(1, ...months);
  const { runs, seed } = options;
  // Progress counts runs (or drafts, when the answer is exact and needs no runs).
  const exact = collapseSteps(model, runs) === 0;
  const total = drafts.length * (exact ? 1 : runs);
  const results: DraftComparison[] = [];
  const collapseRuns: CollapseRuns[] = [];
  for (const [n, named] of drafts.entries()) {
    const index = draftIndex(model, named.draft);
    const a = assess(model, index);
    const job = collapseRunsJob(model, a, { runs, seed, months: simulated });
    let outcome: CollapseRuns;
    for (;;) {
      const step = job.next();
      if (step.done) {
        outcome = step.value;
        break;
      }
      yield { done: n * runs + step.value.done, total };
    }
    if (exact) yield { done: n + 1, total };
    collapseRuns.push(outcome);
    results.push({
      id: named.id,
      label: named.label,
      draft: draftFromIndex(model, index),
      actors: a.actors.map((x) => ({
        acceptance: x.evaluation.acceptance,
        stance: x.stance,
        vote: x.vote,
        ground: x.ground,
      })),
      tally: {
        yes: a.vote.yes.length,
        no: a.vote.no.length,
        abstain: a.vote.abstain.length,
        vetoes: a.vote.vetoes,
        adopted: a.vote.adopted,
        marginToNine: a.vote.marginToNine,
      },
      groundConsent: { holds: a.groundConsent.holds, blockers: a.groundConsent.blockers },
      inForce: a.inForce.text,
      collapse: months.map((month) => {
        const p = outcome.cumulative[month - 1] ?? 0;
        const ci95: readonly [number, number] =
          outcome.method === 'analytic' ? [p, p] : wilson(Math.round(p * runs), runs);
        return { month, probability: p, ci95 };
      }),
      hazard: {
        hazardRatio: a.hazard.hazardRatio,
        logHazard: a.hazard.logHazard,
        drivers: a.hazard.drivers.map((d) => ({ driver: d.driver, value: d.value, logHazard: d.logHazard })),
        rules: a.hazard.rules,
        floorAdjustment: a.hazard.floorAdjustment,
      },
    });
  }
  const first = collapseRuns[0]!;
  return {
    method: first.method,
    runs: first.method === 'analytic' ? 0 : runs,
    seed,
    months,
    actors: model.actors.map((a) => ({ id: a.actor.id, name: a.actor.name })),
    drafts: results,
    differences: results.map((r, i) => ({
      draft: r.id,
      collapse: months.map((month) => ({ month, ...pairedDifference(first, collapseRuns[i]!, month) })),
    })),
  };
}

export { comparisonTables } from './compare-tables.ts';
