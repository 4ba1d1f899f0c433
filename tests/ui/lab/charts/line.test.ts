// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lineChart, percent } from '../../../../src/ui/lab/charts/index.ts';
import { spreadLabels } from '../../../../src/ui/lab/charts/line.ts';

const xs = [0, 0.25, 0.5, 0.75, 1];
const input = {
  title: 'Collapse by hazard ratio',
  xLabel: 'Hazard ratio',
  yLabel: 'Collapse probability',
  format: percent(),
  series: [
    {
      name: '3 months',
      points: xs.map((x) => ({ x, y: 0.1 + 0.1 * x, lo: 0.08 + 0.1 * x, hi: 0.12 + 0.1 * x })),
    },
    { name: '12 months', points: xs.map((x) => ({ x, y: 0.3 + 0.2 * x })) },
  ],
};

/** The points of a path "M1,2 L3,4 M…" as [x, y] pairs, with how many pen-downs it has. */
function parse(d: string): { moves: number; points: Array<[number, number]> } {
  const parts = d.trim().split(/\s+/);
  return {
    moves: parts.filter((p) => p.startsWith('M')).length,
    points: parts.map((p) => p.slice(1).split(',').map(Number) as [number, number]),
  };
}

describe('lineChart', () => {
  it('draws one line per series, a marker per point and a band only where intervals are given', () => {
    const svg = lineChart(input);
    expect(svg.querySelectorAll('.series')).toHaveLength(2);
    expect(svg.querySelectorAll('.series .line')).toHaveLength(2);
    expect(svg.querySelectorAll('.series[data-series="0"] .marker')).toHaveLength(5);
    expect(svg.querySelectorAll('.series[data-series="0"] .band')).toHaveLength(1);
    expect(svg.querySelectorAll('.series[data-series="1"] .band')).toHaveLength(0);
  });

  it('maps larger x to the right and larger y upwards', () => {
    const svg = lineChart(input);
    const { moves, points } = parse(svg.querySelector('.series[data-series="1"] .line')!.getAttribute('d')!);
    expect(moves).toBe(1);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]![0]).toBeGreaterThan(points[i - 1]![0]);
      expect(points[i]![1]).toBeLessThan(points[i - 1]![1]);
    }
  });

  it('tells the series apart by dash and marker shape as well as colour, and names them at their ends', () => {
    const svg = lineChart(input);
    const [a, b] = [...svg.querySelectorAll('.series .line')];
    expect(a!.getAttribute('stroke')).not.toBe(b!.getAttribute('stroke'));
    expect(a!.getAttribute('stroke-dasharray')).not.toBe(b!.getAttribute('stroke-dasharray'));
    expect(svg.querySelector('.series[data-series="0"] .marker')!.tagName).not.toBe(
      svg.querySelector('.series[data-series="1"] .marker')!.tagName,
    );
    const ends = [...svg.querySelectorAll('.end-label')].map((t) => t.textContent);
    expect(ends).toEqual(['3 months 20%', '12 months 50%']);
  });

  it('describes each series in words', () => {
    const desc = lineChart(input).querySelector('desc')!.textContent!;
    expect(desc).toContain('Collapse probability against Hazard ratio.');
    expect(desc).toContain('3 months: 10% at 0 to 20% at 1, highest 20% at 1.');
  });

  it('lifts the pen over a missing value instead of drawing through it', () => {
    const gap = lineChart({
      ...input,
      series: [{ name: 'gap', points: xs.map((x) => ({ x, y: x === 0.5 ? Number.NaN : x })) }],
    });
    expect(parse(gap.querySelector('.line')!.getAttribute('d')!).moves).toBe(2);
    expect(gap.querySelectorAll('.marker')).toHaveLength(4);
  });

  it('copes with one point, flat and negative series, sixty points and a given y domain', () => {
    const one = lineChart({ ...input, series: [{ name: 'one', points: [{ x: 2, y: -1 }] }] });
    expect(one.querySelectorAll('.marker')).toHaveLength(1);
    expect(one.innerHTML).not.toContain('NaN');
    const many = lineChart({
      title: 'Sixty',
      xLabel: 'Step',
      yLabel: 'Margin',
      yDomain: [-5, 5],
      series: [{ name: 'flat', points: Array.from({ length: 60 }, (_, i) => ({ x: i, y: -2 })) }],
    });
    expect(many.querySelectorAll('.marker')).toHaveLength(0); // too many to mark; the line is enough
    expect(many.innerHTML).not.toContain('NaN');
    expect([...many.querySelectorAll('.axis--y text')].map((t) => t.textContent)).toContain('\u22124');
  });

  it('shows a no-data chart for no series or no finite point', () => {
    for (const series of [
      [],
      [{ name: 'x', points: [] }],
      [{ name: 'x', points: [{ x: 1, y: Number.NaN }] }],
    ]) {
      const svg = lineChart({ ...input, series });
      expect(svg.classList.contains('lab-chart--empty')).toBe(true);
      expect(svg.textContent).toContain('No data to show.');
    }
  });

  it('spreads end labels so none overlap, within bounds, keeping their order', () => {
    const placed = spreadLabels([100, 101, 102, 300], 50, 310, 19);
    expect(placed[1]! - placed[0]!).toBeGreaterThanOrEqual(19);
    expect(placed[2]! - placed[1]!).toBeGreaterThanOrEqual(19);
    expect(placed[3]).toBe(300);
    const crowded = spreadLabels([300, 300, 300], 0, 310, 19);
    expect(Math.max(...crowded)).toBeLessThanOrEqual(310);
  });
});
