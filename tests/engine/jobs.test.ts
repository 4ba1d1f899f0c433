// The engine's work cut into steps gives exactly what the one-shot functions give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { advanceJob, aiMovesAhead, outlookJob, type Progress, runJob } from '../../src/engine/jobs.ts';
import { compile, draftIndex } from '../../src/engine/model.ts';
import { ceasefireOutlook } from '../../src/engine/montecarlo.ts';
import { runAi } from '../../src/engine/negotiation/runner.ts';
import { newGame, shiftArray } from '../../src/engine/negotiation/state.ts';
import type { GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

const parsed = parseScenario(readFileSync('scenarios/_template.yaml', 'utf8'), '_template.yaml');
if (!parsed.ok) throw new Error('the template must be valid');
const model = compile(parsed.value);
const allAi = (rounds: number, seed = 3): GameState => {
  const game = newGame(model, {
    seats: Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai'])),
    rounds,
    seed,
    difficulty: 'normal',
  });
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
};

describe('engine jobs', () => {
  it('plays an AI-only game move by move to the same end as runAi, reporting each move', () => {
    const start = allAi(2);
    const job = advanceJob(model, start);
    const steps: Progress[] = [];
    let step = job.next();
    while (!step.done) {
      steps.push(step.value);
      step = job.next();
    }
    const direct = runAi(model, start);
    expect(direct.ok && step.value).toEqual(direct.ok && direct.value);
    expect(step.value.phase).toBe('finished');
    expect(steps.map((s) => s.done)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.at(-1)).toEqual({ done: step.value.actions.length, total: step.value.actions.length });
    for (const s of steps) expect(s.total).toBeGreaterThanOrEqual(s.done);
  });

  it('foresees the AI moves up to the next human seat from the turn order', () => {
    const game = allAi(3);
    // Three rounds of every actor's turn plus the pen holder's decision, before any trade is offered.
    expect(aiMovesAhead(model, game)).toBe(3 * (game.order.length + 1));
    const human = game.order[2]!;
    const withHuman = { ...game, setup: { ...game.setup, seats: { ...game.setup.seats, [human]: 'human' } } };
    expect(aiMovesAhead(model, withHuman as GameState)).toBe(2);
    expect(aiMovesAhead(model, { ...game, phase: 'finished' })).toBe(0);
  });

  it('gives the same ceasefire outlook in slices as in one run, for any slice size', () => {
    const game = allAi(2, 11);
    const base = assess(model, draftIndex(model, game.text), {
      utilityShift: shiftArray(model, game.shifts),
    });
    const whole = ceasefireOutlook(model, base, {
      runs: 1000,
      seed: 11,
      months: model.scenario.ceasefire.horizonMonths,
    });
    expect(whole.method).toBe('monte-carlo');
    for (const slice of [1000, 250, 333]) {
      const job = outlookJob(model, game, { runs: 1000, slice });
      expect(runJob(job)).toEqual(whole);
    }
    const progress = [
      ...(function* () {
        const job = outlookJob(model, game, { runs: 1000, slice: 400 });
        let step = job.next();
        while (!step.done) {
          yield step.value;
          step = job.next();
        }
      })(),
    ];
    expect(progress).toEqual([
      { done: 400, total: 1000 },
      { done: 800, total: 1000 },
      { done: 1000, total: 1000 },
    ]);
  });
});
