// The canonical scenario keeps one trace of the file's order: each option's `position` (display
// order). Order-invariance tests compare scenarios without it, and check it separately.
import type { Scenario } from '../../src/engine/scenario.ts';

export function withoutPositions(scenario: Scenario): unknown {
  return {
    ...scenario,
    issues: scenario.issues.map((i) => ({
      ...i,
      options: i.options.map(({ position: _, ...rest }) => rest),
    })),
  };
}

/** Each issue's option ids in the author's order (by position). */
export const authorOrder = (scenario: Scenario): Record<string, string[]> =>
  Object.fromEntries(
    scenario.issues.map((i) => [
      i.id,
      [...i.options].sort((a, b) => a.position - b.position).map((o) => o.id),
    ]),
  );
