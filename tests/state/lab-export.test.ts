import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/engine/analysis/table.ts';
import { compile } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { csvFile, jsonFile, labReport, labStamp } from '../../src/state/lab-export.ts';
import { summarise } from '../../src/state/lab-summary.ts';
import { defaultSettings } from '../../src/state/lab-url.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const model = compile(parsed.value);
const table: Table = {
  id: 'demo',
  title: 'A demo, with "quotes"',
  columns: [
    { id: 'draft', label: 'Draft' },
    { id: 'p12', label: 'P(12)', numeric: true },
  ],
  rows: [
    ['Opening, as tabled', 0.21234],
    ['=cmd', null],
  ],
};

describe('the lab exports', () => {
  it('writes a table as CSV and as stamped JSON', () => {
    const csv = csvFile(model, table);
    expect(csv.name).toBe(`${model.scenario.id}-demo.csv`);
    expect(csv.text).toBe('draft,p12\r\n"Opening, as tabled",0.2123\r\n\'=cmd,\r\n');
    const settings = { ...defaultSettings(model, 'gaza-isf-2025.yaml'), seed: 7, runs: 500 };
    const json = JSON.parse(jsonFile(model, table, labStamp(model, settings)).text);
    expect(json.stamp).toEqual({
      engine: expect.any(String),
      scenario: { id: model.scenario.id, hash: expect.stringMatching(/^[0-9a-f]{14}$/) },
      seed: 7,
      runs: 500,
    });
    expect(json.table.rows).toEqual([
      { draft: 'Opening, as tabled', p12: 0.21234 },
      { draft: '=cmd', p12: null },
    ]);
  });

  it('reports the draft, the scores, each analysis with its charts and the stamp', () => {
    const settings = defaultSettings(model, 'gaza-isf-2025.yaml');
    const report = labReport({
      model,
      settings,
      summary: summarise(model, settings.draft, settings.draft),
      outlook: null,
      results: { compare: { kind: 'compare', tables: [table], data: null } },
      charts: { compare: ['<svg xmlns="http://www.w3.org/2000/svg"><title>c</title></svg>'] },
      link: 'http://x/#lab?scenario=gaza-isf-2025.yaml',
      date: '2026-11-21',
    });
    expect(report.name).toBe(`${model.scenario.id}-lab-report.md`);
    const st = labStamp(model, settings);
    expect(report.text).toContain(`# What-if lab: ${model.scenario.title}`);
    expect(report.text).toContain(
      `Engine ${st.engine} · scenario ${model.scenario.id} (hash ${st.scenario.hash}) · seed 1 · 2000 runs`,
    );
    expect(report.text).toContain('## Compare drafts');
    expect(report.text).toContain(
      '<figure>\n<svg xmlns="http://www.w3.org/2000/svg"><title>c</title></svg>\n</figure>\n\n',
    );
    expect(report.text).toContain('| Opening, as tabled | 0.212 |');
    expect(report.text).toContain('### The draft');
    expect(report.text).toContain('Open this lab again: <http://x/#lab?scenario=gaza-isf-2025.yaml>');
  });
});
