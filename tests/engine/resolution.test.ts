import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { resolutionText } from '../../src/engine/resolution.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

it('numbers the operative paragraphs of the chosen options in paragraph order, skipping options without text', () => {
  const result = parseScenario(readFileSync('tests/fixtures/good/minimal.yaml', 'utf8'), 'minimal.yaml');
  if (!result.ok) throw new Error('fixture must be valid');
  const s = result.value;
  for (const draft of [s.openingDraft, s.statusQuoDraft, ...s.drafts.map((d) => d.clauses)]) {
    const text = resolutionText(s, draft);
    expect(text.preamble).toEqual(s.preamble);
    expect(text.operative.map((p) => p.number)).toEqual(text.operative.map((_, i) => i + 1));
    const paragraphs = text.operative.map((p) => s.issues.find((i) => i.id === p.issue)!.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    const withText = s.issues.filter(
      (i) => (i.options.find((o) => o.id === draft[i.id])?.text ?? '').trim() !== '',
    );
    expect(text.operative).toHaveLength(withText.length);
  }
});
