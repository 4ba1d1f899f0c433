// One reading of the ceasefire outlook for every view (the table's gauge, the aftermath): the chance
// of collapse within a year, its 95% interval, and the same words wherever it is shown.
import type { CeasefireOutlook } from '../engine/montecarlo.ts';

export interface CollapseReading {
  /** The month read: 12, or the horizon if it is shorter. */
  readonly month: number;
  readonly probability: number;
  readonly ci95: readonly [number, number];
  /** True when the interval has no width (the analytic answer, without events). */
  readonly exact: boolean;
}

export const READING_MONTH = 12;

export function collapseWithin(
  outlook: CeasefireOutlook,
  month: number = READING_MONTH,
): CollapseReading | null {
  const point = outlook.collapse[Math.min(month, outlook.collapse.length) - 1];
  if (!point) return null;
  return {
    month: point.month,
    probability: point.probability,
    ci95: point.ci95,
    exact: point.ci95[0] === point.ci95[1],
  };
}

/** 0.3862 → "38.6%". */
export const percent = (p: number, digits = 1): string => `${(100 * p).toFixed(digits)}%`;

/** "37.1–40.1" (no % sign, as it follows a percentage in the caption). */
export const interval = (ci: readonly [number, number]): string =>
  `${(100 * ci[0]).toFixed(1)}–${(100 * ci[1]).toFixed(1)}`;

/** "38.6% chance the ceasefire collapses within 12 months [37.1–40.1]". */
export function collapseCaption(reading: CollapseReading): string {
  const within = `within ${reading.month} month${reading.month === 1 ? '' : 's'}`;
  const ci = reading.exact ? '' : ` [${interval(reading.ci95)}]`;
  return `${percent(reading.probability)} chance the ceasefire collapses ${within}${ci}`;
}
