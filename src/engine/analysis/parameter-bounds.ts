// The values a parameter can take in a sweep: the range the scenario format allows for the number it
// stands for (docs/scenario-format.md). Checked before a sweep starts, so a request such as
// "from -1e308 to 1e308" is refused with a sentence instead of failing halfway (the steps between
// two such ends are not numbers).
import { own } from '../own.ts';
import { splitParameterId } from './parameters.ts';

export interface Bounds {
  readonly min: number;
  readonly max: number;
}

const GROUP_BOUNDS: Readonly<Record<string, Bounds>> = {
  // A factor on a clause's salience (weights are renormalised); the format caps a salience at 1e6.
  salience: { min: 0, max: 1_000_000 },
  clout: { min: 0, max: 100 },
  threshold: { min: 0, max: 100 },
  // Points added to a reservation on the 0–100 utility scale.
  reservation: { min: -100, max: 100 },
  hazard_ratio: { min: 0, max: 100 },
  baseline_collapse_12m: { min: 0, max: 1 },
  duration_dependence: { min: -3, max: 3 },
  shrink: { min: 0, max: 1 },
  floor_hazard_ratio: { min: 0, max: 1 },
  event_chance: { min: 0, max: 1 },
};

/** The legal values of a parameter by its id (`clout.usa` → 0–100); undefined for an unknown group. */
export function parameterBounds(id: string): Bounds | undefined {
  return own(GROUP_BOUNDS, splitParameterId(id).group);
}

/**
 * Why `from`…`to` is not a sweep of `id`, or null when it is: both finite, in order, within the
 * parameter's legal values. `names` are how the caller calls the two ends ('--from', '--to').
 */
export function sweepRangeProblem(
  id: string,
  from: number,
  to: number,
  names: { readonly from: string; readonly to: string } = { from: 'from', to: 'to' },
): string | null {
  for (const [name, value] of [
    [names.from, from],
    [names.to, to],
  ] as const) {
    if (!Number.isFinite(value)) return `${name} must be a finite number (got ${value})`;
  }
  if (from > to) return `${names.from} (${from}) must not be above ${names.to} (${to})`;
  const bounds = parameterBounds(id);
  if (bounds && (from < bounds.min || to > bounds.max))
    return `${id} can go from ${bounds.min} to ${bounds.max} (got ${names.from} ${from}, ${names.to} ${to})`;
  return null;
}
