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

it('the consensus example is scored: adopted exactly when no member rejects', async () => {
  const { assess } = await import('../../src/engine/assess.ts');
  const { compile } = await import('../../src/engine/model.ts');
  const doc = readFileSync('docs/scenario-format.md', 'utf8');
  const example = /```yaml\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## 11.')))?.[1] ?? '';
  const result = parseScenario(example, 'example.yaml');
  if (!result.ok) throw new Error('example must be valid');
  const model = compile(result.value);
  for (const draft of [model.opening, model.statusQuo]) {
    const a = assess(model, draft);
    const anyNo = a.actors.some((x) => x.vote === 'no');
    expect(a.vote.adopted).toBe(!anyNo);
    expect(a.vote.yes.length + a.vote.no.length + a.vote.abstain.length).toBe(3);
  }
});
