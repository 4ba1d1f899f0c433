// The debrief's Markdown for a game of a scenario with hostile text (tests/fixtures/hostile/
// text-markup.yaml): names, titles, labels, the preamble and clause texts are shown as text, tables
// keep one row per line, and a character reference or a list marker in the text stays as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { compile } from '../../src/engine/model.ts';
import type { GameSetup, GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { buildDebrief } from '../../src/state/debrief.ts';
import { debriefMarkdown } from '../../src/state/debrief-export.ts';
import { linesOutsideFigures, pipes, tables, unescaped } from '../support/markdown-check.ts';
import { playToVote } from '../support/play-to-vote.ts';

const parsed = parseScenario(
  readFileSync('tests/fixtures/hostile/text-markup.yaml', 'utf8'),
  'text-markup.yaml',
);
if (!parsed.ok) throw new Error('the hostile text fixture must load');
const model = compile(parsed.value);
const HUMAN = 'p1' as ActorId;

/** Plays to the vote: the AI moves for itself, the human pen holder passes and adopts nothing. */
function play(): GameState {
  const seats = Object.fromEntries(
    model.scenario.actors.map((a) => [a.id, a.id === HUMAN ? 'human' : 'ai']),
  ) as GameSetup['seats'];
  return playToVote(model, { seats, rounds: 2, seed: 3, difficulty: 'normal' });
}

const md = debriefMarkdown(buildDebrief(model, play(), { date: '2026-11-21' }));

describe('the debrief of a scenario with hostile text', () => {
  it('writes no raw HTML, link or code span', () => {
    // The closing "Replay" paragraph is ours and quotes a command as code on purpose.
    const ours = (line: string) => line.startsWith('The JSON export of this debrief');
    for (const line of linesOutsideFigures(md))
      if (!ours(line)) expect(unescaped(line), line).not.toMatch(/[<>`[\]]/);
    expect(md).toContain('# Debrief: \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1))');
    expect(md).toContain('**\\<img src=x onerror=alert(1)\\> Aldoria \\| the pen**');
  });

  it('shows a character reference and a list marker in the text as written', () => {
    expect(md).toContain('a \\`tick\\` & \\&lt;b\\&gt;');
    expect(md).toContain('\n1\\. Welcoming \\<img src=x onerror=alert(1)\\> the ceasefire,\n');
  });

  it('keeps every table one row per line, each row with the cells of its header', () => {
    const all = tables(md.split('\n'));
    expect(all).toHaveLength(3);
    for (const table of all) {
      const width = pipes(table[0] ?? '');
      for (const line of table) expect(pipes(line), line).toBe(width);
    }
    expect(all[0]).toHaveLength(2 + model.scenario.actors.length);
    expect(all[2]).toHaveLength(2 + model.issues.length);
  });
});
