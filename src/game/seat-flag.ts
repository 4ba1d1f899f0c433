// A seat's flag on the canvas: the square SVG from flag-icons (src/state/flag-urls.ts) drawn once
// into a round texture, on the white rim and inside a thin ring of the actor's colour, so the colour
// that marks the actor elsewhere stays on the table. An actor without a flag keeps its coloured disc
// with its initials (a neutral emblem). Only the flags of the scenario's actors are fetched, when
// their seats are built.
import type Phaser from 'phaser';
import type { Actor } from '../engine/scenario.ts';
import { emblemColour, emblemInk, flagUrl, initials } from '../state/flag-urls.ts';
import { TEXTURE_SCALE } from './marks.ts';
import { label } from './text.ts';

/** Images of flags already fetched (or on their way), by URL: each SVG is fetched once per page. */
const images = new Map<string, Promise<HTMLImageElement>>();

function loadImage(url: string): Promise<HTMLImageElement> {
  let loading = images.get(url);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => reject(new Error(`flag ${url} did not load`));
      img.src = url;
    });
    images.set(url, loading);
  }
  return loading;
}

/** Draws the flag into a round texture of radius `disc` (plus the rim), once per flag and size. */
function flagTexture(scene: Phaser.Scene, key: string, img: HTMLImageElement, disc: number, colour: string) {
  if (scene.textures.exists(key)) return;
  const s = TEXTURE_SCALE;
  const side = Math.ceil((disc + 4) * 2 * s);
  const c = side / 2;
  const texture = scene.textures.createCanvas(key, side, side);
  const ctx = texture?.getContext();
  if (!texture || !ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(c, c, (disc + 3) * s, 0, 2 * Math.PI);
  ctx.fill();
  ctx.save();
  ctx.beginPath();
  ctx.arc(c, c, disc * s, 0, 2 * Math.PI);
  ctx.clip();
  ctx.drawImage(img, c - disc * s, c - disc * s, disc * 2 * s, disc * 2 * s);
  ctx.restore();
  ctx.lineWidth = 2.5 * s;
  ctx.strokeStyle = colour;
  ctx.beginPath();
  ctx.arc(c, c, (disc + 0.5) * s, 0, 2 * Math.PI);
  ctx.stroke();
  texture.refresh();
}

/**
 * Puts the actor's flag over its disc at (x, y): at once if the flag was drawn before, else as soon
 * as its file has loaded (the plain disc shows meanwhile). An actor without a flag gets its initials.
 */
export function addFlag(scene: Phaser.Scene, actor: Actor, x: number, y: number, disc: number): void {
  const url = flagUrl(actor.flag);
  if (!url) {
    const colour = emblemColour(actor.colour);
    label(scene, x, y, initials(actor.short || actor.name), Math.round(disc * 0.8), {
      colour: emblemInk(colour),
      bold: true,
    });
    return;
  }
  const key = `flag-${actor.flag}-${disc}-${actor.colour}`;
  // Made now, so it sits above the disc and below the badges drawn after it; shown once loaded.
  const image = scene.add
    .image(x, y, '__MISSING')
    .setScale(1 / TEXTURE_SCALE)
    .setVisible(false);
  const show = () => {
    if (image.active) image.setTexture(key).setVisible(true);
  };
  if (scene.textures.exists(key)) {
    show();
    return;
  }
  loadImage(url).then(
    (img) => {
      if (!image.active) return;
      flagTexture(scene, key, img, disc, emblemColour(actor.colour));
      show();
      // A sleeping table draws the flag on its next frame.
      scene.game.loop.wake();
    },
    // A flag that cannot load leaves the coloured disc, which still marks the seat.
    () => {},
  );
}
