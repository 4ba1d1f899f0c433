import { describe, expect, it } from 'vitest';
import type { CeasefireOutlook } from '../../src/engine/montecarlo.ts';
import { collapseCaption, collapseWithin } from '../../src/state/ceasefire-view.ts';

const outlook = (months: number, exact = false): CeasefireOutlook => ({
  method: exact ? 'analytic' : 'monte-carlo',
  runs: exact ? 0 : 4000,
  seed: 7,
  collapse: Array.from({ length: months }, (_, i) => {
    const p = 0.03 * (i + 1);
    return { month: i + 1, probability: p, ci95: exact ? [p, p] : [p - 0.01, p + 0.015] };
  }),
  survival: Array.from({ length: months }, (_, i) => 1 - 0.03 * (i + 1)),
  medianMonth: null,
  events: [],
});

describe('collapseWithin and collapseCaption', () => {
  it('read the 12-month point with its interval', () => {
    const reading = collapseWithin(outlook(24))!;
    expect(reading.month).toBe(12);
    expect(reading.probability).toBeCloseTo(0.36);
    expect(collapseCaption(reading)).toBe(
      '36.0% chance the ceasefire collapses within 12 months [35.0–37.5]',
    );
  });

  it('read the horizon when it is shorter than a year, and leave out an interval of no width', () => {
    const reading = collapseWithin(outlook(6, true))!;
    expect(reading).toMatchObject({ month: 6, exact: true });
    expect(collapseCaption(reading)).toBe('18.0% chance the ceasefire collapses within 6 months');
  });

  it('have nothing to read in an empty outlook', () => {
    expect(collapseWithin(outlook(0))).toBeNull();
  });
});
