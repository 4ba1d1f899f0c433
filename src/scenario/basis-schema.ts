// The shape of `basis` (docs/scenario-format.md §8b): where a block's numbers come from. Its own
// module so the scenario schema stays small; what a basis *says* is read in audit.ts.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { textProblem } from './plain-text.ts';

/** One basis text: running text, checked like every other text of the file. */
export const basisText = z
  .string()
  .max(LIMITS.textLength)
  .superRefine((value, ctx) => {
    const message = textProblem(value);
    if (message !== null) ctx.addIssue({ code: 'custom', message, input: value });
  })
  .meta({
    description:
      "Where the numbers of this block come from: 'prior: <one-line rationale>' (a design judgement) or '<source id>: <what the source says>'.",
  });

/** A field path inside the block, dot-separated, list items by their id: `values.mandate`, `red_lines.no-veto.penalty`. */
const basisKey = z
  .string()
  .regex(/^[a-z_][a-z0-9_-]*(\.[a-z0-9_][a-z0-9_-]*)*$/, 'a field path such as values.mandate')
  .max(LIMITS.textLength);

/**
 * One text for the whole block, or a map from field path to text where the most specific path
 * covers a number. Blocks that had a text basis before keep it (the engine shows it beside the number).
 */
export const basisLabel = z.union([basisText, z.record(basisKey, basisText)]).meta({
  description:
    "The basis of this block's numbers: one text for all of them, or a map from field path (e.g. 'values.mandate', 'clout') to text; the most specific path covers a number.",
});
