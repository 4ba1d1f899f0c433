// Acceptance by round as a plain SVG line chart built from the debrief data: one line per actor in a
// colour-blind-safe colour and dash, a label with its final value at every line end (spread so none
// overlap), human seats drawn thick and starred. The same numbers sit in a table beside it.
import type { DebriefSeries } from '../state/debrief.ts';
import { byFinalValue } from '../state/debrief-export.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Okabe–Ito without its yellow, which is too faint for a thin line on white. */
export const LINE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];
const DASHES = ['', '7 4', '2 3', '10 3 2 3'];

const WIDTH = 760;
const LABEL_GAP = 14;
const MARGIN = { top: 14, right: 170, bottom: 34, left: 40 } as const;

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number>> = {},
  ...children: ReadonlyArray<Node | string>
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** The line style of the i-th actor (in scenario order): colours first, then dashes. */
export function lineStyle(i: number): { colour: string; dash: string } {
  return {
    colour: LINE_COLOURS[i % LINE_COLOURS.length]!,
    dash: DASHES[Math.floor(i / LINE_COLOURS.length) % DASHES.length]!,
  };
}

/** Label positions: as close to each line's end as they can be without overlapping, within bounds. */
export function spreadLabels(wanted: readonly number[], top: number, bottom: number, gap: number): number[] {
  const ys = [...wanted];
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i === 0 ? top : ys[i - 1]! + gap);
  for (let i = ys.length - 1; i >= 0; i--)
    ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? bottom : ys[i + 1]! - gap);
  return ys;
}

export function renderTrajectoryChart(
  labels: readonly string[],
  series: readonly DebriefSeries[],
): SVGSVGElement {
  const all = series.flatMap((x) => x.values);
  const low = Math.max(0, Math.min(50, Math.floor(Math.min(...all, 100) / 10) * 10));
  const height = Math.max(360, MARGIN.top + MARGIN.bottom + series.length * LABEL_GAP + 8);
  const plot = { x0: MARGIN.left, x1: WIDTH - MARGIN.right, y0: MARGIN.top, y1: height - MARGIN.bottom };
  const x = (i: number) =>
    labels.length < 2 ? (plot.x0 + plot.x1) / 2 : plot.x0 + ((plot.x1 - plot.x0) * i) / (labels.length - 1);
  const y = (v: number) => plot.y1 - ((plot.y1 - plot.y0) * (v - low)) / (100 - low);

  const svg = s('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    class: 'trajectory-chart',
    role: 'img',
    'aria-labelledby': 'trajectory-title trajectory-desc',
  });
  svg.append(
    s('title', { id: 'trajectory-title' }, 'Acceptance of the text by round'),
    s(
      'desc',
      { id: 'trajectory-desc' },
      `One line per actor: its acceptance (${low}–100) at the start and after each round. Human seats are thick and starred. The table beside the chart has the same numbers.`,
    ),
  );
  const grid = s('g', { class: 'grid' });
  for (let v = low; v <= 100; v += 10) {
    grid.append(
      s('line', { x1: plot.x0, x2: plot.x1, y1: y(v), y2: y(v), class: v === 50 ? 'threshold' : '' }),
      s('text', { x: plot.x0 - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)),
    );
  }
  // Many rounds: number the ticks ("Start, 1, 2 … after round") so the labels never collide.
  const short = labels.length > 6;
  labels.forEach((label, i) => {
    const text = short && i > 0 ? String(i) : label;
    grid.append(s('text', { x: x(i), y: plot.y1 + 20, 'text-anchor': 'middle' }, text));
  });
  if (short) grid.append(s('text', { x: plot.x1, y: plot.y1 + 32, 'text-anchor': 'end' }, 'after round'));
  svg.append(grid);

  const styled = series.map((item, i) => ({ item, ...lineStyle(i), human: item.player === 'human' }));
  const lines = s('g', { class: 'lines' });
  // AI seats first, so the human seats' thick lines are drawn on top.
  for (const { item, colour, dash, human } of [...styled].sort((a, b) => Number(a.human) - Number(b.human))) {
    const points = item.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    const group = s('g', { 'data-actor': item.actor, class: human ? 'human' : 'ai' });
    group.append(
      s('polyline', {
        points,
        fill: 'none',
        stroke: colour,
        'stroke-width': human ? 4 : 1.75,
        'stroke-dasharray': dash,
        'stroke-linejoin': 'round',
      }),
      ...item.values.map((v, i) =>
        s('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: human ? 4.5 : 2.5, fill: colour }),
      ),
    );
    lines.append(group);
  }
  svg.append(lines);

  const ordered = byFinalValue(styled.map((x) => ({ ...x.item, style: x })));
  const ends = ordered.map((item) => y(item.values.at(-1) ?? 0));
  const placed = spreadLabels(ends, plot.y0 + 4, height - 6, LABEL_GAP);
  const tags = s('g', { class: 'end-labels' });
  ordered.forEach((item, i) => {
    const { colour, dash, human } = item.style;
    const labelY = placed[i]!;
    tags.append(
      s('polyline', {
        points: `${plot.x1 + 4},${ends[i]!.toFixed(1)} ${plot.x1 + 16},${labelY.toFixed(1)} ${plot.x1 + 34},${labelY.toFixed(1)}`,
        fill: 'none',
        stroke: colour,
        'stroke-width': human ? 3 : 1.5,
        'stroke-dasharray': dash,
      }),
      s(
        'text',
        { x: plot.x1 + 40, y: labelY + 4, class: human ? 'human' : '', 'data-actor': item.actor },
        `${human ? '★ ' : ''}${item.short} ${(item.values.at(-1) ?? 0).toFixed(1)}`,
      ),
    );
  });
  svg.append(tags);
  return svg;
}
