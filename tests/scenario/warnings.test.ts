// Warnings (issue #16 item 3): a valid file that an author almost certainly did not mean gets a
// located warning, and stays valid. The shipped minimal fixture gets none; each edit below adds one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioDetailed } from '../../src/scenario/parse.ts';
import { colourDistance, formatWarning, scenarioWarnings } from '../../src/scenario/warnings.ts';

const MINIMAL = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

function warningsOf(text: string) {
  const parsed = parseScenarioDetailed(text, 'w.yaml');
  if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('\n'));
  return scenarioWarnings(parsed.value, 'w.yaml').map(formatWarning);
}

const edit = (from: string, to: string) => {
  expect(MINIMAL).toContain(from);
  return MINIMAL.replace(from, to);
};

describe('scenario warnings', () => {
  it('the minimal fixture has none', () => {
    expect(warningsOf(MINIMAL)).toEqual([]);
  });

  it('a pen holder that would not vote for its own opening', () => {
    // Aldoria holds the pen; the opening says enforce and k10. Make it hate both.
    const text = edit(
      '      mandate: { none: 0, monitor: 60, enforce: 100 }\n      force: { none: 0, k5: 50, k10: 100 }',
      '      mandate: { none: 100, monitor: 60, enforce: 0 }\n      force: { none: 100, k5: 50, k10: 0 }',
    );
    const warnings = warningsOf(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^w\.yaml:29:15: warning: procedure\.pen_holder: the pen holder, Republic of Aldoria, would not vote for its own opening text/,
    );
  });

  it('two colours that cannot be told apart', () => {
    expect(colourDistance('#1f77b4', '#1f77b4')).toBe(0);
    expect(colourDistance('#000000', '#ffffff')).toBeCloseTo(100, 0);
    const text = edit('    colour: "#d62728"', '    colour: "#1f78b5"');
    const warnings = warningsOf(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      "w.yaml:70:13: warning: actors[1].colour: Borovia's colour #1f78b5 is hard to tell from",
    );
  });

  it('an actor whose values never change its score', () => {
    const text = edit(
      'values: { force: { none: 0, k5: 100, k10: 80 } } }',
      'values: { force: { none: 50, k5: 50, k10: 50 } } }',
    );
    const warnings = warningsOf(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      'w.yaml:125:39: warning: actors[14].values: Nardia values every option of every clause it cares about the same',
    );
  });

  it('a co-pen holder that would not vote for the opening is named at its entry', () => {
    const haiti = readFileSync('scenarios/haiti-mss-2023.yaml', 'utf8');
    const from = '  co_pen_holders: [ecu] ';
    expect(haiti).toContain(from);
    const warnings = warningsOf(haiti.replace(from, '  co_pen_holders: [ecu, chn]'));
    const pen = warnings.filter((w) => w.includes('pen holder'));
    expect(pen).toHaveLength(1);
    expect(pen[0]).toMatch(
      /^w\.yaml:419:25: warning: procedure\.co_pen_holders\[1\]: the co-pen holder, China, would not vote for its own opening text \(acceptance \d+\.\d, below support at 60\)/,
    );
  });
});
