// Properties of explained acceptance over generated scenarios (≥ 1,000 cases each).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAcceptance, evaluate } from '../../src/engine/acceptance.ts';
import { assess } from '../../src/engine/assess.ts';
import { compile, type DraftIndex } from '../../src/engine/model.ts';
import { shuffleDeep } from '../support/arbitrary-scenario.ts';
import { arbitraryRichScenario, buildScenario } from '../support/rich-scenario.ts';

const RUNS = { numRuns: 1000 };

/** A generated scenario plus a draft of it (one option index per clause). */
const withDraft = arbitraryRichScenario.chain((raw) => {
  const model = compile(buildScenario(raw));
  return fc
    .tuple(...model.issues.map((issue) => fc.nat(issue.options.length - 1)))
    .map((picks) => ({ raw, model, draft: Int32Array.from(picks) as DraftIndex }));
});

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('acceptance', { timeout: 120_000 }, () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(withDraft, ({ model, draft }) => {
        expect(assess(model, draft)).toEqual(assess(model, draft));
      }),
      RUNS,
    );
  });

  it('stays within bounds', () => {
    fc.assert(
      fc.property(withDraft, ({ model, draft }) => {
        for (const a of evaluate(model, draft).actors) {
          for (const x of [a.utility, a.acceptance, a.baseAcceptance]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100);
          }
        }
      }),
      RUNS,
    );
  });

  it('explains itself exactly: terms and rules add up to utility, steps to acceptance', () => {
    fc.assert(
      fc.property(withDraft, ({ model, draft }) => {
        for (const a of evaluate(model, draft).actors) {
          const utility =
            sum(a.terms.map((t) => t.points)) +
            sum(a.rules.map((r) => r.delta)) +
            a.utilityShift +
            a.utilityBoundsAdjustment;
          expect(utility).toBeCloseTo(a.utility, 9);
          expect(a.baseAcceptance + sum(a.steps.map((s) => s.delta))).toBeCloseTo(a.acceptance, 9);
          const weights = sum(a.terms.map((t) => t.weight));
          expect(weights).toBeCloseTo(1, 9);
        }
      }),
      RUNS,
    );
  });

  it('is anchored: 0 at the worst utility, 50 at the reservation, 100 at the best', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (x, y, z) => {
          const [worst, reservation, best] = [x, y, z].sort((a, b) => a - b) as [number, number, number];
          // Apart by more than rounding (closer utilities are the same utility: see the next test).
          fc.pre(reservation - worst > 1e-9 && best - reservation > 1e-9);
          expect(anchorAcceptance(worst, reservation, best, worst)).toBe(0);
          expect(anchorAcceptance(reservation, reservation, best, worst)).toBe(50);
          expect(anchorAcceptance(best, reservation, best, worst)).toBeCloseTo(100, 9);
        },
      ),
      RUNS,
    );
  });

  it('treats utilities within rounding of each other as equal (no score from a 1e-14 span)', () => {
    // Found by the property below: weights summing to 1.0000000000000002 put the best at
    // 100.00000000000001, the status quo (the ideal itself) at 100.
    expect(anchorAcceptance(100, 100, 100.00000000000001, 0)).toBe(50);
    expect(anchorAcceptance(100 + 5e-15, 100, 100 + 1e-14, 0)).toBe(50);
    expect(anchorAcceptance(100, 100, 100 + 1e-14, 0)).toBe(50);
    expect(anchorAcceptance(20 - 5e-15, 20, 60, 20 - 1e-14)).toBe(50);
    expect(anchorAcceptance(10, 20, 60, 20 - 1e-14)).toBe(0);
    expect(anchorAcceptance(70, 20, 20 + 1e-14, 0)).toBe(100);
  });

  it('scores each actor 100 (before red lines and pressure) on its ideal draft, if that beats no deal', () => {
    fc.assert(
      fc.property(withDraft, ({ model: withRules }) => {
        // Rules can lift utility above the additive ideal, so this anchor is stated without them.
        const model = compile({ ...withRules.scenario, rules: [] });
        for (const a of model.actors) {
          const ev = evaluate(model, a.prefs.ideal).actors[a.index]!;
          // "Beats" by more than rounding: an ideal equal to no deal (up to ~1e-14) scores 50.
          if (a.prefs.best > ev.reservation + 1e-9) expect(ev.baseAcceptance).toBeCloseTo(100, 9);
        }
      }),
      RUNS,
    );
  });

  it('never falls when a clause moves to an option the actor values more (no rules)', () => {
    fc.assert(
      fc.property(withDraft, fc.nat(), fc.nat(), fc.nat(), ({ model: withRules, draft }, a, k, o) => {
        const model = compile({ ...withRules.scenario, rules: [] });
        const actor = model.actors[a % model.actors.length]!;
        const issue = k % model.issues.length;
        const option = o % model.issues[issue]!.options.length;
        const values = actor.prefs.values[issue]!;
        fc.pre((values[option] ?? 0) >= (values[draft[issue] ?? 0] ?? 0));
        const better = draft.slice();
        better[issue] = option;
        const before = evaluate(model, draft).actors[actor.index]!.baseAcceptance;
        const after = evaluate(model, better).actors[actor.index]!.baseAcceptance;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      RUNS,
    );
  });

  it('gives 0 and a no vote or a veto to anyone whose absolute red line is crossed', () => {
    fc.assert(
      fc.property(withDraft, ({ model, draft }) => {
        const a = assess(model, draft);
        for (const actor of a.actors) {
          if (!actor.evaluation.absoluteRedLine) continue;
          expect(actor.evaluation.acceptance).toBe(0);
          expect(['reject', 'veto']).toContain(actor.stance);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of actors, clauses and options in the file', () => {
    fc.assert(
      fc.property(withDraft, fc.integer(), ({ raw, model, draft }, seed) => {
        const shuffled = compile(buildScenario(shuffleDeep(raw, seed) as typeof raw));
        expect(assess(shuffled, draft)).toEqual(assess(model, draft));
      }),
      RUNS,
    );
  });
});
