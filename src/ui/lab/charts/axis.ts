// Axes drawn from a scale: ticks on round numbers, light grid lines across the plot, tick labels in
// text, and an axis title. Labels that would collide are thinned (every second, third… is kept).
import { type Format, type Scale, ticks } from './scale.ts';
import { label, r1, STYLE, svgEl, textWidth } from './svg.ts';

export interface Plot {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** Keeps every k-th of `items` so labels of width `each` (plus a gap) fit along `length`. */
export function thin<T>(items: readonly T[], each: number, length: number): T[] {
  if (items.length <= 1) return [...items];
  const fit = Math.max(1, Math.floor(length / (each + 12)));
  const k = Math.ceil(items.length / fit);
  return items.filter((_, i) => i % k === 0);
}

/** A value axis along the bottom of the plot (tornado, interval and line charts). */
export function bottomAxis(
  plot: Plot,
  domain: readonly [number, number],
  x: Scale,
  format: Format,
  title: string,
  count = 6,
): SVGGElement {
  const g = svgEl('g', { class: 'axis axis--x' });
  const values = ticks(domain[0], domain[1], count);
  const widest = Math.max(...values.map((v) => textWidth(format(v))));
  const shown = new Set(thin(values, widest, plot.x1 - plot.x0));
  for (const v of values) {
    const px = r1(x(v));
    g.append(svgEl('line', { x1: px, x2: px, y1: plot.y0, y2: plot.y1, stroke: STYLE.grid }));
    if (!shown.has(v)) continue;
    g.append(
      svgEl('line', { x1: px, x2: px, y1: plot.y1, y2: plot.y1 + 5, stroke: STYLE.axis }),
      svgEl('text', { x: px, y: plot.y1 + 21, 'text-anchor': 'middle', fill: STYLE.muted }, format(v)),
    );
  }
  g.append(
    svgEl('line', { x1: plot.x0, x2: plot.x1, y1: plot.y1, y2: plot.y1, stroke: STYLE.axis }),
    label(title, plot.x1 - plot.x0, {
      x: r1((plot.x0 + plot.x1) / 2),
      y: plot.y1 + 44,
      'text-anchor': 'middle',
      class: 'axis-title',
    }),
  );
  return g;
}

/** A value axis up the left of the plot (line charts). */
export function leftAxis(
  plot: Plot,
  domain: readonly [number, number],
  y: Scale,
  format: Format,
  title: string,
  count = 5,
): SVGGElement {
  const g = svgEl('g', { class: 'axis axis--y' });
  for (const v of ticks(domain[0], domain[1], count)) {
    const py = r1(y(v));
    g.append(
      svgEl('line', { x1: plot.x0, x2: plot.x1, y1: py, y2: py, stroke: STYLE.grid }),
      svgEl('text', { x: plot.x0 - 8, y: r1(py + 5), 'text-anchor': 'end', fill: STYLE.muted }, format(v)),
    );
  }
  g.append(svgEl('line', { x1: plot.x0, x2: plot.x0, y1: plot.y0, y2: plot.y1, stroke: STYLE.axis }));
  g.append(yTitle(plot, title));
  return g;
}

/** A vertical axis title, turned to read bottom to top, left of the tick labels. */
export function yTitle(plot: Plot, title: string): SVGTextElement {
  const cx = 18;
  const cy = r1((plot.y0 + plot.y1) / 2);
  return label(title, Math.max(60, plot.y1 - plot.y0), {
    x: cx,
    y: cy,
    'text-anchor': 'middle',
    transform: `rotate(-90 ${cx} ${cy})`,
    class: 'axis-title',
  });
}
