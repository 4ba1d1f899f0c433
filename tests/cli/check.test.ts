// `draftroom check`: each expectation held or failed with its figure, and the exit codes a script can
// rely on — 0 all held, 1 one failed, 2 a file that cannot be read or is not a valid scenario.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { TRUE_EXPECTATIONS, withExpectations } from '../support/expectations-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'draftroom-check-'));
function scenarioFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('draftroom check', () => {
  it('exits 0 and prints every expectation held, with the figure and the settings', async () => {
    const file = scenarioFile('true.yaml', withExpectations(TRUE_EXPECTATIONS));
    const { code, out } = await runCli(['check', file]);
    expect(code).toBe(0);
    expect(out).toContain('collapse risk by Monte Carlo, 10,000 runs, seed 1');
    expect(out).toContain(
      '✓ held    Borovia vetoes the opening, so it fails with ten votes (the opening draft)',
    );
    expect(out).toContain('✓ Borovia: veto (found: veto)');
    expect(out).toContain('✓ collapse within 12 months between 30.0% and 60.0% (found: 49.8%)');
    expect(out).toMatch(/5 held, 0 failed$/);
  });

  it('exits 1 when an expectation fails, and says what the engine found', async () => {
    const file = scenarioFile(
      'false.yaml',
      withExpectations(`${TRUE_EXPECTATIONS}  - label: The opening passes
    adopted: true
`),
    );
    const { code, out } = await runCli(['check', file]);
    expect(code).toBe(1);
    expect(out).toContain('✗ FAILED  The opening passes (the opening draft)');
    expect(out).toContain('✗ adopted (found: not adopted)');
    expect(out).toMatch(/5 held, 1 failed$/);
  });

  it('gives the report as JSON with --json', async () => {
    const file = scenarioFile('json.yaml', withExpectations(TRUE_EXPECTATIONS));
    const { code, out } = await runCli(['check', file, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      method: 'monte-carlo',
      runs: 10000,
      seed: 1,
      month: 12,
      held: 5,
      failed: 0,
    });
    expect(report.results[2].claims[0]).toEqual({
      claim: { kind: 'collapse12m', low: 0.3, high: 0.6 },
      held: true,
      actual: expect.closeTo(0.498, 3),
    });
    expect(report.scenario.id).toBe('minimal');
  });

  it('exits 2 for a scenario that breaks the format, printing each problem located', async () => {
    const file = scenarioFile(
      'bad.yaml',
      withExpectations('  - label: x\n    draft: nope\n    adopted: true\n'),
    );
    const { code, out, err } = await runCli(['check', file]);
    expect(code).toBe(2);
    expect(out).toMatch(/bad\.yaml:\d+:\d+: error: expectations\[0\]\.draft: unknown draft 'nope'/);
    expect(err).toContain('1 problem(s)');
  });

  it('exits 2 for a file that cannot be read, and for a usage error', async () => {
    expect((await runCli(['check', join(dir, 'missing.yaml')])).code).toBe(2);
    expect((await runCli(['check'])).code).toBe(2);
    expect((await runCli(['check', 'a.yaml', '--csv'])).code).toBe(2);
  });

  it('says so when a scenario states no expectations', async () => {
    const { code, out } = await runCli(['check', 'tests/fixtures/good/minimal.yaml']);
    expect(code).toBe(0);
    expect(out).toContain('This scenario states no expectations');
  });
});
