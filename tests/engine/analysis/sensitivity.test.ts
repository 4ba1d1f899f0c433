import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyParameter, everyParameter, listParameters } from '../../../src/engine/analysis/parameters.ts';
import {
  outputsJob,
  SensitivityError,
  steppedValues,
  sweepJob,
  tornadoJob,
} from '../../../src/engine/analysis/sensitivity.ts';
import { sweepTables, tornadoTables } from '../../../src/engine/analysis/sensitivity-tables.ts';
import { toCsv, toRecords } from '../../../src/engine/analysis/table.ts';
import { assess } from '../../../src/engine/assess.ts';
import type { ActorId, IssueId } from '../../../src/engine/ids.ts';
import { runJob } from '../../../src/engine/jobs.ts';
import { compile } from '../../../src/engine/model.ts';
import { ceasefireOutlook } from '../../../src/engine/montecarlo.ts';
import { scoreReport } from '../../../src/engine/report.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';

const load = (file: string) => {
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} must be valid`);
  return parsed.value;
};
const scenario = load('scenarios/gaza-isf-2025.yaml');
const hamas = 'ham' as ActorId;

describe('parameters', () => {
  it('lists only what the scenario states a range for, each with its basis', () => {
    const list = listParameters(scenario);
    expect(list.length).toBe(
      scenario.issues.length + 2 * scenario.actors.length + 6 + 8 + 4 + scenario.ceasefire.events.length,
    );
    expect(list.find((p) => p.id === 'reservation.chn')).toMatchObject({ base: 0, low: -10, high: 10 });
    const pk = list.find((p) => p.id === 'hazard_ratio.peacekeeping')!;
    expect([pk.low, pk.base, pk.high]).toEqual([0.26, 0.5, 0.99]);
    expect(pk.basis).toMatch(/0\.26–0\.99/);
    expect(list.find((p) => p.id === 'threshold.support')).toMatchObject({ base: 60, low: 55, high: 65 });
    for (const p of list) {
      expect(p.low).toBeLessThanOrEqual(p.base);
      expect(p.high).toBeGreaterThanOrEqual(p.base);
      expect(p.basis.length).toBeGreaterThan(0);
    }
    const { sensitivity: _, ...without } = scenario;
    expect(listParameters(without)).toEqual([]);
    expect(everyParameter(without).length).toBe(list.length);
  });

  it('at its base value, a parameter changes no result; the original stays untouched', () => {
    const model = compile(scenario);
    const base = assess(model, model.opening);
    const outlook = ceasefireOutlook(model, base, { runs: 200, seed: 4, months: 12 });
    const before = JSON.stringify(scenario);
    fc.assert(
      fc.property(fc.constantFrom(...listParameters(scenario)), (p) => {
        const changed = applyParameter(scenario, p.id, p.base);
        expect(Object.isFrozen(changed)).toBe(true);
        const m = compile(changed);
        const a = assess(m, m.opening);
        expect(a.actors.map((x) => x.evaluation.acceptance)).toEqual(
          base.actors.map((x) => x.evaluation.acceptance),
        );
        expect(a.hazard.logHazard).toBe(base.hazard.logHazard);
        expect(ceasefireOutlook(m, a, { runs: 200, seed: 4, months: 12 })).toEqual(outlook);
      }),
      { numRuns: 25 },
    );
    expect(JSON.stringify(scenario)).toBe(before);
  });

  it('renormalises salience and moves what it should', () => {
    const changed = applyParameter(scenario, 'salience.mandate', 1.2);
    for (const a of changed.actors) {
      const sum = Object.values(a.weights).reduce((s, w) => s + w, 0);
      if (sum > 0) expect(sum).toBeCloseTo(1, 12);
    }
    const isr = (s: typeof scenario) => s.actors.find((a) => a.id === 'isr')!;
    expect(isr(changed).weights['mandate' as IssueId]).toBeGreaterThan(
      isr(scenario).weights['mandate' as IssueId]!,
    );
    expect(
      applyParameter(scenario, 'hazard_ratio.peacekeeping', 0.3).ceasefire.drivers.peacekeeping.hazardRatio,
    ).toBe(0.3);
    expect(applyParameter(scenario, 'threshold.support', 120).procedure.thresholds.support).toBe(100);
    expect(() => applyParameter(scenario, 'clout.nobody', 3)).toThrow(/unknown parameter/);
    expect(() => applyParameter(scenario, 'reservation.nobody', 3)).toThrow(/unknown parameter/);
    expect(() => applyParameter(scenario, 'gravity', 3)).toThrow(/unknown parameter/);
  });
});

describe('reservation parameters', () => {
  it('move what no resolution is worth to one actor: more never raises its acceptance, others unmoved', () => {
    const model = compile(scenario);
    fc.assert(
      fc.property(
        fc.constantFrom(...scenario.actors.map((a) => a.id)),
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (id, shift, more) => {
          const n = model.actorIndex.get(id)!;
          const lower = compile(applyParameter(scenario, `reservation.${id}`, shift));
          const higher = compile(applyParameter(scenario, `reservation.${id}`, shift + more));
          const a = assess(lower, lower.opening);
          const b = assess(higher, higher.opening);
          const reservation = (x: typeof a) => x.actors[n]!.evaluation.reservation;
          const base = assess(model, model.opening).actors[n]!.evaluation.reservation;
          expect(reservation(a)).toBeCloseTo(Math.min(100, Math.max(0, base + shift)), 9);
          expect(reservation(b)).toBeGreaterThanOrEqual(reservation(a));
          expect(b.actors[n]!.evaluation.baseAcceptance).toBeLessThanOrEqual(
            a.actors[n]!.evaluation.baseAcceptance + 1e-9,
          );
          // Only its own anchor moves: every other actor's utility is as before.
          a.actors.forEach((x, i) => {
            if (i !== n) expect(x.evaluation.reservation).toBe(b.actors[i]!.evaluation.reservation);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('tornado and sweeps', { timeout: 120_000 }, () => {
  it('has the plain score at its centre (the tornado’s baseline)', () => {
    const t = runJob(
      tornadoJob(scenario, scenario.openingDraft, {
        runs: 500,
        seed: 3,
        actor: hamas,
        parameters: ['shrink', 'hazard_ratio.peacekeeping', 'salience.mandate', 'clout.usa'],
      }),
    );
    const model = compile(scenario);
    const a = assess(model, model.opening);
    const outlook = ceasefireOutlook(model, a, { runs: 500, seed: 3, months: 24 });
    expect(t.baseline.p12).toBe(outlook.collapse[11]!.probability);
    expect(t.baseline.marginToNine).toBe(a.vote.marginToNine);
    expect(t.baseline.acceptance).toBe(a.actors[model.actorIndex.get(hamas)!]!.evaluation.acceptance);
    const report = scoreReport(model, scenario.openingDraft, {
      runs: 500,
      seed: 3,
      months: 24,
      label: { name: 'opening', title: '' },
    });
    expect(report.ceasefire.collapse.probability[11]).toBeCloseTo(t.baseline.p12, 4);
    expect(report.vote.marginToNine).toBe(t.baseline.marginToNine);
    expect(t.bars.map((b) => b.swing)).toEqual([...t.bars.map((b) => b.swing)].sort((x, y) => y - x));
    expect(t.bars).toHaveLength(4);
    // A lower shrink weakens every protective driver but peacekeeping: the risk rises.
    const shrink = t.bars.find((b) => b.parameter.id === 'shrink')!;
    expect(shrink.low.p12).toBeGreaterThan(shrink.high.p12);
    // Each end equals a plain run of the scenario with the parameter set (common random numbers).
    const low = runJob(
      outputsJob(applyParameter(scenario, 'shrink', 0.5), scenario.openingDraft, { runs: 500, seed: 3 }),
    );
    expect(shrink.low.p12).toBe(low.p12);
    const tables = tornadoTables(t, scenario);
    expect(tables.map((x) => x.id)).toEqual(['tornado', 'baseline']);
    expect(toCsv(tables[0]!).split('\r\n')).toHaveLength(6);
    expect(JSON.parse(JSON.stringify(toRecords(tables[0]!)))).toEqual(toRecords(tables[0]!));
  });

  it('reuses a simulation only when it reads the same numbers: every end equals a fresh run', () => {
    const ids = [
      'clout.usa',
      'clout.chn',
      'clout.egy',
      'threshold.veto',
      'salience.aid',
      'event_chance.donor-shortfall',
    ];
    const t = runJob(tornadoJob(scenario, scenario.openingDraft, { runs: 300, seed: 6, parameters: ids }));
    for (const bar of t.bars)
      for (const end of ['low', 'high'] as const) {
        const fresh = runJob(
          outputsJob(applyParameter(scenario, bar.parameter.id, bar.parameter[end]), scenario.openingDraft, {
            runs: 300,
            seed: 6,
          }),
        );
        expect(bar[end]).toEqual(fresh);
      }
  });

  it('refuses a scenario without ranges, and an unknown actor, in a sentence', () => {
    const { sensitivity: _, ...without } = scenario;
    expect(() => runJob(tornadoJob(without, scenario.openingDraft, { runs: 10, seed: 1 }))).toThrow(
      /states no sensitivity ranges/,
    );
    expect(() =>
      runJob(tornadoJob(scenario, scenario.openingDraft, { runs: 10, seed: 1, actor: 'xyz' as ActorId })),
    ).toThrow(SensitivityError);
  });

  it('sweeps one way and two ways; a point at the base value is the plain score', () => {
    const one = runJob(
      sweepJob(scenario, scenario.openingDraft, {
        param: 'hazard_ratio.peacekeeping',
        from: 0.25,
        to: 1,
        steps: 4,
        runs: 400,
        seed: 1,
      }),
    );
    expect(one.values).toEqual([0.25, 0.5, 0.75, 1]);
    const plain = runJob(outputsJob(scenario, scenario.openingDraft, { runs: 400, seed: 1 }));
    expect(one.points[1]!.p12).toBe(plain.p12);
    // Common random numbers: a weaker peacekeeping effect never lowers the risk.
    for (let i = 1; i < one.points.length; i++)
      expect(one.points[i]!.p12).toBeGreaterThanOrEqual(one.points[i - 1]!.p12);
    expect(sweepTables(one, scenario).map((t) => t.id)).toEqual(['sweep']);

    const two = runJob(
      sweepJob(scenario, scenario.openingDraft, {
        param: 'shrink',
        from: 0.5,
        to: 1,
        steps: 3,
        param2: 'baseline_collapse_12m',
        from2: 0.5,
        to2: 0.7,
        steps2: 2,
        runs: 200,
        seed: 1,
      }),
    );
    expect(two.points).toHaveLength(6);
    const [sweep, grid] = sweepTables(two, scenario);
    expect(sweep!.rows).toHaveLength(6);
    expect(grid!.rows).toHaveLength(3);
    expect(grid!.rows[0]).toEqual([0.5, two.points[0]!.p12, two.points[1]!.p12]);
  });

  it('refuses bad sweeps', () => {
    const sweep = (o: object) =>
      runJob(
        sweepJob(scenario, scenario.openingDraft, {
          param: 'shrink',
          from: 0.5,
          to: 1,
          steps: 3,
          runs: 10,
          seed: 1,
          ...o,
        }),
      );
    expect(() => sweep({ param: 'nope' })).toThrow(/unknown parameter 'nope'/);
    expect(() => sweep({ from: 1, to: 0.5 })).toThrow(/larger or equal/);
    expect(() => sweep({ steps: 0 })).toThrow(/steps/);
    expect(() => sweep({ param2: 'shrink', from2: 0, to2: 1 })).toThrow(/two different/);
    expect(steppedValues(0, 1, 1)).toEqual([0]);
  });

  it('works on a scenario without events (exact answers, no runs)', () => {
    const { sensitivity: _, ...plain } = scenario;
    const noEvents = { ...plain, ceasefire: { ...plain.ceasefire, events: [] } };
    const s = runJob(
      sweepJob(noEvents, scenario.openingDraft, {
        param: 'shrink',
        from: 0.6,
        to: 1,
        steps: 2,
        runs: 50,
        seed: 1,
      }),
    );
    const model = compile(noEvents);
    const exact = ceasefireOutlook(model, assess(model, model.opening), { runs: 0, seed: 1, months: 12 });
    expect(s.points[0]!.p12).toBe(exact.collapse[11]!.probability); // 0.6 is the scenario's shrink
    expect(s.points[1]!.p12).toBeLessThan(s.points[0]!.p12); // less shrink: the protection counts fully
    expect(s.runs).toBe(50);
    const at = runJob(outputsJob(noEvents, scenario.openingDraft, { runs: 50, seed: 1 }));
    expect(at.p12).toBe(exact.collapse[11]!.probability);
  });
});

describe('parameter uncertainty', { timeout: 120_000 }, () => {
  it('spreads P12 over joint draws; with nothing uncertain every draw is the baseline', async () => {
    const { uncertaintyJob, uncertaintyTables, quantile } = await import(
      '../../../src/engine/analysis/uncertainty.ts'
    );
    const u = runJob(uncertaintyJob(scenario, scenario.openingDraft, { draws: 12, runs: 200, seed: 2 }));
    expect(u.draws).toHaveLength(12);
    expect(u.parameters).toHaveLength(listParameters(scenario).length);
    expect(u.p12.interval[0]).toBeLessThanOrEqual(u.p12.mean);
    expect(u.p12.interval[1]).toBeGreaterThanOrEqual(u.p12.mean);
    expect(u.p12.interval[1]).toBeGreaterThan(u.p12.interval[0]);
    for (const d of u.draws)
      d.values.forEach((v, i) => {
        expect(v).toBeGreaterThanOrEqual(u.parameters[i]!.low);
        expect(v).toBeLessThanOrEqual(u.parameters[i]!.high);
      });
    const again = runJob(uncertaintyJob(scenario, scenario.openingDraft, { draws: 12, runs: 200, seed: 2 }));
    expect(again).toEqual(u);
    const none = runJob(
      uncertaintyJob(scenario, scenario.openingDraft, { draws: 3, runs: 200, seed: 2, parameters: [] }),
    );
    expect(none.p12.interval).toEqual([none.baseline.p12, none.baseline.p12]);
    expect(uncertaintyTables(u).map((t) => t.id)).toEqual(['uncertainty', 'draws']);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    const { sensitivity: _, ...without } = scenario;
    expect(() =>
      runJob(uncertaintyJob(without, scenario.openingDraft, { draws: 3, runs: 10, seed: 1 })),
    ).toThrow(SensitivityError);
  });
});
