// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { intervalChart, percent, signedFormat } from '../../../../src/ui/lab/charts/index.ts';

const rows = [
  { label: 'At 3 months', value: -0.021, lo: -0.035, hi: -0.008 },
  { label: 'At 6 months', value: 0.004, lo: -0.02, hi: 0.028 },
  { label: 'At 12 months', value: 0.05, lo: 0.01, hi: 0.09 },
];
const input = {
  title: 'Landing zone minus opening',
  unit: 'Difference in collapse',
  rows,
  format: signedFormat(percent(1)),
};
const num = (el: Element | null, name: string) => Number(el!.getAttribute(name));

describe('intervalChart', () => {
  it('draws a dot and whisker per row, in order, placed by value', () => {
    const svg = intervalChart(input);
    const dots = [...svg.querySelectorAll('.dot')];
    expect(dots).toHaveLength(3);
    const xs = dots.map((d) => num(d, 'cx'));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    const cys = dots.map((d) => num(d, 'cy'));
    expect(cys[0]).toBeLessThan(cys[1]!);
    for (const [i, dot] of dots.entries()) {
      const whisker = svg.querySelector(`.row[data-index="${i}"] .whisker`);
      expect(num(whisker, 'x1')).toBeLessThanOrEqual(num(dot, 'cx'));
      expect(num(whisker, 'x2')).toBeGreaterThanOrEqual(num(dot, 'cx'));
    }
  });

  it('marks intervals that leave out zero by shape, draws the zero line, and writes the numbers', () => {
    const svg = intervalChart(input);
    const classes = [...svg.querySelectorAll('.dot')].map((d) => d.getAttribute('class'));
    expect(classes).toEqual(['dot dot--clear', 'dot dot--unclear', 'dot dot--clear']);
    expect(svg.querySelector('.dot--unclear')!.getAttribute('fill')).toBe('#ffffff');
    const zero = num(svg.querySelector('.zero-line'), 'x1');
    expect(num(svg.querySelector('.dot--unclear'), 'cx')).toBeGreaterThan(zero - 20);
    expect(num(svg.querySelectorAll('.dot')[0]!, 'cx')).toBeLessThan(zero);
    expect([...svg.querySelectorAll('.row .value')].map((t) => t.textContent)).toEqual([
      '\u22122.1% [\u22123.5%, \u22120.8%]',
      '+0.4% [\u22122.0%, +2.8%]',
      '+5.0% [+1.0%, +9.0%]',
    ]);
  });

  it('describes the rows in words', () => {
    expect(intervalChart(input).querySelector('desc')!.textContent).toBe(
      'Difference in collapse: 3 rows with 95% intervals; 2 of 3 leave out zero. Largest: At 12 months, +5.0% (95% interval +1.0% to +9.0%).',
    );
  });

  it('gives exactly zero differences (a draft against itself) a drawable chart', () => {
    const svg = intervalChart({ ...input, rows: [{ label: 'Same draft', value: 0, lo: 0, hi: 0 }] });
    expect(svg.querySelectorAll('.dot--unclear')).toHaveLength(1);
    expect(svg.innerHTML).not.toContain('NaN');
  });

  it('can leave the zero line out, and shows "no data" rows and a no-data chart', () => {
    expect(intervalChart({ ...input, zeroLine: false }).querySelector('.zero-line')).toBeNull();
    const svg = intervalChart({ ...input, rows: [...rows, { label: 'x', value: Number.NaN, lo: 0, hi: 1 }] });
    expect(svg.querySelector('.row[data-index="3"] .value')!.textContent).toBe('no data');
    expect(intervalChart({ ...input, rows: [] }).classList.contains('lab-chart--empty')).toBe(true);
  });
});
