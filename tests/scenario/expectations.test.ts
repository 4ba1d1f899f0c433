// The `expectations:` section: its canonical form, its round trip through the YAML writer, and the
// checker's located errors for everything it refuses.
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioDetailed } from '../../src/scenario/parse.ts';
import { makeScenarioYaml } from '../../src/scenario/write.ts';
import { MINIMAL, TRUE_EXPECTATIONS, withExpectations } from '../support/expectations-fixture.ts';

const problems = (text: string) => {
  const result = parseScenarioDetailed(text, 'm.yaml');
  return result.ok ? [] : result.error.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`);
};
/** The first line of the appended section: errors must point inside it. */
const firstLine = MINIMAL.split('\n').length + 1;
const lineOf = (problem: string) => Number(problem.split(':')[0]);

describe('expectations in the scenario', () => {
  it('become claims in a fixed order, entries in the author’s order, draft opening by default', () => {
    const parsed = parseScenario(withExpectations(TRUE_EXPECTATIONS), 'm.yaml');
    if (!parsed.ok) throw new Error('must parse');
    const e = parsed.value.expectations!;
    expect(e.map((x) => x.label)[0]).toBe('Borovia vetoes the opening, so it fails with ten votes');
    expect(e[0]).toEqual({
      label: 'Borovia vetoes the opening, so it fails with ten votes',
      draft: 'opening',
      claims: [
        { kind: 'adopted', value: false },
        { kind: 'yesAtLeast', value: 10 },
        { kind: 'yesAtMost', value: 10 },
        { kind: 'stance', actor: 'p2', stances: ['veto'] },
      ],
    });
    expect(e[2]).toEqual({
      label: 'Without a resolution the truce fails within a year in 30–60% of cases',
      draft: 'status_quo',
      claims: [{ kind: 'collapse12m', low: 0.3, high: 0.6 }],
    });
  });

  it('are optional: a scenario without them has none', () => {
    const parsed = parseScenario(MINIMAL, 'm.yaml');
    expect(parsed.ok && parsed.value.expectations).toBe(undefined);
  });

  it('survive the YAML writer (read what it writes: the same scenario)', () => {
    const parsed = parseScenario(withExpectations(TRUE_EXPECTATIONS), 'm.yaml');
    if (!parsed.ok) throw new Error('must parse');
    const again = parseScenario(makeScenarioYaml(parsed.value), 'again.yaml');
    expect(again.ok && again.value.expectations).toEqual(parsed.value.expectations);
  });

  it('are not judgement numbers: the audit leaves them out', () => {
    const plain = parseScenarioDetailed(MINIMAL, 'm.yaml');
    const withThem = parseScenarioDetailed(withExpectations(TRUE_EXPECTATIONS), 'm.yaml');
    if (!plain.ok || !withThem.ok) throw new Error('must parse');
    expect(withThem.value.audit.numbers.length).toBe(plain.value.audit.numbers.length);
  });
});

describe('the checker refuses a bad expectation with a located, human error', () => {
  const cases: ReadonlyArray<readonly [string, string, RegExp]> = [
    [
      'an unknown draft',
      '  - label: x\n    draft: final-text\n    adopted: true\n',
      /expectations\[0\]\.draft: unknown draft 'final-text' \(drafts: opening, status_quo, landing_zone, pen-draft\)/,
    ],
    [
      'an unknown actor',
      '  - label: x\n    actor: zz\n    stance: support\n',
      /expectations\[0\]\.actor: unknown actor 'zz'/,
    ],
    [
      'an actor claim without an actor',
      '  - label: x\n    stance: support\n',
      /expectations\[0\]\.stance: 'stance' is about one actor: name it with 'actor'/,
    ],
    [
      'an actor without a claim about it',
      '  - label: x\n    actor: p1\n    adopted: true\n',
      /expectations\[0\]\.actor: 'actor' needs a claim about the actor/,
    ],
    ['nothing to check', '  - label: x\n', /expectations\[0\]: an expectation states nothing to check/],
    [
      'a range from high to low',
      '  - label: x\n    collapse_12m: [0.6, 0.3]\n',
      /expectations\[0\]\.collapse_12m: the range \[0\.6, 0\.3\] must run from low to high/,
    ],
    [
      'a veto by a member without one',
      '  - label: x\n    actor: e1\n    stance: [veto, reject]\n',
      /expectations\[0\]\.stance: only a permanent member can veto; 'e1' is not one/,
    ],
    [
      'a stance on the ground for an actor with none',
      '  - label: x\n    actor: p1\n    ground: endorse\n',
      /expectations\[0\]\.ground: 'p1' is not a party on the ground/,
    ],
    [
      'more yes votes than members',
      '  - label: x\n    yes_at_least: 16\n',
      /expectations\[0\]\.yes_at_least: 16 is more than the 15 members who vote/,
    ],
    [
      'an unknown stance word',
      '  - label: x\n    actor: p1\n    stance: agree\n',
      /expectations\[0\]\.stance/,
    ],
    [
      'a probability above 1',
      '  - label: x\n    collapse_12m: [0.2, 1.5]\n',
      /expectations\[0\]\.collapse_12m/,
    ],
    ['an unknown field', '  - label: x\n    adopted: true\n    vetoed: true\n', /expectations\[0\]/],
    ['no label', '  - adopted: true\n', /expectations\[0\]/],
  ];

  it.each(cases)('%s', (_, entries, message) => {
    const found = problems(withExpectations(entries));
    expect(
      found.some((p) => message.test(p)),
      found.join('\n'),
    ).toBe(true);
    for (const p of found) expect(lineOf(p)).toBeGreaterThanOrEqual(firstLine);
  });

  it('reports every bad entry at once', () => {
    const found = problems(
      withExpectations(
        '  - label: a\n    draft: nope\n    adopted: true\n  - label: b\n    actor: nobody\n    stance: support\n',
      ),
    );
    expect(found.filter((p) => p.includes('expectations[0]')).length).toBe(1);
    expect(found.filter((p) => p.includes('expectations[1]')).length).toBe(1);
  });
});
