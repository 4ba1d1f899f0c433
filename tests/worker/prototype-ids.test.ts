// Issue #12, finding 1, on the way to and from the workers: starting a game on a scenario with an id
// named `constructor` threw "function Object() … could not be cloned" in the browser, because the
// canonical scenario held Object.prototype.constructor where a draft should hold an option. Here the
// scenario, a game and a lab task cross a fake channel that structured-clones every message both ways
// (structuredClone throws on a function, as postMessage does) and must give the in-process answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, type Model } from '../../src/engine/model.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { Scenario } from '../../src/engine/scenario.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { inProcessEngine } from '../../src/state/engine-service.ts';
import { inProcessLabEngine } from '../../src/state/lab-engine.ts';
import { openingDraft } from '../../src/state/lab-url.ts';
import { workerEngine } from '../../src/worker/engine-client.ts';
import { labWorkerEngine } from '../../src/worker/lab-client.ts';
import { fakeWorker } from '../support/fake-worker.ts';
import { HOSTILE_DIR, HOSTILE_ID_FIXTURES, nonFinite } from '../support/hostile-ids.ts';

function load(file: string): { scenario: Scenario; model: Model } {
  const result = parseScenario(readFileSync(`${HOSTILE_DIR}/${file}`, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} must be valid`);
  return { scenario: result.value, model: compile(result.value) };
}

describe('ids named constructor cross to the workers', { timeout: 180_000 }, () => {
  it.each(Object.keys(HOSTILE_ID_FIXTURES))('%s: the parse worker can post the scenario back', (file) => {
    const result = parseScenario(readFileSync(`${HOSTILE_DIR}/${file}`, 'utf8'), file);
    expect(result.ok).toBe(true);
    expect(structuredClone(result)).toEqual(result);
  });

  it.each(Object.keys(HOSTILE_ID_FIXTURES))('%s: a game plays through the engine worker', async (file) => {
    const { scenario, model } = load(file);
    const start = newGame(model, {
      seats: Object.fromEntries(scenario.actors.map((a) => [a.id, 'ai'])),
      rounds: 1,
      seed: 11,
      difficulty: 'normal',
    });
    if (!start.ok) throw new Error(start.error.message);
    const remote = workerEngine(scenario, { createWorker: fakeWorker, runs: 500 });
    const local = inProcessEngine(model, 500);
    const there = await remote.advance(start.value);
    expect(there).toEqual(await local.advance(start.value));
    expect(there.phase).toBe('finished');
    expect(nonFinite(there.result)).toEqual([]);
    const outlook = await remote.outlook(there);
    expect(outlook).toEqual(await local.outlook(there));
    expect(nonFinite(outlook)).toEqual([]);
    remote.dispose();
  });

  it.each(Object.keys(HOSTILE_ID_FIXTURES))('%s: a lab task runs in the lab worker', async (file) => {
    const { scenario, model } = load(file);
    const task = { kind: 'outlook', draft: openingDraft(model), runs: 500, seed: 2 } as const;
    const engine = labWorkerEngine(scenario, { createWorker: fakeWorker });
    const answer = await engine.run(task).answer;
    expect(answer).toEqual(await inProcessLabEngine(model).run(task).answer);
    expect(nonFinite(answer)).toEqual([]);
  });
});
