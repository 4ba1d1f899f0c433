// What a seat says about the moment, beside its lasting drawing (seat-sprite.ts): the player's own
// seat (a navy halo and a "You" tag), the seat whose move is on show (an amber ring and a pill with
// what it does, where the "to move" pill goes), and a change in its acceptance ("+4", whole points,
// floating up from the meter, unless motion is reduced).
import type Phaser from 'phaser';
import { SEAT, type Seat, TURN_LABEL } from './layout.ts';
import { label } from './text.ts';

const YOU = 0x1d3557;
const ACTING = 0xe69f00;
const UP = '#00694d';
const DOWN = '#a33f00';
const FLOAT_MS = 1400;

/**
 * A tinted disc and a ring round the seat, open at the bottom where the seat's name is written, so
 * the ring never strikes through the name.
 */
function ringAround(
  scene: Phaser.Scene,
  seat: Seat,
  colour: number,
  tint: number,
  width: number,
  r: number,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setVisible(false);
  g.fillStyle(colour, tint);
  g.fillCircle(seat.x, seat.y, SEAT.ring + 2);
  g.lineStyle(width, colour, 1);
  g.beginPath();
  // Angles run clockwise from the right: the gap is the bottom quarter (45°–135°).
  g.arc(seat.x, seat.y, r, Math.PI * 0.75, Math.PI * 2.25, false);
  g.strokePath();
  return g;
}

export class SeatCues {
  private readonly scene: Phaser.Scene;
  private readonly seat: Seat;
  private readonly turnAt: { x: number; y: number };
  private readonly halo: Phaser.GameObjects.Graphics;
  private readonly ring: Phaser.GameObjects.Graphics;
  private youTag: Phaser.GameObjects.Container | null = null;
  private acting: Phaser.GameObjects.Container | null = null;
  private actingWords: Phaser.GameObjects.Text | null = null;

  /** Made before the seat's disc and badges, so the rings go round them, not over them. */
  constructor(scene: Phaser.Scene, seat: Seat, turnAt: { x: number; y: number }) {
    this.scene = scene;
    this.seat = seat;
    this.turnAt = turnAt;
    this.halo = ringAround(scene, seat, YOU, 0.12, 4, SEAT.ring + 12);
    this.ring = ringAround(scene, seat, ACTING, 0.3, 6, SEAT.ring + 8);
  }

  /** The halo and tag of a seat a human plays; `tag` false where several humans share the device. */
  setHuman(on: boolean, tag: boolean): void {
    this.halo.setVisible(on);
    if (on && tag && !this.youTag) {
      const pill = this.scene.add.graphics();
      pill.fillStyle(YOU, 1);
      pill.fillRoundedRect(-24, -11, 48, 22, 11);
      const words = label(this.scene, 0, 0, 'You', 15, { colour: '#ffffff', bold: true });
      // Up and to the left: the "to move" pill goes towards the middle of the table, the name below.
      const at = { x: this.seat.x - SEAT.ring - 20, y: this.seat.y - SEAT.ring - 10 };
      this.youTag = this.scene.add.container(at.x, at.y, [pill, words]);
    }
    this.youTag?.setVisible(on && tag);
  }

  /** Marks the seat whose move is on show with what it does ("amends"), or clears the mark. */
  setActing(words: string | null): void {
    this.ring.setVisible(words !== null);
    if (words === null) {
      this.acting?.setVisible(false);
      return;
    }
    if (!this.acting) {
      const pill = this.scene.add.graphics();
      const w = TURN_LABEL.width + 16;
      pill.fillStyle(ACTING, 1);
      pill.fillRoundedRect(-w / 2, -TURN_LABEL.height / 2, w, TURN_LABEL.height, 13);
      this.actingWords = label(this.scene, 0, 0, '', 15, { colour: '#1d2733', bold: true });
      this.acting = this.scene.add.container(this.turnAt.x, this.turnAt.y, [pill, this.actingWords]);
    }
    this.actingWords?.setText(words);
    this.acting.setVisible(true);
  }

  /** "+4" or "−3" rising from the meter and fading: a change of acceptance, in whole points. */
  floatDelta(delta: number): void {
    if (delta === 0) return;
    const { x, y } = this.seat;
    const text = label(this.scene, x + SEAT.meterWidth / 2 + 16, y + SEAT.meterY, '', 17, {
      bold: true,
      colour: delta > 0 ? UP : DOWN,
    }).setText(`${delta > 0 ? '+' : '−'}${Math.abs(delta)}`);
    this.scene.tweens.add({
      targets: text,
      y: y + SEAT.meterY - 34,
      alpha: { from: 1, to: 0 },
      duration: FLOAT_MS,
      ease: 'Cubic.easeOut',
      onComplete: () => text.destroy(),
    });
  }
}
