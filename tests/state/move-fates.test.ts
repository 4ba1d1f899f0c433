// The fate of a human's moves, read off the engine's statuses and reasons (src/state/move-fates.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advanceJob, runJob } from '../../src/engine/jobs.ts';
import { compile } from '../../src/engine/model.ts';
import { applyAction } from '../../src/engine/negotiation/reducer.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { Action, GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { leftOutReason, moveFates } from '../../src/state/move-fates.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must load');
const scenario = parsed.value;
const model = compile(scenario);
const human = 'egy' as GameState['order'][number];

function untilHuman(): GameState {
  const game = newGame(model, {
    seats: Object.fromEntries(scenario.actors.map((a) => [a.id, a.id === human ? 'human' : 'ai'])),
    rounds: 1,
    seed: 7,
    difficulty: 'normal',
  });
  if (!game.ok) throw new Error(game.error.message);
  return runJob(advanceJob(model, game.value));
}

describe('what became of a move', () => {
  it('answers a pass with a word too', () => {
    const before = untilHuman();
    const passed = applyAction(model, before, { type: 'pass', seat: human });
    if (!passed.ok) throw new Error(passed.error.message);
    const fates = moveFates(scenario, before, passed.value);
    expect(fates.map((f) => [f.seat, f.title])).toContainEqual([human, 'You passed']);
  });

  it('tells the player their amendment is tabled, then what the pen holder did with it and why', () => {
    const before = untilHuman();
    const issue = scenario.issues[0]!;
    const option = issue.options.find((o) => o.id !== before.text[issue.id])!;
    const proposed = applyAction(model, before, {
      type: 'propose',
      seat: human,
      changes: [{ issue: issue.id, option: option.id }],
    });
    if (!proposed.ok) throw new Error(proposed.error.message);
    const tabled = moveFates(scenario, before, proposed.value);
    expect(tabled).toEqual([
      expect.objectContaining({
        seat: human,
        tone: 'info',
        title: expect.stringMatching(/^Amendment A\d+ tabled$/),
      }),
    ]);
    expect(tabled[0]?.text).toContain(`${issue.title}: ${option.label}`);
    const after = runJob(advanceJob(model, proposed.value));
    const fates = moveFates(scenario, proposed.value, after);
    const decided = fates.find((f) => /adopted|left out/.test(f.title));
    expect(decided?.seat).toBe(human);
    expect(decided?.text).toMatch(
      /^The pen holder \(United States\) (put it into the text|did not put it into the text)/,
    );
    const mine = after.amendments.find((a) => a.by === human)!;
    if (mine.status === 'rejected') {
      const decide = after.actions.find((a) => a.type === 'decide');
      const why = leftOutReason(decide, mine.id);
      if (why) expect(decided?.text).toContain(`because ${why}`);
    }
    // Only human seats are told: no AI seat's amendment makes a notice.
    expect(fates.every((f) => f.seat === human)).toBe(true);
  });

  it('finds the pen holder’s reason for each amendment it left out', () => {
    const decide: Action = {
      type: 'decide',
      seat: 'usa' as Action['seat'],
      adopt: [1],
      reason:
        'Reason: Adopted A1 (Egypt): it wins the votes of Algeria and Somalia at a cost of 0.9 points to United States. Rejected A2 (Pakistan, with Qatar): it would cost United States 12.0 points and wins no support. Rejected A13 (Türkiye): United States would no longer vote for the text.',
    };
    expect(leftOutReason(decide, 2)).toBe('it would cost United States 12.0 points and wins no support');
    expect(leftOutReason(decide, 13)).toBe('United States would no longer vote for the text');
    expect(leftOutReason(decide, 1)).toBeNull();
    expect(leftOutReason(undefined, 1)).toBeNull();
  });

  it('says nothing when nothing new happened', () => {
    const game = untilHuman();
    expect(moveFates(scenario, game, game)).toEqual([]);
    expect(moveFates(scenario, null, game)).toEqual([]);
  });
});
