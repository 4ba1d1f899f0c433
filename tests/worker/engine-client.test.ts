// The engine worker's protocol, run in Node over a fake channel that structured-clones every message
// both ways, as postMessage does: the worker's answers equal the in-process engine's, it reports
// progress, a newer request supersedes an older one, and a dead worker falls back to in-process.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { EngineCancelled, inProcessEngine, type Progress } from '../../src/state/engine-service.ts';
import { type WorkerLike, workerEngine } from '../../src/worker/engine-client.ts';
import { serveEngine } from '../../src/worker/host.ts';
import type { EngineReply } from '../../src/worker/protocol.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);

function opening(seed: number, rounds = 1): GameState {
  const game = newGame(model, {
    seats: Object.fromEntries(scenario.actors.map((a) => [a.id, 'ai'])),
    rounds,
    seed,
    difficulty: 'normal',
  });
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
}

/** A worker in the same process: messages are cloned and delivered on a later task, both ways. */
function fakeWorker(): WorkerLike & { terminated: boolean } {
  const fake: WorkerLike & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const copy = structuredClone(message);
      setTimeout(() => handle(copy), 0);
    },
    terminate() {
      fake.terminated = true;
    },
  };
  const handle = serveEngine((reply: EngineReply) => {
    const copy = structuredClone(reply);
    setTimeout(() => fake.onmessage?.({ data: copy }), 0);
  });
  return fake;
}

describe('the engine worker', { timeout: 120_000 }, () => {
  it('plays the AI seats and simulates the ceasefire exactly as the in-process engine does', async () => {
    const game = opening(7);
    const local = inProcessEngine(model);
    const remote = workerEngine(scenario, { createWorker: () => fakeWorker() });
    const progress: Progress[] = [];
    const [here, there] = await Promise.all([
      local.advance(game),
      remote.advance(game, (p) => progress.push(p)),
    ]);
    expect(there).toEqual(here);
    expect(there.phase).toBe('finished');
    expect(progress.length).toBe(there.actions.length);
    expect(progress.at(-1)).toEqual({ done: there.actions.length, total: there.actions.length });

    const runs: number[] = [];
    const outlook = await remote.outlook(there, (p) => runs.push(p.done));
    expect(outlook).toEqual(await local.outlook(there));
    expect(outlook.runs).toBe(2000);
    expect(runs.at(-1)).toBe(2000);
    remote.dispose();
  });

  it('applies a move and replays a save as the in-process engine does, refusals included', async () => {
    const game = opening(3);
    const local = inProcessEngine(model);
    const remote = workerEngine(scenario, { createWorker: () => fakeWorker() });
    const seat = game.order[game.turn]!;
    const pass = { type: 'pass', seat } as const;
    expect(await remote.apply(game, pass)).toEqual(await local.apply(game, pass));
    const wrong = { type: 'pass', seat: game.order[game.turn + 1]! } as const;
    expect(await remote.apply(game, wrong)).toMatchObject({ ok: false, error: { code: 'not-your-turn' } });
    expect(await remote.load('{ not a save')).toEqual(await local.load('{ not a save'));
  });

  it('drops an outlook that a newer one supersedes', async () => {
    const game = opening(5);
    const remote = workerEngine(scenario, { createWorker: () => fakeWorker() });
    const first = remote.outlook(game);
    const second = remote.outlook({ ...game, setup: { ...game.setup, seed: 6 } });
    await expect(first).rejects.toBeInstanceOf(EngineCancelled);
    expect((await second).seed).toBe(6);
  });

  it('gives the stance shares of the text on the table exactly as the in-process engine does', async () => {
    const game = opening(11);
    const remote = workerEngine(scenario, { createWorker: () => fakeWorker() });
    const shares = await remote.stances!(game);
    expect(shares).toEqual(await inProcessEngine(model).stances(game));
    expect(shares.available && shares.result.draws).toBe(1000);
    expect(shares.available && shares.result.seed).toBe(11);
    remote.dispose();
  });

  it('drops stance shares that a newer request supersedes', async () => {
    const game = opening(5);
    const remote = workerEngine(scenario, { createWorker: () => fakeWorker() });
    const first = remote.stances!(game);
    const second = remote.stances!({ ...game, setup: { ...game.setup, seed: 6 } });
    await expect(first).rejects.toBeInstanceOf(EngineCancelled);
    const latest = await second;
    expect(latest.available && latest.result.seed).toBe(6);
    remote.dispose();
  });

  it('falls back to the in-process engine when the worker fails to start', async () => {
    const game = opening(9);
    // The script never loads: the worker answers every request with an error event.
    const dead: WorkerLike & { terminated: boolean } = {
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage(message) {
        if (message.type !== 'init') setTimeout(() => dead.onerror?.(new Event('error')), 0);
      },
      terminate() {
        dead.terminated = true;
      },
    };
    const remote = workerEngine(scenario, { createWorker: () => dead });
    const outlook = await remote.outlook(game);
    expect(outlook).toEqual(await inProcessEngine(model).outlook(game));
    expect(dead.terminated).toBe(true);
    expect(await remote.stances!(game)).toEqual(await inProcessEngine(model).stances(game));
  });
});
