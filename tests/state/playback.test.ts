// The AI's moves shown one at a time (src/state/playback.ts): in the order the engine played them,
// ending exactly where the engine stopped, skippable, and quicker with "Reduce motion".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advanceJob, runJob } from '../../src/engine/jobs.ts';
import { compile } from '../../src/engine/model.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { GameSetup, GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import {
  beats,
  type Playback,
  pageRhythm,
  playBeats,
  READABLE_MS,
  REDUCED_MS,
  readablePace,
} from '../../src/state/playback.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { createGameStore } from '../../src/state/store.ts';

const parsed = parseScenario(readFileSync('scenarios/_template.yaml', 'utf8'), '_template.yaml');
if (!parsed.ok) throw new Error('template must be valid');
const model = compile(parsed.value);
const human = model.scenario.actors.find((a) => a.ground)!.id;
const setup: GameSetup = {
  seats: Object.fromEntries(model.scenario.actors.map((a) => [a.id, a.id === human ? 'human' : 'ai'])),
  rounds: 2,
  seed: 4,
  difficulty: 'normal',
};
const start = (): GameState => {
  const game = newGame(model, setup);
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
};
const from = start();
const to = runJob(advanceJob(model, from));

/** A clock the test moves by hand: each wait is recorded and resolves when told. */
function manualClock() {
  const waits: Array<{ ms: number; resolve: () => void }> = [];
  return {
    waits,
    wait: (ms: number) => new Promise<void>((resolve) => waits.push({ ms, resolve })),
    async tick() {
      waits.shift()?.resolve();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('the AI moves, one at a time', () => {
  it('has moves to show: the template starts with AI seats before the human', () => {
    expect(to.actions.length - from.actions.length).toBeGreaterThan(1);
  });

  it('replays each AI action in the engine’s order, growing the log, and ends on the engine’s own state', () => {
    const shown = [...beats(model, from, to)];
    expect(shown.map((b) => b.action)).toEqual(to.actions.slice(from.actions.length));
    expect(shown.at(-1)?.state).toBe(to);
    const logs = shown.map((b) => b.state.log.length);
    for (let i = 1; i < logs.length; i++) expect(logs[i]).toBeGreaterThan(logs[i - 1]!);
    // Each position is the engine's log up to that move, not a log of its own.
    for (const b of shown) expect(to.log.slice(0, b.state.log.length)).toEqual(b.state.log);
  });

  it('shows nothing in between for a state that does not continue the one shown', () => {
    expect([...beats(model, to, from)]).toEqual([]);
  });

  it('waits a beat after each move, then ends the playback on the last position', async () => {
    const clock = manualClock();
    const seen: Array<Playback | null> = [];
    const states: GameState[] = [];
    const run = playBeats(model, from, to, {
      stepMs: () => 700,
      wait: clock.wait,
      show: (beat, playback) => {
        seen.push(playback);
        states.push(beat.state);
      },
    });
    const total = to.actions.length - from.actions.length;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ step: 1, total });
    expect(clock.waits.map((w) => w.ms)).toEqual([700]);
    for (let i = 0; i < total; i++) await clock.tick();
    await run.finished;
    expect(seen.map((p) => p?.step ?? null)).toEqual([
      ...Array.from({ length: total }, (_, i) => i + 1),
      null,
    ]);
    expect(states.at(-1)).toBe(to);
  });

  it('skips to the last position at once, without the moves still to come', async () => {
    const clock = manualClock();
    const seen: Array<Playback | null> = [];
    const run = playBeats(model, from, to, {
      stepMs: () => 700,
      wait: clock.wait,
      show: (_, playback) => seen.push(playback),
    });
    run.skip();
    await run.finished;
    expect(seen.map((p) => p?.step ?? null)).toEqual([1, null]);
  });

  it('shows only the end when the pace is zero', async () => {
    const seen: GameState[] = [];
    await playBeats(model, from, to, { stepMs: () => 0, show: (b) => seen.push(b.state) }).finished;
    expect(seen).toEqual([to]);
  });

  it('is readable by default and short with Reduce motion; ?pace=instant turns it off', () => {
    expect(readablePace(false)).toBe(READABLE_MS);
    expect(readablePace(true)).toBe(REDUCED_MS);
    expect(READABLE_MS).toBeGreaterThanOrEqual(600);
    expect(READABLE_MS).toBeLessThanOrEqual(1000);
    expect(REDUCED_MS).toBeLessThan(READABLE_MS);
    expect(pageRhythm('')(false)).toBe(READABLE_MS);
    expect(pageRhythm('?pace=instant')(false)).toBe(0);
    expect(pageRhythm('?pace=120')(true)).toBe(120);
    expect(pageRhythm('?pace=-5')(false)).toBe(READABLE_MS);
  });
});

describe('the store with a pace', () => {
  it('steps the game through the AI moves, marks the acting move, and saves the end at once', async () => {
    const storage = memoryStorage();
    const asked: boolean[] = [];
    const store = createGameStore({
      model,
      storage,
      pace: (reduced) => {
        asked.push(reduced);
        return reduced ? 5 : 20;
      },
    });
    // "Reduce motion" is read at every beat: the player's setting, not the one at the start.
    store.getState().setReducedMotion(true);
    const steps: Array<number | null> = [];
    const lengths: number[] = [];
    store.subscribe((now, before) => {
      if (now.game !== before.game) lengths.push(now.game?.log.length ?? 0);
      if (now.playback !== before.playback) steps.push(now.playback?.step ?? null);
    });
    const started = store.getState().start(setup);
    // The save holds where the AI stops long before the view gets there.
    while (store.getState().playback === null) await new Promise((r) => setTimeout(r, 1));
    expect(store.getState().playback?.step).toBe(1);
    expect(JSON.parse(storage.getItem(`draftroom.save.${model.scenario.id}`)!).actions).toHaveLength(
      to.actions.length,
    );
    await started;
    const total = to.actions.length - from.actions.length;
    expect(steps).toEqual([...Array.from({ length: total }, (_, i) => i + 1), null]);
    for (let i = 1; i < lengths.length; i++) expect(lengths[i]).toBeGreaterThanOrEqual(lengths[i - 1]!);
    expect(store.getState().game?.log).toEqual(to.log);
    expect(store.getState().playback).toBeNull();
    expect(asked.length).toBeGreaterThanOrEqual(total);
    expect(new Set(asked)).toEqual(new Set([true]));
  });

  it('refuses a move while the moves are shown, and Skip ends the show', async () => {
    let beat = 60_000;
    const store = createGameStore({ model, storage: memoryStorage(), pace: () => beat });
    const started = store.getState().start(setup);
    while (store.getState().playback === null) await new Promise((r) => setTimeout(r, 1));
    expect(await store.getState().dispatch({ type: 'pass', seat: human })).toBe(false);
    expect(store.getState().notice?.text).toMatch(/still moving/);
    store.getState().skipPlayback();
    await started;
    expect(store.getState().playback).toBeNull();
    expect(store.getState().game?.actions).toEqual(to.actions);
    beat = 0;
    expect(await store.getState().dispatch({ type: 'pass', seat: human })).toBe(true);
  });
});
