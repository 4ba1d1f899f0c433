// The orders a person reads a scenario in, one function each so that every screen, table, report and
// terminal listing agrees. The canonical Scenario keeps id order (what the engine indexes and breaks
// ties by); none of these changes a result, only the order things are listed in.
import type { ActorId } from './ids.ts';
import type { Actor, Issue, IssueOption, Scenario } from './scenario.ts';

// Plain code-unit comparison: the same everywhere, and localeCompare would load locale data.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A clause's options as the author listed them ("Up to 5,000" before "Up to 40,000"). */
export const optionsInAuthorOrder = (issue: Issue): IssueOption[] =>
  [...issue.options].sort((a, b) => a.position - b.position || byText(a.id, b.id));

/**
 * The clauses in the order of the resolution's paragraphs: the negotiable preambular ones first, then
 * the operative ones, each by paragraph number (ids break a tie).
 */
export const clausesInParagraphOrder = (scenario: Pick<Scenario, 'issues'>): Issue[] =>
  [...scenario.issues].sort(
    (a, b) =>
      (a.part === 'preamble' ? 0 : 1) - (b.part === 'preamble' ? 0 : 1) ||
      a.paragraph - b.paragraph ||
      byText(a.id, b.id),
  );

/**
 * Where an actor sits in a listing: the deciding members first (the Council's permanent members, then
 * its elected ones), then the states and organisations invited to the table, then the parties on the
 * ground; by name within each group.
 */
function actorGroup(scenario: Scenario, actor: Actor): number {
  const p = scenario.procedure;
  if (p.forum === 'unsc' && p.permanent.includes(actor.id)) return 0;
  if (p.members.includes(actor.id)) return 1;
  return actor.ground ? 3 : 2;
}

/** Compares two actors for a listing (see actorsInDisplayOrder). */
export function actorDisplayOrder(scenario: Scenario): (a: Actor, b: Actor) => number {
  return (a, b) =>
    actorGroup(scenario, a) - actorGroup(scenario, b) || byText(a.name, b.name) || byText(a.id, b.id);
}

/** The actors in reading order: permanent members, elected members, invited, parties on the ground. */
export const actorsInDisplayOrder = (scenario: Scenario): Actor[] =>
  [...scenario.actors].sort(actorDisplayOrder(scenario));

/** The rank of each actor id in that order, for sorting rows that carry an actor id. */
export function actorRanks(scenario: Scenario): ReadonlyMap<ActorId, number> {
  return new Map(actorsInDisplayOrder(scenario).map((a, i) => [a.id, i]));
}

/** Sorts ids (or rows by their id) into the actors' display order; unknown ids go last. */
export function sortByActor<T>(scenario: Scenario, items: readonly T[], idOf: (item: T) => string): T[] {
  const rank = actorRanks(scenario) as ReadonlyMap<string, number>;
  const at = (item: T) => rank.get(idOf(item)) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => at(a) - at(b));
}
