// The round clock as a fold over a table's events and their times (src/server/clock.ts): what the
// deadline is after each kind of event, with no timer involved.
import { describe, expect, it } from 'vitest';
import type { TableStatus } from '../../src/net/protocol.ts';
import { type ClockState, nextClock, noClock } from '../../src/server/clock.ts';

type Stage = TableStatus['stage'];
const at = (stage: Stage, round = 1) => ({ stage, round });

/** Folds a list of [time, before, after, seconds?] steps from no clock. */
function run(steps: ReadonlyArray<[number, Stage, Stage, number?, (number | null)?]>): ClockState {
  const clock = noClock();
  for (const [t, before, after, round, seconds] of steps)
    nextClock(clock, at(before, round ?? 1), at(after, round ?? 1), t, seconds);
  return clock;
}

describe('the round clock', () => {
  it('is set in the lobby but runs from the start', () => {
    const clock = noClock();
    nextClock(clock, at('lobby', 0), at('lobby', 0), 1000, 60);
    expect(clock).toEqual({ seconds: 60, deadline: null, remaining: null });
    nextClock(clock, at('lobby', 0), at('playing', 1), 5000);
    expect(clock).toEqual({ seconds: 60, deadline: 65_000, remaining: null });
  });

  it('restarts with each round, and a new limit counts from when it is set', () => {
    const clock = run([[0, 'playing', 'playing', 1, 60]]);
    expect(clock.deadline).toBe(60_000);
    nextClock(clock, at('playing', 1), at('playing', 1), 10_000); // a move in the round
    expect(clock.deadline).toBe(60_000);
    nextClock(clock, at('playing', 1), at('playing', 2), 20_000); // the round ends
    expect(clock.deadline).toBe(80_000);
    nextClock(clock, at('playing', 2), at('playing', 2), 30_000, 10);
    expect(clock.deadline).toBe(40_000);
  });

  it('stands while paused and gives the rest back on resume, even if the deadline passed meanwhile', () => {
    const clock = run([[0, 'playing', 'playing', 1, 60]]);
    nextClock(clock, at('playing'), at('paused'), 45_000);
    expect(clock).toEqual({ seconds: 60, deadline: null, remaining: 15_000 });
    nextClock(clock, at('paused'), at('playing'), 500_000);
    expect(clock).toEqual({ seconds: 60, deadline: 515_000, remaining: null });
    // A limit set while paused is the whole of it, once resumed.
    nextClock(clock, at('playing'), at('paused'), 510_000);
    nextClock(clock, at('paused'), at('paused'), 520_000, 30);
    expect(clock).toEqual({ seconds: 30, deadline: null, remaining: 30_000 });
    nextClock(clock, at('paused'), at('playing'), 600_000);
    expect(clock.deadline).toBe(630_000);
  });

  it('is off with null, and stops when the table ends', () => {
    const clock = run([[0, 'playing', 'playing', 1, 60]]);
    nextClock(clock, at('playing'), at('playing'), 1000, null);
    expect(clock).toEqual({ seconds: null, deadline: null, remaining: null });
    nextClock(clock, at('playing'), at('playing'), 2000, 60);
    nextClock(clock, at('playing'), at('ended'), 3000);
    expect(clock).toEqual({ seconds: 60, deadline: null, remaining: null });
  });
});
