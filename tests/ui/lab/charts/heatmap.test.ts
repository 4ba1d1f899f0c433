// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { heatmap, percent } from '../../../../src/ui/lab/charts/index.ts';

const xs = [0.5, 1, 1.5, 2];
const ys = [0, 0.1, 0.2];
const input = {
  title: 'Collapse by two hazard ratios',
  xLabel: 'ISF hazard ratio',
  yLabel: 'Baseline hazard',
  xs,
  ys,
  values: ys.map((y) => xs.map((x) => 0.1 + y * x)),
  format: percent(),
};

const rect = (svg: SVGSVGElement, i: number, j: number) =>
  svg.querySelector(`.cells rect[data-row="${i}"][data-column="${j}"]`)!;
const value = (svg: SVGSVGElement, i: number, j: number) =>
  svg.querySelector(`.cell-value[data-row="${i}"][data-column="${j}"]`);
const lightness = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
};

describe('heatmap', () => {
  it('draws a cell per pair, rows rising from the bottom and columns to the right', () => {
    const svg = heatmap(input);
    expect(svg.querySelectorAll('.cells rect')).toHaveLength(12);
    const y = (i: number) => Number(rect(svg, i, 0).getAttribute('y'));
    const x = (j: number) => Number(rect(svg, 0, j).getAttribute('x'));
    expect(y(1)).toBeLessThan(y(0));
    expect(x(1)).toBeGreaterThan(x(0));
  });

  it('colours larger values lighter, on viridis, and writes each value in its cell and tooltip', () => {
    const svg = heatmap(input);
    const fill = (i: number, j: number) => rect(svg, i, j).getAttribute('fill')!;
    expect(fill(0, 0)).toBe('#440154'); // the lowest value: the scale's dark end
    expect(fill(2, 3)).toBe('#fde725'); // the highest: the bright end
    expect(lightness(fill(2, 3))).toBeGreaterThan(lightness(fill(1, 3)));
    expect(value(svg, 2, 3)!.textContent).toBe('50%');
    expect(rect(svg, 2, 3).querySelector('title')!.textContent).toBe(
      'Baseline hazard 0.2, ISF hazard ratio 2: 50%',
    );
    // Dark text on the bright end, light text on the dark end.
    expect(value(svg, 2, 3)!.getAttribute('fill')).toBe('#000000');
    expect(value(svg, 0, 0)!.getAttribute('fill')).toBe('#ffffff');
  });

  it('has a legend with the scale in numbers, and a description of its extremes', () => {
    const svg = heatmap(input);
    const legend = [...svg.querySelectorAll('.legend text')].map((t) => t.textContent);
    expect(legend.length).toBeGreaterThanOrEqual(2);
    expect(legend.every((t) => t?.endsWith('%'))).toBe(true);
    expect(svg.querySelector('linearGradient')!.querySelectorAll('stop').length).toBeGreaterThan(2);
    expect(svg.querySelector('desc')!.textContent).toBe(
      '3 × 4 grid: Baseline hazard by ISF hazard ratio. Lowest 10% at Baseline hazard 0, ISF hazard ratio 0.5; highest 50% at Baseline hazard 0.2, ISF hazard ratio 2.',
    );
  });

  it('uses a given domain for the colours', () => {
    const svg = heatmap({ ...input, domain: [0, 1] });
    expect(rect(svg, 2, 3).getAttribute('fill')).not.toBe('#fde725');
  });

  it('hatches missing cells, says so in the legend, and leaves values out of cells too small for them', () => {
    const values = input.values.map((row, i) => row.map((v, j) => (i === 1 && j === 1 ? Number.NaN : v)));
    const svg = heatmap({ ...input, values });
    expect(rect(svg, 1, 1).getAttribute('fill')).toMatch(/-missing\)$/);
    expect(rect(svg, 1, 1).querySelector('title')!.textContent).toContain('no value');
    expect(svg.querySelector('.legend')!.textContent).toContain('no value');

    const n = 60;
    const big = heatmap({
      ...input,
      xs: Array.from({ length: n }, (_, i) => i),
      ys: Array.from({ length: n }, (_, i) => i),
      values: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i - j)),
    });
    expect(big.querySelectorAll('.cells rect')).toHaveLength(n * n);
    expect(big.querySelectorAll('.cell-value')).toHaveLength(0);
    expect(big.querySelectorAll('.cells title')).toHaveLength(0); // past 900 cells: the table has them
    // Axis labels are thinned so they do not collide.
    expect(big.querySelectorAll('.axis text').length).toBeLessThan(n);
  });

  it('handles ragged rows, a flat grid and text settings, and gives a no-data chart when empty', () => {
    const ragged = heatmap({ ...input, values: [[1, 1], [1]] });
    expect(ragged.querySelectorAll('.cells rect')).toHaveLength(12);
    expect(ragged.innerHTML).not.toContain('NaN');
    const named = heatmap({ ...input, xs: ['opening', 'landing'], ys: ['low'], values: [[2, 2]] });
    expect(named.querySelector('.axis')!.textContent).toContain('landing');
    for (const empty of [
      heatmap({ ...input, xs: [] }),
      heatmap({ ...input, values: [] }),
      heatmap({ ...input, values: ys.map(() => xs.map(() => Number.NaN)) }),
    ])
      expect(empty.classList.contains('lab-chart--empty')).toBe(true);
  });
});
