// Golden tests: each malformed fixture states in its header where its problem must be reported
// (`# expect: LINE:COL text`) — written before the validator, from the file alone. The loader must
// report a problem at exactly that place whose path or message contains the text.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';

const DIR = 'tests/fixtures/bad';
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

interface Expectation {
  readonly line: number;
  readonly col: number;
  readonly text: string;
}

function expectations(source: string): Expectation[] {
  return [...source.matchAll(/^# expect: (\d+):(\d+) (.+)$/gm)].map((m) => ({
    line: Number(m[1]),
    col: Number(m[2]),
    text: (m[3] ?? '').trim(),
  }));
}

describe('malformed scenario fixtures', () => {
  it('there are at least 30 of them', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures)('%s is refused where its header says', (file) => {
    const source = readFileSync(`${DIR}/${file}`, 'utf8');
    const expected = expectations(source);
    expect(expected.length, 'fixture needs an # expect: header').toBeGreaterThan(0);
    const result = parseScenario(source, file);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.error;
    for (const problem of problems) {
      expect(problem.file).toBe(file);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.col).toBeGreaterThanOrEqual(1);
      expect(problem.message.length).toBeGreaterThan(10);
    }
    const reported = problems.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`);
    for (const e of expected) {
      const hit = problems.some(
        (p) =>
          p.line === e.line &&
          p.col === e.col &&
          `${p.path}: ${p.message}`.toLowerCase().includes(e.text.toLowerCase()),
      );
      expect(hit, `expected ${e.line}:${e.col} "${e.text}"; reported:\n${reported.join('\n')}`).toBe(true);
    }
  });
});
