import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const shipped = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `scenarios/${f}`);

describe('draftroom score and simulate', { timeout: 60_000 }, () => {
  it.each(shipped)('score works on %s, readable and JSON, byte-identical twice', async (file) => {
    const text = await run('score', file, '--runs', '500');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Vote: (ADOPTED|NOT ADOPTED)/);
    expect((await run('score', file, '--runs', '200', '--text')).out).toMatch(/The Security Council,\n/);
    const first = await run('score', file, '--json', '--runs', '500');
    const second = await run('score', file, '--json', '--runs', '500');
    expect(first.out).toBe(second.out);
    const report = JSON.parse(first.out);
    expect(Object.keys(report)).toEqual([
      'scenario',
      'draft',
      'engine',
      'actors',
      'vote',
      'groundConsent',
      'ceasefire',
      'resolution',
      'uncertainty',
    ]);
    for (const actor of report.actors) {
      for (const key of [
        'id',
        'name',
        'acceptance',
        'utility',
        'stance',
        'terms',
        'rules',
        'redLines',
        'bestChange',
      ])
        expect(actor).toHaveProperty(key);
    }
    for (const key of ['yes', 'no', 'abstain', 'adopted', 'marginToNine', 'pivotal'])
      expect(report.vote).toHaveProperty(key);
    expect(report.ceasefire.collapse.probability).toHaveLength(report.ceasefire.collapse.months.length);
  });

  it.each(shipped)('simulate works on %s, readable and JSON, byte-identical twice', async (file) => {
    const text = await run('simulate', file, '--runs', '500', '--seed', '3');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Median time to collapse/);
    const first = await run('simulate', file, '--json', '--runs', '500', '--seed', '3');
    expect((await run('simulate', file, '--json', '--runs', '500', '--seed', '3')).out).toBe(first.out);
    const report = JSON.parse(first.out);
    expect(report.ceasefire.survival).toHaveLength(report.ceasefire.horizonMonths);
  });

  it('scores a named draft, the landing zone and a draft file; locates errors in a draft file', async () => {
    expect(
      (await run('score', 'scenarios/gaza-isf-2025.yaml', '--draft', 'minimal-mandate', '--runs', '200'))
        .code,
    ).toBe(0);
    expect(
      (await run('score', 'scenarios/gaza-isf-2025.yaml', '--draft', 'landing_zone', '--runs', '200')).out,
    ).toMatch(/landing zone/);
    const dir = mkdtempSync(join(tmpdir(), 'draftroom-draft-'));
    const good = join(dir, 'good.yaml');
    writeFileSync(good, 'mandate: peacekeep\n');
    expect((await run('score', 'scenarios/gaza-isf-2025.yaml', '--draft', good, '--runs', '200')).code).toBe(
      0,
    );
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'mandate: peacekeep\nmandat: monitor\nforce_size: huge\n');
    const result = await run('score', 'scenarios/gaza-isf-2025.yaml', '--draft', bad);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /bad\.yaml:2:1: error: mandat: unknown clause 'mandat' \(did you mean 'mandate'\?\)/,
    );
    expect(result.out).toMatch(
      /bad\.yaml:3:13: error: force_size: 'huge' is not an option of clause 'force_size'/,
    );
  });

  it('names actors by their short name in the table (a long name no longer widens every row)', async () => {
    const { out } = await run('score', 'scenarios/gaza-isf-2025.yaml', '--runs', '200');
    const rows = out.split('\n');
    expect(rows.some((r) => r.startsWith('Russia '))).toBe(true);
    expect(rows.some((r) => r.startsWith('UK '))).toBe(true);
    expect(rows.some((r) => r.startsWith('Russian Federation'))).toBe(false);
    const compare = await run(
      'compare',
      'scenarios/gaza-isf-2025.yaml',
      'opening',
      'status_quo',
      '--runs',
      '200',
    );
    expect(compare.out).toMatch(/^Russia\s/m);
    expect(compare.out).not.toMatch(/^Russian Federation\s/m);
  });

  it('refuses bad arguments with a usage error (exit 2)', async () => {
    for (const args of [
      ['score'],
      ['score', 'scenarios/gaza-isf-2025.yaml', '--runs', '0'],
      ['score', 'scenarios/gaza-isf-2025.yaml', '--seed', 'abc'],
      ['simulate', 'scenarios/gaza-isf-2025.yaml', '--months', '500'],
      ['score', 'scenarios/gaza-isf-2025.yaml', '--draft', 'no-such-draft'],
      ['score', 'scenarios/gaza-isf-2025.yaml', '--colour'],
      ['simulate', 'missing.yaml'],
    ]) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(/^draftroom (score|simulate): /);
    }
  });

  it('reports an invalid scenario with exit 1 and no stack trace, as a real process', () => {
    const child = spawnSync(
      process.execPath,
      ['bin/draftroom.js', 'score', 'tests/fixtures/bad/duplicate-actor-id.yaml'],
      { encoding: 'utf8' },
    );
    expect(child.status).toBe(1);
    expect(child.stdout).toMatch(/duplicate-actor-id\.yaml:\d+:\d+: error: /);
    expect(`${child.stdout}${child.stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe('draftroom score: stance probabilities over the sensitivity ranges', { timeout: 60_000 }, () => {
  it("--json carries each actor's stance probabilities, P(adopted) and P(consent) with draws, seed and basis", async () => {
    const first = await run(
      'score',
      'scenarios/gaza-isf-2025.yaml',
      '--json',
      '--runs',
      '200',
      '--draws',
      '300',
    );
    expect(first.code).toBe(0);
    const u = JSON.parse(first.out).uncertainty;
    expect(u).toMatchObject({ available: true, draws: 300, seed: 1 });
    expect(u.what).toMatch(/Not a forecast/);
    expect(u.basis.map((b: { group: string }) => b.group)).toEqual(['salience', 'thresholds', 'reservation']);
    expect(u.basis[2]).toMatchObject({ low: -10, high: 10, basis: expect.stringMatching(/^prior: /) });
    const report = JSON.parse(first.out);
    expect(Object.keys(u.stanceProbabilities).sort()).toEqual(
      report.actors.map((a: { id: string }) => a.id).sort(),
    );
    for (const a of report.actors) {
      const p = u.stanceProbabilities[a.id];
      expect(Object.keys(p.stance)).toEqual(['support', 'abstain', 'reject', 'veto']);
      expect(Object.values(p.stance as Record<string, number>).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 3);
      expect(p.ground === null).toBe(a.ground === undefined);
    }
    for (const x of [u.pAdopted, u.pConsent]) expect(x >= 0 && x <= 1).toBe(true);
    // The default is 1,000 draws; the same seed gives the same bytes; another seed other draws.
    const byDefault = JSON.parse(
      (await run('score', 'scenarios/gaza-isf-2025.yaml', '--json', '--runs', '200')).out,
    );
    expect(byDefault.uncertainty.draws).toBe(1000);
    const again = await run(
      'score',
      'scenarios/gaza-isf-2025.yaml',
      '--json',
      '--runs',
      '200',
      '--draws',
      '300',
    );
    expect(again.out).toBe(first.out);
    const other = await run(
      'score',
      'scenarios/gaza-isf-2025.yaml',
      '--json',
      '--runs',
      '200',
      '--draws',
      '300',
      '--seed',
      '9',
    );
    expect(JSON.parse(other.out).uncertainty.stanceProbabilities).not.toEqual(u.stanceProbabilities);
  });

  it('shows the shares readably, by name and in whole percent, and refuses a draw count past the budget', async () => {
    const text = await run('score', 'scenarios/gaza-isf-2025.yaml', '--runs', '200', '--draws', '400');
    expect(text.out).toMatch(/In plausible settings/);
    expect(text.out).toMatch(/^Sierra Leone .*(abstains \d+%, supports \d+%|supports \d+%, abstains \d+%)/m);
    expect(text.out).toMatch(
      /^Across 400 plausible settings \(seed 1; salience ×0\.8–1\.2, thresholds −5 to \+5 points, reservations −10 to \+10 points.*\): adopted in (\d+|<1|>99)%, ground consent in (\d+|<1|>99)%$/m,
    );
    const across = text.out.split('\n').find((l) => l.startsWith('Across '))!;
    expect(across).not.toMatch(/\d\.\d+%/);
    expect(text.out).not.toMatch(/\bsle\b/);
    const tooMany = await run('score', 'scenarios/gaza-isf-2025.yaml', '--draws', '20000');
    expect(tooMany.code).toBe(2);
    expect(tooMany.err).toMatch(
      /these stance probabilities would evaluate 20,000 settings of the scenario; the limit is 10,000 \(lower --draws\)/,
    );
    expect((await run('score', 'scenarios/gaza-isf-2025.yaml', '--draws', '0')).err).toMatch(
      /--draws must be between 1/,
    );
  });

  it('says plainly that no uncertainty can be shown for a scenario without sensitivity ranges', async () => {
    const gaza = readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'draftroom-nosens-'));
    const file = join(dir, 'no-ranges.yaml');
    writeFileSync(file, gaza.slice(0, gaza.indexOf('\nsensitivity:')));
    const text = await run('score', file, '--runs', '200');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /^Uncertainty: none shown — scenario 'gaza-isf-2025' states no sensitivity ranges, so no uncertainty can be shown/m,
    );
    expect(text.out).not.toMatch(/In plausible settings/);
    const json = JSON.parse((await run('score', file, '--json', '--runs', '200')).out);
    expect(json.uncertainty).toEqual({
      available: false,
      reason: expect.stringMatching(/no uncertainty can be shown/),
    });
  });
});
