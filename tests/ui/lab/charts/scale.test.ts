import { describe, expect, it } from 'vitest';
import {
  extent,
  formatNumber,
  linear,
  luminance,
  niceDomain,
  percent,
  rgbHex,
  sequential,
  signedFormat,
  textOn,
  ticks,
  VIRIDIS,
} from '../../../../src/ui/lab/charts/scale.ts';
import { chartId, textWidth, truncate } from '../../../../src/ui/lab/charts/svg.ts';

describe('chart scales', () => {
  it('finds the range of the finite values only', () => {
    expect(extent([3, Number.NaN, -2, Number.POSITIVE_INFINITY, 7])).toEqual([-2, 7]);
    expect(extent([])).toBeNull();
    expect(extent([Number.NaN])).toBeNull();
  });

  it('widens a flat range and rounds the ends out to ticks, keeping included values inside', () => {
    expect(niceDomain([0, 0])).toEqual([-1, 1]);
    const [low, high] = niceDomain([5, 5]);
    expect(low).toBeLessThan(5);
    expect(high).toBeGreaterThan(5);
    expect(niceDomain([0.31, 0.48])).toEqual([0.3, 0.5]);
    expect(niceDomain([-0.034, -0.008], 5, [0])).toEqual([-0.04, 0]);
    expect(niceDomain([2, 3], 5, [10])[1]).toBeGreaterThanOrEqual(10);
  });

  it('puts ticks on round numbers without binary noise', () => {
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(-0.3, 0.3, 6)).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]);
    expect(ticks(5, 5)).toEqual([5]);
  });

  it('maps linearly, and a flat domain to the middle', () => {
    const x = linear([0, 10], [100, 200]);
    expect(x(5)).toBe(150);
    expect(linear([3, 3], [0, 100])(3)).toBe(50);
  });

  it('formats numbers without the locale, with a true minus sign', () => {
    expect(formatNumber(0.31234)).toBe('0.312');
    expect(formatNumber(-2.5)).toBe('\u22122.5');
    expect(formatNumber(1234.6)).toBe('1235');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(percent()(0.314)).toBe('31%');
    expect(percent(1)(-0.021)).toBe('\u22122.1%');
    expect(signedFormat(percent(1))(0.03)).toBe('+3.0%');
    expect(signedFormat(percent(1))(0)).toBe('0.0%');
  });

  it('runs viridis from dark purple to yellow, ever lighter, with readable text on each end', () => {
    expect(rgbHex(sequential(0))).toBe('#440154');
    expect(rgbHex(sequential(1))).toBe('#fde725');
    const steps = Array.from({ length: 21 }, (_, i) => luminance(sequential(i / 20)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]!);
    expect(textOn(VIRIDIS[0]!)).toBe('#ffffff');
    expect(textOn(VIRIDIS[VIRIDIS.length - 1]!)).toBe('#000000');
    expect(rgbHex(sequential(Number.NaN))).toBe('#440154');
  });

  it('cuts long text with an ellipsis to the width asked, and leaves short text alone', () => {
    expect(truncate('US clout', 200)).toBe('US clout');
    const cut = truncate('Hamas value on the disarmament clause, a very long label', 150);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(150);
  });

  it('gives every title a stable id, and keeps a given one', () => {
    expect(chartId('Collapse at 12 months')).toBe(chartId('Collapse at 12 months'));
    expect(chartId('Collapse at 12 months')).not.toBe(chartId('Collapse at 6 months'));
    expect(chartId('x', 'lab-tornado')).toBe('lab-tornado');
    expect(chartId('<script>')).toMatch(/^chart-[a-z0-9-]+$/);
  });
});
