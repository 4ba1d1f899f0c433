// The stance marks drawn as vector badges (✓ – ✗ ⛔ ~ ⚠), so they look the same on every machine
// whatever its fonts. Colour is never the only signal: every mark has its own shape, and the
// colours are Okabe–Ito (colour-blind safe) with a light or dark glyph chosen for contrast.
import Phaser from 'phaser';
import type { MarkKind } from './table-view.ts';

type Shape = 'check' | 'dash' | 'cross' | 'bar' | 'tilde' | 'warning' | 'blank';

export const INK = 0x1d2733;
const WHITE = 0xffffff;

interface MarkStyle {
  readonly fill: number;
  readonly glyph: number;
  readonly shape: Shape;
  /** The meter's fill for an actor with this stance. */
  readonly meter: number;
}

export const MARK_STYLE: Readonly<Record<MarkKind, MarkStyle>> = {
  support: { fill: 0x009e73, glyph: WHITE, shape: 'check', meter: 0x009e73 },
  abstain: { fill: 0xe69f00, glyph: INK, shape: 'dash', meter: 0xe69f00 },
  reject: { fill: 0xd55e00, glyph: WHITE, shape: 'cross', meter: 0xd55e00 },
  veto: { fill: 0x000000, glyph: WHITE, shape: 'bar', meter: 0x000000 },
  endorse: { fill: 0x009e73, glyph: WHITE, shape: 'check', meter: 0x009e73 },
  acquiesce: { fill: 0x56b4e9, glyph: INK, shape: 'tilde', meter: 0x56b4e9 },
  oppose: { fill: 0xd55e00, glyph: WHITE, shape: 'cross', meter: 0xd55e00 },
  spoil: { fill: 0xf0e442, glyph: 0x000000, shape: 'warning', meter: 0x000000 },
  pending: { fill: WHITE, glyph: 0x5b6573, shape: 'blank', meter: 0x0072b2 },
};

/** The mark in words: kept with the table's view, so that the list on narrow screens says the same. */
export { MARK_WORD } from './table-view.ts';

const line = (g: Phaser.GameObjects.Graphics, points: ReadonlyArray<readonly [number, number]>) => {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath();
  g.moveTo(first[0], first[1]);
  for (const [x, y] of rest) g.lineTo(x, y);
  g.strokePath();
};

/** Draws the badge for `kind` centred on (x, y) with radius r. */
export function drawMark(g: Phaser.GameObjects.Graphics, kind: MarkKind, x: number, y: number, r: number) {
  const style = MARK_STYLE[kind];
  const w = Math.max(2, r * 0.3);
  if (style.shape === 'warning') {
    // A warning triangle, point up, with an exclamation mark.
    g.fillStyle(style.fill, 1);
    g.lineStyle(Math.max(1.5, r * 0.14), 0x000000, 1);
    g.fillTriangle(x, y - r * 1.05, x + r * 1.1, y + r * 0.85, x - r * 1.1, y + r * 0.85);
    g.strokeTriangle(x, y - r * 1.05, x + r * 1.1, y + r * 0.85, x - r * 1.1, y + r * 0.85);
    g.fillStyle(style.glyph, 1);
    g.fillRect(x - w / 2, y - r * 0.45, w, r * 0.65);
    g.fillRect(x - w / 2, y + r * 0.35, w, w);
    return;
  }
  if (style.shape === 'bar') {
    // A no-entry sign as an octagon, so it differs in shape from the round abstain badge.
    const corners = Array.from({ length: 8 }, (_, i) => {
      const angle = Math.PI / 8 + (i * Math.PI) / 4;
      return new Phaser.Math.Vector2(x + r * 1.08 * Math.cos(angle), y + r * 1.08 * Math.sin(angle));
    });
    g.fillStyle(style.fill, 1);
    g.fillPoints(corners, true);
    g.fillStyle(style.glyph, 1);
    g.fillRect(x - r * 0.62, y - r * 0.18, r * 1.24, r * 0.36);
    return;
  }
  g.fillStyle(style.fill, 1);
  g.fillCircle(x, y, r);
  g.lineStyle(1.5, kind === 'pending' ? 0x5b6573 : 0xffffff, 1);
  g.strokeCircle(x, y, r);
  g.lineStyle(w, style.glyph, 1);
  switch (style.shape) {
    case 'check':
      line(g, [
        [x - r * 0.5, y + r * 0.02],
        [x - r * 0.14, y + r * 0.4],
        [x + r * 0.52, y - r * 0.38],
      ]);
      break;
    case 'dash':
      g.fillStyle(style.glyph, 1);
      g.fillRect(x - r * 0.5, y - w / 2, r, w);
      break;
    case 'cross':
      line(g, [
        [x - r * 0.4, y - r * 0.4],
        [x + r * 0.4, y + r * 0.4],
      ]);
      line(g, [
        [x + r * 0.4, y - r * 0.4],
        [x - r * 0.4, y + r * 0.4],
      ]);
      break;
    case 'tilde':
      line(
        g,
        Array.from({ length: 13 }, (_, i) => {
          const t = i / 12;
          return [x - r * 0.58 + t * r * 1.16, y - Math.sin(t * 2 * Math.PI) * r * 0.26] as const;
        }),
      );
      break;
    case 'blank':
      g.fillStyle(style.glyph, 1);
      for (const dx of [-0.4, 0, 0.4]) g.fillCircle(x + dx * r, y, Math.max(1.2, r * 0.11));
      break;
  }
}

/** A small person (head and shoulders): marks a seat played by a human. */
export function drawPerson(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number) {
  g.fillStyle(WHITE, 1);
  g.fillCircle(x, y, r);
  g.lineStyle(1.5, INK, 1);
  g.strokeCircle(x, y, r);
  g.fillStyle(INK, 1);
  g.fillCircle(x, y - r * 0.3, r * 0.3);
  g.slice(x, y + r * 0.62, r * 0.58, Math.PI, 2 * Math.PI, false);
  g.fillPath();
}

/** Textures are drawn at twice their size and shown at half scale, so they stay sharp on a projector. */
export const TEXTURE_SCALE = 2;

/**
 * A texture drawn once by `draw` (in a square of side `size`, centred on size/2) and kept: a Graphics
 * object is re-tessellated every frame, an image is one quad, which keeps the table's frames short.
 */
export function bakedTexture(
  scene: Phaser.Scene,
  key: string,
  size: number,
  draw: (g: Phaser.GameObjects.Graphics, centre: number) => void,
): string {
  if (scene.textures.exists(key)) return key;
  const side = Math.ceil(size * TEXTURE_SCALE);
  const g = scene.make.graphics({}, false);
  draw(g, side / 2);
  g.generateTexture(key, side, side);
  g.destroy();
  return key;
}

/** The badge for `kind` with radius r, as a texture (show it with setScale(1 / TEXTURE_SCALE)). */
export const markTexture = (scene: Phaser.Scene, kind: MarkKind, r: number): string =>
  bakedTexture(scene, `mark-${kind}-${r}`, r * 2.6, (g, c) => drawMark(g, kind, c, c, r * TEXTURE_SCALE));

export const personTexture = (scene: Phaser.Scene, r: number): string =>
  bakedTexture(scene, `person-${r}`, r * 2.6, (g, c) => drawPerson(g, c, c, r * TEXTURE_SCALE));

/**
 * A halo in a vote's colour. Baked per colour rather than tinted: the table uses the Canvas renderer,
 * which does not tint images.
 */
export const glowTexture = (scene: Phaser.Scene, r: number, colour = 0xffffff): string =>
  bakedTexture(scene, `glow-${r}-${colour}`, r * 2 + 8, (g, c) => {
    g.fillStyle(colour, 0.35);
    g.fillCircle(c, c, r * TEXTURE_SCALE);
    g.lineStyle(4 * TEXTURE_SCALE, colour, 1);
    g.strokeCircle(c, c, r * TEXTURE_SCALE - 2 * TEXTURE_SCALE);
  });

/** A seat's disc in the actor's colour on a white rim, ringed in ink for a permanent member. */
export const discTexture = (scene: Phaser.Scene, colour: number, disc: number, ring: number | null): string =>
  bakedTexture(scene, `disc-${colour}-${disc}-${ring ?? 0}`, (ring ?? disc) * 2 + 8, (g, c) => {
    const s = TEXTURE_SCALE;
    g.fillStyle(0xffffff, 1);
    g.fillCircle(c, c, (disc + 3) * s);
    g.fillStyle(colour, 1);
    g.fillCircle(c, c, disc * s);
    if (ring !== null) {
      g.lineStyle(3 * s, INK, 1);
      g.strokeCircle(c, c, ring * s);
    }
  });
