// Validation as tests (#13 item 6): a harder disarmament demand never raises Hamas's acceptance; a
// red line never raises its actor's acceptance; Israel's government, which as of 24 October 2025
// opposed Palestinian statehood, never supports or endorses a text with an explicit two-state clause.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/acceptance.ts';
import { assess } from '../../src/engine/assess.ts';
import { compile, type DraftIndex, type Model } from '../../src/engine/model.ts';
import type { Scenario } from '../../src/engine/scenario.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

const RUNS = { numRuns: 500 };

function load(file: string): Scenario {
  const result = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} must be valid`);
  return result.value;
}

/** Every shipped scenario, the template included (it is a valid scenario: `npm run validate`). */
const SHIPPED = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

/** A random draft: any option of every clause. */
const anyDraft = (model: Model) =>
  fc
    .tuple(...model.issues.map((issue) => fc.nat(issue.options.length - 1)))
    .map((picks) => Int32Array.from(picks) as DraftIndex);

const issueIndex = (model: Model, id: string) => {
  const k = model.issues.findIndex((i) => i.id === id);
  if (k < 0) throw new Error(`no clause ${id}`);
  return k;
};
const optionIndex = (model: Model, k: number, id: string) => {
  const o = model.issues[k]!.options.findIndex((opt) => opt.id === id);
  if (o < 0) throw new Error(`no option ${id} in ${model.issues[k]!.id}`);
  return o;
};
const actorIndex = (model: Model, id: string) => {
  const i = model.actors.findIndex((a) => a.actor.id === id);
  if (i < 0) throw new Error(`no actor ${id}`);
  return i;
};
const withOption = (draft: DraftIndex, k: number, o: number) => {
  const next = Int32Array.from(draft) as DraftIndex;
  next[k] = o;
  return next;
};

describe('a harder disarmament demand never raises Hamas’s acceptance', () => {
  const model = compile(load('gaza-isf-2025.yaml'));
  const k = issueIndex(model, 'disarmament');
  const ham = actorIndex(model, 'ham');
  // From the labels and the ordinal scale: no provision (0) asks nothing; heavy and long-range
  // weapons only (35); all offensive weapons and infrastructure (65); full and permanent
  // decommissioning (100). Each asks for everything the one before it asks for, and more.
  const HARDER = ['none', 'heavy', 'offensive', 'full'].map((id) => optionIndex(model, k, id));

  it('the order is the clause’s own scale', () => {
    const scales = HARDER.map((o) => model.issues[k]!.options[o]!.scale);
    expect(scales).toEqual([...scales].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(HARDER).toHaveLength(model.issues[k]!.options.length);
  });

  it('over random drafts of the rest of the text', () => {
    fc.assert(
      fc.property(anyDraft(model), (draft) => {
        const acceptance = HARDER.map(
          (o) => evaluate(model, withOption(draft, k, o)).actors[ham]!.acceptance,
        );
        for (let s = 1; s < acceptance.length; s++) {
          expect(acceptance[s]!, `${HARDER[s - 1]} → ${HARDER[s]}`).toBeLessThanOrEqual(
            acceptance[s - 1]! + 1e-9,
          );
        }
      }),
      RUNS,
    );
  });
});

// The honest statement. "Switching a draft into the forbidden option does not raise the actor's
// acceptance" is not what a red line claims: the switch also moves every other term of the actor's
// utility, its rules and its cues, and an actor may well value an option it will not sign (its red
// line then decides). What a red line claims is that it only ever costs: the same draft scored with
// the red line in force is accepted no more than with that red line removed, equally where it does
// not fire, at 0 where an absolute one fires; and nobody else's acceptance depends on it.
describe('a red line never raises its actor’s acceptance', () => {
  for (const file of SHIPPED) {
    const scenario = load(file);
    const model = compile(scenario);
    for (const [i, actor] of scenario.actors.entries()) {
      for (const line of actor.redLines) {
        it(`${file}: ${actor.id} / ${line.id}`, () => {
          const without: Scenario = {
            ...scenario,
            actors: scenario.actors.map((a, j) =>
              j === i ? { ...a, redLines: a.redLines.filter((l) => l.id !== line.id) } : a,
            ),
          };
          const lifted = compile(without);
          let fired = 0;
          fc.assert(
            fc.property(anyDraft(model), (draft) => {
              const withLine = evaluate(model, draft).actors;
              const withoutLine = evaluate(lifted, draft).actors;
              const a = withLine[i]!;
              const b = withoutLine[i]!;
              const fires = a.redLines.some((h) => h.id === line.id);
              if (fires) fired++;
              expect(a.acceptance).toBeLessThanOrEqual(b.acceptance + 1e-9);
              if (!fires) expect(a.acceptance).toBeCloseTo(b.acceptance, 9);
              if (fires && line.severity === 'absolute') expect(a.acceptance).toBe(0);
              for (let j = 0; j < withLine.length; j++) {
                if (j !== i) expect(withLine[j]!.acceptance).toBeCloseTo(withoutLine[j]!.acceptance, 9);
              }
            }),
            RUNS,
          );
          // Random drafts that never cross the line would test nothing: make them cross it too.
          expect(fired, 'random drafts must cross the red line').toBeGreaterThan(0);
        });
      }
    }
  }
});

// Only the explicit two-State option is the stated position's test: the conditional pathway is the
// US plan's own point 19, which Israel's government accepted with the plan (while saying it opposed a
// Palestinian State), so acquiescing in it, or supporting a text that has it, contradicts nothing.
describe('Israel’s stated position on statehood as of 24 October 2025', () => {
  const model = compile(load('gaza-isf-2025.yaml'));
  const k = issueIndex(model, 'self_determination');
  const twoState = optionIndex(model, k, 'two_state');
  const isr = actorIndex(model, 'isr');

  it('a text with an explicit two-state clause is never supported or endorsed by Israel', () => {
    fc.assert(
      fc.property(anyDraft(model), (draft) => {
        const a = assess(model, withOption(draft, k, twoState)).actors[isr]!;
        expect(a.stance).not.toBe('support');
        expect(a.ground).not.toBe('endorse');
      }),
      RUNS,
    );
  });
});
