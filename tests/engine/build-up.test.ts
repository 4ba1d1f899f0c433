// Deployment and implementation over time (docs/model.md §4a, issue #13 item 3): contributors deploy
// only under the texts they said they would serve under; troops arrive and clauses phase in on
// schedules; the hazard each month follows what is in place, and the exact (event-free) answer and the
// Monte Carlo agree on a text that builds up.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { buildUpLogHazards, buildUpMonths, driversAt, troopsInPlace } from '../../src/engine/build-up.ts';
import { compile, type DraftIndex, type Model } from '../../src/engine/model.ts';
import { ceasefireOutlook, simulateTally } from '../../src/engine/montecarlo.ts';
import { phaseShare } from '../../src/engine/phase.ts';
import type { Scenario } from '../../src/engine/scenario.ts';
import { DRIVERS } from '../../src/engine/vocabulary.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { arbitraryRichScenario, buildScenario } from '../support/rich-scenario.ts';

function gaza(): Scenario {
  const result = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
  if (!result.ok) throw new Error('the default scenario must be valid');
  return result.value;
}

const randomDraft = (model: Model, picks: fc.Stream<number>): DraftIndex => {
  const it = picks[Symbol.iterator]();
  return Int32Array.from(model.issues, (issue) => it.next().value % issue.options.length);
};

describe('a phase', () => {
  it('puts nothing in place before its first month, everything from its last, and grows in between', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 130 }),
        (from, length, month) => {
          const phase = { from, full: from + length };
          const share = phaseShare(phase, month);
          if (month < from) expect(share).toBe(0);
          if (month >= phase.full) expect(share).toBe(1);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          expect(phaseShare(phase, month + 1)).toBeGreaterThanOrEqual(share);
          if (month >= from) expect(share).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('the build-up of generated scenarios', { timeout: 120_000 }, () => {
  it('ends in the full-strength drivers, and each month is never more protected than the next', () => {
    fc.assert(
      fc.property(arbitraryRichScenario, fc.infiniteStream(fc.nat()), (raw, picks) => {
        const s = buildScenario(raw);
        const model = compile(s);
        const a = assess(model, randomDraft(model, picks));
        const last = buildUpMonths(model);
        expect(driversAt(a.drivers, last)).toBe(a.drivers.values);
        const hazards = buildUpLogHazards(model, a);
        expect(hazards).toHaveLength(last - 1);
        // Every driver that builds up protects in these scenarios (hazard ratios below 1 by default).
        const protective = (['peacekeeping', 'disarmament', 'withdrawal', 'reconstruction'] as const).every(
          (d) => s.ceasefire.drivers[d].hazardRatio <= 1,
        );
        let previousTroops = 0;
        for (let t = 1; t <= last; t++) {
          const now = driversAt(a.drivers, t);
          for (const d of DRIVERS) {
            expect(now[d]).toBeGreaterThanOrEqual(0);
            expect(now[d]).toBeLessThanOrEqual(a.drivers.values[d] + 1e-12);
          }
          const troops = troopsInPlace(a.drivers, t);
          expect(troops).toBeGreaterThanOrEqual(previousTroops - 1e-9);
          expect(troops).toBeLessThanOrEqual(a.drivers.force.deployed + 1e-9);
          previousTroops = troops;
          if (protective && t < last) {
            const next = t + 1 < last ? hazards[t]! : a.hazard.logHazard;
            expect(next).toBeLessThanOrEqual(hazards[t - 1]! + 1e-12);
            expect(a.hazard.logHazard).toBeLessThanOrEqual(hazards[t - 1]! + 1e-12);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the exact answer and the Monte Carlo agree while the text builds up', () => {
    fc.assert(
      fc.property(arbitraryRichScenario, fc.infiniteStream(fc.nat()), (raw, picks) => {
        const s = buildScenario(raw);
        const model = compile({ ...s, ceasefire: { ...s.ceasefire, events: [] } });
        const a = assess(model, randomDraft(model, picks));
        const exact = ceasefireOutlook(model, a, { runs: 0, seed: 1, months: 12 }).collapse;
        const runs = 20_000;
        const tally = simulateTally(model, a, { runs, seed: 5, months: 12 });
        let cumulative = 0;
        tally.collapses.forEach((count, i) => {
          cumulative += count;
          const p = exact[i]!.probability;
          const se = Math.sqrt((p * (1 - p)) / runs);
          expect(Math.abs(cumulative / runs - p)).toBeLessThan(5 * se + 1e-9);
        });
      }),
      { numRuns: 15 },
    );
  });
});

describe('contributors in the default scenario', () => {
  const scenario = gaza();
  const model = compile(scenario);
  const k = (id: string) => model.issueIndex.get(id as never)!;
  const option = (issue: string, id: string) => model.optionIndex[k(issue)]!.get(id as never)!;
  /** The minimal monitoring mandate with every contributor named and the mandate set to `mandate`. */
  function named(mandate: string): DraftIndex {
    const draft = scenario.drafts.find((d) => d.id === 'minimal-mandate')!.clauses;
    const d = Int32Array.from(
      model.issues,
      (issue) => model.optionIndex[k(issue.id)]!.get(draft[issue.id]!)!,
    );
    for (const issue of model.issues) if (issue.contributor) d[k(issue.id)] = option(issue.id, 'yes');
    d[k('mandate')] = option('mandate', mandate);
    return d;
  }
  const stated = scenario.actors.filter((a) => a.deployment?.servesIf);

  it('state their conditions with a basis', () => {
    expect(stated.length).toBeGreaterThanOrEqual(5);
    for (const a of stated) expect(a.deployment!.basis, a.name).not.toBe('prior');
  });

  it('do not serve under an enforcement mandate, as they said (seed-isf-analysis)', () => {
    const a = assess(model, named('enforce'));
    const byActor = new Map(a.drivers.force.contingents.map((c) => [c.actor, c.status]));
    for (const actor of stated) {
      const status = byActor.get(actor.id);
      if (status === 'vetoed') continue; // a party on the ground vetoes the contingent first
      expect(status, actor.name).toBe('declines');
    }
    expect(a.drivers.force.deployed).toBe(0);
  });

  it('serve under a consent-based mandate when they accept the text, arriving over months', () => {
    const a = assess(model, named('peacekeep'));
    expect(a.drivers.force.contingents.some((c) => c.status === 'declines')).toBe(false);
    const deployed = a.drivers.force.contingents.filter((c) => c.status === 'deployed');
    expect(deployed.length).toBeGreaterThan(0);
    expect(troopsInPlace(a.drivers, 1)).toBeLessThan(a.drivers.force.deployed);
    expect(troopsInPlace(a.drivers, buildUpMonths(model))).toBe(a.drivers.force.deployed);
  });

  it('a withdrawal deadline in the text sets the pace of withdrawal', () => {
    const d = named('peacekeep');
    d[k('withdrawal')] = option('withdrawal', 'timeline');
    const a = assess(model, d);
    expect(driversAt(a.drivers, 12).withdrawal).toBe(a.drivers.values.withdrawal);
    expect(driversAt(a.drivers, 6).withdrawal).toBeCloseTo(a.drivers.values.withdrawal / 2, 12);
  });
});
