// The JSON Schema that editors use for autocomplete and inline errors (yaml-language-server reads
// the `# yaml-language-server: $schema=` line at the top of each scenario). Generated from the same
// zod schema the loader checks with, so the two cannot disagree; a test keeps the committed file in sync.
import { z } from 'zod';
import { scenarioSchema } from './schema.ts';

export const JSON_SCHEMA_FILE = 'scenarios/draftroom.schema.json';

export function makeJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
