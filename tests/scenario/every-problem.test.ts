// "Every problem at once" (issue #16 item 2): a file with one problem of every kind reports all of
// them in one run — shape errors (stage one) and cross-references (stage two) together — and nothing
// that merely follows from another. Each problem's place is in the fixture's `# expect:` header.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { PROBLEM_CODES } from '../../src/scenario/problems.ts';

const FILE = 'tests/fixtures/bad/every-problem-at-once.yaml';

describe('every problem at once', () => {
  const source = readFileSync(FILE, 'utf8');
  const expected = [...source.matchAll(/^# expect: (\d+):(\d+) (.+)$/gm)].map((m) => ({
    line: Number(m[1]),
    col: Number(m[2]),
    text: (m[3] ?? '').trim(),
  }));
  const result = parseScenario(source, FILE);
  const problems = result.ok ? [] : result.error;

  it('reports exactly the planted problems, each where the header says', () => {
    expect(expected.length).toBe(11);
    for (const e of expected) {
      const hit = problems.find((p) => p.line === e.line && p.col === e.col && p.message.includes(e.text));
      expect(hit, `${e.line}:${e.col} ${e.text}`).toBeDefined();
    }
    expect(problems).toHaveLength(expected.length);
  });

  it('covers both stages: shape errors and every kind of cross-reference problem', () => {
    const codes = new Set(problems.map((p) => p.code));
    const stageTwo = ['duplicate-id', 'unknown-reference', 'incomplete-values', 'council', 'inconsistent'];
    for (const code of ['schema', ...stageTwo]) {
      expect(PROBLEM_CODES).toContain(code);
      expect(codes, code).toContain(code);
    }
  });

  it('an entry with a shape error is left out of stage two, but its id is still known', () => {
    // Actor p3 has a broken colour; nothing refers to it as "unknown", and the Council counts its seat.
    expect(problems.some((p) => p.message.includes("unknown actor 'p3'"))).toBe(false);
    const council = problems.find((p) => p.code === 'council');
    expect(council?.message).toContain('permanent: p1, p2, p4, p5, p3');
    expect(council?.message).toContain('give one more actor seat: elected');
    expect(council?.message).toContain('e10');
  });

  it('a broken clause or a misspelt list adds nothing that merely follows from it', () => {
    // The clause `mandate` lacks its status_quo: actors, drafts and red lines that use it are not
    // reported as referring to an unknown clause.
    const noStatusQuo = readFileSync('tests/fixtures/bad/missing-issue-status-quo.yaml', 'utf8');
    const one = parseScenario(noStatusQuo, 'x.yaml');
    expect(one.ok ? [] : one.error.map((p) => p.message)).toEqual(["missing required field 'status_quo'"]);
    // `actros:` for `actors:` is one problem, not one "unknown actor" per reference.
    const minimal = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');
    const misspelt = parseScenario(minimal.replace(/^actors:$/m, 'actros:'), 'x.yaml');
    expect(misspelt.ok ? [] : misspelt.error.map((p) => p.message)).toEqual([
      expect.stringContaining("unknown field 'actros' (did you mean 'actors'?)"),
    ]);
  });
});
