// The chair's actions (chair.ts): calling the vote early and firing one of the scenario's events now
// (an inject). Pinned on the default scenario with a seed whose draw after round 1 fires two events
// (seed 38: hostage-remains-dispute and israeli-coalition-crisis), then as properties over generated
// scenarios: the chair's action does what its rule says and nothing else, and replays.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess.ts';
import type { ActorId } from '../../../src/engine/ids.ts';
import { compile, draftIndex, type Model } from '../../../src/engine/model.ts';
import { applyAction } from '../../../src/engine/negotiation/reducer.ts';
import { runAi } from '../../../src/engine/negotiation/runner.ts';
import { makeSave, parseSave, replay } from '../../../src/engine/negotiation/save.ts';
import { acceptanceOf, newGame, shiftArray } from '../../../src/engine/negotiation/state.ts';
import type { GameState } from '../../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { arbitraryRichScenario, buildScenario } from '../../support/rich-scenario.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const model = compile(parsed.value);

function start(m: Model, seed: number, rounds: number): GameState {
  const seats = Object.fromEntries(m.scenario.actors.map((a) => [a.id, 'ai' as const]));
  const game = newGame(m, { seats, rounds, seed, difficulty: 'normal' });
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
}

function ai(m: Model, state: GameState, limit?: number): GameState {
  const next = runAi(m, state, limit);
  if (!next.ok) throw new Error(next.error.message);
  return next.value;
}

function apply(m: Model, state: GameState, action: unknown): GameState {
  const next = applyAction(m, state, action);
  if (!next.ok) throw new Error(next.error.message);
  return next.value;
}

function refusal(m: Model, state: GameState, action: unknown): string {
  const before = structuredClone(state);
  const next = applyAction(m, state, action);
  if (next.ok) throw new Error(`expected ${JSON.stringify(action)} to be refused`);
  expect(state).toEqual(before);
  return next.error.code;
}

/** The game in round 2, some moves in: amendments of round 2 are still before the pen holder. */
function midRound2(): GameState {
  let state = start(model, 38, 3);
  while (state.round < 2) state = ai(model, state, 1);
  for (let i = 0; i < 8 && state.phase === 'negotiating'; i++) state = ai(model, state, 1);
  return state;
}

describe('call-vote', () => {
  it('puts the text on the table to the vote now, the rounds left unplayed', () => {
    const before = midRound2();
    const after = apply(model, before, { type: 'call-vote', reason: 'The bell has rung.' });
    expect(after.phase).toBe('finished');
    expect(after.round).toBe(2);
    expect(after.text).toEqual(before.text);
    expect(after.actions).toEqual([...before.actions, { type: 'call-vote', reason: 'The bell has rung.' }]);
    // The vote is the vote on that text, under the events' shifts so far.
    const expected = assess(model, draftIndex(model, before.text), {
      utilityShift: shiftArray(model, before.shifts),
      forceYes: new Set(after.result!.commitmentsHonoured),
    });
    expect(after.result!.vote).toEqual(expected.vote);
    expect(after.result!.text).toEqual(before.text);
    // Amendments not yet decided stay out of the text, and pending; open offers lapse.
    const pending = before.amendments.filter((a) => a.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(after.amendments.filter((a) => a.status === 'pending')).toEqual(pending);
    expect(after.offers.some((o) => o.status === 'open')).toBe(false);
    expect(after.trajectory).toHaveLength(before.trajectory.length + 1);
    const added = after.log.slice(before.log.length);
    expect(added.map((e) => e.kind)).toEqual(['vote', 'vote', 'vote']);
    expect(added[0]!.text).toBe(
      `The chair calls the vote in round 2 of 3: the text on the table goes to the Council now.${
        pending.length === 0
          ? ''
          : ` Amendment${pending.length > 1 ? 's' : ''} ${pending.map((a) => `A${a.id}`).join(', ')}, not decided by the pen holder, stay${pending.length > 1 ? '' : 's'} out of the text.`
      } The bell has rung.`,
    );
    expect(added[1]!.text).toMatch(/^The Council votes: \d+ in favour/);
  });

  it('is refused once the game is over, with a seat, and in any other shape', () => {
    const state = midRound2();
    expect(refusal(model, state, { type: 'call-vote', seat: 'usa' })).toBe('bad-action');
    const over = apply(model, state, { type: 'call-vote' });
    expect(refusal(model, over, { type: 'call-vote' })).toBe('game-over');
    const whole = ai(model, start(model, 38, 2));
    expect(refusal(model, whole, { type: 'call-vote' })).toBe('game-over');
  });

  it('at the opening, votes on the opening draft', () => {
    const opening = start(model, 38, 3);
    const after = apply(model, opening, { type: 'call-vote' });
    expect(after.result!.text).toEqual(model.scenario.openingDraft);
    expect(after.trajectory).toHaveLength(2);
  });

  it('goes into saves and replays to the same state', () => {
    const after = apply(model, midRound2(), { type: 'call-vote' });
    const loaded = parseSave(model, JSON.stringify(makeSave(model, after)));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.value.warnings).toEqual([]);
    expect(loaded.value.state).toEqual(after);
  });
});

describe('inject', () => {
  it('fires a scenario event now: its utility shifts stay, and the log names it', () => {
    const before = start(model, 38, 3);
    const after = apply(model, before, { type: 'inject', event: 'weapons-handover-milestone' });
    expect(after.shifts).toEqual({ isr: 5, ham: -3 });
    expect(after.phase).toBe('negotiating');
    expect(after.turn).toBe(before.turn);
    expect(after.text).toEqual(before.text);
    expect(after.log.at(-1)).toEqual({
      step: 1,
      round: 1,
      kind: 'event',
      actor: null,
      event: 'weapons-handover-milestone',
      text: 'Event, brought in by the chair: A verified handover of heavy weapons is completed on schedule: a concrete step that both sides can point to. (utility ham -3, isr +5)',
    });
    // The game plays on under the new shifts, and the draw after round 1 adds its own to them.
    let round2 = after;
    while (round2.round < 2) round2 = ai(model, round2, 1);
    expect(round2.shifts).toEqual({ isr: 5 - 3 - 8, ham: -3 - 5 });
    expect(round2.trajectory[1]).toEqual(acceptanceOf(model, round2.text, round2.shifts));
  });

  it('refuses an event the scenario does not have, one already injected, and one the draw fired', () => {
    const opening = start(model, 38, 3);
    expect(refusal(model, opening, { type: 'inject', event: 'alien-landing' })).toBe('unknown-event');
    expect(refusal(model, opening, { type: 'inject' })).toBe('unknown-event');
    expect(refusal(model, opening, { type: 'inject', event: 'donor-shortfall', seat: 'usa' })).toBe(
      'bad-action',
    );
    const once = apply(model, opening, { type: 'inject', event: 'donor-shortfall' });
    expect(refusal(model, once, { type: 'inject', event: 'donor-shortfall' })).toBe('event-fired');
    // Seed 38's draw after round 1 fires the coalition crisis: it cannot be injected again.
    let state = opening;
    while (state.round < 2) state = ai(model, state, 1);
    expect(state.log.filter((e) => e.kind === 'event').map((e) => e.event)).toEqual([
      'hostage-remains-dispute',
      'israeli-coalition-crisis',
    ]);
    expect(refusal(model, state, { type: 'inject', event: 'israeli-coalition-crisis' })).toBe('event-fired');
    const over = apply(model, state, { type: 'call-vote' });
    expect(refusal(model, over, { type: 'inject', event: 'spoiler-attack' })).toBe('game-over');
  });

  it('does not change the seeded draws between rounds', () => {
    const plain = ai(model, start(model, 38, 3));
    const injected = ai(
      model,
      apply(model, start(model, 38, 3), { type: 'inject', event: 'spoiler-attack' }),
    );
    const drawn = (g: GameState) =>
      g.log.filter((e) => e.kind === 'event' && e.text.startsWith('Event: ')).map((e) => [e.round, e.event]);
    expect(drawn(injected)).toEqual(drawn(plain));
  });
});

describe('the chair over generated scenarios', { timeout: 180_000 }, () => {
  it('call-vote ends the game on the text at that step; inject adds exactly its shifts; both replay', () => {
    fc.assert(
      fc.property(
        arbitraryRichScenario,
        fc.integer({ min: 0, max: 1000 }),
        fc.nat(60),
        fc.nat(3),
        (raw, seed, step, which) => {
          const m = compile(buildScenario(raw));
          const game = ai(m, start(m, seed, 2), step);
          if (game.phase === 'finished') return;
          const events = m.scenario.ceasefire.events;
          const event = events[which % Math.max(1, events.length)];
          let state = game;
          if (event) {
            const fired = game.log.some((e) => e.kind === 'event' && e.event === event.id);
            const next = applyAction(m, game, { type: 'inject', event: event.id });
            if (fired) expect(next.ok).toBe(false);
            else {
              if (!next.ok) throw new Error(next.error.message);
              for (const a of m.scenario.actors) {
                const delta = event.effects.utility[a.id] ?? 0;
                expect(next.value.shifts[a.id as ActorId] ?? 0).toBeCloseTo(
                  (game.shifts[a.id as ActorId] ?? 0) + delta,
                  9,
                );
              }
              expect({ ...next.value, shifts: game.shifts, log: game.log, actions: game.actions }).toEqual(
                game,
              );
              state = next.value;
            }
          }
          const voted = apply(m, state, { type: 'call-vote' });
          expect(voted.phase).toBe('finished');
          expect(voted.result!.text).toEqual(state.text);
          const again = replay(m, voted.setup, voted.actions);
          expect(again.ok && again.value).toEqual(voted);
        },
      ),
      { numRuns: 60, seed: 1515 },
    );
  });
});
