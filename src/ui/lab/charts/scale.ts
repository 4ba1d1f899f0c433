// Pure numbers behind the charts: domains that survive empty, flat and negative data, "nice" ticks,
// linear scales, number formats that do not depend on the browser's locale (so exports are
// byte-identical everywhere), and a colour-blind-safe sequential colour scale for heatmaps.

export type Format = (value: number) => string;

/** The smallest and largest finite values, or null when there is none. */
export function extent(values: Iterable<number>): [number, number] | null {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return low <= high ? [low, high] : null;
}

/** Rounds away binary noise (0.30000000000000004) so tick labels and exports read cleanly. */
const clean = (v: number): number => (v === 0 ? 0 : Number(v.toPrecision(12)));

function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/**
 * A domain that can be drawn: a flat range (one value, or all equal) is widened around the value, and
 * the ends are rounded out to whole ticks. `include` values (a base line, zero) are always inside.
 */
export function niceDomain(
  range: readonly [number, number],
  count = 5,
  include: readonly number[] = [],
): [number, number] {
  let [low, high] = range;
  for (const v of include) {
    if (!Number.isFinite(v)) continue;
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = tickStep(high - low, count);
  return [clean(Math.floor(low / step) * step), clean(Math.ceil(high / step) * step)];
}

/** Tick values from `low` to `high`, about `count` of them, on round numbers. */
export function ticks(low: number, high: number, count = 5): number[] {
  if (!(Number.isFinite(low) && Number.isFinite(high)) || high <= low) return [low];
  const step = tickStep(high - low, count);
  const out: number[] = [];
  for (let i = Math.ceil(low / step - 1e-9); i * step <= high + step * 1e-9; i++) out.push(clean(i * step));
  return out;
}

export type Scale = (value: number) => number;

/** Maps [d0, d1] linearly onto [r0, r1]; a flat domain maps to the middle of the range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

const MINUS = '\u2212';
const signed = (text: string): string => (text.startsWith('-') ? MINUS + text.slice(1) : text);

/** A plain number with as many decimals as its size needs (no locale, a true minus sign). */
export const formatNumber: Format = (v) => {
  if (!Number.isFinite(v)) return '–';
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return signed(String(clean(Number(v.toFixed(digits)))));
};

/** A share 0–1 as a percentage: percent()(0.314) → "31%", percent(1)(0.314) → "31.4%". */
export function percent(digits = 0): Format {
  return (v) => (Number.isFinite(v) ? `${signed((v * 100).toFixed(digits))}%` : '–');
}

/** A difference with its sign: signedFormat(percent(1))(0.03) → "+3.0%". */
export function signedFormat(format: Format): Format {
  return (v) => (Number.isFinite(v) && v > 0 ? `+${format(v)}` : format(v));
}

export type Rgb = readonly [number, number, number];

/** Viridis at nine evenly spaced stops (perceptually uniform, readable with every colour-vision type). */
export const VIRIDIS: readonly Rgb[] = [
  [68, 1, 84],
  [71, 44, 122],
  [59, 81, 139],
  [44, 113, 142],
  [33, 144, 141],
  [39, 173, 129],
  [92, 200, 99],
  [170, 220, 50],
  [253, 231, 37],
];

const hex2 = (n: number): string =>
  Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, '0');
export const rgbHex = (c: Rgb): string => `#${hex2(c[0])}${hex2(c[1])}${hex2(c[2])}`;

/** The colour at t ∈ [0, 1], interpolated between the anchors. */
export function sequential(t: number, anchors: readonly Rgb[] = VIRIDIS): Rgb {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (anchors.length - 1);
  const i = Math.min(anchors.length - 2, Math.floor(x));
  const f = x - i;
  const a = anchors[i]!;
  const b = anchors[i + 1]!;
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

/** WCAG relative luminance, to pick black or white text on a cell. */
export function luminance(c: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

/** Black or white, whichever contrasts more with the background. */
export function textOn(c: Rgb): string {
  const l = luminance(c);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
