// The consensus set: every member is adopted and keeps ground consent, no member is dominated by
// another, and nothing feasible in the searched neighbourhood dominates a member.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consensusJob, consensusTables, paretoFront } from '../../../src/engine/analysis/consensus.ts';
import { toCsv, toRecords } from '../../../src/engine/analysis/table.ts';
import { assess } from '../../../src/engine/assess.ts';
import type { ActorId } from '../../../src/engine/ids.ts';
import { runJob } from '../../../src/engine/jobs.ts';
import { compile, draftIndex } from '../../../src/engine/model.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza');
if (!parsed.ok) throw new Error('the shipped scenario must load');
const model = compile(parsed.value);
const actors = ['isr', 'ham', 'usa'] as ActorId[];

const dominates = (b: readonly number[], a: readonly number[]) =>
  b.every((x, i) => x >= a[i]!) && b.some((x, i) => x > a[i]!);

describe('consensus set', { timeout: 120_000 }, () => {
  const set = runJob(
    consensusJob(model, parsed.value.openingDraft, { actors, maxChanges: 1, limit: 1000, runs: 200 }),
  );

  it('holds only adopted drafts with ground consent, as assess says', () => {
    expect(set.members.length).toBeGreaterThan(0);
    for (const m of set.members) {
      const a = assess(model, draftIndex(model, m.draft));
      expect(a.vote.adopted).toBe(true);
      expect(a.groundConsent.holds).toBe(true);
      expect(m.acceptance).toEqual(
        actors.map((id) => a.actors[model.actorIndex.get(id)!]!.evaluation.acceptance),
      );
    }
  });

  it('is a Pareto set: no member dominates another', () => {
    expect(set.more).toBe(0);
    for (const a of set.members)
      for (const b of set.members) expect(dominates(b.acceptance, a.acceptance)).toBe(false);
  });

  it('paretoFront keeps exactly the non-dominated points', () => {
    const point = (values: number[]) => ({
      draft: new Int32Array(0),
      values: Float64Array.from(values),
      sum: values.reduce((s, v) => s + v, 0),
      lowest: Math.min(...values),
    });
    const points = [point([1, 5]), point([5, 1]), point([3, 3]), point([2, 2]), point([3, 3]), point([0, 5])];
    expect(paretoFront(points).map((p) => [...p.values])).toEqual(
      [
        [1, 5],
        [5, 1],
        [3, 3],
        [3, 3],
      ].sort((a, b) => b[0]! + b[1]! - (a[0]! + a[1]!)),
    );
  });

  it('tables carry one row per member and survive CSV', () => {
    const [table] = consensusTables(set, model.scenario);
    expect(table!.rows).toHaveLength(set.members.length);
    const csv = toCsv(table!);
    expect(csv.split('\r\n')[0]).toBe(table!.columns.map((c) => c.id).join(','));
    expect(toRecords(table!)[0]!.acceptance_isr).toBe(set.members[0]!.acceptance[0]);
  });
});
