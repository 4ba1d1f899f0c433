// The draft as a resolution: the fixed preambular paragraphs, then the negotiable preambular ones
// (clauses with `part: preamble`) whose chosen option has text, then one numbered operative
// paragraph per operative clause whose chosen option has text, in the scenario's paragraph order.
import { clausesInParagraphOrder } from './display-order.ts';
import type { IssueId, OptionId } from './ids.ts';
import { own } from './own.ts';
import type { Draft, Scenario } from './scenario.ts';

export interface OperativeParagraph {
  readonly number: number;
  readonly issue: IssueId;
  readonly option: OptionId;
  readonly text: string;
}

/** A preambular paragraph the negotiation decides (no number: preambular paragraphs have none). */
export interface NegotiablePreamble {
  readonly issue: IssueId;
  readonly option: OptionId;
  readonly text: string;
}

export interface ResolutionText {
  /** Every preambular paragraph in order: the fixed ones, then the negotiable ones' texts. */
  readonly preamble: readonly string[];
  /** The negotiable preambular paragraphs among `preamble` (its last ones), by clause. */
  readonly preambleClauses: readonly NegotiablePreamble[];
  readonly operative: readonly OperativeParagraph[];
}

export function resolutionText(scenario: Scenario, draft: Draft): ResolutionText {
  const operative: OperativeParagraph[] = [];
  const preambleClauses: NegotiablePreamble[] = [];
  for (const issue of clausesInParagraphOrder(scenario)) {
    const option = issue.options.find((o) => o.id === own(draft, issue.id));
    if (!option || option.text.trim() === '') continue;
    const paragraph = { issue: issue.id, option: option.id, text: option.text.trim() };
    if (issue.part === 'preamble') preambleClauses.push(paragraph);
    else operative.push({ number: operative.length + 1, ...paragraph });
  }
  return {
    preamble: [...scenario.preamble, ...preambleClauses.map((p) => p.text)],
    preambleClauses,
    operative,
  };
}
