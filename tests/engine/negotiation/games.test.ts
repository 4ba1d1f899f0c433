// Whole games as tests: seeded AI-only games on every shipped scenario reach the end and repeat
// exactly; replay and fork reproduce states; saves round-trip; damaged saves are refused.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, type Model } from '../../../src/engine/model.ts';
import { applyAction } from '../../../src/engine/negotiation/reducer.ts';
import { runAi } from '../../../src/engine/negotiation/runner.ts';
import { makeSave, parseSave, replay } from '../../../src/engine/negotiation/save.ts';
import { newGame } from '../../../src/engine/negotiation/state.ts';
import type { GameSetup, GameState } from '../../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';

function load(file: string): Model {
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} must be valid`);
  return compile(result.value);
}

const aiSetup = (model: Model, seed: number, rounds = model.scenario.procedure.rounds): GameSetup => ({
  seats: Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai'])),
  rounds,
  seed,
  difficulty: 'normal',
});

function play(model: Model, setup: GameSetup): GameState {
  const start = newGame(model, setup);
  if (!start.ok) throw new Error(start.error.message);
  const end = runAi(model, start.value);
  if (!end.ok) throw new Error(end.error.message);
  return end.value;
}

const shipped = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `scenarios/${f}`);

describe('AI-only games', { timeout: 120_000 }, () => {
  it.each(shipped)('%s: a seeded game reaches the vote, and the same seed repeats it exactly', (file) => {
    const model = load(file);
    const first = play(model, aiSetup(model, 7));
    expect(first.phase).toBe('finished');
    expect(first.result).not.toBeNull();
    expect(first.result?.scores).toHaveLength(model.actors.length);
    expect(first.trajectory).toHaveLength(first.setup.rounds + 1);
    expect(play(model, aiSetup(model, 7))).toEqual(first);
  });

  it('replays and forks to identical states', () => {
    const model = load('scenarios/gaza-isf-2025.yaml');
    const game = play(model, aiSetup(model, 3, 2));
    const whole = replay(model, game.setup, game.actions);
    expect(whole.ok && whole.value).toEqual(game);
    const middle = Math.floor(game.actions.length / 2);
    const partial = replay(model, game.setup, game.actions, middle);
    if (!partial.ok) throw new Error(partial.error);
    expect(partial.value.actions).toHaveLength(middle);
    // Fork: continue from the middle with the AI — the same moves follow, so the same end.
    const forked = runAi(model, partial.value);
    expect(forked.ok && forked.value).toEqual(game);
  });

  it('round-trips a save and refuses damaged or foreign saves without a throw', () => {
    const model = load('scenarios/gaza-isf-2025.yaml');
    const game = play(model, aiSetup(model, 5, 1));
    const text = JSON.stringify(makeSave(model, game));
    const loaded = parseSave(model, text);
    expect(loaded.ok && loaded.value.state).toEqual(game);
    const other = load('scenarios/_template.yaml');
    const tampered = JSON.parse(text);
    tampered.actions[2] = { type: 'pass', seat: 'nobody' };
    const cases: Array<[string, string, RegExp]> = [
      ['not JSON', '{"format": "draftroom-save", ', /not valid JSON/],
      ['not a save', '[1, 2, 3]', /not a Draftroom save/],
      ['wrong format', JSON.stringify({ format: 'something-else' }), /not a Draftroom save/],
      ['newer version', JSON.stringify({ ...JSON.parse(text), version: 99 }), /newer Draftroom/],
      ['tampered action', JSON.stringify(tampered), /damaged: step 3/],
      [
        'changed scenario',
        JSON.stringify({ ...JSON.parse(text), scenario: { id: 'gaza-isf-2025', hash: 'x' } }),
        /different version/,
      ],
      ['no actions', JSON.stringify({ ...JSON.parse(text), actions: 'all' }), /no list of actions/],
      ['no setup', JSON.stringify({ ...JSON.parse(text), setup: null }), /no set-up/],
      ['broken setup', JSON.stringify({ ...JSON.parse(text), setup: { rounds: 3 } }), /set-up is not valid/],
    ];
    for (const [what, input, message] of cases) {
      const result = parseSave(model, input);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.error, what).toMatch(message);
    }
    expect(parseSave(other, text).ok).toBe(false);
  });

  it('refuses actions after the game is over', () => {
    const model = load('scenarios/_template.yaml');
    const game = play(model, aiSetup(model, 1, 1));
    const again = applyAction(model, game, { type: 'pass', seat: model.scenario.actors[0]!.id });
    expect(again.ok || again.error.code).toBe('game-over');
  });
});
