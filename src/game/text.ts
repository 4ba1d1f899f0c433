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

export function label(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  size: number,
  options: { colour?: string; bold?: boolean; originX?: number } = {},
): Phaser.GameObjects.Text {
  const fontStyle = options.bold ? 'bold' : 'normal';
  const key = `${size}|${fontStyle}`;
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
  fontStyle: 'normal' | 'bold' | 'italic',
): Phaser.GameObjects.Text {
  const fontSize = `${size}px`;
  if (text.style.fontSize === fontSize && text.style.fontStyle === fontStyle) return text;
  const key = `${size}|${fontStyle}`;
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
