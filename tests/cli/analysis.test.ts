import { mkdtempSync, writeFileSync } from 'node:fs';
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

const GAZA = 'scenarios/gaza-isf-2025.yaml';

/** A minimal RFC 4180 reader for the round-trip checks (quoted fields, doubled quotes). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

describe('draftroom compare, tornado and sweep', { timeout: 120_000 }, () => {
  it('compares named drafts, the landing zone and a file: text, JSON with a stamp, CSV by table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftroom-compare-'));
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'mandate: peacekeep\n');
    const text = await run('compare', GAZA, 'opening', 'landing', 'arab-amendments', file, '--runs', '300');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Chance the ceasefire collapses by month/);
    expect(text.out).toMatch(/landing_zone: landing zone/);
    expect(text.out).toMatch(/Hamas/);

    const json = await run('compare', GAZA, 'opening', 'opening', '--runs', '300', '--json', '--seed', '4');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(Object.keys(parsed)).toEqual(['stamp', 'result', 'tables']);
    expect(parsed.stamp).toMatchObject({ seed: 4, runs: 300, scenario: { id: 'gaza-isf-2025' } });
    expect(parsed.result.drafts.map((d: { id: string }) => d.id)).toEqual(['opening', 'opening#2']);
    for (const x of parsed.result.differences[1].collapse) expect([x.estimate, ...x.ci95]).toEqual([0, 0, 0]);
    const again = await run('compare', GAZA, 'opening', 'opening', '--runs', '300', '--json', '--seed', '4');
    expect(again.out).toBe(json.out);

    const csv = await run(
      'compare',
      GAZA,
      'opening',
      'minimal-mandate',
      '--runs',
      '300',
      '--csv',
      '--table',
      'collapse',
    );
    expect(csv.code).toBe(0);
    const [stampLine, ...lines] = csv.out.split('\r\n');
    expect(stampLine).toMatch(/^# engine .* scenario gaza-isf-2025 \w+ · seed 1 · runs 300$/);
    const rows = readCsv(`${lines.join('\r\n')}\r\n`);
    expect(rows[0]).toEqual([
      'draft',
      'draft_name',
      'month',
      'p',
      'p_low',
      'p_high',
      'diff',
      'diff_low',
      'diff_high',
    ]);
    expect(rows).toHaveLength(1 + 2 * 3);
    // The CSV and the JSON give the same numbers.
    const fromJson = JSON.parse(
      (await run('compare', GAZA, 'opening', 'minimal-mandate', '--runs', '300', '--json')).out,
    );
    const table = fromJson.tables.find((t: { id: string }) => t.id === 'collapse');
    expect(rows.slice(1).map((r) => Number(r[2]))).toEqual(table.rows.map((r: number[]) => r[2]));
  });

  it('refuses bad compare arguments with a sentence (exit 2)', async () => {
    const one = await run('compare', GAZA, 'opening');
    expect(one.code).toBe(2);
    expect(one.err).toMatch(/at least two drafts/);
    const unknown = await run('compare', GAZA, 'opening', 'nonsense');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(
      /'nonsense' is neither a draft of the scenario \(opening, status_quo, landing_zone, arab-amendments/,
    );
    expect((await run('compare', GAZA, 'opening', 'landing', '--csv', '--table', 'nope')).err).toMatch(
      /no table 'nope' \(tables: acceptance, stances, vote, collapse, hazard\)/,
    );
    expect((await run('compare', GAZA, 'opening', 'landing', '--months', '3,x')).code).toBe(2);
    expect((await run('compare', GAZA, 'opening', 'landing', '--json', '--csv')).code).toBe(2);
  });

  it('draws a tornado, with the chosen actor, and refuses what it cannot do', async () => {
    const text = await run('tornado', GAZA, '--runs', '100', '--actor', 'ham', '--draft', 'arab-amendments');
    expect(text.code).toBe(0);
    // 97: the 71 of before, a reservation range for each of the 25 actors and the salience of the
    // legal-basis clause (issue #13).
    expect(text.out).toMatch(/97 parameters/);
    // People read parameters by name; the ids are in the CSV and JSON.
    expect(text.out).toContain('What no resolution is worth to Hamas');
    expect(text.out).toContain('Hazard ratio of peacekeeping');
    expect(text.out).not.toMatch(/reservation\.ham|hazard_ratio\.peacekeeping/);
    const csv = await run('tornado', GAZA, '--runs', '100', '--csv');
    const rows = readCsv(`${csv.out.split('\r\n').slice(1).join('\r\n')}\r\n`);
    expect(rows).toHaveLength(98);
    expect(rows[0]!.at(-1)).toBe('basis');
    const baseline = await run('tornado', GAZA, '--runs', '100', '--csv', '--table', 'baseline');
    expect(baseline.out.split('\r\n')[1]).toBe('p12,margin_to_nine,adopted,ground_consent');

    const psa = await run('tornado', GAZA, '--uncertainty', '5', '--runs', '100', '--json');
    expect(psa.code).toBe(0);
    const parsed = JSON.parse(psa.out);
    expect(parsed.result.draws).toHaveLength(5);
    expect(parsed.tables.map((t: { id: string }) => t.id)).toEqual(['uncertainty', 'draws']);
    expect((await run('tornado', GAZA, '--uncertainty', '1')).err).toMatch(/--uncertainty must be between 2/);

    const actor = await run('tornado', GAZA, '--actor', 'nobody');
    expect(actor.code).toBe(2);
    expect(actor.err).toMatch(/unknown actor 'nobody' \(actors: are, aze/);
    // The template states ranges; a scenario without the section is refused in a sentence.
    const dir = mkdtempSync(join(tmpdir(), 'draftroom-tornado-'));
    const { readFileSync } = await import('node:fs');
    const template = readFileSync('scenarios/_template.yaml', 'utf8');
    const without = join(dir, 'no-ranges.yaml');
    writeFileSync(without, template.slice(0, template.indexOf('# --- Sensitivity')));
    const refused = await run('tornado', without, '--runs', '10');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/states no sensitivity ranges: add a 'sensitivity:' section/);
  });

  it('sweeps one and two parameters; bad sweeps are usage errors that list the choices', async () => {
    const one = await run(
      'sweep',
      GAZA,
      '--param',
      'baseline_collapse_12m',
      '--from',
      '0.4',
      '--to',
      '0.7',
      '--steps',
      '4',
      '--runs',
      '200',
      '--json',
    );
    expect(one.code).toBe(0);
    const sweep = JSON.parse(one.out);
    expect(sweep.result.values).toEqual([0.4, 0.5, 0.6, 0.7]);
    const p = sweep.result.points.map((x: { p12: number }) => x.p12);
    expect([...p].sort((a, b) => a - b)).toEqual(p);
    const two = await run(
      'sweep',
      GAZA,
      '--param',
      'shrink',
      '--from',
      '0.5',
      '--to',
      '1',
      '--steps',
      '2',
      '--param2',
      'threshold.spoil',
      '--from2',
      '20',
      '--to2',
      '30',
      '--steps2',
      '3',
      '--runs',
      '100',
      '--csv',
      '--table',
      'grid',
    );
    expect(two.code).toBe(0);
    expect(readCsv(`${two.out.split('\r\n').slice(1).join('\r\n')}\r\n`)).toHaveLength(3);

    const unknown = await run('sweep', GAZA, '--param', 'gravity', '--from', '0', '--to', '1');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown parameter 'gravity' \(parameters: salience\.aid/);
    const backwards = await run('sweep', GAZA, '--param', 'shrink', '--from', '1', '--to', '0.5');
    expect(backwards.err).toMatch(/--from \(1\) must not be above --to \(0.5\)/);
    expect((await run('sweep', GAZA, '--param', 'shrink', '--from', 'x', '--to', '1')).err).toMatch(
      /must be a number/,
    );
    expect(
      (await run('sweep', GAZA, '--param', 'shrink', '--from', '0', '--to', '1', '--from2', '1')).code,
    ).toBe(2);
  });
});
