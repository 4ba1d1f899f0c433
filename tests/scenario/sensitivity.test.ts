// The `sensitivity:` section: ranges must contain what the scenario uses and stay where the number
// makes sense; problems are located like every other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';

const gaza = readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8');
const problems = (text: string) => {
  const result = parseScenario(text, 'x.yaml');
  return result.ok ? [] : result.error.map((p) => `${p.path}: ${p.message}`);
};

describe('sensitivity ranges', () => {
  it('loads the shipped ranges with their bases, and no section at all is fine', () => {
    const result = parseScenario(gaza, 'gaza.yaml');
    if (!result.ok) throw new Error('valid');
    expect(result.value.sensitivity?.hazardRatios.agreement).toMatchObject({ low: 0.2, high: 0.83 });
    expect(result.value.sensitivity?.salience?.basis).toMatch(/§7\.11/);
    const without = parseScenario(gaza.slice(0, gaza.indexOf('\nsensitivity:')), 'gaza.yaml');
    expect(without.ok && without.value.sensitivity).toBe(undefined);
  });

  it('refuses a range that leaves out the value in use, is upside down, or leaves the model', () => {
    const peacekeeping = gaza.replace(/(peacekeeping:\n\s+low: )0\.26/, (_, head: string) => `${head}0.6`);
    expect(problems(peacekeeping)).toEqual([
      "sensitivity.hazard_ratios.peacekeeping: the range 0.6–0.99 must contain the scenario's hazard ratio (0.5)",
    ]);
    const upsideDown = gaza.replace(
      /salience:\n\s+low: 0\.8\n\s+high: 1\.2/,
      'salience:\n    low: 1.2\n    high: 0.8',
    );
    expect(problems(upsideDown).join('\n')).toMatch(/sensitivity\.salience\.low: low must not be above high/);
    const shrink = gaza.replace(/(shrink:\n\s+low: 0\.5\n\s+high: )1\.0/, (_, head: string) => `${head}1.5`);
    expect(problems(shrink)).toEqual(['sensitivity.shrink: the range 0.5–1.5 must lie within [0, 1]']);
  });

  it('reads a reservation range (points of utility) and refuses one without 0 or beyond ±50', () => {
    const result = parseScenario(gaza, 'gaza.yaml');
    if (!result.ok) throw new Error('valid');
    expect(result.value.sensitivity?.reservation).toEqual({
      low: -10,
      high: 10,
      basis: expect.stringMatching(/^prior: /),
    });
    const shifted = gaza.replace(/(reservation:\n\s+low: )-10/, (_, head: string) => `${head}2`);
    expect(problems(shifted)).toEqual([
      'sensitivity.reservation: the range 2–10 must contain a shift of 0 (as written) (0)',
    ]);
    const wide = gaza.replace(/(reservation:\n\s+low: )-10/, (_, head: string) => `${head}-80`);
    expect(problems(wide)).toEqual(['sensitivity.reservation: the range -80–10 must lie within [-50, 50]']);
  });
});
