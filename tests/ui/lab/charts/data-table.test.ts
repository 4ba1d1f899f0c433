// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Table } from '../../../../src/engine/analysis/table.ts';
import { chartFigure, dataTable, tornadoChart } from '../../../../src/ui/lab/charts/index.ts';

const table: Table = {
  id: 'tornado',
  title: 'Sensitivity of collapse at 12 months',
  columns: [
    { id: 'parameter', label: 'Parameter' },
    { id: 'low', label: 'Low', numeric: true },
    { id: 'high', label: 'High', numeric: true },
    { id: 'runs', label: 'Runs', numeric: true },
  ],
  rows: [
    ['Baseline hazard', 0.31234, 0.48, 2000],
    ['US clout', -0.4, null, 2000],
  ],
  note: 'Each parameter moved alone between its low and high values.',
};

describe('dataTable', () => {
  it('over frames: the first rows at once, every row in order by the end', async () => {
    const long: Table = { ...table, rows: Array.from({ length: 40 }, (_, i) => [`p${i}`, i, i + 1, 2000]) };
    const element = dataTable(long, 3, true);
    document.body.append(element);
    const names = () => [...element.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names().length).toBeGreaterThan(0);
    expect(names().length).toBeLessThan(40);
    await vi.waitFor(() => expect(names()).toEqual(long.rows.map((r) => r[0])));
    element.remove();
  });

  it('has the title as caption, column headers, row headers and the note under it', () => {
    const element = dataTable(table);
    expect(element.tagName).toBe('TABLE');
    expect(element.caption!.textContent).toBe('Sensitivity of collapse at 12 months');
    const headers = [...element.querySelectorAll('thead th')];
    expect(headers.map((th) => th.textContent)).toEqual(['Parameter', 'Low', 'High', 'Runs']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const first = element.querySelector('tbody tr th')!;
    expect(first.getAttribute('scope')).toBe('row');
    expect(first.textContent).toBe('Baseline hazard');
    const note = element.querySelector('tfoot td')!;
    expect(note.textContent).toBe('Each parameter moved alone between its low and high values.');
    expect(note.getAttribute('colspan')).toBe('4');
    expect(element.id).toBe('tornado-table');
  });

  it('right-aligns numbers, lines up their decimals, and leaves empty cells empty', () => {
    const element = dataTable(table);
    const rows = [...element.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => [c.textContent, c.classList.contains('num')]),
    );
    expect(rows[0]).toEqual([
      ['Baseline hazard', false],
      ['0.31', true],
      ['0.48', true],
      ['2000', true],
    ]);
    expect(rows[1]).toEqual([
      ['US clout', false],
      ['-0.40', true],
      ['', true],
      ['2000', true],
    ]);
  });

  it('leaves id columns out and rounds acceptance to whole points and probabilities to whole percent', () => {
    const people: Table = {
      id: 'acceptance',
      title: 'Acceptance',
      columns: [
        { id: 'actor', label: 'Actor id', key: true },
        { id: 'name', label: 'Actor' },
        { id: 'opening', label: 'Opening', numeric: true, unit: 'points' },
        { id: 'p', label: 'P(collapse)', numeric: true, unit: 'percent' },
      ],
      rows: [['ham', 'Hamas', 13.41, 0.60123]],
    };
    const element = dataTable(people);
    expect([...element.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Actor',
      'Opening',
      'P(collapse)',
    ]);
    expect([...element.querySelectorAll('tbody tr > *')].map((c) => c.textContent)).toEqual([
      'Hamas',
      '13',
      '60%',
    ]);
  });

  it('writes scenario text as text', () => {
    const hostile: Table = {
      ...table,
      title: '<img src=x onerror=alert(1)>',
      rows: [['<script>alert(1)</script>', 1, 2, 3]],
      note: '<b>bold</b>',
    };
    const element = dataTable(hostile);
    expect(element.querySelector('script, img, b')).toBeNull();
    expect(element.querySelector('tbody th')!.textContent).toBe('<script>alert(1)</script>');
    expect(element.caption!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('has no note row without a note, and a figure puts the chart beside its table', () => {
    const { note: _, ...bare } = table;
    expect(dataTable(bare).querySelector('tfoot')).toBeNull();
    const chart = tornadoChart({ title: 't', unit: 'u', base: 0, bars: [{ label: 'a', low: -1, high: 1 }] });
    const figure = chartFigure(chart, table);
    expect(figure.tagName).toBe('FIGURE');
    expect(figure.querySelector('.lab-chart-frame > svg')).toBe(chart);
    expect(figure.querySelector('.lab-data-table-wrap > table')).not.toBeNull();
    expect(chartFigure(chart).querySelector('table')).toBeNull();
  });
});
