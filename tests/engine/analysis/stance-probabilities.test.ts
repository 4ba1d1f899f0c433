// Stance probabilities over the scenario's sensitivity ranges: shares that are probabilities, the
// point stances when nothing is uncertain, reproducible on a seed, the same settings for every
// draft, and the fast path equal to the slow one (applyParameter + compile + assess) draw for draw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyParameter, listParameters } from '../../../src/engine/analysis/parameters.ts';
import {
  outcomesByDraw,
  stanceProbabilities,
  stanceUncertaintyProblem,
} from '../../../src/engine/analysis/stance-probabilities.ts';
import { drawParameter } from '../../../src/engine/analysis/uncertainty.ts';
import { assess } from '../../../src/engine/assess.ts';
import {
  compile,
  type DraftIndex,
  draftFromIndex,
  draftIndex,
  type Model,
} from '../../../src/engine/model.ts';
import type { Scenario } from '../../../src/engine/scenario.ts';
import { COUNCIL_STANCES, GROUND_STANCES } from '../../../src/engine/stance.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';

const load = (file: string) => {
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} must be valid`);
  return parsed.value;
};
const scenario = load('scenarios/gaza-isf-2025.yaml');
const model = compile(scenario);

const arbitraryDraft = (m: Model) =>
  fc
    .tuple(...m.issues.map((issue) => fc.nat({ max: issue.options.length - 1 })))
    .map((x) => Int32Array.from(x));

const STANCE_GROUPS = new Set(['salience', 'threshold', 'reservation']);

/** The slow path: every stance parameter applied to the scenario, compiled and assessed. */
function slowDraw(s: Scenario, seed: number, k: number) {
  let changed = s;
  listParameters(s).forEach((p, channel) => {
    if (STANCE_GROUPS.has(p.group))
      changed = applyParameter(changed, p.id, drawParameter(p, seed, k, channel));
  });
  return compile(changed);
}

describe('stance probabilities', { timeout: 120_000 }, () => {
  it('are shares: each within 0–1, summing to 1 per actor (Council and ground)', () => {
    fc.assert(
      fc.property(arbitraryDraft(model), fc.nat(), fc.integer({ min: 1, max: 60 }), (draft, seed, draws) => {
        const p = stanceProbabilities(model, draft, { draws, seed });
        expect(p.actors).toHaveLength(model.actors.length);
        for (const a of p.actors) {
          const shares = [Object.values(a.stance), ...(a.ground ? [Object.values(a.ground)] : [])];
          for (const list of shares) {
            for (const x of list) expect(x >= 0 && x <= 1).toBe(true);
            expect(list.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
          }
          expect(Object.keys(a.stance)).toEqual([...COUNCIL_STANCES]);
          if (a.ground) expect(Object.keys(a.ground)).toEqual([...GROUND_STANCES]);
          expect(a.ground !== null).toBe(model.actors[model.actorIndex.get(a.actor)!]!.actor.ground);
        }
        for (const x of [p.pAdopted, p.pConsent]) expect(x >= 0 && x <= 1).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('equal the slow path (applyParameter, compile, assess) setting by setting', () => {
    fc.assert(
      fc.property(arbitraryDraft(model), fc.nat(), (draft, seed) => {
        const draws = 6;
        const fast = stanceProbabilities(model, draft, { draws, seed });
        const byDraw = outcomesByDraw(model, draft, { draws, seed });
        const counts = model.actors.map(() => new Map<string, number>());
        let adopted = 0;
        let consent = 0;
        for (let k = 0; k < draws; k++) {
          const slow = slowDraw(scenario, seed, k);
          const a = assess(slow, draftIndex(slow, draftFromIndex(model, draft)));
          a.actors.forEach((x, i) => {
            counts[i]!.set(x.stance, (counts[i]!.get(x.stance) ?? 0) + 1);
            if (x.ground) counts[i]!.set(x.ground, (counts[i]!.get(x.ground) ?? 0) + 1);
          });
          if (a.vote.adopted) adopted++;
          if (a.groundConsent.holds) consent++;
          expect(byDraw[k]).toBe((a.vote.adopted ? 1 : 0) | (a.groundConsent.holds ? 2 : 0));
        }
        fast.actors.forEach((a, i) => {
          for (const [stance, share] of [...Object.entries(a.stance), ...Object.entries(a.ground ?? {})])
            expect(share * draws).toBeCloseTo(counts[i]!.get(stance) ?? 0, 9);
        });
        expect(fast.pAdopted * draws).toBeCloseTo(adopted, 9);
        expect(fast.pConsent * draws).toBeCloseTo(consent, 9);
      }),
      { numRuns: 6 },
    );
  });

  it('are 0 or 1 and equal the point stances when every range is collapsed to the value as written', () => {
    const s = scenario.sensitivity!;
    const collapsed: Scenario = {
      ...scenario,
      sensitivity: {
        ...s,
        salience: { low: 1, high: 1, basis: 'collapsed' },
        thresholds: { low: 0, high: 0, basis: 'collapsed' },
        reservation: { low: 0, high: 0, basis: 'collapsed' },
      },
    };
    const m = compile(collapsed);
    const drafts: DraftIndex[] = [
      m.opening,
      m.statusQuo,
      ...scenario.drafts.map((d) => draftIndex(m, d.clauses)),
    ];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...drafts), arbitraryDraft(m)), fc.nat(), (draft, seed) => {
        const point = assess(m, draft);
        const p = stanceProbabilities(m, draft, { draws: 20, seed });
        p.actors.forEach((a, i) => {
          const x = point.actors[i]!;
          expect(a.stance).toEqual(
            Object.fromEntries(COUNCIL_STANCES.map((st) => [st, st === x.stance ? 1 : 0])),
          );
          if (x.ground)
            expect(a.ground).toEqual(
              Object.fromEntries(GROUND_STANCES.map((st) => [st, st === x.ground ? 1 : 0])),
            );
        });
        expect(p.pAdopted).toBe(point.vote.adopted ? 1 : 0);
        expect(p.pConsent).toBe(point.groundConsent.holds ? 1 : 0);
      }),
      { numRuns: 30 },
    );
    // With the game's event shifts and a trade's bound votes, as the game assesses the text.
    fc.assert(
      fc.property(
        arbitraryDraft(m),
        fc.array(fc.double({ min: -30, max: 30, noNaN: true }), {
          minLength: m.actors.length,
          maxLength: m.actors.length,
        }),
        fc.subarray([...m.scenario.procedure.members]),
        (draft, shifts, bound) => {
          const utilityShift = Float64Array.from(shifts);
          const forceYes = new Set(bound);
          const point = assess(m, draft, { utilityShift, forceYes });
          const p = stanceProbabilities(m, draft, { draws: 5, seed: 1, utilityShift, forceYes });
          p.actors.forEach((a, i) => {
            expect(a.stance[point.actors[i]!.stance]).toBe(1);
          });
          expect(p.pAdopted).toBe(point.vote.adopted ? 1 : 0);
          expect(p.pConsent).toBe(point.groundConsent.holds ? 1 : 0);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('are reproducible: the same seed gives the same output; settings do not depend on the count', () => {
    fc.assert(
      fc.property(arbitraryDraft(model), fc.nat(), (draft, seed) => {
        expect(stanceProbabilities(model, draft, { draws: 40, seed })).toEqual(
          stanceProbabilities(model, draft, { draws: 40, seed }),
        );
        // Setting k is the same whether 10 or 40 are drawn.
        expect(outcomesByDraw(model, draft, { draws: 40, seed }).subarray(0, 10)).toEqual(
          outcomesByDraw(model, draft, { draws: 10, seed }),
        );
      }),
      { numRuns: 10 },
    );
  });

  it('are paired: two drafts on one seed are scored on the same settings', () => {
    // Draw by draw, the joint outcome of two drafts is the slow path's on the same parameter values.
    fc.assert(
      fc.property(arbitraryDraft(model), arbitraryDraft(model), fc.nat(), (a, b, seed) => {
        const draws = 5;
        const fa = outcomesByDraw(model, a, { draws, seed });
        const fb = outcomesByDraw(model, b, { draws, seed });
        for (let k = 0; k < draws; k++) {
          const slow = slowDraw(scenario, seed, k);
          const va = assess(slow, draftIndex(slow, draftFromIndex(model, a))).vote.adopted;
          const vb = assess(slow, draftIndex(slow, draftFromIndex(model, b))).vote.adopted;
          expect([(fa[k]! & 1) === 1, (fb[k]! & 1) === 1]).toEqual([va, vb]);
        }
        // The difference in P(adopted) is the mean of the paired differences.
        const pa = stanceProbabilities(model, a, { draws, seed }).pAdopted;
        const pb = stanceProbabilities(model, b, { draws, seed }).pAdopted;
        let diff = 0;
        for (let k = 0; k < draws; k++) diff += (fa[k]! & 1) - (fb[k]! & 1);
        expect(pa - pb).toBeCloseTo(diff / draws, 12);
      }),
      { numRuns: 4 },
    );
  });

  it('show the spread on the default scenario: the knife-edge members are neither 0 nor 1', () => {
    const p = stanceProbabilities(model, model.opening, { draws: 1000, seed: 1 });
    // Sierra Leone sits between support and abstention on the opening draft.
    const sierraLeone = p.actors.find((a) => a.actor === 'sle')!;
    expect(sierraLeone.stance.support).toBeGreaterThan(0.05);
    expect(sierraLeone.stance.support).toBeLessThan(0.95);
    expect(p.groups.map((g) => g.group)).toEqual(['salience', 'thresholds', 'reservation']);
    expect(p.groups.find((g) => g.group === 'reservation')).toMatchObject({
      range: { low: -10, high: 10, basis: expect.stringMatching(/^prior: /) },
      parameters: scenario.actors.length,
    });
  });

  it('refuse plainly without ranges, inventing none', () => {
    const { sensitivity: _, ...without } = scenario;
    expect(stanceUncertaintyProblem(without)).toMatch(
      /states no sensitivity ranges, so no uncertainty can be shown/,
    );
    expect(() => stanceProbabilities(compile(without), model.opening, { draws: 10, seed: 1 })).toThrow(
      /no uncertainty can be shown/,
    );
    const hazardOnly: Scenario = {
      ...scenario,
      sensitivity: { hazardRatios: scenario.sensitivity!.hazardRatios },
    };
    expect(stanceUncertaintyProblem(hazardOnly)).toMatch(/no range for salience, thresholds or reservations/);
    expect(stanceUncertaintyProblem(scenario)).toBeNull();
  });
});
