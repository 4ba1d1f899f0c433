// The title's cards are read from the raw YAML before the parser loads: they must agree with what the
// parser reads, and the summary must end at a sentence's end (it once stopped at a line break:
// "…the United States circulates").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSentences, loadAllShipped, longDate, shippedScenarios } from '../../src/app/shipped.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

// The texts are chunks of their own, loaded before the title shows its cards.
await loadAllShipped();

describe('the shipped scenarios as cards', () => {
  const cards = shippedScenarios();

  it('lists every shipped scenario but the template', () => {
    expect(cards.map((c) => c.file)).toContain('gaza-isf-2025.yaml');
    expect(cards.some((c) => c.file.startsWith('_'))).toBe(false);
  });

  it.each(cards.map((c) => [c.file, c] as const))('%s: the card agrees with the parser', (file, card) => {
    const result = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
    if (!result.ok) throw new Error(`${file} must be valid`);
    const scenario = result.value;
    expect(card.title).toBe(scenario.title);
    expect(card.actors).toBe(scenario.actors.length);
    expect(card.rounds).toBe(scenario.procedure.rounds);
    expect(card.date).toBe(longDate(scenario.asOf));
    const summary = scenario.summary.replace(/\s+/g, ' ');
    expect(summary.startsWith(card.summary)).toBe(true);
    expect(card.summary).toMatch(/[.!?]$/);
    expect(card.summary.split(/(?<=[.!?]) /).length).toBeLessThanOrEqual(2);
  });

  it('reads folded, literal and plain summaries to their sentences', () => {
    expect(firstSentences('summary: >-\n  One two\n  three. Four.\n  Five.\nnext: 1\n', 2)).toBe(
      'One two three. Four.',
    );
    expect(firstSentences('summary: |\n  Alpha.\n  Beta. Gamma.\n', 1)).toBe('Alpha.');
    expect(firstSentences('summary: "Plain. Text."\n', 2)).toBe('Plain. Text.');
  });

  it('writes dates as people read them', () => {
    expect(longDate('2025-10-24')).toBe('24 October 2025');
    expect(longDate('not a date')).toBe('not a date');
  });
});
