// Properties of the ceasefire model: the analytic identity, monotonicity, Monte Carlo against the
// exact answer, common random numbers and independence from how runs are split.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { buildUpLogHazards } from '../../src/engine/build-up.ts';
import type { DriverValues } from '../../src/engine/drivers.ts';
import { analyticCollapse, breakdown, solveAlpha } from '../../src/engine/hazard.ts';
import { compile, type DraftIndex, type Model } from '../../src/engine/model.ts';
import { ceasefireOutlook, mergeTallies, simulateTally } from '../../src/engine/montecarlo.ts';
import { uniform } from '../../src/engine/rng.ts';
import type { Scenario } from '../../src/engine/scenario.ts';
import { DRIVERS } from '../../src/engine/vocabulary.ts';
import { arbitraryRichScenario, buildScenario } from '../support/rich-scenario.ts';

const withDraft = arbitraryRichScenario.chain((raw) => {
  const model = compile(buildScenario(raw));
  return fc
    .tuple(...model.issues.map((issue) => fc.nat(issue.options.length - 1)))
    .map((picks) => ({ model, draft: Int32Array.from(picks) as DraftIndex }));
});

const withoutEvents = (s: Scenario): Scenario => ({ ...s, ceasefire: { ...s.ceasefire, events: [] } });
const driverValues = fc
  .tuple(...DRIVERS.map(() => fc.double({ min: 0, max: 1, noNaN: true })))
  .map((xs) => Object.fromEntries(DRIVERS.map((d, i) => [d, xs[i]!])) as DriverValues);

describe('ceasefire hazard', { timeout: 120_000 }, () => {
  it('α reproduces the baseline: a bare truce collapses within 12 months with probability P0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: -2, max: 1, noNaN: true }),
        (p0, rho) => {
          expect(analyticCollapse(solveAlpha(p0, rho), rho, 0, 12)[11]).toBeCloseTo(p0, 10);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('holds the identity P_x = 1 − (1 − P_0)^exp(Σβx) at every month', () => {
    fc.assert(
      fc.property(withDraft, driverValues, ({ model }, values) => {
        const h = breakdown(model, values, []);
        const bare = analyticCollapse(h.alpha, h.rho, 0, 24);
        const withDrivers = analyticCollapse(h.alpha, h.rho, h.logHazard, 24);
        bare.forEach((p0, m) => {
          expect(withDrivers[m]).toBeCloseTo(1 - (1 - p0) ** Math.exp(h.logHazard), 12);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('splits the log hazard exactly into its parts', () => {
    fc.assert(
      fc.property(withDraft, ({ model, draft }) => {
        const h = assess(model, draft).hazard;
        const parts =
          h.drivers.reduce((s, d) => s + d.logHazard, 0) +
          h.rules.reduce((s, r) => s + r.logHazard, 0) +
          h.floorAdjustment;
        expect(parts).toBeCloseTo(h.logHazard, 12);
        expect(h.logHazard).toBeGreaterThanOrEqual(
          Math.log(model.scenario.ceasefire.floorHazardRatio) - 1e-12,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('a protective driver never raises the collapse probability; spoilers never lower it', () => {
    fc.assert(
      fc.property(
        withDraft,
        driverValues,
        fc.constantFrom(...DRIVERS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ model }, values, driver, more) => {
          const raised = { ...values, [driver]: Math.max(values[driver], more) };
          const p = (v: DriverValues) => {
            const h = breakdown(model, v, []);
            return analyticCollapse(h.alpha, h.rho, h.logHazard, 12)[11]!;
          };
          const ratio = model.scenario.ceasefire.drivers[driver].hazardRatio;
          if (ratio <= 1) expect(p(raised)).toBeLessThanOrEqual(p(values) + 1e-12);
          else expect(p(raised)).toBeGreaterThanOrEqual(p(values) - 1e-12);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('P(collapse by month m) never falls as m grows, and stays in [0, 1]', () => {
    fc.assert(
      fc.property(withDraft, fc.integer({ min: 0, max: 1000 }), ({ model, draft }, seed) => {
        const outlook = ceasefireOutlook(model, assess(model, draft), { runs: 200, seed, months: 24 });
        let last = 0;
        for (const point of outlook.collapse) {
          expect(point.probability).toBeGreaterThanOrEqual(last);
          expect(point.ci95[0]).toBeLessThanOrEqual(point.probability);
          expect(point.ci95[1]).toBeGreaterThanOrEqual(point.probability);
          last = point.probability;
        }
        expect(last).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a text that is not adopted', { timeout: 120_000 }, () => {
  it('leaves the ceasefire as it would be with no resolution', () => {
    fc.assert(
      fc.property(withDraft, ({ model, draft }) => {
        const a = assess(model, draft);
        fc.pre(!a.vote.adopted);
        const none = assess(model, model.statusQuo);
        expect(Array.from(a.inForce.draft)).toEqual(Array.from(model.statusQuo));
        expect(a.drivers.values).toEqual(none.drivers.values);
        expect(a.hazard.logHazard).toBe(none.hazard.logHazard);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Monte Carlo', { timeout: 120_000 }, () => {
  it('lands within 4 standard errors of the exact answer when there are no events', () => {
    fc.assert(
      fc.property(withDraft, fc.integer({ min: 0, max: 2 ** 31 }), ({ model, draft }, seed) => {
        const plain: Model = compile(withoutEvents(model.scenario));
        const base = assess(plain, draft);
        const runs = 2000;
        const tally = simulateTally(plain, base, { runs, seed, months: 12 });
        // The exact answer month by month, the build-up included (docs/model.md §4a).
        const exact = analyticCollapse(
          base.hazard.alpha,
          base.hazard.rho,
          base.hazard.logHazard,
          12,
          buildUpLogHazards(plain, base),
        );
        let cumulative = 0;
        tally.collapses.forEach((count, m) => {
          cumulative += count;
          const p = exact[m]!;
          const se = Math.sqrt((p * (1 - p)) / runs);
          expect(Math.abs(cumulative / runs - p)).toBeLessThanOrEqual(4 * se + 1e-9);
        });
      }),
      // A statistical test: a fixed seed keeps it from failing by chance (4 SE ≈ 1 in 16,000 per check).
      { numRuns: 1000, seed: 20251024 },
    );
  });

  it('gives identical totals however the runs are split and ordered', () => {
    fc.assert(
      fc.property(
        withDraft,
        fc.integer({ min: 1, max: 7 }),
        fc.integer(),
        ({ model, draft }, parts, seed) => {
          const base = assess(model, draft);
          const whole = simulateTally(model, base, { runs: 700, seed, months: 12 });
          const size = Math.ceil(700 / parts);
          const pieces = Array.from({ length: parts }, (_, i) =>
            simulateTally(model, base, {
              runs: Math.max(0, Math.min(size, 700 - i * size)),
              firstRun: i * size,
              seed,
              months: 12,
            }),
          ).reverse();
          expect(mergeTallies(pieces)).toEqual(whole);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('compares a draft with itself at exactly 0 difference, run by run (common random numbers)', () => {
    fc.assert(
      fc.property(withDraft, fc.integer(), ({ model, draft }, seed) => {
        const a = ceasefireOutlook(model, assess(model, draft), { runs: 300, seed, months: 12 });
        const b = ceasefireOutlook(model, assess(model, draft.slice()), { runs: 300, seed, months: 12 });
        a.collapse.forEach((p, i) => {
          expect(p.probability - b.collapse[i]!.probability).toBe(0);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('draws uniform numbers: in [0, 1), and roughly flat', () => {
    const bins = new Array(10).fill(0);
    for (let run = 0; run < 20_000; run++) {
      const u = uniform(42, run, 3, 1);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      bins[Math.floor(u * 10)]++;
    }
    for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(4 * Math.sqrt(2000 * 0.9));
  });
});
