// The id every list entry and reference uses, in its own module so the scenario schema and the
// schemas split out of it (expectations) share one rule.
import { z } from 'zod';
import { LIMITS } from './limits.ts';

export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'an id')
  .max(LIMITS.idLength)
  .meta({ description: 'Lowercase letters, digits, - and _, starting with a letter.' });
