// The lab's requests over the engine worker's protocol, in Node over a fake channel that clones every
// message as postMessage does: the worker's answer equals the in-process engine's, progress arrives,
// and a cancel stops the task in the worker (it answers 'cancelled' and runs no further step).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { EngineCancelled, type Progress } from '../../src/state/engine-service.ts';
import { inProcessLabEngine } from '../../src/state/lab-engine.ts';
import type { LabTask } from '../../src/state/lab-tasks.ts';
import { openingDraft } from '../../src/state/lab-url.ts';
import { labWorkerEngine } from '../../src/worker/lab-client.ts';
import type { EngineReply } from '../../src/worker/protocol.ts';
import { fakeWorker } from '../support/fake-worker.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);

const task: LabTask = { kind: 'outlook', draft: openingDraft(model), runs: 1000, seed: 3 };

describe('the lab over the engine worker', () => {
  it('gives the in-process answer, with progress', async () => {
    const replies: EngineReply[] = [];
    const engine = labWorkerEngine(scenario, { createWorker: () => fakeWorker(replies) });
    const seen: Progress[] = [];
    const answer = await engine.run(task, (p) => seen.push(p)).answer;
    const local = await inProcessLabEngine(model).run(task).answer;
    expect(answer).toEqual(local);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual({ done: 1000, total: 1000 });
  });

  it('cancels a task in the worker: the promise rejects at once and the worker stops', async () => {
    const replies: EngineReply[] = [];
    const engine = labWorkerEngine(scenario, { createWorker: () => fakeWorker(replies) });
    const run = engine.run({ ...task, runs: 20_000 });
    await new Promise((r) => setTimeout(r, 30));
    run.cancel();
    await expect(run.answer).rejects.toBeInstanceOf(EngineCancelled);
    await new Promise((r) => setTimeout(r, 50));
    expect(replies.at(-1)).toEqual({ type: 'cancelled', id: 1 });
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.length).toBeLessThan(200); // 20,000 runs are 200 steps: it stopped early
  });
});
