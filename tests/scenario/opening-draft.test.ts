// The default scenario's opening draft is the one docs/opening-draft.md sets out and sources: the
// table there is read as a person reads it (paragraph, clause title, option label) and compared with
// the parsed scenario, so the document and the data cannot drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';

interface Row {
  readonly paragraph: number;
  readonly title: string;
  readonly option: string;
  readonly basis: string;
}

function tableRows(markdown: string): Row[] {
  const rows: Row[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\| (\d+) \| ([^|]+) \| ([^|]+) \| (.+) \|$/.exec(line);
    if (!m) continue;
    rows.push({
      paragraph: Number(m[1]),
      title: (m[2] ?? '').trim(),
      option: (m[3] ?? '').trim(),
      basis: (m[4] ?? '').trim(),
    });
  }
  return rows;
}

const doc = readFileSync('docs/opening-draft.md', 'utf8');
const rows = tableRows(doc);
const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;

const labelOf = (issue: (typeof scenario.issues)[number], option: string) =>
  issue.options.find((o) => o.id === option)?.label;

describe('the opening draft of the default scenario (docs/opening-draft.md)', () => {
  it('has one row per clause, by paragraph and title', () => {
    const fromDoc = rows.map((r) => `${r.paragraph} ${r.title}`);
    const fromScenario = [...scenario.issues]
      .sort((a, b) => a.paragraph - b.paragraph)
      .map((i) => `${i.paragraph} ${i.title}`);
    expect(fromDoc).toEqual(fromScenario);
  });

  it('gives each paragraph the option the scenario opens with, by label', () => {
    const fromDoc = Object.fromEntries(rows.map((r) => [r.title, r.option]));
    const fromScenario = Object.fromEntries(scenario.issues.map((i) => [i.title, labelOf(i, i.opening)]));
    expect(fromDoc).toEqual(fromScenario);
  });

  it('rests every paragraph on a quoted source, or says there is no provision', () => {
    for (const r of rows) {
      const noProvision = r.basis.startsWith('No provision: nothing in the sources as of 24 October 2025.');
      const quoted = /"[^"]{20,}"/.test(r.basis) && /\[[A-D](, [A-D])*\]/.test(r.basis);
      expect(noProvision || quoted, `¶ ${r.paragraph} ${r.title}`).toBe(true);
    }
  });

  it('a paragraph without provision opens with the clause as no resolution leaves it', () => {
    for (const r of rows.filter((x) => x.basis.startsWith('No provision'))) {
      const issue = scenario.issues.find((i) => i.title === r.title);
      expect(issue?.opening, r.title).toBe(issue?.statusQuo);
    }
  });

  it('the named US draft of 24 October is the opening draft, clause by clause', () => {
    const usDraft = scenario.drafts.find((d) => d.title === 'US draft as known on 24 October 2025');
    expect(usDraft).toBeDefined();
    const written = Object.fromEntries(
      scenario.issues.map((i) => [i.title, labelOf(i, usDraft?.clauses[i.id] ?? i.opening)]),
    );
    const opening = Object.fromEntries(scenario.issues.map((i) => [i.title, labelOf(i, i.opening)]));
    expect(written).toEqual(opening);
    expect(Object.keys(usDraft?.clauses ?? {}).length).toBe(scenario.issues.length);
  });
});
