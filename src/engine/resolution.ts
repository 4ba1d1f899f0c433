// The draft as a resolution: the preambular paragraphs, then one numbered operative paragraph per
// clause whose chosen option has text, in the scenario's paragraph order.
import type { IssueId, OptionId } from './ids.ts';
import { own } from './own.ts';
import type { Draft, Scenario } from './scenario.ts';

export interface OperativeParagraph {
  readonly number: number;
  readonly issue: IssueId;
  readonly option: OptionId;
  readonly text: string;
}

export interface ResolutionText {
  readonly preamble: readonly string[];
  readonly operative: readonly OperativeParagraph[];
}

export function resolutionText(scenario: Scenario, draft: Draft): ResolutionText {
  const ordered = [...scenario.issues].sort((a, b) => a.paragraph - b.paragraph || (a.id < b.id ? -1 : 1));
  const operative: OperativeParagraph[] = [];
  for (const issue of ordered) {
    const option = issue.options.find((o) => o.id === own(draft, issue.id));
    if (!option || option.text.trim() === '') continue;
    operative.push({
      number: operative.length + 1,
      issue: issue.id,
      option: option.id,
      text: option.text.trim(),
    });
  }
  return { preamble: scenario.preamble, operative };
}
