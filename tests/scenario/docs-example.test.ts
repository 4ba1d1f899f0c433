// The authoring guide's complete example must stay a valid scenario.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';

it('the complete example in docs/scenario-format.md §11 is valid', () => {
  const doc = readFileSync('docs/scenario-format.md', 'utf8');
  const section = doc.slice(doc.indexOf('## 11.'));
  const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  expect(example).toContain('draftroom: 1');
  const result = parseScenario(example, 'docs/scenario-format.md');
  expect(result.ok ? [] : result.error).toEqual([]);
});
