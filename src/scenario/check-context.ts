// Shared by the cross-reference checks: how findings are reported, and the lookups every check uses
// (does this actor, clause or option exist?), each reporting a located, explained problem.
import { hasOwn, own } from '../engine/own.ts';
import type { Target } from './locate.ts';
import { suggest } from './messages.ts';
import { formatPath, type PathSegment, type ProblemCode } from './problems.ts';
import type { RawCondition, RawIssue, RawScenario } from './schema.ts';
import { isStance, type RawClauseValues, stanceOverrides } from './stances.ts';

export interface CrossFinding {
  readonly path: readonly PathSegment[];
  readonly target: Target;
  readonly code: ProblemCode;
  readonly message: string;
}

export type Report = (
  path: readonly PathSegment[],
  code: ProblemCode,
  message: string,
  target?: Target,
) => void;

export const quoteList = (ids: Iterable<string>) => [...ids].join(', ');

/**
 * A scenario as far as its shape is right (partial.ts): a part with shape errors is left out, so the
 * cross-references of every other part are still checked in the same run.
 */
export type CheckableScenario = Omit<RawScenario, 'procedure' | 'ceasefire'> & {
  readonly procedure?: RawScenario['procedure'];
  readonly ceasefire?: RawScenario['ceasefire'];
};

/**
 * Entries left out for their shape: their ids still exist, so a reference to them is not "unknown"
 * (the shape error is reported instead), and checks that count a whole list are not made.
 */
export interface Shapeless {
  readonly actors: ReadonlySet<string>;
  readonly issues: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  /**
   * The Council seat of each actor left out (id and seat as written, `none` when not written), or
   * null when some left-out actor's seat cannot be read: the Council is not counted then.
   */
  readonly seats: ReadonlyArray<{ readonly id: string; readonly seat: string }> | null;
}

export const NOTHING_SHAPELESS: Shapeless = {
  actors: new Set(),
  issues: new Set(),
  sources: new Set(),
  seats: [],
};

export function checkUniqueIds(
  items: readonly { id: string }[],
  at: readonly PathSegment[],
  what: string,
  report: Report,
) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      report(
        [...at, index, 'id'],
        'duplicate-id',
        `duplicate ${what} id '${item.id}' (first used at ${formatPath([...at, first])})`,
      );
  });
}

export function createChecks(
  raw: CheckableScenario,
  report: Report,
  shapeless: Shapeless = NOTHING_SHAPELESS,
) {
  const actorIds = new Set([...raw.actors.map((a) => a.id), ...shapeless.actors]);
  const issuesById = new Map(raw.issues.map((i) => [i.id, i]));
  const sourceIds = new Set([...raw.sources.map((s) => s.id), ...shapeless.sources]);
  const optionIds = (issue: RawIssue) => issue.options.map((o) => o.id);

  const checkActorRef = (id: string, path: readonly PathSegment[], target: Target = 'value') => {
    if (!actorIds.has(id))
      report(
        path,
        'unknown-reference',
        `unknown actor '${id}'${suggest(id, [...actorIds])} (actors: ${quoteList(actorIds)})`,
        target,
      );
  };
  const checkIssueRef = (
    id: string,
    path: readonly PathSegment[],
    target: Target = 'value',
  ): RawIssue | undefined => {
    const issue = issuesById.get(id);
    if (!issue && !shapeless.issues.has(id))
      report(
        path,
        'unknown-reference',
        `unknown clause '${id}'${suggest(id, [...issuesById.keys()])} (clauses: ${quoteList([...issuesById.keys(), ...shapeless.issues])})`,
        target,
      );
    return issue;
  };
  const checkOptionRef = (
    issue: RawIssue,
    option: string,
    path: readonly PathSegment[],
    target: Target = 'value',
  ) => {
    if (!optionIds(issue).includes(option)) {
      report(
        path,
        'unknown-reference',
        `option '${option}' is not an option of issue '${issue.id}'${suggest(option, optionIds(issue))} (options: ${quoteList(optionIds(issue))})`,
        target,
      );
    }
  };

  /** `allowAcceptance`: rules may test acceptance; `allowDriver`: an event's `requires` may test drivers. */
  const checkCondition = (
    cond: RawCondition,
    path: readonly PathSegment[],
    allowAcceptance: boolean,
    allowDriver = false,
    owner = 'a red line',
  ) => {
    if (cond.issue !== undefined) {
      const issue = checkIssueRef(cond.issue, [...path, 'issue']);
      const options = Array.isArray(cond.is) ? cond.is : cond.is === undefined ? [] : [cond.is];
      if (issue) {
        options.forEach((option, i) => {
          checkOptionRef(issue, option, Array.isArray(cond.is) ? [...path, 'is', i] : [...path, 'is']);
        });
      }
    } else if (cond.all) {
      cond.all.forEach((c, i) => {
        checkCondition(c, [...path, 'all', i], allowAcceptance, allowDriver, owner);
      });
    } else if (cond.any) {
      cond.any.forEach((c, i) => {
        checkCondition(c, [...path, 'any', i], allowAcceptance, allowDriver, owner);
      });
    } else if (cond.not) checkCondition(cond.not, [...path, 'not'], allowAcceptance, allowDriver, owner);
    else if (cond.driver !== undefined) {
      if (!allowDriver)
        report(
          [...path, 'driver'],
          'inconsistent',
          "only an event's 'requires' may test a ceasefire driver",
          'key',
        );
    } else if (cond.actor !== undefined) {
      if (!allowAcceptance) {
        report(
          [...path, 'actor'],
          'inconsistent',
          allowDriver
            ? "an event's 'requires' tests clauses and drivers, not an actor's acceptance"
            : `${owner} may only test clauses, not an actor's acceptance`,
          'key',
        );
      } else checkActorRef(cond.actor, [...path, 'actor']);
    }
  };

  const checkPreferences = (
    prefs: { salience: Record<string, number>; values: Record<string, RawClauseValues> },
    at: readonly PathSegment[],
  ) => {
    let total = 0;
    for (const [issueId, weight] of Object.entries(prefs.salience)) {
      total += weight;
      const issue = checkIssueRef(issueId, [...at, 'salience', issueId], 'key');
      if (issue && weight > 0 && !hasOwn(prefs.values, issueId)) {
        report(
          [...at, 'values'],
          'incomplete-values',
          `missing values for clause '${issueId}', which has salience ${weight}: write its stance, e.g. ${issueId}: { ideal: ${issue.options[0]?.id ?? 'OPTION'}, falloff: 50 }`,
          'key',
        );
      }
    }
    if (total <= 0)
      report([...at, 'salience'], 'inconsistent', 'needs at least one clause with a salience above 0');
    for (const [issueId, written] of Object.entries(prefs.values)) {
      const issue = checkIssueRef(issueId, [...at, 'values', issueId], 'key');
      if (!issue) continue;
      const stance = isStance(written);
      if (stance) checkOptionRef(issue, written.ideal, [...at, 'values', issueId, 'ideal']);
      const explicit = stance ? stanceOverrides(written) : written;
      for (const option of Object.keys(explicit))
        checkOptionRef(issue, option, [...at, 'values', issueId, option], 'key');
      if (!stance && (own(prefs.salience, issueId) ?? 0) > 0) {
        // Own keys only: an option named `constructor` has no value just because every object has one.
        const missing = optionIds(issue).filter((o) => !hasOwn(explicit, o));
        if (missing.length > 0) {
          report(
            [...at, 'values', issueId],
            'incomplete-values',
            `missing a value for option${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} of clause '${issueId}' (every option of a clause with salience needs a value; or write a stance, { ideal: OPTION, falloff: N }, and the rest is derived)`,
          );
        }
      }
    }
  };

  return {
    actorIds,
    sourceIds,
    optionIds,
    checkActorRef,
    checkIssueRef,
    checkOptionRef,
    checkCondition,
    checkPreferences,
  };
}
export type Checks = ReturnType<typeof createChecks>;
