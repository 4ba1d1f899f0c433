// Issue #12, finding 4: `play … --save DIR` or `--save /nonexistent/x.json` played the whole game,
// then exited 3 "internal error: EISDIR … (please report this)". Output paths are checked before the
// game starts, and a save that fails later is a sentence (the game goes on, or its result is shown).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPathProblem, writeOutput } from '../../src/cli/output-path.ts';
import { runCli } from '../support/cli.ts';

const run = runCli;

const GAZA = 'scenarios/gaza-isf-2025.yaml';
const dir = mkdtempSync(join(tmpdir(), 'draftroom-out-'));

// Playing a game of the default scenario through the CLI takes a few seconds on a loaded machine.
describe('output paths', { timeout: 60_000 }, () => {
  it('refuses --save to a folder or a missing folder before the game, as a usage error', async () => {
    for (const [path, why] of [
      [dir, 'it is a folder'],
      ['/nonexistent/x.json', "there is no folder '/nonexistent'"],
      [join(dir, 'file.txt', 'x.json'), 'is not a folder'],
    ] as const) {
      if (path.includes('file.txt')) writeFileSync(join(dir, 'file.txt'), 'x');
      const r = await run(['play', GAZA, '--save', path, '--rounds', '1']);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`draftroom play: --save: cannot write '${path}': `);
      expect(r.err).toContain(why);
      expect(r.err).not.toMatch(/internal error/);
      // Refused before the game: nothing was played (no transcript).
      expect(r.out).toBe('');
    }
  });

  it('refuses a folder without write permission (unless root, who may write anywhere)', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const problem = outputPathProblem(join(locked, 'x.json'));
    if (process.getuid?.() === 0) expect(problem).toBeNull();
    else expect(problem).toMatch(/no permission to write in/);
  });

  it('turns a write that fails late into a sentence', () => {
    expect(writeOutput(dir, '{}')).toBe(`cannot write '${dir}': it is a folder`);
    const ok = join(dir, 'ok.json');
    expect(writeOutput(ok, '{}')).toBeNull();
    expect(readFileSync(ok, 'utf8')).toBe('{}');
  });

  it('keeps the game going when the `save FILE` command cannot write', async () => {
    const good = join(dir, 'typed.json');
    const r = await run(
      ['play', GAZA, '--seats', 'usa=human', '--rounds', '1'],
      [`save ${dir}`, `save ${good}`, 'quit'],
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain(`draftroom play: cannot write '${dir}': it is a folder`);
    expect(r.out).toContain(`Saved to ${good}.`);
    expect(existsSync(good)).toBe(true);
  });
});
