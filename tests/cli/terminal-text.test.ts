// Untrusted text on its way to the terminal: a save's reasons and scenario id, a quoted scenario value,
// echoed arguments and piped input. The terminal must receive no control character (ESC, BEL, C1 CSI,
// a lone CR): each is shown as its escape `\u001b` instead. --json output stays the same JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

/** Clear the screen, turn red, retitle the window, ring, C1 CSI, and overwrite the line. */
const HOSTILE = '\u001b[2J\u001b[31mUSA\u001b]0;pwned\u0007 \u009b1m ok\rFAKE';
const SHOWN = '\\u001b[2J\\u001b[31mUSA\\u001b]0;pwned\\u0007 \\u009b1m ok\\u000dFAKE';

/** Anything a terminal would act on: C0 except tab and line feed (CR only before LF), DEL, C1. */
function controls(text: string): string[] {
  return [...text.replaceAll('\r\n', '\n')].filter((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 && c !== '\n' && c !== '\t') || (code >= 0x7f && code <= 0x9f);
  });
}

const run = (argv: string[]) => runCli(argv);

const dir = mkdtempSync(join(tmpdir(), 'draftroom-terminal-'));
const TEMPLATE = 'scenarios/_template.yaml';

/** A real save of a short AI game, then one move's reason (and optionally the scenario id) replaced. */
async function hostileSave(
  edit: (save: { actions: Array<{ reason?: string }>; scenario: { id: string } }) => void,
) {
  const file = join(dir, `save-${Math.random().toString(36).slice(2)}.json`);
  const played = await run([
    'play',
    TEMPLATE,
    '--seats',
    'ai',
    '--seed',
    '3',
    '--rounds',
    '1',
    '--save',
    file,
  ]);
  expect(played.code).toBe(0);
  const save = JSON.parse(readFileSync(file, 'utf8'));
  edit(save);
  writeFileSync(file, JSON.stringify(save));
  return file;
}

describe('the command line shows control characters instead of sending them', { timeout: 120_000 }, () => {
  it('replays a save whose move reason holds escape sequences as visible text', async () => {
    const file = await hostileSave((save) => {
      const move = save.actions.find((a) => typeof a.reason === 'string');
      if (!move) throw new Error('the game should have a move with a reason');
      move.reason = HOSTILE;
    });
    const text = await run(['replay', file, '--scenario', TEMPLATE]);
    expect(text.code).toBe(0);
    expect(controls(text.out + text.err)).toEqual([]);
    expect(text.out).toContain(SHOWN);

    const json = await run(['replay', file, '--scenario', TEMPLATE, '--json']);
    expect(json.code).toBe(0);
    expect(controls(json.out)).toEqual([]);
    // The same JSON: the reason reads back exactly as the save holds it.
    expect(JSON.stringify(JSON.parse(json.out))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('quotes a hostile scenario id from a save without its controls', async () => {
    const file = await hostileSave((save) => {
      save.scenario.id = HOSTILE;
    });
    const text = await run(['replay', file]);
    expect(text.code).toBe(2);
    expect(controls(text.out + text.err)).toEqual([]);
    expect(text.err).toContain(`no scenario with id '${SHOWN}'`);
  });

  it('quotes a scenario value and echoed arguments without their controls', async () => {
    const validate = await run(['validate', 'tests/fixtures/hostile/text-escape-in-kind.yaml']);
    expect(validate.code).toBe(1);
    expect(controls(validate.out + validate.err)).toEqual([]);
    expect(validate.out + validate.err).toContain("got text '\\u001b[2J\\u001b]0;pwned\\u0007state\\u009b'");

    for (const argv of [[HOSTILE], ['score', TEMPLATE, '--draft', HOSTILE], ['score', `${HOSTILE}.yaml`]]) {
      const text = await run(argv);
      expect(text.code, argv.join(' ')).not.toBe(0);
      expect(controls(text.out + text.err), argv.join(' ')).toEqual([]);
      expect(text.out + text.err).toContain('\\u001b[2J');
    }
  });

  it('echoes piped input at a prompt without its controls (the real process)', () => {
    const child = spawnSync(
      process.execPath,
      ['bin/draftroom.js', 'play', TEMPLATE, '--seats', 'aur=human', '--rounds', '1', '--seed', '1'],
      // Up to the CR: the line reader ends a line there itself.
      { input: `${HOSTILE}\nquit\n`, encoding: 'utf8', timeout: 90_000 },
    );
    expect(child.stdout).toContain(`> ${SHOWN.split('\\u000d')[0]}\n`);
    expect(controls(child.stdout + child.stderr)).toEqual([]);
  });
});
