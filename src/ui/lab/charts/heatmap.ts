// Two-way sweeps as a heatmap: one cell per pair of settings, coloured on viridis (perceptually even,
// readable with every kind of colour vision and in greyscale), with its value written in the cell when
// the cell is big enough and always in the cell's tooltip, and a legend with the scale's numbers.
// Rows are ys from the bottom up (values[row][column]), as on any plot with y rising.
import { type Plot, thin, yTitle } from './axis.ts';
import {
  extent,
  type Format,
  formatNumber,
  linear,
  niceDomain,
  rgbHex,
  sequential,
  textOn,
  ticks,
  VIRIDIS,
} from './scale.ts';
import {
  chartId,
  frame,
  hatch,
  label,
  noDataChart,
  r1,
  STYLE,
  svgEl,
  TITLE_BAND,
  textWidth,
  WIDTH,
} from './svg.ts';

export interface HeatmapInput {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xs: ReadonlyArray<number | string>;
  readonly ys: ReadonlyArray<number | string>;
  /** values[i][j] is the output at ys[i] and xs[j]. */
  readonly values: ReadonlyArray<ReadonlyArray<number>>;
  /** Formats the cell values and the legend; `xFormat`/`yFormat` the settings on the axes. */
  readonly format?: Format;
  readonly xFormat?: Format;
  readonly yFormat?: Format;
  /** The colour scale's ends (default: the values' range). */
  readonly domain?: readonly [number, number];
  readonly id?: string;
}

const LEGEND_ROOM = 116;
const TOOLTIP_LIMIT = 900;
const at = (values: HeatmapInput['values'], i: number, j: number): number => values[i]?.[j] ?? Number.NaN;

function setting(v: number | string, format: Format): string {
  return typeof v === 'number' ? format(v) : v;
}

export function heatmapSummary(input: HeatmapInput): string {
  const format = input.format ?? formatNumber;
  const xf = (j: number) => setting(input.xs[j]!, input.xFormat ?? formatNumber);
  const yf = (i: number) => setting(input.ys[i]!, input.yFormat ?? formatNumber);
  let low: [number, number, number] | null = null;
  let high: [number, number, number] | null = null;
  input.ys.forEach((_, i) => {
    input.xs.forEach((_, j) => {
      const v = at(input.values, i, j);
      if (!Number.isFinite(v)) return;
      if (!low || v < low[0]) low = [v, i, j];
      if (!high || v > high[0]) high = [v, i, j];
    });
  });
  if (!low || !high) return 'No data to show.';
  const [lv, li, lj] = low as [number, number, number];
  const [hv, hi, hj] = high as [number, number, number];
  return (
    `${input.ys.length} × ${input.xs.length} grid: ${input.yLabel} by ${input.xLabel}. ` +
    `Lowest ${format(lv)} at ${input.yLabel} ${yf(li)}, ${input.xLabel} ${xf(lj)}; ` +
    `highest ${format(hv)} at ${input.yLabel} ${yf(hi)}, ${input.xLabel} ${xf(hj)}.`
  );
}

export function heatmap(input: HeatmapInput): SVGSVGElement {
  const format = input.format ?? formatNumber;
  const xFormat = input.xFormat ?? formatNumber;
  const yFormat = input.yFormat ?? formatNumber;
  const id = chartId(input.title, input.id);
  const nx = input.xs.length;
  const ny = input.ys.length;
  const all = input.ys.flatMap((_, i) => input.xs.map((_, j) => at(input.values, i, j)));
  const range = extent(all);
  if (nx === 0 || ny === 0 || !range) return noDataChart('heatmap', input.title, id);

  const given = input.domain && input.domain[0] < input.domain[1] ? input.domain : null;
  const domain: readonly [number, number] = given ?? (range[0] === range[1] ? niceDomain(range) : range);
  const yTexts = input.ys.map((v) => setting(v, yFormat));
  const yRoom = Math.min(140, Math.max(...yTexts.map((t) => textWidth(t))));
  const plotHeight = Math.min(380, Math.max(120, ny * 34));
  const plot: Plot = {
    x0: 40 + yRoom + 10,
    x1: WIDTH - LEGEND_ROOM,
    y0: TITLE_BAND + 12,
    y1: TITLE_BAND + 12 + plotHeight,
  };
  const cellW = (plot.x1 - plot.x0) / nx;
  const cellH = plotHeight / ny;
  const height = plot.y1 + 62;
  const t = linear(domain, [0, 1]);

  const svg = frame({ id, kind: 'heatmap', title: input.title, desc: heatmapSummary(input), height });
  svg.append(svgEl('defs', {}, hatch(`${id}-missing`, '#c8c8c8'), gradient(`${id}-scale`)));

  // Cells are single rects and the values a separate layer: building DOM is what costs, and a 60 × 60
  // sweep is 3,600 cells. Past TOOLTIP_LIMIT cells the per-cell tooltips are left out (the data table
  // beside the chart has every value) so building the chart stays well inside a frame's budget.
  const tooltips = nx * ny <= TOOLTIP_LIMIT;
  const lines = cellW > 6 && cellH > 6;
  const cells = svgEl('g', { class: 'cells', stroke: '#ffffff', 'stroke-width': lines ? 1 : 0 });
  const labels = svgEl('g', { class: 'cell-values', 'text-anchor': 'middle' });
  const missing = all.some((v) => !Number.isFinite(v));
  const xNames = input.xs.map((v) => `${input.xLabel} ${setting(v, xFormat)}`);
  const [w, h] = [r1(cellW), r1(cellH)];
  input.ys.forEach((yv, i) => {
    const rowName = `${input.yLabel} ${setting(yv, yFormat)}`;
    const cy = r1(plot.y1 - (i + 1) * cellH);
    input.xs.forEach((_, j) => {
      const v = at(input.values, i, j);
      const known = Number.isFinite(v);
      const cx = plot.x0 + j * cellW;
      const colour = sequential(t(v));
      const text = tooltips || cellH >= 20 ? (known ? format(v) : '–') : '';
      const cell = svgEl('rect', {
        x: r1(cx),
        y: cy,
        width: w,
        height: h,
        fill: known ? rgbHex(colour) : `url(#${id}-missing)`,
        'data-row': i,
        'data-column': j,
      });
      if (tooltips)
        cell.append(svgEl('title', {}, `${rowName}, ${xNames[j]!}: ${known ? text : 'no value'}`));
      cells.append(cell);
      if (cellH >= 20 && textWidth(text) + 6 <= cellW)
        labels.append(
          svgEl(
            'text',
            {
              x: r1(cx + cellW / 2),
              y: r1(cy + cellH / 2 + 5),
              fill: known ? textOn(colour) : STYLE.ink,
              class: 'cell-value',
              'data-row': i,
              'data-column': j,
            },
            text,
          ),
        );
    });
  });
  svg.append(
    cells,
    labels,
    axes(input, plot, cellW, cellH, xFormat, yTexts),
    legend(id, plot, domain, format, missing),
  );
  return svg;
}

function axes(
  input: HeatmapInput,
  plot: Plot,
  cellW: number,
  cellH: number,
  xFormat: Format,
  yTexts: readonly string[],
): SVGGElement {
  const g = svgEl('g', { class: 'axis' });
  const xTexts = input.xs.map((v) => setting(v, xFormat));
  const widest = Math.max(...xTexts.map((s) => textWidth(s)));
  const xShown = new Set(
    thin(
      xTexts.map((_, j) => j),
      Math.min(widest, 120),
      plot.x1 - plot.x0,
    ),
  );
  xTexts.forEach((text, j) => {
    if (!xShown.has(j)) return;
    g.append(
      label(text, Math.max(cellW - 4, 40), {
        x: r1(plot.x0 + (j + 0.5) * cellW),
        y: plot.y1 + 20,
        'text-anchor': 'middle',
        fill: STYLE.muted,
      }),
    );
  });
  const yShown = new Set(
    thin(
      yTexts.map((_, i) => i),
      6,
      plot.y1 - plot.y0,
    ),
  );
  yTexts.forEach((text, i) => {
    if (!yShown.has(i)) return;
    g.append(
      label(text, 140, {
        x: plot.x0 - 8,
        y: r1(plot.y1 - (i + 0.5) * cellH + 5),
        'text-anchor': 'end',
        fill: STYLE.muted,
      }),
    );
  });
  g.append(
    label(input.xLabel, plot.x1 - plot.x0, {
      x: r1((plot.x0 + plot.x1) / 2),
      y: plot.y1 + 44,
      'text-anchor': 'middle',
      class: 'axis-title',
    }),
    yTitle(plot, input.yLabel),
  );
  return g;
}

function gradient(id: string): SVGLinearGradientElement {
  // Top of the bar is the high end.
  return svgEl(
    'linearGradient',
    { id, x1: 0, y1: 1, x2: 0, y2: 0 },
    ...VIRIDIS.map((c, i) =>
      svgEl('stop', { offset: `${r1((i / (VIRIDIS.length - 1)) * 100)}%`, 'stop-color': rgbHex(c) }),
    ),
  );
}

function legend(
  id: string,
  plot: Plot,
  domain: readonly [number, number],
  format: Format,
  missing: boolean,
): SVGGElement {
  const x = plot.x1 + 18;
  const g = svgEl('g', { class: 'legend' });
  g.append(
    svgEl('rect', {
      x,
      y: plot.y0,
      width: 16,
      height: plot.y1 - plot.y0,
      fill: `url(#${id}-scale)`,
      stroke: STYLE.axis,
    }),
  );
  const y = linear(domain, [plot.y1, plot.y0]);
  const inner = ticks(domain[0], domain[1], Math.max(2, Math.floor((plot.y1 - plot.y0) / 40)));
  // The scale's two ends are labelled too, unless a round tick already sits next to them.
  const clear = (end: number) => inner.every((v) => Math.abs(y(v) - y(end)) >= 24);
  const values = [
    ...(clear(domain[0]) ? [domain[0]] : []),
    ...inner,
    ...(clear(domain[1]) ? [domain[1]] : []),
  ];
  for (const v of values) {
    const py = r1(y(v));
    g.append(
      svgEl('line', { x1: x + 16, x2: x + 21, y1: py, y2: py, stroke: STYLE.axis }),
      label(format(v), LEGEND_ROOM - 44, { x: x + 24, y: r1(py + 5), fill: STYLE.muted }),
    );
  }
  if (missing)
    g.append(
      svgEl('rect', {
        x,
        y: plot.y1 + 12,
        width: 16,
        height: 14,
        fill: `url(#${id}-missing)`,
        stroke: STYLE.axis,
      }),
      svgEl('text', { x: x + 22, y: plot.y1 + 24, fill: STYLE.muted }, 'no value'),
    );
  return g;
}
