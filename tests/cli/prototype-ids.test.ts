// Issue #12, finding 1, through the command line: the default scenario with a clause or an option
// named `constructor` validates, and `score --json` gives every actor a number (JSON writes NaN as
// null) and the same votes as the untouched scenario. Ids named after Object.prototype members that
// reach the CLI as arguments (`--draft` files, `--seats`, `--goal support:`, `--actors`, option
// names) are resolved as the scenario's own ids or refused with a usage error, never half-matched.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import {
  constructorClause,
  constructorOption,
  DEFAULT_SCENARIO,
  HOSTILE_DIR,
  HOSTILE_ID_FIXTURES,
} from '../support/hostile-ids.ts';

// Always with a prompt (empty input: it ends at once), as a person at a terminal runs these.
const run = (argv: string[], input: string[] = []) => runCli(argv, input);

const dir = mkdtempSync(join(tmpdir(), 'draftroom-ids-'));
// The committed fixtures' edits made afresh to today's default scenario (see tests/support/hostile-ids.ts).
const source = readFileSync(DEFAULT_SCENARIO, 'utf8');
const CLAUSE = join(dir, 'ids-constructor-clause.yaml');
const OPTION = join(dir, 'ids-constructor-option.yaml');
writeFileSync(CLAUSE, constructorClause(source));
writeFileSync(OPTION, constructorOption(source));

/** Paths of every null in a JSON document (NaN and Infinity are written as null). */
function nulls(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulls(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nulls(v, `${path}.${k}`));
  return [];
}

async function scoreJson(file: string, ...extra: string[]) {
  const r = await run(['score', file, '--json', '--runs', '300', ...extra]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as {
    actors: { id: string; acceptance: number | null }[];
    vote: { yes: string[] };
    draft: { clauses: Record<string, string> };
  };
}

describe('ids named constructor through the CLI', { timeout: 180_000 }, () => {
  it.each(Object.keys(HOSTILE_ID_FIXTURES))('validate says the committed %s is ok', async (file) => {
    const r = await run(['validate', `${HOSTILE_DIR}/${file}`]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/: ok — /);
  });

  it.each(['opening', 'status_quo', 'us-draft', 'arab-amendments', 'minimal-mandate'])(
    'score --json on %s: acceptances are numbers and the votes are the shipped scenario’s',
    async (draft) => {
      const shipped = await scoreJson(DEFAULT_SCENARIO, '--draft', draft);
      for (const file of [CLAUSE, OPTION]) {
        const hostile = await scoreJson(file, '--draft', draft);
        for (const a of hostile.actors) expect(typeof a.acceptance, `${file} ${a.id}`).toBe('number');
        // No null that the shipped scenario's report does not have too (bestChange is null at an ideal).
        expect(nulls(hostile)).toEqual(nulls(shipped));
        expect(hostile.vote.yes).toEqual(shipped.vote.yes);
        expect(hostile.actors.map((a) => a.acceptance)).toEqual(shipped.actors.map((a) => a.acceptance));
      }
    },
  );

  it('the shipped drafts that win 13 or more yes votes win them with the hostile ids too', async () => {
    let big = 0;
    for (const draft of ['opening', 'us-draft', 'arab-amendments', 'minimal-mandate', 'landing_zone']) {
      const shipped = await scoreJson(DEFAULT_SCENARIO, '--draft', draft);
      if (shipped.vote.yes.length < 13) continue;
      big++;
      for (const file of [CLAUSE, OPTION])
        expect((await scoreJson(file, '--draft', draft)).vote.yes.length).toBe(shipped.vote.yes.length);
    }
    expect(big, 'some shipped draft wins 13 or more yes votes').toBeGreaterThan(0);
  });

  it('a --draft file of clause: option lines may name the constructor clause and option', async () => {
    const clauseDraft = join(dir, 'clause-draft.yaml');
    writeFileSync(clauseDraft, 'constructor: adopt\nmandate: peacekeep\n');
    const adopted = await scoreJson(CLAUSE, '--draft', clauseDraft);
    expect(adopted.draft.clauses.constructor).toBe('adopt');
    const peacekeep = join(dir, 'peacekeep-draft.yaml');
    writeFileSync(peacekeep, 'mandate: peacekeep\n');
    const same = await scoreJson(DEFAULT_SCENARIO, '--draft', peacekeep);
    expect(nulls(adopted)).toEqual(nulls(same));
    expect(adopted.actors.map((a) => a.acceptance)).toEqual(same.actors.map((a) => a.acceptance));

    const optionDraft = join(dir, 'option-draft.yaml');
    writeFileSync(optionDraft, 'bop: constructor\n');
    const twin = join(dir, 'twin-draft.yaml');
    writeFileSync(twin, 'bop: oversight\n');
    const chosen = await scoreJson(OPTION, '--draft', optionDraft);
    expect(chosen.draft.clauses.bop).toBe('constructor');
    // The twin option scores exactly as `oversight` does in the shipped scenario.
    const shipped = await scoreJson(DEFAULT_SCENARIO, '--draft', twin);
    expect(chosen.actors.map((a) => a.acceptance)).toEqual(shipped.actors.map((a) => a.acceptance));
    expect(chosen.vote.yes).toEqual(shipped.vote.yes);
  });

  it('a --draft file naming an inherited member as a clause or option is refused where it stands', async () => {
    const bad = join(dir, 'bad-draft.yaml');
    writeFileSync(bad, 'mandate: constructor\ntoString: none\n');
    const r = await run(['score', DEFAULT_SCENARIO, '--draft', bad]);
    expect(r.code).toBe(1);
    const said = `${r.out}\n${r.err}`;
    expect(said).toMatch(/bad-draft\.yaml:1:\d+: .*'constructor' is not an option of clause 'mandate'/);
    expect(said).toMatch(/bad-draft\.yaml:2:1: .*unknown clause 'toString'/);
  });

  it('option names and ids given as arguments are the scenario’s own or a usage error', async () => {
    for (const argv of [
      ['score', DEFAULT_SCENARIO, '--constructor', 'x'],
      ['score', DEFAULT_SCENARIO, '--__proto__', 'x'],
      ['score', DEFAULT_SCENARIO, '--draft', 'constructor'],
      ['compare', DEFAULT_SCENARIO, 'constructor', 'opening'],
      ['play', DEFAULT_SCENARIO, '--seats', 'constructor=human'],
      ['play', DEFAULT_SCENARIO, '--seats', '__proto__=human'],
      ['solve', DEFAULT_SCENARIO, '--goal', 'support:constructor'],
      ['solve', DEFAULT_SCENARIO, '--goal', 'consensus', '--actors', 'constructor,usa'],
    ]) {
      const r = await run(argv);
      expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(/constructor|__proto__/);
      expect(r.err).not.toMatch(/internal error|function Object/);
    }
  });

  it('an actor named constructor can be played, solved for and asked about', async () => {
    const minimal = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');
    const file = join(dir, 'actor-constructor.yaml');
    writeFileSync(file, minimal.replace(/(?<![\w-])e2(?![\w-])/g, 'constructor'));
    expect((await run(['validate', file])).code).toBe(0);
    const solved = await run(['solve', file, '--goal', 'support:constructor', '--runs', '200', '--json']);
    expect(solved.code, solved.err).toBe(0);
    const played = await run(
      ['play', file, '--seats', 'constructor=human', '--rounds', '1', '--seed', '2'],
      ['actors', 'pass', 'decide', 'quit'],
    );
    expect(played.code, played.err).toBe(0);
    expect(played.out).toMatch(/constructor .*— human/);
    expect(played.out).not.toMatch(/NaN|function Object/);
  });
});
