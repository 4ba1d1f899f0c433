// Text on the canvas in the interface's sans, drawn at the screen's pixel density so it stays sharp
// when the table is scaled to fit.
import type Phaser from 'phaser';

export const INK_TEXT = '#1d2733';
export const MUTED_TEXT = '#4d5665';
const FONT = 'Inter, "Segoe UI", system-ui, sans-serif';

/**
 * Font metrics per size and weight. Phaser measures a new Text's font by drawing it and scanning the
 * pixels (a few milliseconds each); the table makes dozens of labels in a handful of sizes, so each
 * size is measured once and the rest reuse it.
 */
const metricsBySize = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

type FontStyle = 'normal' | 'bold' | 'italic';
const metricsKey = (size: number, style: FontStyle) => `${size}|${style}`;

/** Every size and style the table writes in (seat names are 14 or 16, bold for a player's seat). */
const TABLE_FONTS: ReadonlyArray<readonly [number, FontStyle]> = [
  [15, 'normal'],
  [16, 'normal'],
  [16, 'bold'],
  [18, 'bold'],
  [14, 'normal'],
  [14, 'bold'],
  [17, 'normal'],
  [21, 'bold'],
  [26, 'bold'],
  [15, 'bold'],
  [18, 'normal'],
  [34, 'bold'],
  [17, 'italic'],
];

/** Phaser's own test string for a font's height (its TextStyle default, spelt as its source has it). */
const TEST_STRING = '|MÃ‰qgy';

/** A font's ascent and descent as Phaser's MeasureText finds them where canvases report bounding boxes. */
export type MeasureFont = (font: string, test: string) => { ascent: number; descent: number };

const canvasMeasure = (): MeasureFont => {
  const context = document.createElement('canvas').getContext('2d');
  return (font, test) => {
    if (!context) return { ascent: 0, descent: 0 };
    context.font = font;
    const m = context.measureText(test);
    return { ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent };
  };
};

/**
 * Measures the table's fonts ahead, a few per task, while the set-up screen is shown. A font's
 * first measurement costs the browser several milliseconds (it resolves and shapes the font); the
 * table's first frames made a dozen of them and so ran over 50 ms when a game opened. The metrics
 * equal Phaser's (same font string, same test string), so labels made later skip measuring.
 */
export function warmTextMetrics(
  measure: MeasureFont = canvasMeasure(),
  later: (work: () => void) => void = (work) => setTimeout(work, 0),
): Promise<void> {
  const pending = TABLE_FONTS.filter(([size, style]) => !metricsBySize.has(metricsKey(size, style)));
  return new Promise((resolve) => {
    const step = () => {
      for (const [size, style] of pending.splice(0, 3)) {
        const { ascent, descent } = measure(`${style} ${size}px ${FONT}`, TEST_STRING);
        if (ascent + descent > 0)
          metricsBySize.set(metricsKey(size, style), { ascent, descent, fontSize: ascent + descent });
      }
      if (pending.length === 0) resolve();
      else later(step);
    };
    later(step);
  });
}

/** The metrics a label of this size and style would be given, if measured already. */
export const knownMetrics = (size: number, style: FontStyle) => metricsBySize.get(metricsKey(size, style));

export function label(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  size: number,
  options: { colour?: string; bold?: boolean; originX?: number } = {},
): Phaser.GameObjects.Text {
  const fontStyle = options.bold ? 'bold' : 'normal';
  const key = metricsKey(size, fontStyle);
  const metrics = metricsBySize.get(key);
  const text = scene.add
    .text(x, y, content, {
      fontFamily: FONT,
      fontSize: `${size}px`,
      fontStyle,
      color: options.colour ?? INK_TEXT,
      align: 'center',
      resolution: window.devicePixelRatio || 1,
      ...(metrics ? { metrics } : {}),
    })
    .setOrigin(options.originX ?? 0.5, 0.5);
  if (!metrics) metricsBySize.set(key, text.style.getTextMetrics());
  return text;
}

/**
 * Changes a text's size and weight (or italics), reusing measured metrics: Phaser re-measures the
 * font by scanning pixels whenever its size or style changes, which the tally did on every redraw.
 */
export function restyle(
  text: Phaser.GameObjects.Text,
  size: number,
  fontStyle: FontStyle,
): Phaser.GameObjects.Text {
  const fontSize = `${size}px`;
  if (text.style.fontSize === fontSize && text.style.fontStyle === fontStyle) return text;
  const key = metricsKey(size, fontStyle);
  const metrics = metricsBySize.get(key);
  text.setStyle({ fontSize, fontStyle, ...(metrics ? { metrics } : {}) });
  if (!metrics) metricsBySize.set(key, text.style.getTextMetrics());
  return text;
}

/** Shrinks a text that has grown wider than `width` (a long name in a fixed slot) to fit it. */
export function fitWidth(text: Phaser.GameObjects.Text, width: number): Phaser.GameObjects.Text {
  text.setScale(1);
  if (text.width > width) text.setScale(width / text.width);
  return text;
}
