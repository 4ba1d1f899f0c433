// The shape of `expectations` (docs/scenario-format.md §8c): what the author says must hold of a
// draft, each entry with a label in the author's words. Its own module so the scenario schema stays
// small; references (actors, drafts) and the claims' consistency are checked in check-expectations.ts.
import { z } from 'zod';
import { COUNCIL_STANCES, GROUND_STANCES } from '../engine/vocabulary.ts';
import { idSchema } from './id-schema.ts';
import { LIMITS } from './limits.ts';
import { nameProblem } from './plain-text.ts';

const label = z
  .string()
  .min(1)
  .max(LIMITS.textLength)
  .superRefine((value, ctx) => {
    const message = nameProblem(value);
    if (message !== null) ctx.addIssue({ code: 'custom', message, input: value });
  })
  .meta({ description: 'What the expectation says, in words a reader can check: shown beside ✓ or ✗.' });

/** `[low, high]`, both included. */
const range = (min: number, max: number, what: string) =>
  z
    .tuple([z.number().min(min).max(max), z.number().min(min).max(max)])
    .meta({ description: `[low, high]: ${what} from low to high, both included.` });

const oneOrMore = <T extends readonly [string, ...string[]]>(words: T, what: string) =>
  z
    .union([z.enum(words), z.array(z.enum(words)).min(1).max(words.length)])
    .meta({ description: `${what}: one word, or a list (any of them holds).` });

export const expectationSchema = z
  .strictObject({
    label,
    draft: idSchema
      .default('opening')
      .meta({ description: 'opening (default), status_quo, landing_zone or the id of a named draft.' }),
    adopted: z.boolean().optional().meta({ description: 'Whether the draft is adopted.' }),
    yes_at_least: z
      .int()
      .min(0)
      .max(LIMITS.listLength)
      .optional()
      .meta({ description: 'At least this many members vote yes.' }),
    yes_at_most: z
      .int()
      .min(0)
      .max(LIMITS.listLength)
      .optional()
      .meta({ description: 'At most this many members vote yes.' }),
    ground_consent: z
      .boolean()
      .optional()
      .meta({ description: 'Whether every party on the ground at least acquiesces.' }),
    collapse_12m: range(0, 1, 'the chance of collapse within 12 months').optional(),
    actor: idSchema
      .optional()
      .meta({ description: 'The actor `stance`, `ground` and `acceptance` are about.' }),
    stance: oneOrMore(COUNCIL_STANCES, "The actor's vote or public stance").optional(),
    ground: oneOrMore(
      GROUND_STANCES,
      "The actor's stance on the ground (parties on the ground only)",
    ).optional(),
    acceptance: range(0, 100, "the actor's acceptance").optional(),
  })
  .meta({
    description:
      'One expectation: a label and one or more claims about a draft; it holds when every claim holds.',
  });

export type RawExpectation = z.output<typeof expectationSchema>;
