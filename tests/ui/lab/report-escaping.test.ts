// @vitest-environment jsdom
// The lab's Markdown report for a scenario whose title, names, labels and clause texts are hostile
// (tests/fixtures/hostile/text-markup.yaml): every analysis is run for real, its charts drawn and
// serialised, and the report must show the text as text — no raw HTML, no links, one row per line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../../src/engine/jobs.ts';
import { compile } from '../../../src/engine/model.ts';
import type { Draft } from '../../../src/engine/scenario.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { csvFile, draftTable, labReport, summaryTable } from '../../../src/state/lab-export.ts';
import { analysisTask, summarise } from '../../../src/state/lab-summary.ts';
import { type AnalysisKind, type LabAnswer, labJob } from '../../../src/state/lab-tasks.ts';
import { defaultSettings, type LabSettings } from '../../../src/state/lab-url.ts';
import { chartsFor, chartText } from '../../../src/ui/lab/lab-charts.ts';
import { linesOutsideFigures, pipes, tables, unescaped } from '../../support/markdown-check.ts';

const FILE = 'tests/fixtures/hostile/text-markup.yaml';
const parsed = parseScenario(readFileSync(FILE, 'utf8'), 'text-markup.yaml');
if (!parsed.ok) throw new Error(`${FILE} must load: ${JSON.stringify(parsed.error)}`);
const model = compile(parsed.value);
const SAVED_NAME = '<img src=x onerror=alert(2)> | `mine`';

const base = defaultSettings(model, null);
/** The opening draft with one clause changed. */
const withOption = (issue: string, option: string): Draft => ({ ...base.draft, [issue]: option }) as Draft;
const settings: LabSettings = {
  ...base,
  runs: 100,
  saved: [{ name: SAVED_NAME, clauses: withOption('mandate', 'monitor') }],
  compare: ['opening', 'draft:pen-draft', `saved:${SAVED_NAME}`],
};

function run(kind: AnalysisKind): LabAnswer {
  const task = analysisTask(model, kind, settings);
  if (typeof task === 'string') throw new Error(task);
  return runJob(labJob(model, task));
}

/** A start the opening draft is far from, so some changes are negative. */
const otherStart = withOption('mandate', 'none');

const results = { compare: run('compare'), tornado: run('tornado') };
const charts = {
  compare: chartsFor(results.compare).map(chartText),
  tornado: chartsFor(results.tornado).map(chartText),
};
const report = labReport({
  model,
  settings,
  summary: summarise(model, settings.draft, settings.draft),
  outlook: null,
  results,
  charts,
  link: 'https://example.org/#lab?x=<img>',
  date: '2026-11-21',
}).text;

describe('the lab report of a scenario with hostile text', () => {
  it('draws charts from the hostile names (so the test reaches the SVG path)', () => {
    expect(charts.compare.length + charts.tornado.length).toBeGreaterThan(0);
    expect(charts.compare.join('')).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('writes no raw HTML, link or code span outside the chart figures', () => {
    const lines = linesOutsideFigures(report);
    for (const line of lines) {
      const bare = unescaped(line);
      // Only our own autolink may hold '<' … '>': the hostile link is not a plain web address.
      expect(bare, line).not.toMatch(/[<>`[\]]/);
    }
    expect(report).toContain(
      '# What-if lab: \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1))',
    );
    // The character reference in the title is shown as written, not decoded to '<b>'.
    expect(report).toContain('a \\`tick\\` & \\&lt;b\\&gt;');
  });

  it('keeps every table one row per line, each row with the cells of its header', () => {
    const all = tables(linesOutsideFigures(report));
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const table of all) {
      const width = pipes(table[0] ?? '');
      for (const line of table) expect(pipes(line), line).toBe(width);
    }
    const draft = all.find((t) => t[0] === '| ¶ | Clause | Option | Text |');
    expect(draft).toHaveLength(2 + model.issues.length);
    expect(all.find((t) => t[0]?.startsWith('| Actor |'))).toHaveLength(2 + model.scenario.actors.length);
  });

  it('embeds each chart as one line of SVG in an HTML block, with no element from the text', () => {
    const lines = report.split('\n');
    const svgs = lines.filter((l) => l.startsWith('<svg'));
    expect(svgs).toHaveLength(charts.compare.length + charts.tornado.length);
    for (const svg of svgs) {
      const at = lines.indexOf(svg);
      expect(lines[at - 1]).toBe('<figure>');
      expect(lines[at + 1]).toBe('</figure>');
      expect(lines[at + 2]).toBe('');
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelector('img, script, foreignObject, a')).toBeNull();
    }
  });

  it('neutralises formulas in the CSV of the draft and keeps numbers as numbers', () => {
    const draft = cells(csvFile(model, draftTable(model, settings)).text);
    expect(draft.flat()).toContain('\'=HYPERLINK("http://x","y") | <img src=x onerror=alert(1)>');
    expect(draft.flat()).toContain("'-Enforce *all* _means_");
    for (const cell of draft.flat()) expect(cell, cell).not.toMatch(/^[=+@\t\r-]/);
    const scores = cells(csvFile(model, summaryTable(summarise(model, settings.draft, otherStart))).text);
    const changes = scores.slice(1).map((row) => row[2] ?? '');
    expect(changes.some((c) => /^-\d/.test(c))).toBe(true);
    for (const c of changes) expect(Number.isNaN(Number(c)), c).toBe(false);
  });
});

/** RFC 4180 fields, quotes undone: what a spreadsheet sees in each cell. */
function cells(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
