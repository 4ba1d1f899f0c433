// `draftroom replay` on saves changed after they were written (tests/fixtures/hostile/save-*.json):
// what it replays anyway comes with a warning on stderr, what it refuses says why, and nothing is silent.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function replay(fixture: string, ...more: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    [
      'replay',
      `tests/fixtures/hostile/save-${fixture}.json`,
      '--scenario',
      'tests/fixtures/hostile/save-scenario.yaml',
      ...more,
    ],
    {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      cwd: process.cwd(),
      prompt: async () => null,
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('draftroom replay of changed saves', { timeout: 60_000 }, () => {
  it('replays an untouched save without a warning', async () => {
    const { code, err, out } = await replay('v2');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/to step 56 of 56/);
  });

  it('warns of an edited move, a later patch of the engine and the old format, and still replays', async () => {
    for (const [fixture, warning] of [
      ['edited-move', /warning: the save's moves were edited after it was saved: step 14 of 56/],
      ['engine-patch', /warning: the save was made by engine version 0\.1\.9/],
      ['v1', /warning: the save is in the old format \(version 1\)/],
    ] as const) {
      const { code, err, out } = await replay(fixture, '--json');
      expect(code, fixture).toBe(0);
      expect(err, fixture).toMatch(warning);
      // The warnings go to stderr: the JSON on stdout still parses.
      expect(JSON.parse(out).step, fixture).toBe(56);
    }
  });

  it('refuses another engine version, or none, with the reason and exit code 1', async () => {
    for (const [fixture, reason] of [
      ['engine-minor', /engine version 0\.3\.0 and this Draftroom runs 0\.2\.0/],
      ['engine-object', /engine version is not text/],
      ['engine-deleted', /does not say which engine version made it/],
    ] as const) {
      const { code, err, out } = await replay(fixture);
      expect(code, fixture).toBe(1);
      expect(err, fixture).toMatch(reason);
      expect(out, fixture).toBe('');
    }
  });
});
