// The tornado chart: one row per parameter, in the order given (the analysis sorts them by swing), a
// bar from the base value to the output with the parameter at its low end (solid blue) and one to the
// output at its high end (orange, hatched), around a vertical base line. The outputs are written in a column on the
// right ("31% → 48%", low end first) and the settings at the bar ends, so neither colour nor pattern
// carries the numbers alone.
import { bottomAxis, type Plot } from './axis.ts';
import { extent, type Format, formatNumber, linear, niceDomain } from './scale.ts';
import {
  chartId,
  frame,
  hatch,
  label,
  noDataChart,
  OKABE_ITO,
  r1,
  rowLayout,
  STYLE,
  svgEl,
  TITLE_BAND,
  textWidth,
  truncate,
  WIDTH,
  wrapLines,
  wrappedLabel,
} from './svg.ts';

export interface TornadoBar {
  readonly label: string;
  /** The output with the parameter at its low end. */
  readonly low: number;
  /** The output with the parameter at its high end. */
  readonly high: number;
  /** The parameter's low and high settings, in words or numbers ("0.2", "salience 40"). */
  readonly lowLabel?: string;
  readonly highLabel?: string;
}

export interface TornadoInput {
  readonly title: string;
  /** What the output is, with its unit (the axis title): "Collapse probability at 12 months". */
  readonly unit: string;
  readonly base: number;
  readonly bars: readonly TornadoBar[];
  readonly format?: Format;
  readonly id?: string;
}

const LOW_COLOUR = OKABE_ITO[0]!;
const HIGH_COLOUR = OKABE_ITO[1]!;
const HIGH_EDGE = '#8f5f00';
const LABEL_RIGHT = 200;
const OUTPUT_HEADER = 'low → high';

const finite = (bar: TornadoBar) => Number.isFinite(bar.low) && Number.isFinite(bar.high);

/** A sentence per extreme: the largest swing in words, for the chart's <desc>. */
export function tornadoSummary(input: TornadoInput): string {
  const format = input.format ?? formatNumber;
  const bars = input.bars.filter(finite);
  const swing = (b: TornadoBar) => Math.abs(b.high - b.low);
  const largest = bars.reduce<TornadoBar | undefined>(
    (a, b) => (a && swing(a) >= swing(b) ? a : b),
    undefined,
  );
  if (!largest) return 'No data to show.';
  const parts = [
    `${input.unit}: ${bars.length} parameter${bars.length === 1 ? '' : 's'} around a base of ${format(input.base)}.`,
    `Largest swing: ${largest.label}, from ${format(largest.low)} to ${format(largest.high)}.`,
  ];
  const smallest = bars.reduce((a, b) => (swing(a) <= swing(b) ? a : b));
  if (bars.length > 1)
    parts.push(`Smallest: ${smallest.label}, from ${format(smallest.low)} to ${format(smallest.high)}.`);
  return parts.join(' ');
}

export function tornadoChart(input: TornadoInput): SVGSVGElement {
  const format = input.format ?? formatNumber;
  const id = chartId(input.title, input.id);
  const range = extent(input.bars.filter(finite).flatMap((b) => [b.low, b.high]));
  if (!range || !Number.isFinite(input.base)) return noDataChart('tornado', input.title, id);

  // The outputs in a column of their own on the right ("low → high"), so they never collide with
  // the bars; the parameter's settings, when given, at the bars' free ends.
  const outputs = input.bars.map((b) => (finite(b) ? `${format(b.low)} → ${format(b.high)}` : 'no data'));
  const outRoom = Math.min(200, Math.max(textWidth(OUTPUT_HEADER), ...outputs.map((t) => textWidth(t))) + 12);
  const settings = input.bars.flatMap((b) => [b.lowLabel ?? '', b.highLabel ?? '']);
  const settingRoom = Math.min(90, Math.max(0, ...settings.map((t) => textWidth(t)))) + 8;
  const row = input.bars.length > 24 ? 22 : 30;
  const top = TITLE_BAND + 56;
  // Row labels wrap onto as many lines as they need (a row grows to hold them): never cut.
  const labelLines = input.bars.map((b) => wrapLines(b.label, LABEL_RIGHT - 12));
  const rows = rowLayout(labelLines, row);
  const plot: Plot = {
    x0: LABEL_RIGHT + 12,
    x1: WIDTH - 12 - outRoom,
    y0: top,
    y1: top + rows.total,
  };
  const domain = niceDomain(range, 5, [input.base]);
  const x = linear(domain, [plot.x0 + settingRoom, plot.x1 - settingRoom]);
  const height = plot.y1 + 60;
  const columnX = WIDTH - 12;

  const svg = frame({ id, kind: 'tornado', title: input.title, desc: tornadoSummary(input), height });
  svg.append(
    svgEl('defs', {}, hatch(`${id}-high`, HIGH_COLOUR)),
    legend(id),
    bottomAxis(plot, domain, x, format, input.unit, 5),
    svgEl(
      'text',
      { x: columnX, y: plot.y0 - 12, 'text-anchor': 'end', fill: STYLE.muted, class: 'column-header' },
      OUTPUT_HEADER,
    ),
  );

  const bars = svgEl('g', { class: 'bars' });
  const baseX = r1(x(input.base));
  const baseText = `Base ${format(input.base)}`;
  const baseWidth = Math.min(200, textWidth(baseText, STYLE.fontSize * 1.1));
  input.bars.forEach((bar, i) => {
    const height = rows.heights[i]!;
    const y = plot.y0 + rows.tops[i]! + (height - row) / 2;
    const mid = r1(y + row / 2 + 5);
    const g = svgEl('g', { class: 'bar', 'data-index': i });
    g.append(wrappedLabel(labelLines[i]!, LABEL_RIGHT, mid, { 'text-anchor': 'end', class: 'row-label' }));
    g.append(
      svgEl(
        'text',
        {
          x: columnX,
          y: mid,
          'text-anchor': 'end',
          class: 'value',
          fill: finite(bar) ? STYLE.ink : STYLE.muted,
        },
        truncate(outputs[i]!, outRoom - 4),
      ),
    );
    if (!finite(bar)) {
      bars.append(g);
      return;
    }
    const segment = (value: number, end: 'low' | 'high') => {
      const a = Math.min(x(input.base), x(value));
      const w = Math.max(1, Math.abs(x(value) - x(input.base)));
      const setting = end === 'low' ? bar.lowLabel : bar.highLabel;
      return svgEl(
        'rect',
        {
          x: r1(a),
          y: r1(y + 6),
          width: r1(w),
          height: barHeight(row),
          class: `segment segment--${end}`,
          'data-value': value,
          fill: end === 'low' ? LOW_COLOUR : `url(#${id}-high)`,
          stroke: end === 'low' ? LOW_COLOUR : HIGH_EDGE,
        },
        svgEl('title', {}, `${bar.label}, ${end} end${setting ? ` (${setting})` : ''}: ${format(value)}`),
      );
    };
    // The longer segment first, so a shorter one on the same side stays visible on top of it.
    const ordered: Array<['low' | 'high', number]> = [
      ['low', bar.low],
      ['high', bar.high],
    ];
    ordered.sort((a, b) => Math.abs(b[1] - input.base) - Math.abs(a[1] - input.base));
    for (const [end, value] of ordered) g.append(segment(value, end));
    g.append(...settingTexts(bar, input.base, x, mid, settingRoom));
    bars.append(g);
  });
  svg.append(
    bars,
    svgEl('line', {
      x1: baseX,
      x2: baseX,
      y1: plot.y0 - 6,
      y2: plot.y1,
      stroke: STYLE.ink,
      'stroke-width': 2,
      class: 'base-line',
    }),
    label(baseText, 200, {
      // Centred on the base line, but kept over the plot so it never runs into the output column.
      x: r1(Math.min(plot.x1 - baseWidth / 2, Math.max(plot.x0 + baseWidth / 2, baseX))),
      y: plot.y0 - 12,
      'text-anchor': 'middle',
      'font-weight': 600,
      class: 'base-label',
    }),
  );
  return svg;
}

const barHeight = (row: number) => row - 12;

/**
 * The parameter's settings written beyond the bar ends that are free: both when the bars go either
 * way from the base, only the far one when both go the same way (the near end is under the far bar).
 */
function settingTexts(
  bar: TornadoBar,
  base: number,
  x: (v: number) => number,
  y: number,
  room: number,
): SVGTextElement[] {
  const ends = [
    { value: bar.low, text: bar.lowLabel },
    { value: bar.high, text: bar.high === bar.low ? undefined : bar.highLabel },
  ];
  const far = Math.abs(bar.low - base) >= Math.abs(bar.high - base) ? ends[0]! : ends[1]!;
  const apart = (bar.low - base) * (bar.high - base) < 0;
  return (apart ? ends : [far]).flatMap(({ value, text }) => {
    if (!text) return [];
    const right = value >= base;
    return [
      svgEl(
        'text',
        {
          x: r1(right ? x(value) + 5 : x(value) - 5),
          y,
          'text-anchor': right ? 'start' : 'end',
          fill: STYLE.muted,
          class: 'setting',
        },
        truncate(text, room - 6),
      ),
    ];
  });
}

function legend(id: string): SVGGElement {
  const y = TITLE_BAND + 8;
  const swatch = (x: number, fill: string, stroke: string) =>
    svgEl('rect', { x, y, width: 18, height: 14, fill, stroke });
  const lowText = 'Parameter at its low end';
  const highX = 12 + 24 + textWidth(lowText) + 24;
  return svgEl(
    'g',
    { class: 'legend' },
    swatch(12, LOW_COLOUR, LOW_COLOUR),
    svgEl('text', { x: 36, y: y + 12 }, lowText),
    swatch(r1(highX), `url(#${id}-high)`, HIGH_EDGE),
    svgEl('text', { x: r1(highX + 24), y: y + 12 }, 'Parameter at its high end'),
  );
}
