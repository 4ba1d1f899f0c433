// Properties of the loader over generated scenarios: order invariance and the YAML round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseScenario } from '../../src/scenario/parse.ts';
import { makeScenarioYaml } from '../../src/scenario/write.ts';
import { arbitraryScenario, shuffleDeep } from '../support/arbitrary-scenario.ts';
import { authorOrder, withoutPositions } from '../support/positions.ts';

function load(text: string) {
  const result = parseScenario(text, 'generated.yaml');
  if (!result.ok)
    throw new Error(result.error.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

// YAML parsing costs ~10 ms per generated file, so these run 100 cases each with a longer timeout.
describe('loader properties', { timeout: 60_000 }, () => {
  it('generated scenarios are valid', () => {
    fc.assert(
      fc.property(arbitraryScenario, (raw) => {
        expect(parseScenario(stringify(raw), 'generated.yaml').ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('the order of entries in the file changes nothing but the options’ display order', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.integer(), (raw, seed) => {
        const shuffled = shuffleDeep(raw, seed) as typeof raw;
        const scenario = load(stringify(shuffled));
        expect(withoutPositions(scenario)).toEqual(withoutPositions(load(stringify(raw))));
        // The options keep the order the (shuffled) file lists them in.
        const written = Object.fromEntries(
          (shuffled as { issues: Array<{ id: string; options: Array<{ id: string }> }> }).issues.map((i) => [
            i.id,
            i.options.map((o) => o.id),
          ]),
        );
        expect(authorOrder(scenario)).toEqual(written);
      }),
      { numRuns: 100 },
    );
  });

  it('parse → canonical → YAML → parse is a fixed point', () => {
    fc.assert(
      fc.property(arbitraryScenario, (raw) => {
        const first = load(stringify(raw));
        const written = makeScenarioYaml(first);
        const second = load(written);
        expect(second).toEqual(first);
        expect(makeScenarioYaml(second)).toBe(written);
      }),
      { numRuns: 100 },
    );
  });
});
