// Issue #12, finding 3: a lab task whose options multiply past the work budget is refused by the
// engine worker before it starts, with the product and the limit; it never runs a step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import type { LabTask } from '../../src/state/lab-tasks.ts';
import { openingDraft } from '../../src/state/lab-url.ts';
import { serveEngine } from '../../src/worker/host.ts';
import type { EngineReply } from '../../src/worker/protocol.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const draft = openingDraft(compile(scenario));

async function ask(task: LabTask): Promise<EngineReply[]> {
  const replies: EngineReply[] = [];
  const handle = serveEngine((reply) => replies.push(reply));
  handle({ type: 'init', scenario, runs: 1000 });
  handle({ type: 'lab', id: 1, task });
  for (let i = 0; i < 50 && !replies.some((r) => r.type !== 'progress'); i++)
    await new Promise((r) => setTimeout(r, 10));
  return replies;
}

describe('the work budget in the engine worker', () => {
  it('refuses a sweep of 50 × 50 steps × 20,000 runs before its first step', async () => {
    const replies = await ask({
      kind: 'sweep',
      draft,
      sweep: {
        param: 'shrink',
        from: 0,
        to: 1,
        steps: 50,
        param2: 'duration_dependence',
        from2: -1,
        to2: 1,
        steps2: 50,
      },
      output: 'collapse',
      actor: null,
      runs: 20_000,
      seed: 1,
    });
    expect(replies).toEqual([
      {
        type: 'error',
        id: 1,
        message:
          'this sweep would simulate 50 steps × 50 steps × 20,000 runs = 50,000,000 runs; the limit is 20,000,000 (lower the runs)',
      },
    ]);
  });

  it('refuses a comparison of 2,000 drafts × 20,000 runs', async () => {
    const drafts = Array.from({ length: 2000 }, (_, i) => ({ name: `d${i}`, clauses: draft }));
    const replies = await ask({ kind: 'compare', drafts, runs: 20_000, seed: 1 });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/2,000 drafts × 20,000 runs = 40,000,000 runs/),
    });
  });
});

describe('sweep ends in a lab task', () => {
  it('are refused past the parameter range before the first step, with a sentence', async () => {
    const replies = await ask({
      kind: 'sweep',
      draft,
      sweep: { param: 'shrink', from: -1e308, to: 1e308, steps: 5 },
      output: 'collapse',
      actor: null,
      runs: 1000,
      seed: 1,
    });
    expect(replies).toEqual([
      { type: 'error', id: 1, message: 'shrink can go from 0 to 1 (got from -1e+308, to 1e+308)' },
    ]);
  });
});
