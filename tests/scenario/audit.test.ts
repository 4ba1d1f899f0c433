// The enumeration behind `draftroom audit`: which numbers count, which basis covers each, and that
// every shipped scenario has a basis for every number (so CI enforces it).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auditScenarioData, classifyBasis, countBases } from '../../src/scenario/audit.ts';
import { parseScenarioDetailed } from '../../src/scenario/parse.ts';

const sources = new Set(['fortna', 'un-charter']);

describe('classifyBasis', () => {
  it('reads prior, a source id, or nothing', () => {
    expect(classifyBasis('prior', sources)).toMatchObject({ kind: 'prior' });
    expect(classifyBasis('prior: a design judgement', sources)).toMatchObject({ kind: 'prior' });
    expect(classifyBasis('  prior, ordinal reading', sources)).toMatchObject({ kind: 'prior' });
    expect(classifyBasis('fortna: HR 0.5', sources)).toEqual({
      kind: 'source',
      source: 'fortna',
      text: 'fortna: HR 0.5',
    });
    expect(classifyBasis('fortna', sources)).toMatchObject({ kind: 'source', source: 'fortna' });
    // Free text and look-alikes label nothing.
    expect(classifyBasis('priority of the pen holder', sources)).toMatchObject({ kind: 'unlabelled' });
    expect(classifyBasis('Fortna 2008, table 3', sources)).toMatchObject({ kind: 'unlabelled' });
    expect(classifyBasis('fortna-2003: direction only', sources)).toMatchObject({ kind: 'unlabelled' });
  });
});

const base = (actor: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({
  draftroom: 1,
  sources: [{ id: 'fortna', title: 'F', date: 2004 }],
  actors: [{ id: 'a', name: 'Aldoria', ...actor }],
  ...rest,
});
const basisOf = (data: unknown, fieldPath: string) =>
  auditScenarioData(data).numbers.find((n) => n.fieldPath === fieldPath)?.basis;

describe('auditScenarioData', () => {
  it('gives each number the most specific entry of the innermost basis that covers it', () => {
    const data = base({
      clout: 50,
      values: { m: { x: 10, y: 90 } },
      constituencies: [{ id: 'c', weight: 0.5, values: { m: { x: 1 } }, basis: 'prior: the hawks' }],
      basis: { values: 'prior: ordinal', 'values.m.y': 'fortna: y', constituencies: 'fortna: not this' },
    });
    expect(basisOf(data, 'actors.a.clout')).toEqual({ kind: 'unlabelled' });
    expect(basisOf(data, 'actors.a.values.m.x')).toMatchObject({ kind: 'prior', text: 'prior: ordinal' });
    expect(basisOf(data, 'actors.a.values.m.y')).toMatchObject({ kind: 'source', source: 'fortna' });
    // The constituency's own text comes before its actor's `constituencies` entry.
    expect(basisOf(data, 'actors.a.constituencies.c.weight')).toMatchObject({ text: 'prior: the hawks' });
    expect(basisOf(data, 'actors.a.constituencies.c.values.m.x')).toMatchObject({ text: 'prior: the hawks' });
    expect(auditScenarioData(data).findings).toEqual([]);
  });

  it('a text basis covers every number of its block, nested ones included', () => {
    const data = base(
      {},
      { rules: [{ id: 'r', effects: { utility: { a: 5 }, hazard_ratio: 0.9 }, basis: 'prior: r' }] },
    );
    const numbers = auditScenarioData(data).numbers;
    expect(numbers.map((n) => [n.fieldPath, n.basis.kind])).toEqual([
      ['rules.r.effects.utility.a', 'prior'],
      ['rules.r.effects.hazard_ratio', 'prior'],
    ]);
  });

  it('a rule, like any block, may split its basis by field path', () => {
    const text = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');
    const old = '      hazard_ratio: 0.9\n    basis: prior\nceasefire:';
    expect(text).toContain(old);
    const split = text.replace(
      old,
      '      hazard_ratio: 0.9\n    basis: { effects.utility: "prior: u", effects: "src-fortna: hr" }\nceasefire:',
    );
    const parsed = parseScenarioDetailed(split, 'm.yaml');
    if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('\n'));
    const rule = parsed.value.audit.numbers.filter((n) => n.path[0] === 'rules');
    expect(rule.map((n) => [n.path.slice(2).join('.'), n.basis.kind])).toEqual([
      ['effects.utility.g1', 'prior'],
      ['effects.utility.p2', 'prior'],
      ['effects.hazard_ratio', 'source'],
    ]);
    // The engine shows one text beside the numbers.
    expect(parsed.value.scenario.rules[0]?.basis).toBe('effects.utility: prior: u; effects: src-fortna: hr');
  });

  it('leaves out what is not a judgement: the format version, paragraphs, rounds, the horizon, sources, drafts', () => {
    const data = base(
      { clout: 1 },
      {
        procedure: { rounds: 4, domestic_pressure: 0.5 },
        issues: [{ id: 'm', paragraph: 3, options: [{ id: 'x', scale: 10 }] }],
        ceasefire: { horizon_months: 24, shrink: 0.6 },
        drafts: [{ id: 'd', clauses: {} }],
      },
    );
    expect(auditScenarioData(data).numbers.map((n) => n.fieldPath)).toEqual([
      'actors.a.clout',
      'procedure.domestic_pressure',
      'issues.m.options.x.scale',
      'ceasefire.shrink',
    ]);
  });

  it('reports an unknown source id and a key that covers no number, each at its path', () => {
    const { findings } = auditScenarioData(
      base({ clout: 1, basis: { clout: 'fortnite: x', valuse: 'prior: typo' } }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        path: ['actors', 0, 'basis', 'clout'],
        code: 'unknown-reference',
        target: 'value',
      }),
      expect.objectContaining({
        path: ['actors', 0, 'basis', 'valuse'],
        code: 'inconsistent',
        target: 'key',
      }),
    ]);
    expect(findings[0]?.message).toMatch(/unknown source 'fortnite'.*\(fortna\)/);
  });

  it('counts only numbers written in the file: a default never passes for a label', () => {
    const text = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');
    const parsed = parseScenarioDetailed(text, 'minimal.yaml');
    if (!parsed.ok) throw new Error('minimal.yaml should load');
    // Rules get `basis: prior` and `hazard_ratio: 1` by default; neither appears in the audit.
    expect(parsed.value.audit.numbers.length).toBe(countNumbers(parse(text)));
  });
});

describe('a malformed basis is a located, human error', () => {
  const minimal = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');
  const withBasis = (lines: string) =>
    minimal.replace('    affinity: { e1: 0.3 }\n', `    affinity: { e1: 0.3 }\n${lines}`);
  const problems = (text: string) => {
    const result = parseScenarioDetailed(text, 'm.yaml');
    return result.ok ? [] : result.error.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`);
  };

  it('says what a basis may be, at its line', () => {
    expect(problems(withBasis('    basis:\n      clout: 5\n'))).toEqual([
      "69:14 actors[0].basis.clout: must be text, not the number 5 (in actor 'p1')",
    ]);
    expect(problems(withBasis('    basis:\n      "Clout!": "prior: x"\n'))[0]).toMatch(
      /^69:7 .*'Clout!' is not a field path: ids and field names joined by dots/,
    );
    expect(problems(withBasis('    basis: "prior: the whole actor"\n'))).toEqual([]);
  });
});

/** An independent count of the numbers in a file's data, outside the paths the audit leaves out. */
function countNumbers(node: unknown, path: readonly string[] = []): number {
  const skip = [
    /^draftroom$/,
    /^issues\.\d+\.paragraph$/,
    /^procedure\.rounds$/,
    /^ceasefire\.horizon_months$/,
    /^sources\b/,
    /^drafts\b/,
    // Claims checked against the model (`draftroom check`), not inputs to it.
    /^expectations\b/,
  ];
  if (skip.some((re) => re.test(path.join('.')))) return 0;
  if (typeof node === 'number') return 1;
  if (node === null || typeof node !== 'object') return 0;
  return Object.entries(node).reduce((sum, [k, v]) => sum + countNumbers(v, [...path, k]), 0);
}

const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

describe('shipped scenarios', () => {
  it.each(shipped)('%s: every judgement number has a basis', (file) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    const parsed = parseScenarioDetailed(text, file);
    if (!parsed.ok) throw new Error(`${file} should load`);
    const { numbers } = parsed.value.audit;
    expect(numbers.length).toBe(countNumbers(parse(text)));
    const unlabelled = numbers.filter((n) => n.basis.kind === 'unlabelled').map((n) => n.fieldPath);
    expect(unlabelled).toEqual([]);
    // The shipped files are the examples authors copy: every prior gives its reason.
    const bare = numbers
      .filter((n) => n.basis.kind === 'prior' && n.basis.text === 'prior')
      .map((n) => n.fieldPath);
    expect(bare).toEqual([]);
  });

  it('the default scenario: counts per basis (regenerate with -u after relabelling)', () => {
    const text = readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8');
    const parsed = parseScenarioDetailed(text, 'gaza-isf-2025.yaml');
    if (!parsed.ok) throw new Error('should load');
    const counts = countBases(parsed.value.audit.numbers);
    expect(counts.source + counts.prior + counts.unlabelled).toBe(counts.total);
    // A design judgement is never a source: the model notes and the authors' reading of positions
    // describe themselves as design judgements, so nothing may cite them.
    expect(counts.bySource['draftroom-model-notes']).toBeUndefined();
    expect(counts.bySource['council-positions-2025']).toBeUndefined();
    expect(counts).toMatchSnapshot();
  });
});
