import { describe, expect, it } from 'vitest';
import {
  cellText,
  type Table,
  toCsv,
  toMarkdown,
  toRecords,
  toText,
} from '../../../src/engine/analysis/table.ts';

const sample: Table = {
  id: 'sample',
  title: 'Sample | table',
  columns: [
    { id: 'actor', label: 'Actor' },
    { id: 'p12', label: 'P(12)', numeric: true },
  ],
  rows: [
    ['Hamas, "the group"', 0.123456],
    ['=SUM(A1)', 3],
    ['none', null],
  ],
  note: 'How to read it.',
};

describe('analysis tables', () => {
  it('writes numbers with fixed decimals and no trailing noise', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(0.123456)).toBe('0.1235');
    expect(cellText(-0)).toBe('0');
    expect(cellText(null)).toBe('');
  });

  it('quotes CSV fields and defuses formula-like text', () => {
    expect(toCsv(sample)).toBe('actor,p12\r\n"Hamas, ""the group""",0.1235\r\n\'=SUM(A1),3\r\nnone,\r\n');
  });

  it('keeps numbers as numbers in records', () => {
    expect(toRecords(sample)).toEqual([
      { actor: 'Hamas, "the group"', p12: 0.123456 },
      { actor: '=SUM(A1)', p12: 3 },
      { actor: 'none', p12: null },
    ]);
  });

  it('escapes pipes in Markdown and right-aligns numeric columns', () => {
    const md = toMarkdown(sample).split('\n');
    expect(md[0]).toBe('### Sample \\| table');
    expect(md[3]).toBe('|---|---:|');
    expect(md[4]).toBe('| Hamas, "the group" | 0.123 |');
    expect(md.at(-1)).toBe('How to read it.');
  });

  it('aligns text columns', () => {
    const lines = toText(sample).split('\n');
    expect(lines[1]).toBe('Actor               P(12)');
    expect(lines[2]).toBe('Hamas, "the group"  0.123');
    expect(lines[3]).toBe('=SUM(A1)                3');
  });
});
