// `draftroom new FILE`: a starter scenario whose `$schema` line leads to the shipped schema from
// wherever the file is written, which passes the checker as written, and never overwrites a file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { schemaReference, starterText } from '../../src/cli/new.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

const SCHEMA = resolve('scenarios/draftroom.schema.json');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function run(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const schemaTarget = (file: string) => {
  const line = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  const ref = /\$schema=(.+)$/.exec(line)?.[1] ?? '';
  return resolve(dirname(file), ref);
};

describe('draftroom new', () => {
  it('writes a valid starter whose $schema line leads to the shipped schema, outside the project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftroom-new-'));
    dirs.push(dir);
    const { code, out } = await run(dir, 'new', 'aral-sea.yaml');
    expect(code).toBe(0);
    expect(out).toContain('wrote aral-sea.yaml');
    const file = join(dir, 'aral-sea.yaml');
    expect(schemaTarget(file)).toBe(SCHEMA);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^id: aral-sea +# change to your scenario's id/m);
    const parsed = parseScenario(text, file);
    expect(parsed.ok && parsed.value.id).toBe('aral-sea');
  });

  it('inside scenarios/ the reference is the shipped one, ./draftroom.schema.json', () => {
    expect(schemaReference(resolve('scenarios/x.yaml'), SCHEMA)).toBe('./draftroom.schema.json');
    expect(schemaReference(resolve('docs/sub/x.yaml'), SCHEMA)).toBe('../../scenarios/draftroom.schema.json');
    const starter = starterText(
      readFileSync('scenarios/_template.yaml', 'utf8'),
      resolve('scenarios/x.yaml'),
      SCHEMA,
    );
    expect(starter.split('\n')[0]).toBe('# yaml-language-server: $schema=./draftroom.schema.json');
  });

  it('never overwrites a file, and names a missing folder (usage errors, exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftroom-new-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'mine.yaml'), 'keep me');
    const again = await run(dir, 'new', 'mine.yaml');
    expect(again.code).toBe(2);
    expect(again.err).toBe(
      "draftroom new: 'mine.yaml' exists already; choose another name (nothing was written)",
    );
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('keep me');
    const missing = await run(dir, 'new', 'no-folder/x.yaml');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      "draftroom new: cannot write 'no-folder/x.yaml': there is no folder 'no-folder'",
    );
    expect(existsSync(join(dir, 'no-folder'))).toBe(false);
    expect((await run(dir, 'new')).code).toBe(2);
  });
});
