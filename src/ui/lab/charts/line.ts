// One-way sweeps as line charts: one line per series in an Okabe–Ito colour with its own dash and
// marker shape, an optional 95% band, and the series' name and last value written at the line's end
// (spread so they never overlap). A missing value (NaN) breaks the line instead of drawing through it.
import { bottomAxis, leftAxis, type Plot } from './axis.ts';
import { extent, type Format, formatNumber, linear, niceDomain } from './scale.ts';
import {
  chartId,
  frame,
  noDataChart,
  OKABE_ITO,
  r1,
  STYLE,
  svgEl,
  TITLE_BAND,
  textWidth,
  truncate,
  WIDTH,
} from './svg.ts';

export interface LinePoint {
  readonly x: number;
  readonly y: number;
  /** The 95% interval on y, when known. */
  readonly lo?: number;
  readonly hi?: number;
}

export interface LineSeries {
  readonly name: string;
  readonly points: readonly LinePoint[];
}

export interface LineInput {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly LineSeries[];
  readonly yDomain?: readonly [number, number];
  /** Formats y values (ticks and labels); `xFormat` the x ticks. */
  readonly format?: Format;
  readonly xFormat?: Format;
  readonly id?: string;
}

/** Yellow is left out: too faint for a thin line on white. */
const COLOURS = OKABE_ITO.slice(0, 7);
const DASHES = ['', '8 4', '2 4', '12 4 3 4'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
const END_ROOM = 190;
const LABEL_GAP = 19;

export function seriesStyle(i: number): { colour: string; dash: string; marker: (typeof MARKERS)[number] } {
  return {
    colour: COLOURS[i % COLOURS.length]!,
    dash: DASHES[i % DASHES.length]!,
    marker: MARKERS[i % MARKERS.length]!,
  };
}

const ok = (p: LinePoint) => Number.isFinite(p.x) && Number.isFinite(p.y);

/** Label positions: as near each wanted y as possible without overlapping, kept within bounds. */
export function spreadLabels(wanted: readonly number[], top: number, bottom: number, gap: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => o.y);
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i === 0 ? top : ys[i - 1]! + gap);
  for (let i = ys.length - 1; i >= 0; i--)
    ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? bottom : ys[i + 1]! - gap);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => {
    out[o.i] = ys[k]!;
  });
  return out;
}

export function lineSummary(input: LineInput): string {
  const format = input.format ?? formatNumber;
  const xFormat = input.xFormat ?? formatNumber;
  const drawn = input.series.map((s) => ({ name: s.name, points: s.points.filter(ok) }));
  const parts = drawn
    .filter((s) => s.points.length > 0)
    .slice(0, 6)
    .map(({ name, points }) => {
      const first = points[0]!;
      const last = points[points.length - 1]!;
      const top = points.reduce((a, b) => (b.y > a.y ? b : a));
      return `${name}: ${format(first.y)} at ${xFormat(first.x)} to ${format(last.y)} at ${xFormat(last.x)}, highest ${format(top.y)} at ${xFormat(top.x)}.`;
    });
  if (parts.length === 0) return 'No data to show.';
  const more = drawn.filter((s) => s.points.length > 0).length - parts.length;
  return `${input.yLabel} against ${input.xLabel}. ${parts.join(' ')}${more > 0 ? ` And ${more} more series.` : ''}`;
}

export function lineChart(input: LineInput): SVGSVGElement {
  const format = input.format ?? formatNumber;
  const xFormat = input.xFormat ?? formatNumber;
  const id = chartId(input.title, input.id);
  const points = input.series.flatMap((s) => s.points.filter(ok));
  const xRange = extent(points.map((p) => p.x));
  const yRange = extent(points.flatMap((p) => [p.y, p.lo ?? Number.NaN, p.hi ?? Number.NaN]));
  if (!xRange || !yRange) return noDataChart('line', input.title, id);

  const plot: Plot = { x0: 84, x1: WIDTH - END_ROOM, y0: TITLE_BAND + 14, y1: TITLE_BAND + 314 };
  const height = plot.y1 + 58;
  // The x axis spans exactly the swept range, so every line reaches both edges.
  const xDomain: [number, number] = xRange[0] === xRange[1] ? niceDomain(xRange) : xRange;
  const yDomain: [number, number] = input.yDomain ? [input.yDomain[0], input.yDomain[1]] : niceDomain(yRange);
  const x = linear(xDomain, [plot.x0, plot.x1]);
  const y = linear(yDomain, [plot.y1, plot.y0]);

  const svg = frame({ id, kind: 'line', title: input.title, desc: lineSummary(input), height });
  svg.append(
    svgEl('defs', {}, svgEl('clipPath', { id: `${id}-clip` }, svgEl('rect', plotRect(plot)))),
    leftAxis(plot, yDomain, y, format, input.yLabel),
    bottomAxis(plot, xDomain, x, xFormat, input.xLabel, 7),
  );

  const lines = svgEl('g', { class: 'series-lines', 'clip-path': `url(#${id}-clip)` });
  const ends: Array<{ name: string; last: LinePoint; i: number }> = [];
  input.series.forEach((series, i) => {
    const style = seriesStyle(i);
    const g = svgEl('g', { class: 'series', 'data-series': i });
    const band = bandPath(series.points, x, y);
    if (band) g.append(svgEl('path', { d: band, fill: style.colour, 'fill-opacity': 0.16, class: 'band' }));
    g.append(
      svgEl('path', {
        d: linePath(series.points, x, y),
        fill: 'none',
        stroke: style.colour,
        'stroke-width': 2.5,
        'stroke-dasharray': style.dash,
        'stroke-linejoin': 'round',
        class: 'line',
      }),
    );
    const finite = series.points.filter(ok);
    if (finite.length <= 40)
      for (const p of finite)
        g.append(
          marker(
            style.marker,
            x(p.x),
            y(p.y),
            style.colour,
            `${series.name}: ${format(p.y)} at ${xFormat(p.x)}`,
          ),
        );
    lines.append(g);
    const last = finite[finite.length - 1];
    if (last) ends.push({ name: series.name, last, i });
  });
  svg.append(lines, endLabels(ends, plot, y, format));
  return svg;
}

function plotRect(plot: Plot) {
  return { x: plot.x0 - 6, y: plot.y0 - 6, width: plot.x1 - plot.x0 + 12, height: plot.y1 - plot.y0 + 12 };
}

/** The line as a path, lifting the pen over missing values. */
export function linePath(
  points: readonly LinePoint[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  let pen = false;
  const parts: string[] = [];
  for (const p of points) {
    if (!ok(p)) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${r1(x(p.x))},${r1(y(p.y))}`);
    pen = true;
  }
  return parts.join(' ');
}

/** The band over each run of points that has both ends of the interval; null when there is none. */
function bandPath(
  points: readonly LinePoint[],
  x: (v: number) => number,
  y: (v: number) => number,
): string | null {
  const runs: LinePoint[][] = [[]];
  for (const p of points) {
    if (ok(p) && Number.isFinite(p.lo) && Number.isFinite(p.hi)) runs[runs.length - 1]!.push(p);
    else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  }
  const shapes = runs
    .filter((run) => run.length > 1)
    .map((run) => {
      const upper = run.map((p) => `${r1(x(p.x))},${r1(y(p.hi!))}`);
      const lower = [...run].reverse().map((p) => `${r1(x(p.x))},${r1(y(p.lo!))}`);
      return `M${[...upper, ...lower].join(' L')} Z`;
    });
  return shapes.length > 0 ? shapes.join(' ') : null;
}

function marker(
  kind: (typeof MARKERS)[number],
  cx: number,
  cy: number,
  colour: string,
  tip: string,
): SVGElement {
  const attrs = { fill: colour, stroke: '#ffffff', 'stroke-width': 1, class: 'marker' };
  const tipEl = svgEl('title', {}, tip);
  const s = 4.5;
  if (kind === 'circle') return svgEl('circle', { cx: r1(cx), cy: r1(cy), r: s, ...attrs }, tipEl);
  if (kind === 'square')
    return svgEl('rect', { x: r1(cx - s), y: r1(cy - s), width: 2 * s, height: 2 * s, ...attrs }, tipEl);
  const pts =
    kind === 'triangle'
      ? [
          [cx, cy - s * 1.2],
          [cx + s * 1.2, cy + s],
          [cx - s * 1.2, cy + s],
        ]
      : [
          [cx, cy - s * 1.4],
          [cx + s * 1.4, cy],
          [cx, cy + s * 1.4],
          [cx - s * 1.4, cy],
        ];
  return svgEl('polygon', { points: pts.map(([a, b]) => `${r1(a!)},${r1(b!)}`).join(' '), ...attrs }, tipEl);
}

function endLabels(
  ends: ReadonlyArray<{ name: string; last: LinePoint; i: number }>,
  plot: Plot,
  y: (v: number) => number,
  format: Format,
): SVGGElement {
  const g = svgEl('g', { class: 'end-labels' });
  const wanted = ends.map((e) => y(e.last.y));
  const placed = spreadLabels(wanted, plot.y0, plot.y1 + 30, LABEL_GAP);
  ends.forEach((end, k) => {
    const style = seriesStyle(end.i);
    const ly = placed[k]!;
    g.append(
      svgEl('path', {
        d: `M${plot.x1 + 4},${r1(wanted[k]!)} L${plot.x1 + 14},${r1(ly)} L${plot.x1 + 30},${r1(ly)}`,
        fill: 'none',
        stroke: style.colour,
        'stroke-width': 2,
        'stroke-dasharray': style.dash,
      }),
      endLabel(end.name, format(end.last.y), plot.x1 + 34, r1(ly + 5), end.i),
    );
  });
  return g;
}

/** "Name 31%", the name cut so the value always shows; the full name in the tooltip when cut. */
function endLabel(name: string, value: string, x: number, y: number, series: number): SVGTextElement {
  const room = END_ROOM - 40 - textWidth(` ${value}`);
  const shown = truncate(name, room);
  const text = svgEl(
    'text',
    { x, y, fill: STYLE.ink, class: 'end-label', 'data-series': series },
    `${shown} ${value}`,
  );
  if (shown !== name) text.append(svgEl('title', {}, `${name} ${value}`));
  return text;
}
