// Issue #12, findings 3–5: input is read with its size cap as it streams (validate /dev/urandom read
// 1.1 GB over 10 s before refusing), must be UTF-8 (bad bytes validated "ok"), and deep nesting is
// the documented `too-deep` problem, not "YAML syntax: Maximum call stack size exceeded".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { runCli } from '../support/cli.ts';

const run = (...argv: string[]) => runCli(argv);

const GAZA = 'scenarios/gaza-isf-2025.yaml';
const HOSTILE = 'tests/fixtures/hostile';
const dir = mkdtempSync(join(tmpdir(), 'draftroom-input-'));

describe('reading input with a size cap', () => {
  it('refuses /dev/urandom as too large at once, having read just past the limit', async () => {
    const r = await run('validate', '/dev/urandom');
    expect(r.code).toBe(1);
    expect(r.out).toContain('/dev/urandom:1:1: error: the file is larger than the limit of 1 MiB');
    expect(r.ms).toBeLessThan(5000);
  });

  it('reads a pipe up to the cap; refuses a folder as a usage error', async () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const writer = import('node:fs/promises').then((fs) => fs.writeFile(fifo, readFileSync(GAZA)));
    const piped = await run('validate', fifo);
    await writer;
    expect(piped.out).toMatch(/: ok — Gaza/);
    const folder = await run('validate', dir);
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/cannot read '.*': it is a folder/);
  });
});

describe('UTF-8', () => {
  it('refuses a scenario with bytes that are not UTF-8, at the first bad byte', async () => {
    const r = await run('validate', `${HOSTILE}/input-not-utf8.yaml`);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${HOSTILE}/input-not-utf8.yaml:3:9: error: the file is not valid UTF-8 text (byte 0xFF at offset 34); save it as UTF-8`,
    );
  });

  it('refuses the default scenario with FF FE C3 28 in its title, and accepts it with a BOM', async () => {
    const bytes = readFileSync(GAZA);
    const title = bytes.indexOf('title: ') + 'title: '.length;
    const broken = Buffer.concat([
      bytes.subarray(0, title),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      bytes.subarray(title),
    ]);
    const file = join(dir, 'bad-title.yaml');
    writeFileSync(file, broken);
    const r = await run('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad-title\.yaml:\d+:8: error: the file is not valid UTF-8 text \(byte 0xFF/);
    const bom = parseScenario(
      new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])),
      'bom.yaml',
    );
    expect(bom.ok).toBe(true);
  });

  it('refuses a draft file and a save that are not UTF-8, as invalid input (exit 1)', async () => {
    const draft = join(dir, 'draft.yaml');
    writeFileSync(draft, Buffer.from('mandate: "\xc3\x28"\n', 'latin1'));
    const d = await run('score', GAZA, '--draft', draft, '--runs', '100');
    expect(d.code).toBe(1);
    expect(d.out).toMatch(/draft\.yaml:1:11: error: the file is not valid UTF-8 text \(byte 0xC3/);
    const save = join(dir, 'save.json');
    writeFileSync(save, Buffer.from('{"format": "\xff"}', 'latin1'));
    const s = await run('replay', save, '--scenario', GAZA);
    expect(s.code).toBe(1);
    expect(s.err).toMatch(/save\.json:1:13: error: the file is not valid UTF-8 text/);
  });
});

describe('the depth limit', () => {
  const tooDeep = /:\d+:\d+: error: nesting depth is more than 32 levels/;
  it('reports 1,200 nested [ and { as too deep, located', async () => {
    for (const file of ['input-deep-flow.yaml', 'input-deep-flow-map.yaml']) {
      const r = await run('validate', `${HOSTILE}/${file}`);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(tooDeep);
      expect(r.out).not.toMatch(/call stack/);
    }
    expect((await run('validate', `${HOSTILE}/input-deep-flow.yaml`)).out).toContain(
      'input-deep-flow.yaml:3:40:',
    );
  });

  it('reports 1,200 levels of indented maps and of block lists as too deep', () => {
    const maps = `draftroom: 1\nx:\n${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} 1\n`;
    const lists = `draftroom: 1\nx:\n${'- '.repeat(1200)}1\n`;
    for (const text of [maps, lists]) {
      const result = parseScenario(text, 'deep.yaml');
      expect(result.ok ? [] : result.error.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`)).toEqual([
        expect.stringMatching(/^\d+:\d+ too-deep nesting depth is more than 32 levels$/),
      ]);
    }
  });

  it('reports a deeply nested draft file as too deep', async () => {
    const r = await run('score', GAZA, '--draft', `${HOSTILE}/input-deep-draft.yaml`, '--runs', '100');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/input-deep-draft\.yaml:1:\d+: error: nesting depth is more than 32 levels/);
  });
});
