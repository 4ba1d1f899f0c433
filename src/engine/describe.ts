// Ids in words: what a person reads wherever the engine's results are shown (the lab, the terminal,
// reports, briefs). Ids stay in machine outputs (JSON, CSV); a person sees names, titles and labels.
// An id the scenario does not know is shown as it is, rather than hidden.
import type { Issue, Scenario } from './scenario.ts';

const issueOf = (scenario: Scenario, id: string): Issue | undefined =>
  scenario.issues.find((i) => i.id === id);

export const actorName = (scenario: Scenario, id: string): string =>
  scenario.actors.find((a) => a.id === id)?.name ?? id;

export const actorShort = (scenario: Scenario, id: string): string =>
  scenario.actors.find((a) => a.id === id)?.short ?? id;

/** Names joined for a sentence: "Israel", "Israel and Hamas", "Israel, Hamas and Qatar". */
export function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const clauseTitle = (scenario: Scenario, issue: string): string =>
  issueOf(scenario, issue)?.title ?? issue;

export const optionLabel = (scenario: Scenario, issue: string, option: string): string =>
  issueOf(scenario, issue)?.options.find((o) => o.id === option)?.label ?? option;

/**
 * One clause change in words. With `from`: "Mandate of the force: No force → Monitor and support";
 * without: "Aid and reconstruction: Board of Peace fund with UN delivery" (what the clause becomes).
 */
export function describeChange(
  scenario: Scenario,
  change: { readonly issue: string; readonly option?: string; readonly to?: string; readonly from?: string },
): string {
  const to = change.to ?? change.option ?? '';
  const title = clauseTitle(scenario, change.issue);
  const label = (option: string) => optionLabel(scenario, change.issue, option);
  return change.from === undefined
    ? `${title}: ${label(to)}`
    : `${title}: ${label(change.from)} → ${label(to)}`;
}

/** Several changes, one per clause, separated by semicolons. */
export const describeChanges = (
  scenario: Scenario,
  changes: ReadonlyArray<Parameters<typeof describeChange>[1]>,
): string => changes.map((c) => describeChange(scenario, c)).join('; ');

/**
 * When an actor's value of an option was derived from its stance on the clause rather than written
 * (docs/scenario-format.md §4, compact values): the phrase that says so, for the "why" explanations.
 * "derived from Egypt's ideal on Border control (Egypt-led; 40 points less per step)"; null when the
 * value was written.
 */
export function derivedValueNote(
  scenario: Scenario,
  actorId: string,
  issue: string,
  option: string,
): string | null {
  const actor = scenario.actors.find((a) => a.id === actorId);
  const stance = actor?.stances?.[issue as keyof NonNullable<typeof actor.stances>];
  if (!actor || !stance || !(stance.derived as readonly string[]).includes(option)) return null;
  return `derived from ${actor.name}'s ideal on ${clauseTitle(scenario, issue)} (${optionLabel(scenario, issue, stance.ideal)}; ${stance.falloff} points less per step)`;
}
