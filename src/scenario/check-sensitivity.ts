// Cross-checks of the `sensitivity` ranges: each range must contain the value the scenario uses (a
// multiplier range must contain 1, a threshold shift 0), and must stay where the number makes sense
// (hazard ratios above 0, probabilities within 0–1), so the tornado never runs an impossible model.
import { DRIVERS } from '../engine/vocabulary.ts';
import type { CheckableScenario, Report } from './check-context.ts';

interface Range {
  readonly low: number;
  readonly high: number;
}

export function checkSensitivity(raw: CheckableScenario, report: Report): void {
  const s = raw.sensitivity;
  const c = raw.ceasefire;
  // Each range is checked against the ceasefire's numbers: without a well-formed ceasefire, nothing.
  if (!s || !c) return;
  const at = ['sensitivity'] as const;
  const check = (
    key: string | readonly [string, string],
    range: Range | undefined,
    base: number,
    what: string,
    min: number,
    max: number,
    minOpen = false,
  ) => {
    if (!range) return;
    const path = typeof key === 'string' ? [...at, key] : [...at, ...key];
    if (range.low > base || range.high < base)
      report(path, 'inconsistent', `the range ${range.low}–${range.high} must contain ${what} (${base})`);
    const below = minOpen ? range.low <= min : range.low < min;
    if (below || range.high > max)
      report(
        path,
        'inconsistent',
        `the range ${range.low}–${range.high} must lie within ${minOpen ? '(' : '['}${min}, ${max}]`,
      );
  };
  check('salience', s.salience, 1, 'the factor 1 (as written)', 0, 10);
  check('clout', s.clout, 1, 'the factor 1 (as written)', 0, 10);
  check('thresholds', s.thresholds, 0, 'a shift of 0 (as written)', -50, 50);
  check('reservation', s.reservation, 0, 'a shift of 0 (as written)', -50, 50);
  check('event_chance', s.event_chance, 1, 'the factor 1 (as written)', 0, 100);
  for (const d of DRIVERS)
    check(
      ['hazard_ratios', d],
      s.hazard_ratios[d],
      c.drivers[d].hazard_ratio,
      `the scenario's hazard ratio`,
      0,
      100,
      true,
    );
  check(
    'baseline_collapse_12m',
    s.baseline_collapse_12m,
    c.baseline_collapse_12m,
    'the baseline',
    0,
    1,
    true,
  );
  check('duration_dependence', s.duration_dependence, c.duration_dependence, 'the scenario’s ρ', -3, 3);
  check('shrink', s.shrink, c.shrink, 'the scenario’s shrink', 0, 1);
  check('floor_hazard_ratio', s.floor_hazard_ratio, c.floor_hazard_ratio, 'the scenario’s floor', 0, 1, true);
}
