import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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
