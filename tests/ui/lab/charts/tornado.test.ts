// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { percent, tornadoChart } from '../../../../src/ui/lab/charts/index.ts';
import { textWidth } from '../../../../src/ui/lab/charts/svg.ts';

const bars = [
  { label: 'Baseline collapse probability', low: 0.31, high: 0.48, lowLabel: '0.2', highLabel: '0.8' },
  { label: 'Israel salience', low: 0.33, high: 0.44 },
  { label: 'US clout', low: 0.42, high: 0.36 },
  { label: 'Russia threshold', low: 0.36, high: 0.37 },
];
const input = {
  title: 'What drives collapse',
  unit: 'Collapse probability',
  base: 0.38,
  bars,
  format: percent(),
};

/** A label's full text: its tooltip when it was cut, else what is shown. */
/** A label's words: its lines (tspans) joined, or its tooltip when it was cut. */
const fullText = (text: Element) =>
  text.querySelector('title')?.textContent ??
  ([...text.querySelectorAll('tspan')].map((t) => t.textContent).join(' ') || text.textContent);
const num = (el: Element, name: string) => Number(el.getAttribute(name));
const segment = (svg: SVGSVGElement, row: number, end: 'low' | 'high') =>
  svg.querySelector(`.bar[data-index="${row}"] .segment--${end}`)!;
/** Where a segment's outer end is: its left edge when it lies left of the base, else its right. */
function endX(svg: SVGSVGElement, row: number, end: 'low' | 'high'): number {
  const rect = segment(svg, row, end);
  const base = num(svg.querySelector('.base-line')!, 'x1');
  const x = num(rect, 'x');
  return Math.abs(x - base) < 0.5 ? x + num(rect, 'width') : x;
}

describe('tornadoChart', () => {
  it('draws one row per parameter, in the order given, with two segments each', () => {
    const svg = tornadoChart(input);
    const rows = [...svg.querySelectorAll('.bar')];
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => fullText(r.querySelector('.row-label')!))).toEqual(bars.map((b) => b.label));
    expect(svg.querySelectorAll('.segment--low')).toHaveLength(4);
    expect(svg.querySelectorAll('.segment--high')).toHaveLength(4);
    const ys = rows.map((r) => num(r.querySelector('.segment')!, 'y'));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]!);
  });

  it('places every bar end further right the larger its value', () => {
    const svg = tornadoChart(input);
    const ends = bars.flatMap((b, i) => [
      { value: b.low, x: endX(svg, i, 'low') },
      { value: b.high, x: endX(svg, i, 'high') },
    ]);
    ends.sort((a, b) => a.value - b.value);
    for (let i = 1; i < ends.length; i++) expect(ends[i]!.x).toBeGreaterThanOrEqual(ends[i - 1]!.x);
    const base = num(svg.querySelector('.base-line')!, 'x1');
    expect(endX(svg, 0, 'low')).toBeLessThan(base);
    expect(endX(svg, 0, 'high')).toBeGreaterThan(base);
  });

  it('is an image named by its title and described in words', () => {
    const svg = tornadoChart(input);
    expect(svg.getAttribute('role')).toBe('img');
    const title = svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!;
    expect(title.tagName).toBe('title');
    expect(title.textContent).toBe('What drives collapse');
    const desc = svg.querySelector(`#${svg.getAttribute('aria-describedby')}`)!;
    expect(desc.tagName).toBe('desc');
    expect(desc.textContent).toContain('Largest swing: Baseline collapse probability, from 31% to 48%.');
    expect(desc.textContent).toContain('around a base of 38%');
  });

  it('writes the outputs and settings as text, not only in colour', () => {
    const svg = tornadoChart(input);
    const values = [...svg.querySelectorAll('.bar .value')].map((t) => t.textContent);
    expect(values[0]).toBe('31% → 48%');
    expect(values[2]).toBe('42% → 36%');
    const settings = [...svg.querySelectorAll('.bar[data-index="0"] .setting')].map((t) => t.textContent);
    expect(settings).toEqual(['0.2', '0.8']);
    expect(svg.querySelector('.base-label')!.textContent).toBe('Base 38%');
    // The high end is hatched as well as coloured.
    expect(segment(svg, 0, 'high').getAttribute('fill')).toMatch(/^url\(#.+-high\)$/);
    expect(svg.querySelector('pattern')).not.toBeNull();
  });

  it('wraps a long label onto lines that fit, never cutting it, and makes its row taller', () => {
    const long =
      'Monthly chance: A mass-casualty attack by a faction outside the deal, or by fighters defying their leaders';
    const short = tornadoChart({ ...input, bars: [{ label: 'Shrink', low: 0.2, high: 0.5 }] });
    const svg = tornadoChart({ ...input, bars: [{ label: long, low: 0.2, high: 0.5 }] });
    const lines = [...svg.querySelectorAll('.bar .row-label tspan')].map((t) => t.textContent!);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(long);
    expect(lines.some((l) => l.includes('…'))).toBe(false);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(188);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(Number(short.getAttribute('height')));
  });

  it('handles one bar, sixty bars, negative values and a zero-width swing', () => {
    expect(tornadoChart({ ...input, bars: [bars[0]!] }).querySelectorAll('.bar')).toHaveLength(1);
    const sixty = Array.from({ length: 60 }, (_, i) => ({ label: `P${i}`, low: -i, high: i / 2 }));
    const big = tornadoChart({ title: 'Sixty', unit: 'Margin', base: 0, bars: sixty });
    expect(big.querySelectorAll('.bar')).toHaveLength(60);
    expect(Number(big.getAttribute('height'))).toBeGreaterThan(60 * 20);
    const flat = tornadoChart({
      title: 'Flat',
      unit: 'Margin',
      base: -2,
      bars: [{ label: 'Same', low: -2, high: -2 }],
    });
    expect(flat.querySelectorAll('.segment')).toHaveLength(2);
    for (const rect of flat.querySelectorAll('rect')) expect(Number.isFinite(num(rect, 'width'))).toBe(true);
  });

  it('shows "no data" for a row without numbers and a no-data chart when nothing is drawable', () => {
    const svg = tornadoChart({ ...input, bars: [...bars, { label: 'Broken', low: Number.NaN, high: 0.4 }] });
    expect(svg.querySelector('.bar[data-index="4"] .value')!.textContent).toBe('no data');
    expect(svg.querySelectorAll('.bar[data-index="4"] .segment')).toHaveLength(0);
    for (const empty of [
      tornadoChart({ ...input, bars: [] }),
      tornadoChart({ ...input, bars: [{ label: 'x', low: Number.NaN, high: Number.NaN }] }),
      tornadoChart({ ...input, base: Number.NaN }),
    ]) {
      expect(empty.classList.contains('lab-chart--empty')).toBe(true);
      expect(empty.querySelector('desc')!.textContent).toBe('No data to show.');
      expect(empty.getAttribute('role')).toBe('img');
    }
  });
});
