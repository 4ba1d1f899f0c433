// Clauses and options in words for a person: titles and labels, never the scenario's ids. An id
// that the scenario does not know (it cannot happen in a valid game) is shown as a neutral phrase.
import type { Change } from '../../engine/negotiation/types.ts';
import type { Issue, Scenario } from '../../engine/scenario.ts';

export const issueOf = (scenario: Scenario, issue: string): Issue | undefined =>
  scenario.issues.find((i) => i.id === issue);

export const clauseTitle = (scenario: Scenario, issue: string): string =>
  issueOf(scenario, issue)?.title ?? 'A clause';

export const optionLabel = (scenario: Scenario, issue: string, option: string | undefined): string =>
  issueOf(scenario, issue)?.options.find((o) => o.id === option)?.label ?? 'an unknown option';

/** "Humanitarian aid: Through the Board of Peace with the UN". */
export const changeInWords = (scenario: Scenario, change: Change): string =>
  `${clauseTitle(scenario, change.issue)}: ${optionLabel(scenario, change.issue, change.option)}`;
