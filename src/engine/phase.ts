// Build-ups over the months after adoption (docs/model.md §4a). A phase puts nothing in place
// before month `from`, everything from month `full`, and a straight line between: month m holds
// (m − from + 1) / (full − from + 1). A force does not arrive, nor an army withdraw, on the day a
// resolution is adopted; before this, the hazard credited every clause in full from month 1.
import type { Ramp } from './scenario.ts';

export interface Phase {
  readonly from: number;
  readonly full: number;
}

/** What a scenario that states no build-up gets: everything in place in month 1. */
export const AT_ONCE: Phase = Object.freeze({ from: 1, full: 1 });

export const phaseOf = (ramp: Ramp | undefined): Phase =>
  ramp === undefined ? AT_ONCE : { from: ramp.fromMonth, full: ramp.fullBy };

/** The share (0–1) in place during month `month` (1 = the first month after adoption). */
export function phaseShare(phase: Phase, month: number): number {
  if (month >= phase.full) return 1;
  if (month < phase.from) return 0;
  return (month - phase.from + 1) / (phase.full - phase.from + 1);
}
