// Co-pen holders (procedure.co_pen_holders): an amendment enters the text only if every pen holder
// would take it. Checked on the Haiti scenario (the US with Ecuador), and on a variant in which Russia
// holds the pen with the US, where the two disagree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, type Model } from '../../../src/engine/model.ts';
import { penHolders, penHolderVerdicts } from '../../../src/engine/negotiation/pen-holder.ts';
import { applyAction } from '../../../src/engine/negotiation/reducer.ts';
import { nextAiAction } from '../../../src/engine/negotiation/runner.ts';
import { newGame } from '../../../src/engine/negotiation/state.ts';
import type { GameState } from '../../../src/engine/negotiation/types.ts';
import type { Scenario } from '../../../src/engine/scenario.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { toRawScenario } from '../../../src/scenario/write.ts';

const HAITI = readFileSync('scenarios/haiti-mss-2023.yaml', 'utf8');

function load(text: string): Scenario {
  const parsed = parseScenario(text, 'haiti.yaml');
  if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('; '));
  return parsed.value;
}

/** All-AI, seed 1, stopped when the round-1 amendments are before the pen holders. */
function beforeFirstDecision(model: Model): GameState {
  const seats = Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai' as const]));
  const start = newGame(model, { seats, rounds: 1, seed: 1, difficulty: 'normal' });
  if (!start.ok) throw new Error(start.error.message);
  let game = start.value;
  // The AI's moves one by one, stopping before the pen holders' decision.
  while (game.phase === 'negotiating') {
    const action = nextAiAction(model, game);
    if (!action) throw new Error('an all-AI game waits on nobody');
    const next = applyAction(model, game, action);
    if (!next.ok) throw new Error(next.error.message);
    game = next.value;
  }
  return game;
}

const withoutCoPen = (s: Scenario): Scenario => {
  const { coPenHolders: _dropped, ...procedure } = s.procedure;
  return { ...s, procedure: procedure as Scenario['procedure'] };
};

describe('co-pen holders', () => {
  const haiti = load(HAITI);

  it('are read from the file, kept in the canonical scenario and written back', () => {
    expect(haiti.procedure.coPenHolders).toEqual(['ecu']);
    expect(penHolders(compile(haiti))).toEqual(['usa', 'ecu']);
    expect(toRawScenario(haiti).procedure).toMatchObject({ pen_holder: 'usa', co_pen_holders: ['ecu'] });
  });

  it('leave a scenario without them as it was (no field, so the same hash)', () => {
    const gaza = load(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'));
    expect('coPenHolders' in gaza.procedure).toBe(false);
  });

  it('adopt an amendment only if each of them would, and name who refused', () => {
    // Russia as the co-pen holder: it wants a narrower mandate than the US, so they part ways.
    const variant = load(HAITI.replace('co_pen_holders: [ecu]', 'co_pen_holders: [rus]'));
    const joint = compile(variant);
    const lead = compile(withoutCoPen(variant));
    // The round's amendments as AI proposers make them for the US alone (with Russia holding the pen
    // too, they would propose only what both take).
    const state = beforeFirstDecision(lead);
    expect(state.phase).toBe('deciding');
    const both = penHolderVerdicts(joint, state);
    const alone = penHolderVerdicts(lead, state);
    expect(both.length).toBeGreaterThan(0);
    // Whatever both take, the lead alone takes (the joint text can only be more cautious)…
    const first = both.findIndex((v, i) => v.adopt !== alone[i]!.adopt);
    expect(first).toBeGreaterThanOrEqual(0);
    // …and the first disagreement is an amendment the US would take and Russia would not, said in
    // a sentence naming Russia.
    expect(alone[first]!.adopt).toBe(true);
    expect(both[first]!.adopt).toBe(false);
    expect(both[first]!.sentence).toMatch(/Russia/);
    for (let i = 0; i < first; i++) expect(both[i]!.adopt).toBe(alone[i]!.adopt);
  });

  it('are refused, located, when they are not members or name the pen holder', () => {
    const bad = parseScenario(
      HAITI.replace('co_pen_holders: [ecu]', 'co_pen_holders: [usa, ken, ecu, ecu, nobody]'),
      'h.yaml',
    );
    expect(bad.ok).toBe(false);
    const messages = bad.ok ? [] : bad.error.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^procedure\.co_pen_holders\[0\]: 'usa' is the pen holder already/),
        expect.stringMatching(
          /^procedure\.co_pen_holders\[1\]: the co-pen holder 'ken' \(Kenya\) has no Council seat/,
        ),
        expect.stringMatching(/^procedure\.co_pen_holders\[3\]: 'ecu' is named twice/),
        expect.stringMatching(/^procedure\.co_pen_holders\[4\]: .*nobody/),
      ]),
    );
  });
});
