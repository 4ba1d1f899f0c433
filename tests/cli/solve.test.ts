// `draftroom solve`: readable tables, JSON with a stamp that round-trips, CSV of one table, and
// usage errors (exit 2) that list the valid choices.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Table } from '../../src/engine/analysis/table.ts';
import { toCsv } from '../../src/engine/analysis/table.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const SCENARIO = 'scenarios/gaza-isf-2025.yaml';
const QUICK = ['--runs', '300', '--max-changes', '1'];

describe('draftroom solve', { timeout: 120_000 }, () => {
  it('prints what it would take as tables', async () => {
    const r = await run('solve', SCENARIO, '--goal', 'support:som', ...QUICK);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/sets? of 1 clause change reach the goal/);
    expect(r.out).toContain('What it would take');
    // Clauses and options in words, as the scenario names them; no ids.
    expect(r.out).toContain('Israeli withdrawal: No provision → ');
    expect(r.out).toContain('Goal: Somalia supports the text');
    expect(r.out).not.toContain('withdrawal: none');
    expect(r.out).toContain('Who moves');
  });

  it('gives JSON with the stamp, the result and its tables, the same every time', async () => {
    const first = await run('solve', SCENARIO, '--goal', 'consent', ...QUICK, '--json');
    const second = await run('solve', SCENARIO, '--goal', 'consent', ...QUICK, '--json');
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    const json = JSON.parse(first.out);
    expect(Object.keys(json)).toEqual(['stamp', 'result', 'tables']);
    expect(json.stamp).toMatchObject({ scenario: { id: 'gaza-isf-2025' }, seed: 1, runs: 300 });
    expect(json.result.status).toBe('found');
    expect(JSON.parse(JSON.stringify(json.tables))).toEqual(json.tables);
    const answers = json.tables[0] as Table;
    expect(answers.rows).toHaveLength(json.result.answers.length);
  });

  it('writes one table as CSV, matching the JSON table cell for cell', async () => {
    const csv = await run(
      'solve',
      SCENARIO,
      '--goal',
      'support:ham',
      ...QUICK,
      '--csv',
      '--table',
      'solve-moves',
    );
    const json = JSON.parse((await run('solve', SCENARIO, '--goal', 'support:ham', ...QUICK, '--json')).out);
    expect(csv.code).toBe(0);
    const moves = (json.tables as Table[]).find((t) => t.id === 'solve-moves')!;
    expect(`${csv.out}\r\n`).toBe(toCsv(moves));
    const lines = csv.out.split('\r\n');
    expect(lines[0]).toBe('answer,actor,name,before,after,change,stance_before,stance_after');
    expect(lines).toHaveLength(1 + moves.rows.length);
  });

  it('finds the consensus set for the picked actors', async () => {
    const r = await run('solve', SCENARIO, '--goal', 'consensus', '--actors', 'isr,ham', ...QUICK, '--csv');
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n')[0]).toBe(
      'member,changes,changes_text,acceptance_isr,acceptance_ham,margin_to_nine,risk',
    );
  });

  it.each([
    [['--goal', 'win'], /unknown goal 'win'; goals are adopt, consent, support:ACTOR or risk<P/],
    [['--goal', 'support:nobody'], /no actor 'nobody' in the scenario; choose one of: are, aze/],
    [['--goal', 'risk<2'], /risk target must be a probability/],
    [['--goal', 'consensus', '--actors', 'isr,nobody'], /--actors: no actor 'nobody'.*choose among: are/],
    [['--goal', 'adopt', '--max-changes', '4'], /--max-changes must be between 1 and 3/],
    [
      ['--goal', 'adopt', '--csv', '--table', 'nope'],
      /no table 'nope'; choose one of: solve-answers, solve-moves/,
    ],
    [[], /--goal is required/],
  ])('usage error for %j', async (args, message) => {
    const r = await run('solve', SCENARIO, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
