import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(argv: string[], input: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const lines = [...input];
  // A scripted player: answers any trade put to it with a rejection, otherwise types the next line.
  const answer = () => {
    const waiting = /Trade T(\d+) awaits your answer/.exec(out[out.length - 1] ?? '');
    return waiting ? `reject ${waiting[1]}` : lines.length ? lines.shift()! : null;
  };
  const code = await main(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: process.cwd(),
    prompt: async (q) => {
      const reply = answer();
      out.push(q);
      return reply;
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('draftroom play and replay', { timeout: 120_000 }, () => {
  it('plays an AI-only game with reasons; --json twice with one seed is byte-identical', async () => {
    const text = await run([
      'play',
      'scenarios/_template.yaml',
      '--seats',
      'ai',
      '--seed',
      '7',
      '--rounds',
      '2',
    ]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Reason: /);
    expect(text.out).toMatch(/The Council votes: /);
    expect(text.out).toMatch(/══ The outcome/);
    const args = [
      'play',
      'scenarios/_template.yaml',
      '--seats',
      'ai',
      '--seed',
      '7',
      '--rounds',
      '2',
      '--json',
    ];
    const a = await run(args);
    const b = await run(args);
    expect(a.out).toBe(b.out);
    const parsed = JSON.parse(a.out);
    expect(Object.keys(parsed)).toEqual(['log', 'result']);
    for (const key of ['vote', 'groundConsent', 'ceasefire', 'scores'])
      expect(parsed.result).toHaveProperty(key);
  });

  it('lets a human play a seat at the terminal, refusing bad moves with a sentence, and saves a replayable game', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftroom-play-'));
    const save = join(dir, 'game.json');
    // In the template the human seat below acts once per round; everything else is AI.
    const input = [
      'help',
      'status',
      'hint',
      'propose nonsense',
      'propose size=nope',
      'why aur',
      'pass',
      'pass',
      'pass',
    ];
    const result = await run(
      [
        'play',
        'scenarios/_template.yaml',
        '--seats',
        'val=human',
        '--rounds',
        '2',
        '--seed',
        '3',
        '--save',
        save,
      ],
      input,
    );
    expect(result.err, result.out.slice(-800)).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Commands \(clause and option ids/);
    expect(result.out).toMatch(/The mediator would (table|keep)/);
    expect(result.out).toMatch(/✗ 'nope' is not an option of clause 'size'/);
    expect(result.out).toMatch(/══ The outcome/);
    const replayed = await run(['replay', save]);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toMatch(/══ The outcome/);
    const partial = await run(['replay', save, '--to', '3']);
    expect(partial.out).toMatch(/to step 3 of/);
    expect(partial.out).toMatch(/The game is not over/);
    expect(JSON.parse(readFileSync(save, 'utf8')).format).toBe('draftroom-save');
  });

  it('refuses bad arguments and damaged saves without a stack trace', async () => {
    expect((await run(['play', 'scenarios/_template.yaml', '--seats', 'zzz=human'])).code).toBe(2);
    expect((await run(['play', 'scenarios/_template.yaml', '--difficulty', 'brutal'])).code).toBe(2);
    expect((await run(['play', 'scenarios/_template.yaml', '--rounds', '99'])).code).toBe(2);
    const child = spawnSync(process.execPath, ['bin/draftroom.js', 'replay', 'package.json'], {
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/not a Draftroom save|scenarios\/\.yaml/);
    expect(`${child.stdout}${child.stderr}`).not.toMatch(/\n\s+at /);
  });
});
