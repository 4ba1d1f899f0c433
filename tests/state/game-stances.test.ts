// The game's stance shares are the text on the table assessed as the why panel's point stance is
// (currentAssessment): the same draft and the same event shifts, on the game's seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { gameStances, stancesKey } from '../../src/state/game-stances.ts';
import { currentAssessment } from '../../src/state/selectors.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);
const opening = newGame(model, {
  seats: Object.fromEntries(scenario.actors.map((a) => [a.id, 'ai'])),
  rounds: 2,
  seed: 3,
  difficulty: 'normal',
});
if (!opening.ok) throw new Error(opening.error.message);
const game: GameState = opening.value;

describe("the game's stance shares", () => {
  it('follow the events’ shifts as the point stance does', () => {
    // An event that leaves a supporter's utility far below no resolution: the point stance leaves
    // support, and so does every plausible setting.
    const index = currentAssessment(scenario, game).actors.findIndex((a) => a.stance === 'support');
    expect(index).toBeGreaterThanOrEqual(0);
    const actor = scenario.actors[index]!.id;
    const shifted: GameState = { ...game, shifts: { ...game.shifts, [actor]: -100 } };
    expect(currentAssessment(scenario, shifted).actors[index]!.stance).not.toBe('support');
    const before = gameStances(model, game);
    const after = gameStances(model, shifted);
    if (!before.available || !after.available) throw new Error('the default scenario states ranges');
    expect(before.result.actors[index]!.stance.support).toBeGreaterThan(0);
    expect(after.result.actors[index]!.stance.support).toBe(0);
    expect(after.result.seed).toBe(3);
  });

  it('are asked for again only when the seed, the text or the shifts change', () => {
    const key = stancesKey(model, game);
    expect(stancesKey(model, { ...game, turn: game.turn + 1 })).toBe(key);
    expect(stancesKey(model, { ...game, setup: { ...game.setup, seed: 4 } })).not.toBe(key);
    const issue = scenario.issues.find((i) => i.options.length > 1)!;
    const other = issue.options.find((o) => o.id !== game.text[issue.id])!.id;
    expect(stancesKey(model, { ...game, text: { ...game.text, [issue.id]: other } })).not.toBe(key);
    const actor = scenario.actors[0]!.id;
    expect(stancesKey(model, { ...game, shifts: { ...game.shifts, [actor]: 5 } })).not.toBe(key);
  });
});
