// Compact preferences (issue #16 item 1): a stance `{ ideal, falloff }` gives every option of a clause
// its value by the guide's formula (docs/scenario-format.md §4), explicit values override it, the
// engine sees plain values, and a scenario of 12 actors × 8 clauses needs at most 250 typed numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit } from 'yaml';
import { parseScenario } from '../../src/scenario/parse.ts';
import { derivedValue, expandStance } from '../../src/scenario/stances.ts';
import { makeScenarioYaml } from '../../src/scenario/write.ts';

const ACTORS = 12;
const CLAUSES = 8;
const OPTIONS = ['none', 'light', 'medium', 'strong'] as const;

/** The guide's formula, written out independently of stances.ts. */
const guideValue = (steps: number, falloff: number) => Math.max(0, 100 - falloff * steps);

const stanceOf = (a: number, c: number) => ({
  ideal: (a + c) % OPTIONS.length,
  falloff: 10 + ((a * 7 + c * 3) % 9) * 10,
});

/** A consensus scenario of 12 actors × 8 clauses, every actor caring about every clause. */
function scenarioYaml(form: 'compact' | 'full'): string {
  const clauseIds = Array.from({ length: CLAUSES }, (_, c) => `c${c + 1}`);
  const actorIds = Array.from({ length: ACTORS }, (_, a) => `a${a + 1}`);
  const colour = (a: number) => `#${((a * 0x135791 + 0x2468ac) % 0xffffff).toString(16).padStart(6, '0')}`;
  const values = (a: number) =>
    clauseIds
      .map((clause, c) => {
        const { ideal, falloff } = stanceOf(a, c);
        if (form === 'compact') return `${clause}: { ideal: ${OPTIONS[ideal]}, falloff: ${falloff} }`;
        const each = OPTIONS.map((o, i) => `${o}: ${guideValue(Math.abs(i - ideal), falloff)}`);
        return `${clause}: { ${each.join(', ')} }`;
      })
      .join(', ');
  const actors = actorIds.map(
    (id, a) => `  - id: ${id}
    name: Actor ${a + 1}
    colour: "${colour(a)}"
    kind: state
    clout: ${40 + a}
    coercion: ${10 + a}
    salience: { ${clauseIds.map((c, i) => `${c}: ${1 + ((a + i) % 5)}`).join(', ')} }
    values: { ${values(a)} }
    basis: "prior: a generated actor"`,
  );
  const issues = clauseIds.map(
    (id, c) => `  - id: ${id}
    title: Clause ${c + 1}
    kind: choice
    paragraph: ${c + 1}
    opening: medium
    status_quo: none
    options:
${OPTIONS.map((o) => `      - { id: ${o}, label: ${o} option${o === 'none' ? '' : `, text: "Decides ${o};"`} }`).join('\n')}`,
  );
  return `draftroom: 1
id: generated
title: Generated
summary: A generated scenario for counting numbers.
as_of: 2025-01-01
procedure:
  forum: consensus
  members: [${actorIds.join(', ')}]
  rounds: 3
  pen_holder: a1
  thresholds: { support: 60, abstain: 40, veto: 25, endorse: 60, acquiesce: 40, spoil: 25, basis: prior }
  domestic_pressure: 0.5
  basis: prior
actors:
${actors.join('\n')}
issues:
${issues.join('\n')}
ceasefire:
  horizon_months: 12
  baseline_collapse_12m: 0.3
  duration_dependence: -0.3
  shrink: 0.6
  floor_hazard_ratio: 0.2
  basis: prior
  drivers:
${['peacekeeping', 'agreement', 'guarantees', 'disarmament', 'withdrawal', 'reconstruction', 'inclusion', 'spoilers'].map((d) => `    ${d}: { hazard_ratio: 0.8 }`).join('\n')}
`;
}

/** Every number an author types: the YAML scalars that are numbers. */
function typedNumbers(text: string): number {
  let count = 0;
  visit(parseDocument(text), {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'number') count++;
    },
  });
  return count;
}

function parsed(text: string) {
  const result = parseScenario(text, 'generated.yaml');
  if (!result.ok)
    throw new Error(result.error.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

describe('compact values', () => {
  it('a 12 × 8 scenario needs at most 250 typed numbers in the compact form (the full form: 534)', () => {
    const compact = typedNumbers(scenarioYaml('compact'));
    const full = typedNumbers(scenarioYaml('full'));
    expect(compact).toBeLessThanOrEqual(250);
    expect(compact).toBe(246);
    expect(full).toBe(534);
  });

  it('the engine sees the same values either way; only the record of derived values differs', () => {
    const compact = parsed(scenarioYaml('compact'));
    const full = parsed(scenarioYaml('full'));
    compact.actors.forEach((actor, i) => {
      expect(actor.values).toEqual(full.actors[i]!.values);
      expect(actor.weights).toEqual(full.actors[i]!.weights);
      expect(full.actors[i]!.stances).toBeUndefined();
      expect(Object.keys(actor.stances ?? {})).toHaveLength(CLAUSES);
    });
  });

  it("a derived value equals the guide's formula: 100 − falloff × steps from the ideal, floored at 0", () => {
    const s = parsed(scenarioYaml('compact'));
    const a3 = s.actors.find((a) => a.id === 'a3')!;
    // a3, clause c2: ideal (2 + 1) % 4 = 3 (strong), falloff 10 + ((14 + 3) % 9) × 10 = 90.
    expect(stanceOf(2, 1)).toEqual({ ideal: 3, falloff: 90 });
    const c2 = a3.values['c2' as keyof typeof a3.values]!;
    expect(c2).toEqual({ strong: 100, medium: 10, light: 0, none: 0 });
    expect(a3.stances?.['c2' as keyof typeof a3.values]).toEqual({
      ideal: 'strong',
      falloff: 90,
      // The ideal's 100 comes from the stance too: every option is derived here.
      derived: ['light', 'medium', 'none', 'strong'],
    });
  });

  it('an explicit value beside a stance overrides the derived one, and is not recorded as derived', () => {
    const text = scenarioYaml('compact').replace(
      'c1: { ideal: none, falloff: 10 }',
      'c1: { ideal: none, falloff: 10, strong: 5 }',
    );
    expect(text).not.toBe(scenarioYaml('compact'));
    const a1 = parsed(text).actors.find((a) => a.id === 'a1')!;
    expect(a1.values['c1' as keyof typeof a1.values]).toEqual({
      none: 100,
      light: 90,
      medium: 80,
      strong: 5,
    });
    expect(a1.stances?.['c1' as keyof typeof a1.values]?.derived).toEqual(['light', 'medium', 'none']);
  });

  it('adding an option to a clause needs no edit to any actor', () => {
    const text = scenarioYaml('compact').replace(
      '      - { id: strong, label: strong option, text: "Decides strong;" }\n  - id: c2',
      '      - { id: strong, label: strong option, text: "Decides strong;" }\n      - { id: total, label: total option, text: "Decides total;" }\n  - id: c2',
    );
    expect(text).not.toBe(scenarioYaml('compact'));
    const s = parsed(text);
    for (const actor of s.actors)
      expect(Object.keys(actor.values['c1' as keyof typeof actor.values]!)).toContain('total');
  });

  it('stances survive writing the scenario back (a fixed point)', () => {
    const first = parsed(scenarioYaml('compact'));
    const written = makeScenarioYaml(first);
    expect(written).toContain('ideal: "strong"');
    expect(parsed(written)).toEqual(first);
  });

  it('expandStance matches the formula for any clause, ideal and falloff', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.nat(),
        fc.integer({ min: 0, max: 100 }),
        (n, idealSeed, falloff) => {
          const options = Array.from({ length: n }, (_, i) => `o${i}`);
          const ideal = idealSeed % n;
          const { values, derived } = expandStance({ ideal: `o${ideal}`, falloff }, options);
          expect(derived).toEqual(options);
          options.forEach((o, i) => {
            expect(values[o]).toBe(guideValue(Math.abs(i - ideal), falloff));
            expect(derivedValue(i, ideal, falloff)).toBe(values[o]);
            expect(values[o]).toBeGreaterThanOrEqual(0);
            expect(values[o]).toBeLessThanOrEqual(100);
          });
        },
      ),
    );
  });
});
