// "What would it take": the smallest sets of clause changes from a base draft that reach a goal.
// Search by size — every set of one change, then of two, then of three — and stop at the first size
// with answers, so no reported answer has a smaller answer inside it. Every draft is scored by
// `assess`, the measure the rest of the engine reports, so for adopt, consent and support the search
// is exhaustive: no smaller answer exists among the searched changes.
//
// Risk is dearer: each draft's P(collapse within 12 months) takes a Monte Carlo (~15 ms at 2,000
// runs). Every reported answer is verified by that Monte Carlo with the analyst's seed and runs.
// Drafts are ruled out unsimulated in two ways:
//  1. proven: the event-free lower bound (collapse.ts) on that very estimate already misses the
//     target — sound whenever the scenario's events can only raise the hazard (checked);
//  2. budget: of the rest, only the `simulations` drafts with the lowest in-force log hazard are
//     simulated at each size (default 10; Infinity simulates all). `notSimulated` counts the drafts
//     left out this way; when it is 0, the answer is guaranteed minimal. Otherwise a smaller answer
//     could exist only among those drafts, which carry a higher event-free hazard than every draft
//     simulated at their size.
import type { Assessment } from '../assess.ts';
import { assess } from '../assess.ts';
import type { ClauseChange } from '../best-change.ts';
import type { Job } from '../jobs.ts';
import { type DraftIndex, draftFromIndex, draftIndex, type Model } from '../model.ts';
import type { Draft } from '../scenario.ts';
import { collapseJob, eventFreeBound, eventsOnlyRaiseRisk, type RiskSettings } from './collapse.ts';
import { type ActorMove, type DraftOutcome, harmBetween, movesBetween, outcomeOf } from './effects.ts';
import { type Goal, goalMargin, meets } from './goal.ts';
import { changeSets, changesBetween, countChangeSets, draftKey } from './neighbourhood.ts';

export interface SolveOptions {
  /** Largest set of changes searched: 1–3 (default 3). */
  readonly maxChanges?: number;
  /** Monte Carlo runs for the collapse risk (default 2,000) and its seed (default 1). */
  readonly runs?: number;
  readonly seed?: number;
  /** Answers reported in full (default 10); the rest are counted in `more`. */
  readonly limit?: number;
  /** Risk goal: most drafts simulated per size (default 10; Infinity: every draft not ruled out by proof). */
  readonly simulations?: number;
}

export interface Answer {
  readonly changes: readonly ClauseChange[];
  readonly draft: Draft;
  readonly outcome: DraftOutcome;
  /** Every actor, in canonical order. */
  readonly moves: readonly ActorMove[];
  /** Acceptance points lost by the other actors, summed (answers are ranked by it, least first). */
  readonly harm: number;
  /** How far past the goal, in the goal's unit (goal.ts `goalMargin`); negative: short of it. */
  readonly margin: number;
}

export interface Solution {
  readonly goal: Goal;
  readonly base: Draft;
  readonly baseOutcome: DraftOutcome;
  readonly maxChanges: number;
  readonly runs: number;
  readonly seed: number;
  /** already-met: the base draft meets the goal; none: no set of up to maxChanges changes does. */
  readonly status: 'already-met' | 'found' | 'none';
  /** Number of changes in every answer (null unless found). */
  readonly size: number | null;
  /** The best `limit` answers of that size, ranked by least harm, then largest margin. */
  readonly answers: readonly Answer[];
  /** Answers of the same size not listed. */
  readonly more: number;
  /** When none: the searched draft that came closest (largest margin), or null if none was simulated. */
  readonly closest: Answer | null;
  /** Drafts scored. */
  readonly searched: number;
  /**
   * False only when the risk search left drafts unsimulated for want of budget at a size below the
   * answers' (or, when none is found, at any size): see the header.
   */
  readonly guaranteedMinimal: boolean;
  /** Risk only: how the drafts were screened. */
  readonly riskSearch: RiskSearch | null;
}

export interface RiskSearch {
  /** Whether the event-free lower bound could be used (the scenario's events only raise the hazard). */
  readonly bound: boolean;
  /** Drafts ruled out by the bound (or, not adopted, by the known risk of no resolution). */
  readonly ruledOut: number;
  /** Monte Carlo estimates made, and drafts left unsimulated for want of budget. */
  readonly simulated: number;
  readonly notSimulated: number;
}

interface Candidate {
  readonly draft: DraftIndex;
  readonly harm: number;
  readonly margin: number;
  readonly order: number;
}

/** Assessed drafts per progress step: about 5 ms at the default scenario. */
const STEP = 100;

const byRank = (a: Candidate, b: Candidate) => a.harm - b.harm || b.margin - a.margin || a.order - b.order;

export function* solveJob(model: Model, base: Draft, goal: Goal, options: SolveOptions = {}): Job<Solution> {
  const maxChanges = Math.max(1, Math.min(3, options.maxChanges ?? 3));
  const settings: RiskSettings = { runs: options.runs ?? 2000, seed: options.seed ?? 1 };
  const limit = options.limit ?? 10;
  const budget = options.simulations ?? 10;
  const baseIndex = draftIndex(model, base);
  const baseAssessment = assess(model, baseIndex);
  const spare = goal.kind === 'support' ? (model.actorIndex.get(goal.actor) ?? -1) : -1;

  let total = 0;
  for (let k = 1; k <= maxChanges; k++) total += countChangeSets(model, k);
  let searched = 0;
  // Risks by in-force text: every draft that is not adopted runs under no resolution, simulated once.
  const risks = new Map<string, number>();
  let simulated = 0;
  function* riskOf(a: Assessment): Job<number> {
    const key = draftKey(a.inForce.draft);
    const known = risks.get(key);
    if (known !== undefined) return known;
    // The simulation's own progress is of one draft: report the search's instead.
    const job = collapseJob(model, a, settings);
    let step = job.next();
    while (!step.done) {
      yield { done: searched, total };
      step = job.next();
    }
    const risk = step.value;
    simulated++;
    risks.set(key, risk);
    return risk;
  }
  function* answerOf(draft: DraftIndex, a: Assessment = assess(model, draft)): Job<Answer> {
    const risk = yield* riskOf(a);
    return {
      changes: changesBetween(model, baseIndex, draft),
      draft: draftFromIndex(model, draft),
      outcome: outcomeOf(a, risk),
      moves: movesBetween(model, baseAssessment, a),
      harm: harmBetween(baseAssessment, a, spare),
      margin: goalMargin(model, goal, a, risk),
    };
  }

  const baseRisk = yield* riskOf(baseAssessment);
  const useBound =
    goal.kind === 'risk' && model.scenario.ceasefire.events.length > 0 && eventsOnlyRaiseRisk(model);
  const bound = useBound ? eventFreeBound(model, settings) : () => 0;
  let ruledOut = 0;
  let notSimulated = 0;
  const riskSearch = (): RiskSearch | null =>
    goal.kind === 'risk' ? { bound: useBound, ruledOut, simulated, notSimulated } : null;
  const common = {
    goal,
    base: draftFromIndex(model, baseIndex),
    baseOutcome: outcomeOf(baseAssessment, baseRisk),
    maxChanges,
    runs: settings.runs,
    seed: settings.seed,
  } as const;
  if (meets(model, goal, baseAssessment, baseRisk))
    return {
      ...common,
      status: 'already-met',
      size: 0,
      answers: [],
      more: 0,
      closest: null,
      searched: 1,
      guaranteedMinimal: true,
      riskSearch: riskSearch(),
    };

  let closest: Candidate | null = null;
  // Risk: the draft with the lowest bound, simulated at the end if the bound ruled out every draft.
  let lowestBound: { draft: DraftIndex; bound: number } | null = null;
  const consider = (c: Candidate) => {
    if (closest === null || c.margin > closest.margin) closest = c;
  };
  for (let size = 1; size <= maxChanges; size++) {
    const found: Candidate[] = [];
    const toSimulate: Array<{ draft: DraftIndex; logHazard: number; order: number }> = [];
    // Drafts left unsimulated at smaller sizes are what could hide a smaller answer.
    const missedBelow = notSimulated;
    for (const { draft } of changeSets(model, baseIndex, size)) {
      const a = assess(model, draft);
      const order = searched++;
      if (goal.kind === 'risk') {
        const known = risks.get(draftKey(a.inForce.draft));
        const low = known ?? bound(a.hazard.logHazard);
        if (low < goal.below) toSimulate.push({ draft: draft.slice(), logHazard: a.hazard.logHazard, order });
        else {
          ruledOut++;
          if (lowestBound === null || low < lowestBound.bound)
            lowestBound = { draft: draft.slice(), bound: low };
        }
      } else {
        const candidate = {
          draft: draft.slice(),
          harm: harmBetween(baseAssessment, a, spare),
          margin: goalMargin(model, goal, a, null),
          order,
        };
        if (meets(model, goal, a, null)) found.push(candidate);
        else consider(candidate);
      }
      if (searched % STEP === 0) yield { done: searched, total };
    }
    // Risk: simulate the drafts the bound could not rule out, lowest event-free hazard first.
    toSimulate.sort((x, y) => x.logHazard - y.logHazard || x.order - y.order);
    notSimulated += Math.max(0, toSimulate.length - budget);
    for (const s of toSimulate.slice(0, budget)) {
      const a = assess(model, s.draft);
      const risk = yield* riskOf(a);
      const candidate = {
        draft: s.draft,
        harm: harmBetween(baseAssessment, a, spare),
        margin: goalMargin(model, goal, a, risk),
        order: s.order,
      };
      if (meets(model, goal, a, risk)) found.push(candidate);
      else consider(candidate);
    }
    if (found.length > 0) {
      found.sort(byRank);
      const answers: Answer[] = [];
      for (const c of found.slice(0, limit)) answers.push(yield* answerOf(c.draft));
      return {
        ...common,
        status: 'found',
        size,
        answers,
        more: found.length - answers.length,
        closest: null,
        searched,
        guaranteedMinimal: missedBelow === 0,
        riskSearch: riskSearch(),
      };
    }
  }
  const fallback = lowestBound as { draft: DraftIndex } | null;
  const best = (closest as Candidate | null) ?? fallback;
  return {
    ...common,
    status: 'none',
    size: null,
    answers: [],
    more: 0,
    closest: best === null ? null : yield* answerOf(best.draft),
    searched,
    guaranteedMinimal: notSimulated === 0,
    riskSearch: riskSearch(),
  };
}
