// The scenario's parameters an analyst can sweep, with their stated low and high values (the
// scenario's sensitivity section), from the engine's analysis module.
import { listParameters } from '../../engine/analysis/parameters.ts';
import type { Scenario } from '../../engine/scenario.ts';
import type { LabParameter } from './analysis-panels.ts';

export function labParameters(scenario: Scenario): LabParameter[] {
  return listParameters(scenario).map((p) => ({ id: p.id, label: p.label, low: p.low, high: p.high }));
}
