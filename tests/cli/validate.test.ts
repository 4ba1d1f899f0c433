import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('draftroom validate', () => {
  it('exits 0 and says ok for a valid file', async () => {
    const { code, out } = await run('validate', 'tests/fixtures/good/minimal.yaml');
    expect(code).toBe(0);
    expect(out).toMatch(/^tests\/fixtures\/good\/minimal\.yaml: ok — /);
  });

  it('exits 1 with file:line:col: error: lines for an invalid file', async () => {
    const { code, out } = await run(
      'validate',
      'tests/fixtures/good/minimal.yaml',
      'tests/fixtures/bad/duplicate-actor-id.yaml',
    );
    expect(code).toBe(1);
    expect(out).toMatch(
      /^tests\/fixtures\/bad\/duplicate-actor-id\.yaml:\d+:\d+: error: actors\[\d+\]\.id: duplicate actor id/m,
    );
  });

  it('prints warnings without failing: exit 0, the file still ok', async () => {
    // The Haiti scenario with Japan's seat in nearly Russia's red: a warning, not an error.
    const file = join(mkdtempSync(join(tmpdir(), 'draftroom-warn-')), 'haiti.yaml');
    const text = readFileSync('scenarios/haiti-mss-2023.yaml', 'utf8');
    expect(text).toContain('colour: "#4e342e"');
    writeFileSync(file, text.replace('colour: "#4e342e"', 'colour: "#b81d1d"'));
    const { code, out } = await run('validate', file);
    expect(code).toBe(0);
    expect(out).toMatch(
      /haiti\.yaml:\d+:\d+: warning: actors\[\d+\]\.colour: .* is hard to tell from Japan's #b81d1d/m,
    );
    expect(out).toMatch(/haiti\.yaml: ok — .*, 1 warning$/m);
  });

  it('exits 2 for usage errors: no file, an unknown option, an unknown command, an unreadable file', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', '--bogus', 'x.yaml')).err).toMatch(/unknown option '--bogus'/);
    expect((await run('frobnicate')).err).toMatch(/unknown command 'frobnicate'/);
    const missing = await run('validate', 'no/such/file.yaml');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("draftroom: cannot read 'no/such/file.yaml': no such file");
  });

  it('runs as a real process through bin/draftroom.js without a stack trace', () => {
    const child = spawnSync(
      process.execPath,
      ['bin/draftroom.js', 'validate', 'tests/fixtures/bad/alias-bomb.yaml'],
      {
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(1);
    expect(child.stdout).toMatch(/alias-bomb\.yaml:1:1: error: /);
    expect(`${child.stdout}${child.stderr}`).not.toMatch(/\n\s+at /);
  });
});
