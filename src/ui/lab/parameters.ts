// The scenario's parameters an analyst can sweep, with their stated low and high values, from the
// engine's analysis module (src/engine/analysis/parameters.ts) once it is in the build.
import type { Scenario } from '../../engine/scenario.ts';
import type { LabParameter } from './analysis-panels.ts';

export function labParameters(_scenario: Scenario): LabParameter[] {
  return [];
}
