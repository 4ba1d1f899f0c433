// Checking a scenario's expectations (docs/scenario-format.md §8c): each claim an author states about a
// draft — adopted, the yes votes, an actor's stance or acceptance, ground consent, the 12-month
// collapse risk — against what the engine computes. Pure and deterministic: the collapse figures come
// from the exact hazard when the scenario has no random events, and otherwise from a Monte Carlo with
// a fixed seed and run count that every report states.
import { type Assessment, assess } from './assess.ts';
import { type Job, runJob } from './jobs.ts';
import { landingZone } from './landing.ts';
import { type DraftIndex, draftIndex, type Model } from './model.ts';
import { ceasefireOutlook } from './montecarlo.ts';
import type { Expectation, ExpectationClaim, ExpectationDraft } from './scenario.ts';

/** The Monte Carlo's settings for collapse figures: fixed, so a check gives the same answer everywhere. */
export const EXPECTATION_RUNS = 10_000;
export const EXPECTATION_SEED = 1;
/** The month `collapse_12m` reads. */
export const EXPECTATION_MONTH = 12;

export interface ClaimResult {
  readonly claim: ExpectationClaim;
  readonly held: boolean;
  /** What the engine found: a count, a probability, an acceptance, a stance, or yes/no. */
  readonly actual: number | boolean | string;
}

export interface ExpectationResult {
  readonly label: string;
  readonly draft: ExpectationDraft;
  readonly held: boolean;
  readonly claims: readonly ClaimResult[];
}

export interface ExpectationsReport {
  /** 'analytic' when the scenario has no random events (exact), else 'monte-carlo'. */
  readonly method: 'analytic' | 'monte-carlo';
  readonly runs: number;
  readonly seed: number;
  readonly results: readonly ExpectationResult[];
  readonly held: number;
  readonly failed: number;
}

/** The draft an expectation names, as the engine's option indices. */
export function expectationDraft(model: Model, draft: ExpectationDraft): DraftIndex {
  if (draft === 'opening') return model.opening;
  if (draft === 'status_quo') return model.statusQuo;
  if (draft === 'landing_zone') return landingZone(model).draft;
  const named = model.scenario.drafts.find((d) => d.id === draft);
  // The checker refuses an unknown draft; an unknown one here is a caller's bug.
  if (named === undefined) throw new Error(`unknown draft '${draft}'`);
  return draftIndex(model, named.clauses);
}

interface DraftFacts {
  readonly assessment: Assessment;
  /** P(collapse by month 12), or null when no claim on this draft asks for it. */
  readonly collapse12m: number | null;
}

const needsCollapse = (e: Expectation) => e.claims.some((c) => c.kind === 'collapse12m');
const within = (x: number, low: number, high: number) => x >= low && x <= high;

function actorAt(model: Model, id: string): number {
  const i = model.actors.findIndex((a) => a.actor.id === id);
  if (i < 0) throw new Error(`unknown actor '${id}'`);
  return i;
}

function checkClaim(model: Model, facts: DraftFacts, claim: ExpectationClaim): ClaimResult {
  const a = facts.assessment;
  switch (claim.kind) {
    case 'adopted':
      return { claim, held: a.vote.adopted === claim.value, actual: a.vote.adopted };
    case 'yesAtLeast':
      return { claim, held: a.vote.yes.length >= claim.value, actual: a.vote.yes.length };
    case 'yesAtMost':
      return { claim, held: a.vote.yes.length <= claim.value, actual: a.vote.yes.length };
    case 'groundConsent':
      return { claim, held: a.groundConsent.holds === claim.value, actual: a.groundConsent.holds };
    case 'collapse12m': {
      const p = facts.collapse12m ?? Number.NaN;
      return { claim, held: within(p, claim.low, claim.high), actual: p };
    }
    case 'stance': {
      const stance = a.actors[actorAt(model, claim.actor)]!.stance;
      return { claim, held: claim.stances.includes(stance), actual: stance };
    }
    case 'ground': {
      const ground = a.actors[actorAt(model, claim.actor)]!.ground;
      return { claim, held: ground !== null && claim.stances.includes(ground), actual: ground ?? 'none' };
    }
    case 'acceptance': {
      const x = a.actors[actorAt(model, claim.actor)]!.evaluation.acceptance;
      return { claim, held: within(x, claim.low, claim.high), actual: x };
    }
  }
}

/**
 * The check as a job: one step per distinct draft (its assessment and, when asked, its simulation),
 * so the lab's worker can report progress and be cancelled between drafts.
 */
export function* expectationsJob(model: Model): Job<ExpectationsReport> {
  const expectations = model.scenario.expectations ?? [];
  const drafts = [...new Set(expectations.map((e) => e.draft))];
  const facts = new Map<ExpectationDraft, DraftFacts>();
  const months = Math.min(EXPECTATION_MONTH, model.scenario.ceasefire.horizonMonths);
  const options = { runs: EXPECTATION_RUNS, seed: EXPECTATION_SEED, months };
  for (const [done, draft] of drafts.entries()) {
    yield { done, total: drafts.length };
    const assessment = assess(model, expectationDraft(model, draft));
    const simulate = expectations.some((e) => e.draft === draft && needsCollapse(e));
    const outlook = simulate ? ceasefireOutlook(model, assessment, options) : null;
    const collapse12m = outlook?.collapse[EXPECTATION_MONTH - 1]?.probability ?? null;
    facts.set(draft, { assessment, collapse12m });
  }
  const results = expectations.map((e): ExpectationResult => {
    const claims = e.claims.map((c) => checkClaim(model, facts.get(e.draft)!, c));
    return { label: e.label, draft: e.draft, held: claims.every((c) => c.held), claims };
  });
  const held = results.filter((r) => r.held).length;
  return {
    method: model.scenario.ceasefire.events.length > 0 ? 'monte-carlo' : 'analytic',
    runs: model.scenario.ceasefire.events.length > 0 ? EXPECTATION_RUNS : 0,
    seed: EXPECTATION_SEED,
    results,
    held,
    failed: results.length - held,
  };
}

/** Every expectation of the scenario checked at once (the command line, tests). */
export const checkExpectations = (model: Model): ExpectationsReport => runJob(expectationsJob(model));
