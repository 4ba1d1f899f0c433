// The survival curve as plain SVG built from the outlook's numbers: the chance the ceasefire still
// holds after each month, its 95% band, the months and percentages on the axes, and a marker at the
// month the caption reads. The geometry is pure and tested; the SVG is only its drawing.
import type { CeasefireOutlook } from '../engine/montecarlo.ts';

export interface SurvivalPoint {
  readonly month: number;
  /** Chance the ceasefire still holds at the end of this month. */
  readonly survival: number;
  /** The 95% band on survival (from the collapse interval, turned over). */
  readonly low: number;
  readonly high: number;
}

export const CHART = { width: 600, height: 320, left: 64, right: 20, top: 18, bottom: 56 } as const;
const plotWidth = CHART.width - CHART.left - CHART.right;
const plotHeight = CHART.height - CHART.top - CHART.bottom;

/** Month 0 (the vote: everything holds) and then every month of the horizon. */
export function survivalPoints(outlook: CeasefireOutlook): SurvivalPoint[] {
  return [
    { month: 0, survival: 1, low: 1, high: 1 },
    ...outlook.collapse.map((p, i) => ({
      month: p.month,
      survival: outlook.survival[i] ?? 1 - p.probability,
      low: 1 - p.ci95[1],
      high: 1 - p.ci95[0],
    })),
  ];
}

export const xOf = (month: number, horizon: number): number =>
  CHART.left + (horizon === 0 ? 0 : (month / horizon) * plotWidth);
export const yOf = (p: number): number => CHART.top + (1 - p) * plotHeight;

const round = (n: number) => Math.round(n * 10) / 10;
const pair = (x: number, y: number) => `${round(x)},${round(y)}`;

export interface ChartShapes {
  /** The curve, as an SVG polyline's points. */
  readonly line: string;
  /** The 95% band, as an SVG polygon's points (upper edge out, lower edge back). */
  readonly band: string;
  readonly xTicks: ReadonlyArray<{ readonly month: number; readonly x: number }>;
  readonly yTicks: ReadonlyArray<{ readonly p: number; readonly y: number }>;
}

export function chartShapes(points: readonly SurvivalPoint[]): ChartShapes {
  const horizon = points[points.length - 1]?.month ?? 0;
  const step = horizon <= 12 ? 3 : horizon <= 36 ? 6 : 12;
  const xTicks = [];
  for (let m = 0; m <= horizon; m += step) xTicks.push({ month: m, x: xOf(m, horizon) });
  return {
    line: points.map((p) => pair(xOf(p.month, horizon), yOf(p.survival))).join(' '),
    band: [
      ...points.map((p) => pair(xOf(p.month, horizon), yOf(p.high))),
      ...[...points].reverse().map((p) => pair(xOf(p.month, horizon), yOf(p.low))),
    ].join(' '),
    xTicks,
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((p) => ({ p, y: yOf(p) })),
  };
}

const SVG = 'http://www.w3.org/2000/svg';
function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number>>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The chart; `marked` is the month the caption reads (drawn as a dashed line with a dot). */
export function survivalChart(outlook: CeasefireOutlook, marked: number, title: string): SVGSVGElement {
  const points = survivalPoints(outlook);
  const shapes = chartShapes(points);
  const horizon = points[points.length - 1]?.month ?? 0;
  const svg = s('svg', {
    viewBox: `0 0 ${CHART.width} ${CHART.height}`,
    role: 'img',
    'aria-labelledby': 'survival-title',
    class: 'survival-chart',
    id: 'survival-chart',
  });
  svg.append(s('title', { id: 'survival-title' }, title));
  const bottom = CHART.top + plotHeight;
  for (const t of shapes.yTicks) {
    svg.append(
      s('line', { x1: CHART.left, x2: CHART.width - CHART.right, y1: t.y, y2: t.y, class: 'grid' }),
      s('text', { x: CHART.left - 8, y: t.y + 5, class: 'tick', 'text-anchor': 'end' }, `${t.p * 100}%`),
    );
  }
  for (const t of shapes.xTicks)
    svg.append(
      s('line', { x1: t.x, x2: t.x, y1: bottom, y2: bottom + 6, class: 'axis' }),
      s('text', { x: t.x, y: bottom + 24, class: 'tick', 'text-anchor': 'middle' }, String(t.month)),
    );
  svg.append(
    s('line', { x1: CHART.left, x2: CHART.width - CHART.right, y1: bottom, y2: bottom, class: 'axis' }),
    s('line', { x1: CHART.left, x2: CHART.left, y1: CHART.top, y2: bottom, class: 'axis' }),
    s(
      'text',
      { x: CHART.left + plotWidth / 2, y: CHART.height - 8, class: 'label', 'text-anchor': 'middle' },
      'Months after the vote',
    ),
    s(
      'text',
      {
        x: 16,
        y: CHART.top + plotHeight / 2,
        class: 'label',
        'text-anchor': 'middle',
        transform: `rotate(-90 16 ${CHART.top + plotHeight / 2})`,
      },
      'Still holding',
    ),
    s('polygon', { points: shapes.band, class: 'band' }),
    s('polyline', { points: shapes.line, class: 'curve' }),
  );
  const at = points.find((p) => p.month === marked);
  if (at) {
    const x = xOf(at.month, horizon);
    svg.append(
      s('line', { x1: x, x2: x, y1: CHART.top, y2: bottom, class: 'marker' }),
      s('circle', { cx: x, cy: yOf(at.survival), r: 5, class: 'marker-dot' }),
    );
  }
  return svg;
}
