// A scenario compiled for fast, repeated scoring: ids become indices and per-actor tables become flat
// arrays. Compiling is deterministic and follows the canonical (id-sorted) order, so every sum in the
// engine runs in the same order in every JS engine.
import type { ActorId, IssueId, OptionId } from './ids.ts';
import { memoByObject } from './memo.ts';
import { own } from './own.ts';
import type { Actor, Condition, Draft, Issue, Preferences, Scenario } from './scenario.ts';
import type { Driver } from './vocabulary.ts';

/** A draft as one option index per issue index. */
export type DraftIndex = Int32Array;

export type CompiledCondition =
  | { readonly kind: 'issue'; readonly issue: number; readonly options: readonly number[] }
  | { readonly kind: 'all' | 'any'; readonly of: readonly CompiledCondition[] }
  | { readonly kind: 'not'; readonly of: CompiledCondition }
  | { readonly kind: 'acceptance'; readonly actor: number; readonly below: boolean; readonly value: number }
  | { readonly kind: 'driver'; readonly driver: Driver; readonly above: number };

export interface CompiledPreferences {
  /** weights[k], normalised (0 for clauses the holder does not care about). */
  readonly weights: Float64Array;
  /** values[k][o]; 0 where the holder gave no value (weight 0 then). */
  readonly values: readonly Float64Array[];
  /** Best and worst additive utility over all drafts. */
  readonly best: number;
  readonly worst: number;
  /** The option the holder likes best on each clause (first in canonical order on ties). */
  readonly ideal: Int32Array;
}

export interface CompiledActor {
  readonly index: number;
  readonly actor: Actor;
  readonly prefs: CompiledPreferences;
  readonly redLines: ReadonlyArray<{ readonly when: CompiledCondition; readonly issues: readonly number[] }>;
  readonly constituencies: readonly CompiledPreferences[];
  /** Each constituency's reservation: the actor's fixed reservation binds it too; otherwise its own value of the status quo. */
  readonly constituencyReservations: Float64Array;
  /** [actor index, weight] pairs, sorted by index. */
  readonly affinity: ReadonlyArray<readonly [number, number]>;
  /** A troop contributor's stated conditions (`deployment.serves_if`); null: none stated. */
  readonly servesIf: CompiledCondition | null;
}

export interface Model {
  readonly scenario: Scenario;
  readonly issues: readonly Issue[];
  readonly actors: readonly CompiledActor[];
  readonly actorIndex: ReadonlyMap<ActorId, number>;
  readonly issueIndex: ReadonlyMap<IssueId, number>;
  /** optionIndex[k] maps option id → index within issue k. */
  readonly optionIndex: ReadonlyArray<ReadonlyMap<OptionId, number>>;
  readonly rules: ReadonlyArray<{
    readonly when: CompiledCondition;
    readonly utility: ReadonlyArray<readonly [number, number]>;
    readonly hazardRatio: number;
    readonly usesAcceptance: boolean;
  }>;
  /** eventRequires[e]: the precondition of ceasefire event e, or null if it has none. */
  readonly eventRequires: ReadonlyArray<CompiledCondition | null>;
  readonly statusQuo: DraftIndex;
  readonly opening: DraftIndex;
}

function compileCondition(
  condition: Condition,
  issueIndex: ReadonlyMap<IssueId, number>,
  optionIndex: ReadonlyArray<ReadonlyMap<OptionId, number>>,
  actorIndex: ReadonlyMap<ActorId, number>,
): CompiledCondition {
  const recurse = (c: Condition) => compileCondition(c, issueIndex, optionIndex, actorIndex);
  switch (condition.kind) {
    case 'issue': {
      const k = issueIndex.get(condition.issue) ?? -1;
      return { kind: 'issue', issue: k, options: condition.options.map((o) => optionIndex[k]?.get(o) ?? -1) };
    }
    case 'all':
    case 'any':
      return { kind: condition.kind, of: condition.of.map(recurse) };
    case 'not':
      return { kind: 'not', of: recurse(condition.of) };
    case 'acceptance':
      return {
        kind: 'acceptance',
        actor: actorIndex.get(condition.actor) ?? -1,
        below: condition.comparison === 'below',
        value: condition.value,
      };
    case 'driver':
      return { kind: 'driver', driver: condition.driver, above: condition.above };
  }
}

/** The issues a condition looks at (for "whom does this red line concern"). */
export function conditionIssues(condition: CompiledCondition): number[] {
  switch (condition.kind) {
    case 'issue':
      return [condition.issue];
    case 'all':
    case 'any':
      return condition.of.flatMap(conditionIssues);
    case 'not':
      return conditionIssues(condition.of);
    case 'acceptance':
    case 'driver':
      return [];
  }
}

function usesAcceptance(condition: CompiledCondition): boolean {
  switch (condition.kind) {
    case 'issue':
    case 'driver':
      return false;
    case 'all':
    case 'any':
      return condition.of.some(usesAcceptance);
    case 'not':
      return usesAcceptance(condition.of);
    case 'acceptance':
      return true;
  }
}

function compilePreferences(prefs: Preferences, issues: readonly Issue[]): CompiledPreferences {
  const weights = new Float64Array(issues.length);
  const values: Float64Array[] = [];
  const ideal = new Int32Array(issues.length);
  let best = 0;
  let worst = 0;
  issues.forEach((issue, k) => {
    const row = new Float64Array(issue.options.length);
    // Own properties only: a clause or option named `constructor` must not find Object's (own.ts).
    const given = own(prefs.values, issue.id);
    const weight = own(prefs.weights, issue.id) ?? 0;
    issue.options.forEach((option, o) => {
      row[o] = (given && own(given, option.id)) ?? 0;
    });
    let max = Number.NEGATIVE_INFINITY;
    let min = Number.POSITIVE_INFINITY;
    row.forEach((v, o) => {
      if (v > max) {
        max = v;
        ideal[k] = o;
      }
      if (v < min) min = v;
    });
    weights[k] = weight;
    values.push(row);
    best += weight * max;
    worst += weight * min;
  });
  return { weights, values, best, worst, ideal };
}

export function additiveUtility(prefs: CompiledPreferences, draft: DraftIndex): number {
  let sum = 0;
  for (let k = 0; k < draft.length; k++) {
    const w = prefs.weights[k] ?? 0;
    if (w !== 0) sum += w * (prefs.values[k]?.[draft[k] ?? 0] ?? 0);
  }
  return sum;
}

export function draftIndex(model: Pick<Model, 'issues' | 'optionIndex'>, draft: Draft): DraftIndex {
  const out = new Int32Array(model.issues.length);
  model.issues.forEach((issue, k) => {
    out[k] = model.optionIndex[k]?.get(own(draft, issue.id) ?? issue.opening) ?? 0;
  });
  return out;
}

export function draftFromIndex(model: Pick<Model, 'issues'>, index: DraftIndex): Draft {
  return Object.fromEntries(
    model.issues.map((issue, k) => [issue.id, issue.options[index[k] ?? 0]?.id]),
  ) as Draft;
}

/** Compiles once per scenario object (scenarios are frozen, so the cache can never go stale). */
export const compile = memoByObject((scenario: Scenario): Model => {
  const issues = scenario.issues;
  const issueIndex = new Map(issues.map((i, k) => [i.id, k]));
  const optionIndex = issues.map((i) => new Map(i.options.map((o, n) => [o.id, n])));
  const actorIndex = new Map(scenario.actors.map((a, n) => [a.id, n]));
  const cond = (c: Condition) => compileCondition(c, issueIndex, optionIndex, actorIndex);
  const base = { issues, optionIndex };
  const model: Model = {
    scenario,
    issues,
    issueIndex,
    optionIndex,
    actorIndex,
    actors: scenario.actors.map((actor, index) => ({
      index,
      actor,
      prefs: compilePreferences(actor, issues),
      redLines: actor.redLines.map((line) => {
        const when = cond(line.when);
        return { when, issues: conditionIssues(when) };
      }),
      constituencies: actor.constituencies.map((c) => compilePreferences(c, issues)),
      constituencyReservations: Float64Array.from(actor.constituencies, (c) =>
        actor.reservation.kind === 'fixed'
          ? actor.reservation.utility
          : additiveUtility(compilePreferences(c, issues), draftIndex(base, scenario.statusQuoDraft)),
      ),
      affinity: Object.entries(actor.affinity)
        .map(([id, weight]) => [actorIndex.get(id as ActorId) ?? -1, weight] as const)
        .filter(([n]) => n >= 0),
      servesIf: actor.deployment?.servesIf ? cond(actor.deployment.servesIf) : null,
    })),
    rules: scenario.rules.map((rule) => {
      const when = cond(rule.when);
      return {
        when,
        utility: Object.entries(rule.utility)
          .map(([id, delta]) => [actorIndex.get(id as ActorId) ?? -1, delta] as const)
          .filter(([n]) => n >= 0),
        hazardRatio: rule.hazardRatio,
        usesAcceptance: usesAcceptance(when),
      };
    }),
    eventRequires: scenario.ceasefire.events.map((e) => (e.requires ? cond(e.requires) : null)),
    statusQuo: draftIndex(base, scenario.statusQuoDraft),
    opening: draftIndex(base, scenario.openingDraft),
  };
  return model;
});

/**
 * Is the condition true of this draft? `acceptance` answers acceptance conditions (rules only);
 * `drivers` answers driver conditions (events' preconditions only; without it a driver counts as 0).
 */
export function holds(
  condition: CompiledCondition,
  draft: DraftIndex,
  acceptance?: (actor: number) => number,
  drivers?: Readonly<Record<Driver, number>>,
): boolean {
  switch (condition.kind) {
    case 'issue':
      return condition.options.includes(draft[condition.issue] ?? -1);
    case 'all':
      return condition.of.every((c) => holds(c, draft, acceptance, drivers));
    case 'any':
      return condition.of.some((c) => holds(c, draft, acceptance, drivers));
    case 'not':
      return !holds(condition.of, draft, acceptance, drivers);
    case 'acceptance': {
      const a = acceptance?.(condition.actor) ?? 50;
      return condition.below ? a < condition.value : a >= condition.value;
    }
    case 'driver':
      return (drivers?.[condition.driver] ?? 0) > condition.above;
  }
}
