// The few SVG building blocks every lab chart shares: an element builder that only ever sets text as
// text (labels come from scenario files, which anyone can write), a width estimate so long labels can be
// cut without a layout pass (the same in jsdom, Node and every browser, so output stays deterministic),
// and the chart's frame: role="img", a <title> and a <desc> that say in words what the chart shows.

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation attributes are written on the elements, so a serialised chart needs no stylesheet. */
export const STYLE = {
  font: 'Inter, "Segoe UI", system-ui, sans-serif',
  /** Every text is at least this size in viewBox units; CSS keeps charts ≥ 80% of WIDTH (12 px). */
  fontSize: 15,
  titleSize: 17,
  ink: '#1d2733',
  muted: '#5b6573',
  grid: '#e4dfd3',
  axis: '#8a8f98',
  background: '#ffffff',
} as const;

/** The viewBox width of every chart; heights follow from the data. */
export const WIDTH = 720;

/** Okabe–Ito, starting with the colours that read best as thin lines on white (yellow last). */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#000000',
  '#F0E442',
];

export type Attributes = Readonly<Record<string, string | number>>;

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: ReadonlyArray<Node | string>
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** One decimal is plenty for coordinates and keeps the serialised text short and stable. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

// Advance widths (in em) of DejaVu Sans, the widest of the usual fallbacks for the UI font, so an
// estimate is rarely short whatever font the reader has.
const LOWER = 'a61b64c55d64e62f35g64h63i28j28k58l28m97n63o61p64q64r41s52t39u63v59w82x59y59z53';
const WIDTHS = new Map<string, number>();
for (let i = 0; i < LOWER.length; i += 3) WIDTHS.set(LOWER[i]!, Number(LOWER.slice(i + 1, i + 3)) / 100);
for (const ch of " .,:;'!|") WIDTHS.set(ch, 0.32);
for (const ch of '()[]') WIDTHS.set(ch, 0.39);
for (const ch of 'IJ') WIDTHS.set(ch, 0.32);
for (const ch of 'MW%@…→−+=<>×') WIDTHS.set(ch, 0.96);

/** Estimated width of a text in viewBox units (a little generous, so estimates rarely underrun). */
export function textWidth(text: string, size: number = STYLE.fontSize): number {
  let units = 0;
  for (const ch of text) units += WIDTHS.get(ch) ?? (/[0-9]/.test(ch) ? 0.64 : 0.74);
  return units * size;
}

/** The text cut with an ellipsis so it fits `width`; unchanged when it already fits. */
export function truncate(text: string, width: number, size: number = STYLE.fontSize): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  let kept = '';
  for (const ch of chars) {
    if (textWidth(`${kept}${ch}…`, size) > width) break;
    kept += ch;
  }
  return `${kept.trimEnd()}…`;
}

/** A text element cut to `width`; when cut, the full text is its <title> (the hover tooltip). */
export function label(text: string, width: number, attributes: Attributes): SVGTextElement {
  const size = Number(attributes['font-size'] ?? STYLE.fontSize);
  const shown = truncate(text, width, size);
  const element = svgEl('text', attributes, shown);
  if (shown !== text) element.append(svgEl('title', {}, text));
  return element;
}

/**
 * The text broken at spaces into lines that fit `width` (by the same estimate as textWidth). A word
 * wider than the line keeps a line of its own rather than being cut: a label is never shortened.
 */
export function wrapLines(text: string, width: number, size: number = STYLE.fontSize): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Line height of wrapped labels, in viewBox units. */
export const LINE = 18;

/**
 * A text of several lines (tspans), centred on `y` (its middle line's baseline + 5, as one-line rows
 * are placed). Row labels wrap instead of being cut, so a reader sees every word.
 */
export function wrappedLabel(
  lines: readonly string[],
  x: number,
  y: number,
  attributes: Attributes,
): SVGTextElement {
  const first = y - ((lines.length - 1) * LINE) / 2;
  const element = svgEl('text', { ...attributes, x, y: r1(first) });
  lines.forEach((line, i) => {
    element.append(svgEl('tspan', { x, ...(i === 0 ? {} : { dy: LINE }) }, line));
  });
  return element;
}

/** Rows of a chart whose labels wrap: each row's top and height, at least `min` high. */
export function rowLayout(
  lines: ReadonlyArray<readonly string[]>,
  min: number,
): { tops: number[]; heights: number[]; total: number } {
  const heights = lines.map((l) => Math.max(min, l.length * LINE + 12));
  const tops: number[] = [];
  let total = 0;
  for (const h of heights) {
    tops.push(total);
    total += h;
  }
  return { tops, heights, total };
}

/** A stable id for a chart (its aria references and pattern ids), from its title unless given. */
export function chartId(title: string, given?: string): string {
  if (given) return given;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32);
  let hash = 0;
  for (const ch of title) hash = (Math.imul(hash, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `chart-${slug || 'untitled'}-${hash.toString(36)}`;
}

export interface FrameOptions {
  readonly id: string;
  /** The chart's kind, as a class (`lab-chart lab-chart--tornado`). */
  readonly kind: string;
  readonly title: string;
  readonly desc: string;
  readonly height: number;
}

/** The chart's root: sized by viewBox, named by its title, described by its desc, title drawn on top. */
export function frame(options: FrameOptions): SVGSVGElement {
  const { id, kind, title, desc, height } = options;
  const svg = svgEl('svg', {
    viewBox: `0 0 ${WIDTH} ${r1(height)}`,
    width: WIDTH,
    height: r1(height),
    role: 'img',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-desc`,
    class: `lab-chart lab-chart--${kind}`,
    id,
    'font-family': STYLE.font,
    'font-size': STYLE.fontSize,
    fill: STYLE.ink,
  });
  svg.append(
    svgEl('title', { id: `${id}-title` }, title),
    svgEl('desc', { id: `${id}-desc` }, desc),
    svgEl('rect', { x: 0, y: 0, width: WIDTH, height: r1(height), fill: STYLE.background }),
    heading(title),
  );
  return svg;
}

/**
 * The drawn title: one line at the title size when it fits, else two lines at the text size (the band
 * above the plot holds two). Only a title longer than two lines is cut, with the whole in its <title>.
 */
function heading(title: string): SVGTextElement {
  const attributes = { 'font-weight': 600, class: 'chart-heading' };
  if (textWidth(title, STYLE.titleSize) <= WIDTH - 24)
    return svgEl('text', { ...attributes, x: 12, y: 24, 'font-size': STYLE.titleSize }, title);
  const lines = wrapLines(title, WIDTH - 24);
  const shown = lines.length <= 2 ? lines : [lines[0]!, truncate(lines.slice(1).join(' '), WIDTH - 24)];
  const element = svgEl('text', { ...attributes, x: 12, y: 17, 'font-size': STYLE.fontSize });
  shown.forEach((line, i) => {
    element.append(svgEl('tspan', { x: 12, ...(i === 0 ? {} : { dy: 17 }) }, line));
  });
  if (lines.length > 2) element.append(svgEl('title', {}, title));
  return element;
}

/** Where the plot starts below the drawn title. */
export const TITLE_BAND = 40;

/** What a chart with nothing to draw shows: its title and a plain "No data" box, never a crash. */
export function noDataChart(
  kind: string,
  title: string,
  id: string,
  why = 'No data to show.',
): SVGSVGElement {
  const height = 160;
  const svg = frame({ id, kind, title, desc: why, height });
  svg.classList.add('lab-chart--empty');
  svg.append(
    svgEl('rect', {
      x: 12,
      y: TITLE_BAND,
      width: WIDTH - 24,
      height: height - TITLE_BAND - 12,
      fill: 'none',
      stroke: STYLE.axis,
      'stroke-dasharray': '6 4',
    }),
    svgEl(
      'text',
      { x: WIDTH / 2, y: (TITLE_BAND + height) / 2 + 5, 'text-anchor': 'middle', fill: STYLE.muted },
      why,
    ),
  );
  return svg;
}

/** A diagonal hatch, so a filled shape is told apart by pattern as well as colour. */
export function hatch(id: string, colour: string, background = '#ffffff'): SVGPatternElement {
  return svgEl(
    'pattern',
    { id, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
    svgEl('rect', { x: 0, y: 0, width: 6, height: 6, fill: background }),
    svgEl('rect', { x: 0, y: 0, width: 3, height: 6, fill: colour }),
  );
}
