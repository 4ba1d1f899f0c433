// The charts beside each analysis's data tables, drawn by the lab's chart modules (src/ui/lab/charts)
// from the raw results. Each chart is SVG, so the report can embed it as text.
import type { LabAnswer } from '../../state/lab-tasks.ts';
import { svgToString } from './charts/index.ts';

export interface LabChart {
  readonly title: string;
  readonly svg: SVGSVGElement;
}

/** The charts for one answer; none until the chart modules are wired in. */
export function chartsFor(_answer: LabAnswer): LabChart[] {
  return [];
}

export const chartText = (chart: LabChart): string => svgToString(chart.svg);
