// The charts beside each analysis's data tables, drawn by the lab's chart modules (src/ui/lab/charts)
// from the raw results: the paired differences of a comparison, the tornado for the chosen output,
// a one-way sweep as lines and a two-way sweep as a heatmap. Each chart is SVG, so the report can
// embed it as text.
import type { Comparison } from '../../engine/analysis/compare.ts';
import type { Outputs, Sweep, Tornado } from '../../engine/analysis/sensitivity.ts';
import type { LabAnswer, TornadoOutput } from '../../state/lab-tasks.ts';
import {
  type Format,
  formatNumber,
  heatmap,
  intervalChart,
  lineChart,
  percent,
  signedFormat,
  svgToString,
  tornadoChart,
} from './charts/index.ts';

export interface LabChart {
  readonly title: string;
  readonly svg: SVGSVGElement;
}

/** Bars shown in a tornado: the widest swings (the data table lists every parameter). */
const TORNADO_BARS = 15;

interface OutputView {
  readonly pick: (o: Outputs) => number;
  readonly unit: string;
  readonly format: Format;
}

function outputView(output: TornadoOutput, month: number): OutputView {
  switch (output) {
    case 'collapse':
      return { pick: (o) => o.p12, unit: `Collapse probability by month ${month}`, format: percent(1) };
    case 'margin':
      return { pick: (o) => o.marginToNine, unit: 'Margin to nine (votes)', format: formatNumber };
    case 'acceptance':
      return { pick: (o) => o.acceptance ?? Number.NaN, unit: 'Acceptance (0–100)', format: formatNumber };
  }
}

function compareCharts(c: Comparison): LabChart[] {
  const first = c.drafts[0];
  if (!first || c.drafts.length < 2) return [];
  const rows = c.differences.slice(1).flatMap((d) => {
    const label = c.drafts.find((x) => x.id === d.draft)?.label ?? d.draft;
    return d.collapse.map((p) => ({
      label: `${label}, ${p.month} mo`,
      value: p.estimate,
      lo: p.ci95[0],
      hi: p.ci95[1],
    }));
  });
  const title = `Collapse probability against ${first.label} (paired, 95% intervals)`;
  return [
    {
      title,
      svg: intervalChart({
        title,
        unit: `Difference in collapse probability from ${first.label}`,
        rows,
        format: signedFormat(percent(1)),
        id: 'lab-compare-chart',
      }),
    },
  ];
}

function tornadoCharts(t: Tornado, output: TornadoOutput): LabChart[] {
  const view = outputView(output, t.month);
  const swing = (b: Tornado['bars'][number]) => Math.abs(view.pick(b.high) - view.pick(b.low));
  const bars = [...t.bars]
    .sort((a, b) => swing(b) - swing(a))
    .slice(0, TORNADO_BARS)
    .map((b) => ({
      label: b.parameter.label,
      low: view.pick(b.low),
      high: view.pick(b.high),
      lowLabel: formatNumber(b.parameter.low),
      highLabel: formatNumber(b.parameter.high),
    }));
  const title = `What moves the ${view.unit.toLowerCase()} most`;
  return [
    {
      title,
      svg: tornadoChart({
        title,
        unit: view.unit,
        base: view.pick(t.baseline),
        bars,
        format: view.format,
        id: 'lab-tornado-chart',
      }),
    },
  ];
}

function sweepCharts(s: Sweep, output: TornadoOutput): LabChart[] {
  const view = outputView(output, s.month);
  if (s.param2 && s.values2) {
    const n = s.values2.length;
    const values = s.values.map((_, i) => s.points.slice(i * n, i * n + n).map(view.pick));
    const title = `${view.unit} over ${s.param.label} and ${s.param2.label}`;
    return [
      {
        title,
        svg: heatmap({
          title,
          xLabel: s.param2.label,
          yLabel: s.param.label,
          xs: s.values2,
          ys: s.values,
          values,
          format: view.format,
          id: 'lab-sweep-chart',
        }),
      },
    ];
  }
  const title = `${view.unit} as ${s.param.label} varies`;
  return [
    {
      title,
      svg: lineChart({
        title,
        xLabel: s.param.label,
        yLabel: view.unit,
        series: [{ name: view.unit, points: s.points.map((p) => ({ x: p.value, y: view.pick(p) })) }],
        format: view.format,
        id: 'lab-sweep-chart',
      }),
    },
  ];
}

/** The charts for one answer (none for the solver and the consensus set: their tables say it). */
export function chartsFor(answer: LabAnswer): LabChart[] {
  switch (answer.kind) {
    case 'compare':
      return compareCharts(answer.data as Comparison);
    case 'tornado': {
      const d = answer.data as { tornado: Tornado; output: TornadoOutput };
      return tornadoCharts(d.tornado, d.output);
    }
    case 'sweep': {
      const d = answer.data as { sweep: Sweep; output: TornadoOutput };
      return sweepCharts(d.sweep, d.output);
    }
    default:
      return [];
  }
}

export const chartText = (chart: LabChart): string => svgToString(chart.svg);
