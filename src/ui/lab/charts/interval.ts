// Differences with their paired 95% intervals, as dots and whiskers: a filled dot when the interval
// leaves out zero (the difference is clear), a hollow one when it takes zero in — the shape says it as
// well as the numbers written at the right of each row. A dashed line marks zero.
import { bottomAxis, type Plot } from './axis.ts';
import { extent, type Format, formatNumber, linear, niceDomain } from './scale.ts';
import {
  chartId,
  frame,
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

export interface IntervalRow {
  readonly label: string;
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
}

export interface IntervalInput {
  readonly title: string;
  /** What is measured, with its unit (the axis title): "Difference in collapse probability, points". */
  readonly unit: string;
  readonly rows: readonly IntervalRow[];
  /** Draw (and always include) the zero line; on by default. */
  readonly zeroLine?: boolean;
  readonly format?: Format;
  readonly id?: string;
}

const COLOUR = OKABE_ITO[0]!;
const LABEL_RIGHT = 200;

const finite = (r: IntervalRow) => Number.isFinite(r.value) && Number.isFinite(r.lo) && Number.isFinite(r.hi);
/** The interval leaves zero out: the whole of it is on one side. */
export const excludesZero = (r: IntervalRow): boolean => r.lo > 0 || r.hi < 0;

export function intervalSummary(input: IntervalInput): string {
  const format = input.format ?? formatNumber;
  const rows = input.rows.filter(finite);
  if (rows.length === 0) return 'No data to show.';
  const clear = rows.filter(excludesZero).length;
  const largest = rows.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
  return (
    `${input.unit}: ${rows.length} row${rows.length === 1 ? '' : 's'} with 95% intervals; ` +
    `${clear} of ${rows.length} leave out zero. ` +
    `Largest: ${largest.label}, ${format(largest.value)} (95% interval ${format(largest.lo)} to ${format(largest.hi)}).`
  );
}

export function intervalChart(input: IntervalInput): SVGSVGElement {
  const format = input.format ?? formatNumber;
  const id = chartId(input.title, input.id);
  const zero = input.zeroLine ?? true;
  const range = extent(input.rows.filter(finite).flatMap((r) => [r.lo, r.hi, r.value]));
  if (!range) return noDataChart('interval', input.title, id);

  const texts = input.rows.map((r) =>
    finite(r) ? `${format(r.value)} [${format(r.lo)}, ${format(r.hi)}]` : 'no data',
  );
  const valueRoom = Math.min(220, Math.max(...texts.map((t) => textWidth(t))) + 16);
  const row = input.rows.length > 24 ? 22 : 30;
  const top = TITLE_BAND + 36;
  // Row labels (a draft's name and the month) wrap onto more lines rather than being cut.
  const labelLines = input.rows.map((r) => wrapLines(r.label, LABEL_RIGHT - 12));
  const layout = rowLayout(labelLines, row);
  const plot: Plot = {
    x0: LABEL_RIGHT + 12,
    x1: WIDTH - valueRoom - 8,
    y0: top,
    y1: top + layout.total,
  };
  const domain = niceDomain(range, 5, zero ? [0] : []);
  const x = linear(domain, [plot.x0 + 8, plot.x1 - 8]);
  const height = plot.y1 + 60;

  const svg = frame({ id, kind: 'interval', title: input.title, desc: intervalSummary(input), height });
  svg.append(legend(), bottomAxis(plot, domain, x, format, input.unit, 5));
  if (zero)
    svg.append(
      svgEl('line', {
        x1: r1(x(0)),
        x2: r1(x(0)),
        y1: plot.y0 - 4,
        y2: plot.y1,
        stroke: STYLE.ink,
        'stroke-width': 1.5,
        'stroke-dasharray': '5 4',
        class: 'zero-line',
      }),
    );

  const rows = svgEl('g', { class: 'rows' });
  input.rows.forEach((r, i) => {
    const cy = r1(plot.y0 + layout.tops[i]! + layout.heights[i]! / 2);
    const g = svgEl('g', { class: 'row', 'data-index': i });
    g.append(
      wrappedLabel(labelLines[i]!, LABEL_RIGHT, r1(cy + 5), { 'text-anchor': 'end', class: 'row-label' }),
    );
    if (finite(r)) {
      const [a, b] = [r1(x(Math.min(r.lo, r.hi))), r1(x(Math.max(r.lo, r.hi)))];
      const clear = excludesZero(r);
      g.append(
        svgEl('line', {
          x1: a,
          x2: b,
          y1: cy,
          y2: cy,
          stroke: COLOUR,
          'stroke-width': 2.5,
          class: 'whisker',
        }),
        svgEl('line', { x1: a, x2: a, y1: cy - 6, y2: cy + 6, stroke: COLOUR, 'stroke-width': 2 }),
        svgEl('line', { x1: b, x2: b, y1: cy - 6, y2: cy + 6, stroke: COLOUR, 'stroke-width': 2 }),
        svgEl(
          'circle',
          {
            cx: r1(x(r.value)),
            cy,
            r: 6,
            fill: clear ? COLOUR : '#ffffff',
            stroke: COLOUR,
            'stroke-width': 2.5,
            class: clear ? 'dot dot--clear' : 'dot dot--unclear',
            'data-value': r.value,
          },
          svgEl('title', {}, `${r.label}: ${texts[i]!} (95% interval)`),
        ),
      );
    }
    g.append(
      svgEl(
        'text',
        { x: plot.x1 + 12, y: r1(cy + 5), fill: finite(r) ? STYLE.ink : STYLE.muted, class: 'value' },
        truncate(texts[i]!, valueRoom - 4),
      ),
    );
    rows.append(g);
  });
  svg.append(rows);
  return svg;
}

function legend(): SVGGElement {
  const y = TITLE_BAND + 8;
  const first = 'Interval leaves out zero';
  const second = 'takes zero in';
  const x2 = 12 + 20 + textWidth(first) + 28;
  return svgEl(
    'g',
    { class: 'legend' },
    svgEl('circle', { cx: 20, cy: y + 7, r: 6, fill: COLOUR, stroke: COLOUR, 'stroke-width': 2.5 }),
    svgEl('text', { x: 32, y: y + 12 }, first),
    svgEl('circle', { cx: r1(x2), cy: y + 7, r: 6, fill: '#ffffff', stroke: COLOUR, 'stroke-width': 2.5 }),
    svgEl('text', { x: r1(x2 + 12), y: y + 12 }, second),
    svgEl(
      'text',
      { x: WIDTH - 12, y: y + 12, 'text-anchor': 'end', fill: STYLE.muted },
      'value [95% interval]',
    ),
  );
}
