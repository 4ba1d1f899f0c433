// The build-up's format (docs/scenario-format.md §4, §5, §7): a contributor's `deployment` and the
// `phase_in` ramps load into the canonical scenario, and mistakes get a located, human error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';

const template = readFileSync('scenarios/_template.yaml', 'utf8');
const KESTREL = 'troops: 2500, salience: { troops_kes: 2 }';
const withKestrel = (deployment: string) =>
  template.replace(KESTREL, `troops: 2500, deployment: ${deployment}, salience: { troops_kes: 2 }`);
const withPhaseIn = (phaseIn: string) =>
  template.replace('ceasefire:\n', `ceasefire:\n  phase_in: ${phaseIn}\n`);
const problems = (text: string) => {
  const result = parseScenario(text, 'x.yaml');
  return result.ok ? [] : result.error.map((p) => `${p.path}: ${p.message}`);
};

describe('deployment and phase_in', () => {
  it('load into the scenario', () => {
    expect(template).toContain(KESTREL);
    const text = withPhaseIn('{ disarmament: { from_month: 2, full_by: 8, basis: "prior: test" } }').replace(
      KESTREL,
      'troops: 2500, deployment: { serves_if: { issue: mission, is: [observers] }, arrives: { from_month: 3, full_by: 6, basis: "prior: test" }, basis: "prior: test" }, salience: { troops_kes: 2 }',
    );
    const result = parseScenario(text, 'x.yaml');
    if (!result.ok) throw new Error(result.error.map((p) => p.message).join('\n'));
    const kes = result.value.actors.find((a) => a.id === 'kes')!;
    expect(kes.deployment?.arrives).toEqual({ fromMonth: 3, fullBy: 6, basis: 'prior: test' });
    expect(kes.deployment?.servesIf).toMatchObject({ kind: 'issue', issue: 'mission' });
    expect(result.value.ceasefire.phaseIn?.disarmament).toEqual({
      fromMonth: 2,
      fullBy: 8,
      basis: 'prior: test',
    });
  });

  it('refuse a ramp that ends before it starts, at its place', () => {
    const found = problems(withPhaseIn('{ withdrawal: { from_month: 9, full_by: 3 } }'));
    expect(found.join('\n')).toMatch(/from_month must not be after full_by/);
  });

  it("refuse a contributor's condition on an actor's acceptance or on a driver", () => {
    const byAcceptance = problems(withKestrel('{ serves_if: { actor: kes, acceptance_below: 40 } }'));
    expect(byAcceptance.join('\n')).toMatch(/a contributor's 'serves_if' may only test clauses/);
    const byDriver = problems(withKestrel('{ serves_if: { driver: peacekeeping, above: 0 } }'));
    expect(byDriver.join('\n')).toMatch(/only an event's 'requires' may test a ceasefire driver/);
  });

  it('refuse a condition on a clause or option that does not exist, naming the ones that do', () => {
    const found = problems(withKestrel('{ serves_if: { issue: nope, is: x } }'));
    expect(found.join('\n')).toMatch(/unknown clause 'nope'/);
  });
});
