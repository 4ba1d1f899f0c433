// `draftroom audit`: counts per basis, unlabelled numbers listed by name with their line, exit codes.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const MINIMAL = 'tests/fixtures/good/minimal.yaml';

describe('draftroom audit', () => {
  it('exits 0 for every shipped scenario, with a count per basis and 0 unlabelled', async () => {
    const { code, out } = await run('audit', 'scenarios/gaza-isf-2025.yaml', 'scenarios/_template.yaml');
    expect(code).toBe(0);
    expect(out).toMatch(/^scenarios\/gaza-isf-2025\.yaml: .*: [\d,]+ judgement numbers$/m);
    expect(out).toMatch(/^scenarios\/_template\.yaml: .*: [\d,]+ judgement numbers$/m);
    expect(out).toMatch(/^ {2}cited to a source +[\d,]+/m);
    expect(out).toMatch(/^ {2}prior +[\d,]+/m);
    expect(out.match(/^ {2}unlabelled +0 \(0%\)$/gm)).toHaveLength(2);
    // Sources are counted by id, shown with their title.
    expect(out).toMatch(/^ +\d+ {2}Indonesia's President Prabowo .* \[prabowo-unga-2025\]$/m);
  });

  it('exits 1 and lists each unlabelled number at its line, by name not id', async () => {
    const { code, out } = await run('audit', MINIMAL);
    expect(code).toBe(1);
    const listed = out.split('\n').filter((l) => l.includes(': unlabelled: '));
    const unlabelled = Number(/^ {2}unlabelled +(\d+)/m.exec(out)?.[1]);
    expect(unlabelled).toBeGreaterThan(0);
    expect(listed).toHaveLength(unlabelled);
    for (const line of listed)
      expect(line).toMatch(/^tests\/fixtures\/good\/minimal\.yaml:\d+:\d+: unlabelled: /);
    // Actor p1 is "Republic of Aldoria"; its clause ids and option ids are shown as titles and labels.
    expect(out).toContain(
      'minimal.yaml:56:24: unlabelled: actor Republic of Aldoria › values › clause Mandate of the force › option No mandate = 0',
    );
    expect(listed.join('\n')).not.toMatch(/actor p1\b|› mandate\b|› none\b/);
    // A bare `prior` labels its number, and the count says how many give no reason.
    expect(out).toMatch(/^ {2}prior +\d+ \(\d+%\), \d+ without a rationale$/m);
  });

  it('counts add up, and --json says the same as the text', async () => {
    const text = await run('audit', MINIMAL);
    const json = await run('audit', MINIMAL, '--json');
    expect(json.code).toBe(1);
    const [file] = JSON.parse(json.out).files;
    const { total, source, prior, unlabelled, bySource } = file.counts;
    expect(source + prior + unlabelled).toBe(total);
    expect(Object.values(bySource as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(source);
    expect(file.unlabelled).toHaveLength(unlabelled);
    expect(text.out).toContain(`${total} judgement numbers`);
    expect(file.unlabelled[0]).toMatchObject({
      line: expect.any(Number),
      col: expect.any(Number),
      where: expect.any(String),
    });
  });

  it('--all lists every number with its basis', async () => {
    const { out } = await run('audit', 'scenarios/_template.yaml', '--all');
    const total = Number(/: ([\d,]+) judgement numbers/.exec(out)?.[1]?.replace(/,/g, ''));
    const listed = out.split('\n').filter((l) => /^scenarios\/_template\.yaml:\d+:\d+: /.test(l));
    expect(listed).toHaveLength(total);
    expect(out).toMatch(/actor Commonwealth of Aurelia › clout = 85: prior: /);
  });

  it('an unknown source id in a basis is a located error (exit 1), not a count', async () => {
    const { code, out } = await run('audit', 'tests/fixtures/bad/unknown-source-in-basis.yaml');
    expect(code).toBe(1);
    expect(out).toMatch(
      /^tests\/fixtures\/bad\/unknown-source-in-basis\.yaml:72:15: error: actors\[0\]\.basis\.values: unknown source 'src-fortnite'/m,
    );
    expect(out).not.toMatch(/judgement numbers/);
  });

  it('exits 2 for usage errors: no file, an unknown option, an unreadable file', async () => {
    expect((await run('audit')).code).toBe(2);
    const bogus = await run('audit', '--bogus', MINIMAL);
    expect(bogus.code).toBe(2);
    expect(bogus.err).toMatch(/unknown option '--bogus'/);
    const missing = await run('audit', MINIMAL, 'no/such/file.yaml');
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(/cannot read 'no\/such\/file\.yaml': no such file/);
  });

  it('is listed in the help', async () => {
    expect((await run('help')).out).toMatch(/draftroom audit SCENARIO\.yaml/);
  });
});
