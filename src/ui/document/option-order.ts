// The order in which a clause's options are offered to a person: the author's. It is one call on
// purpose: the scenario format is gaining an explicit author order, and that function replaces this
// one here alone. Until then the order given in the file (`issue.options`) is the author's.
import type { Issue, IssueOption } from '../../engine/scenario.ts';

export function optionsInAuthorOrder(issue: Issue): readonly IssueOption[] {
  return issue.options;
}
