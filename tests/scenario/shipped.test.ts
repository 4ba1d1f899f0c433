// Every shipped scenario loads, references the generated JSON Schema, and the schema is in sync.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, makeJsonSchema } from '../../src/scenario/json-schema.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

describe('shipped scenarios', () => {
  it('include the default scenario and the template', () => {
    expect(shipped).toContain('gaza-isf-2025.yaml');
    expect(shipped).toContain('_template.yaml');
  });

  it.each(shipped)('%s is valid and references the JSON Schema on its first line', (file) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./draftroom.schema.json');
    const result = parseScenario(text, file);
    expect(result.ok ? [] : result.error).toEqual([]);
  });

  it('the committed JSON Schema matches the loader (run `npm run schema` after changing the format)', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(makeJsonSchema());
  });
});
