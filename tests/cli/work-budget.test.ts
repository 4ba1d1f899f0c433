// Issue #12, finding 3 (unbounded work) and 4 (errors that are not messages): requests whose options
// multiply past the work budget are refused at once, naming the product and the limit; numeric
// ranges are checked up front; neither is ever an "internal error".
import { describe, expect, it } from 'vitest';
import { checkWork, formatCount, sweepWork, WORK_LIMITS } from '../../src/engine/analysis/budget.ts';
import { runCli } from '../support/cli.ts';

const run = (...argv: string[]) => runCli(argv);

const GAZA = 'scenarios/gaza-isf-2025.yaml';

describe('the work budget', () => {
  it('names the product and the limit', () => {
    const check = checkWork(sweepWork(1000, 1000, 1_000_000));
    expect(check).toEqual({
      ok: false,
      message:
        'this sweep would simulate 1,000 steps × 1,000 steps × 1,000,000 runs = 1e12 runs; the limit is 20,000,000',
    });
    expect(checkWork(sweepWork(100, 100, 2000)).ok).toBe(true);
    expect(checkWork(sweepWork(1000, 1000, 0))).toMatchObject({ ok: false });
    expect(formatCount(WORK_LIMITS.runs)).toBe('20,000,000');
    expect(formatCount(1.8e10)).toBe('1.8e10');
  });

  it('refuses the heavy two-way sweep at once, as a usage error', async () => {
    const r = await run(
      'sweep',
      GAZA,
      '--param',
      'shrink',
      '--from',
      '0',
      '--to',
      '1',
      '--steps',
      '1000',
      '--param2',
      'duration_dependence',
      '--from2',
      '-1',
      '--to2',
      '1',
      '--steps2',
      '1000',
      '--runs',
      '1000000',
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/1,000 steps × 1,000 steps × 1,000,000 runs = 1e12 runs; the limit is 20,000,000/);
    expect(r.ms).toBeLessThan(5000);
  });

  it('refuses the heavy tornado and uncertainty analysis at once', async () => {
    const u = await run('tornado', GAZA, '--uncertainty', '100000', '--runs', '1000000');
    expect(u.code).toBe(2);
    expect(u.err).toMatch(/100,001 draws × 1,000,000 runs = 1e11 runs; the limit is 20,000,000/);
    expect(u.ms).toBeLessThan(5000);
    const t = await run('tornado', GAZA, '--runs', '1000000');
    expect(t.code).toBe(2);
    expect(t.err).toMatch(/this tornado would simulate .* runs; the limit is 20,000,000 \(lower --runs\)/);
  });

  it('refuses a comparison and an exhaustive search past the budget', async () => {
    const c = await run('compare', GAZA, ...Array(30).fill('opening'), '--runs', '1000000');
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/30 drafts × 1,000,000 runs = 30,000,000 runs/);
    const s = await run('solve', GAZA, '--goal', 'risk<0.1', '--exhaustive', '--runs', '1000000');
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/this search would simulate .* drafts at most × 1,000,000 runs/);
    expect(s.ms).toBeLessThan(5000);
  });
});

describe('numeric ranges', () => {
  it('refuses a sweep past the parameter range with a sentence, not an internal error', async () => {
    const huge = await run('sweep', GAZA, '--param', 'shrink', '--from', '-1e308', '--to', '1e308');
    expect(huge.code).toBe(2);
    expect(huge.err).toMatch(/shrink can go from 0 to 1 \(got --from -1e\+308, --to 1e\+308\)/);
    expect(huge.err).not.toMatch(/internal error/);
    for (const [from, to] of [
      ['NaN', '1'],
      ['0', 'Infinity'],
      ['0', '1e999'],
      ['-Infinity', '0'],
    ] as const) {
      const r = await run('sweep', GAZA, '--param', 'clout.usa', '--from', from, '--to', to);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/must be a (finite )?number/);
    }
    const clout = await run('sweep', GAZA, '--param', 'clout.usa', '--from', '-5', '--to', '50');
    expect(clout.err).toMatch(/clout\.usa can go from 0 to 100/);
    const second = await run(
      'sweep',
      GAZA,
      '--param',
      'shrink',
      '--from',
      '0',
      '--to',
      '1',
      '--param2',
      'threshold.spoil',
      '--from2',
      '0',
      '--to2',
      '1e308',
    );
    expect(second.code).toBe(2);
    expect(second.err).toMatch(/threshold\.spoil can go from 0 to 100 \(got --from2 0, --to2 1e\+308\)/);
    for (const steps of ['-3', '0', '1.5', '1e3']) {
      const r = await run('sweep', GAZA, '--param', 'shrink', '--from', '0', '--to', '1', '--steps', steps);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--steps must be/);
    }
  });
});
