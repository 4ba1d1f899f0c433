import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareJob, type NamedDraft } from '../../../src/engine/analysis/compare.ts';
import { comparisonTables } from '../../../src/engine/analysis/compare-tables.ts';
import { toCsv, toRecords } from '../../../src/engine/analysis/table.ts';
import { assess } from '../../../src/engine/assess.ts';
import { runJob } from '../../../src/engine/jobs.ts';
import { landingZone } from '../../../src/engine/landing.ts';
import { compile, draftFromIndex, draftIndex } from '../../../src/engine/model.ts';
import {
  ceasefireOutlook,
  prepareSimulation,
  runSimulation,
  simulateTally,
} from '../../../src/engine/montecarlo.ts';
import type { Draft } from '../../../src/engine/scenario.ts';
import { precomputeDraws } from '../../../src/engine/simulation-reuse.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);
const opening: NamedDraft = { id: 'opening', label: 'Opening draft', draft: scenario.openingDraft };
const arab: NamedDraft = { id: 'arab', label: 'Arab amendments', draft: scenario.drafts[0]!.clauses };
const landing: NamedDraft = {
  id: 'landing',
  label: 'Landing zone',
  draft: draftFromIndex(model, landingZone(model).draft),
};

const randomDraft = fc
  .array(fc.nat(), { minLength: model.issues.length, maxLength: model.issues.length })
  .map((picks) =>
    draftFromIndex(
      model,
      Int32Array.from(model.issues, (issue, k) => picks[k]! % issue.options.length),
    ),
  );

describe('compare', { timeout: 120_000 }, () => {
  it('a draft compared with itself differs by exactly zero, with a zero-width interval', () => {
    fc.assert(
      fc.property(randomDraft, fc.nat(1000), (draft: Draft, seed) => {
        const c = runJob(
          compareJob(
            model,
            [
              { id: 'a', label: 'A', draft },
              { id: 'b', label: 'B', draft },
            ],
            { runs: 200, seed },
          ),
        );
        for (const d of c.differences)
          for (const x of d.collapse) {
            expect(x.estimate).toBe(0);
            expect(x.ci95).toEqual([0, 0]);
          }
        expect(c.drafts[1]!.actors).toEqual(c.drafts[0]!.actors);
      }),
      { numRuns: 8 },
    );
  });

  it('gives each draft the score and the collapse risk the engine gives it alone (same seed)', () => {
    const c = runJob(compareJob(model, [opening, arab, landing], { runs: 1000, seed: 5 }));
    expect(c.months).toEqual([3, 6, 12]);
    expect(c.method).toBe('monte-carlo');
    for (const [i, named] of [opening, arab, landing].entries()) {
      const a = assess(model, draftIndex(model, named.draft));
      const outlook = ceasefireOutlook(model, a, { runs: 1000, seed: 5, months: 24 });
      const d = c.drafts[i]!;
      expect(d.tally.marginToNine).toBe(a.vote.marginToNine);
      expect(d.tally.adopted).toBe(a.vote.adopted);
      expect(d.groundConsent.holds).toBe(a.groundConsent.holds);
      expect(d.actors.map((x) => x.acceptance)).toEqual(a.actors.map((x) => x.evaluation.acceptance));
      for (const p of d.collapse) expect(p.probability).toBe(outlook.collapse[p.month - 1]!.probability);
      const parts =
        d.hazard.drivers.reduce((s, x) => s + x.logHazard, 0) +
        d.hazard.rules.reduce((s, x) => s + x.logHazard, 0) +
        d.hazard.floorAdjustment;
      expect(parts).toBeCloseTo(d.hazard.logHazard, 12);
      // The difference is the difference of the two probabilities, and its interval contains it.
      const diff = c.differences[i]!.collapse;
      for (const [j, x] of diff.entries()) {
        expect(x.estimate).toBeCloseTo(
          d.collapse[j]!.probability - c.drafts[0]!.collapse[j]!.probability,
          12,
        );
        expect(x.ci95[0]).toBeLessThanOrEqual(x.estimate);
        expect(x.ci95[1]).toBeGreaterThanOrEqual(x.estimate);
      }
    }
  });

  it('pins the opening draft against the Arab amendments (seed 1, 2,000 runs)', () => {
    const c = runJob(compareJob(model, [opening, arab], { runs: 2000, seed: 1 }));
    const at12 = c.differences[1]!.collapse.find((x) => x.month === 12)!;
    expect(c.drafts[0]!.collapse.map((p) => p.probability)).toEqual([0.295, 0.445, 0.5995]);
    expect(c.drafts[1]!.collapse.map((p) => p.probability)).toEqual([0.2005, 0.323, 0.452]);
    expect(at12.estimate).toBeCloseTo(-0.1475, 12);
    // Paired: narrower than two independent samples' interval (±0.030, a width of 0.059, at these
    // probabilities and this size).
    expect(at12.ci95[1] - at12.ci95[0]).toBeLessThan(0.045);
    expect(at12.ci95[1]).toBeLessThan(0);
  });

  it('makes tables whose CSV and JSON carry every row', () => {
    const c = runJob(compareJob(model, [opening, arab], { runs: 300, seed: 2, months: [1, 12, 99] }));
    expect(c.months).toEqual([1, 12]);
    const tables = comparisonTables(c, scenario);
    expect(tables.map((t) => t.id)).toEqual(['acceptance', 'stances', 'vote', 'collapse', 'hazard']);
    for (const t of tables) {
      const lines = toCsv(t).split('\r\n');
      expect(lines.length).toBe(t.rows.length + 2);
      expect(JSON.parse(JSON.stringify(toRecords(t)))).toEqual(toRecords(t));
      for (const row of t.rows) expect(row.length).toBe(t.columns.length);
    }
    expect(tables[0]!.rows.length).toBe(model.actors.length);
  });

  it('keeps each run’s collapse month, and shared draws change nothing', () => {
    const a = assess(model, model.opening);
    const record = new Uint8Array(700);
    const tally = simulateTally(model, a, { runs: 700, seed: 9, months: 12 }, record);
    for (let m = 1; m <= 12; m++) expect(record.filter((x) => x === m).length).toBe(tally.collapses[m - 1]);
    const draws = precomputeDraws(9, 0, 700, 12, scenario.ceasefire.events.length);
    const sim = prepareSimulation(model, a, 12);
    const shared = new Uint8Array(700);
    expect(runSimulation(sim, { runs: 700, seed: 9, months: 12 }, shared, draws)).toEqual(tally);
    expect(shared).toEqual(record);
    expect(() => runSimulation(sim, { runs: 700, seed: 8, months: 12 }, undefined, draws)).toThrow(/draws/);
  });
});
