// One actor's seat: its disc in the actor's colour, short name, an acceptance meter that eases to its
// new value (a tick at 50, as good as no deal), a stance badge, a person badge for a human player,
// and — when it is this seat's move — a ring and a "to move" label.
import Phaser from 'phaser';
import type { Actor } from '../engine/scenario.ts';
import { SEAT, type Seat, TURN_LABEL } from './layout.ts';
import {
  discTexture,
  glowTexture,
  INK,
  MARK_STYLE,
  MARK_WORD,
  markTexture,
  personTexture,
  TEXTURE_SCALE,
} from './marks.ts';
import { SeatCues } from './seat-cues.ts';
import { addFlag } from './seat-flag.ts';
import type { MarkKind } from './table-view.ts';
import { label } from './text.ts';

const TURN = 0x0072b2;
const METER_TRACK = 0xd9d2c1;
const METER_EDGE = 0x8c8270;
const MOVE_MS = 650;

export class SeatSprite {
  private readonly meterFill: Phaser.GameObjects.Rectangle;
  private readonly badge: Phaser.GameObjects.Image;
  private readonly person: Phaser.GameObjects.Image;
  private readonly turnRing: Phaser.GameObjects.Graphics;
  private readonly turnLabel: Phaser.GameObjects.Container;
  private readonly turnWords: Phaser.GameObjects.Text;
  private readonly glow: Phaser.GameObjects.Image;
  private readonly word: Phaser.GameObjects.Text | null;
  private shown = Number.NaN;
  private target = Number.NaN;
  private mark: MarkKind | null = null;
  private tween: Phaser.Tweens.Tween | null = null;

  private readonly scene: Phaser.Scene;
  readonly seat: Seat;
  /** The player's seat, the acting seat, a change of acceptance (seat-cues.ts). */
  readonly cues: SeatCues;

  constructor(
    scene: Phaser.Scene,
    seat: Seat,
    actor: Actor,
    turnAt: { x: number; y: number },
    onSelect: () => void,
  ) {
    this.scene = scene;
    this.seat = seat;
    const { x, y } = seat;
    const half = 1 / TEXTURE_SCALE;
    this.cues = new SeatCues(scene, seat, turnAt);
    // The vote's glow goes under the disc, so the actor's colour stays true.
    this.glow = scene.add
      .image(x, y, glowTexture(scene, SEAT.ring + 12))
      .setScale(half)
      .setVisible(false);
    const colour = Phaser.Display.Color.HexStringToColor(actor.colour).color;
    const ring = actor.seat === 'permanent' ? SEAT.ring : null;
    scene.add.image(x, y, discTexture(scene, colour, SEAT.disc, ring)).setScale(half);
    addFlag(scene, actor, x, y, SEAT.disc);
    const size = actor.short.length > 10 ? 14 : 16;
    label(scene, x, y + SEAT.nameY, actor.short, size, { bold: actor.player });
    this.turnRing = scene.add.graphics();
    this.turnRing.lineStyle(4, TURN, 1);
    this.turnRing.strokeCircle(x, y, SEAT.ring + 5);
    this.turnRing.setVisible(false);
    const pill = scene.add.graphics();
    pill.fillStyle(TURN, 1);
    pill.fillRoundedRect(
      -TURN_LABEL.width / 2,
      -TURN_LABEL.height / 2,
      TURN_LABEL.width,
      TURN_LABEL.height,
      13,
    );
    this.turnWords = label(scene, 0, 0, 'to move', 15, { colour: '#ffffff', bold: true });
    this.turnLabel = scene.add.container(turnAt.x, turnAt.y, [pill, this.turnWords]).setVisible(false);
    // The meter is three flat rectangles (track, fill, tick at 50): far cheaper per frame than a
    // Graphics, and coloured without tinting (which the Canvas renderer does not do).
    const meterX = x - SEAT.meterWidth / 2;
    const meterY = y + SEAT.meterY;
    const bar = (colour: number, width: number, height: number) =>
      scene.add.rectangle(meterX, meterY, width, height, colour).setOrigin(0, 0);
    bar(METER_EDGE, SEAT.meterWidth + 2, SEAT.meterHeight + 2).setPosition(meterX - 1, meterY - 1);
    bar(METER_TRACK, SEAT.meterWidth, SEAT.meterHeight);
    this.meterFill = bar(MARK_STYLE.pending.meter, 0, SEAT.meterHeight).setVisible(false);
    // The tick at 50: as good as no deal.
    bar(INK, 2, SEAT.meterHeight + 6).setPosition(x - 1, meterY - 3);
    this.badge = scene.add
      .image(x + SEAT.badgeDx, y + SEAT.badgeDy, markTexture(scene, 'pending', SEAT.badge))
      .setScale(half)
      .setVisible(false);
    this.person = scene.add
      .image(x - SEAT.badgeDx, y + SEAT.badgeDy, personTexture(scene, SEAT.badge))
      .setScale(half)
      .setVisible(false);
    this.word = seat.area === 'ground' ? label(scene, x, y + SEAT.wordY, '', 16, { bold: true }) : null;
    // Clicking a seat selects the actor: the "why" panel explains its score.
    const hit = scene.add.zone(x, y, 64, 64).setInteractive({ useHandCursor: true });
    hit.on('pointerdown', onSelect);
  }

  /** Eases the meter to `value` (0–100), or jumps there when motion is reduced. */
  setAcceptance(value: number, animate: boolean): void {
    if (value === this.target) return;
    if (animate && !Number.isNaN(this.target))
      this.cues.floatDelta(Math.round(value) - Math.round(this.target));
    this.target = value;
    this.tween?.stop();
    this.tween = null;
    if (!animate || Number.isNaN(this.shown)) {
      this.shown = value;
      this.drawMeter();
      return;
    }
    this.tween = this.scene.tweens.addCounter({
      from: this.shown,
      to: value,
      duration: MOVE_MS,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        this.shown = tween.getValue() ?? value;
        this.drawMeter();
      },
    });
  }

  /** Shows the stance badge; `pop` makes it grow in if it was pending (a vote being cast). */
  setMark(kind: MarkKind, pop: boolean): void {
    if (kind === this.mark) return;
    const wasPending = this.mark === 'pending';
    this.mark = kind;
    this.badge.setTexture(markTexture(this.scene, kind, SEAT.badge)).setVisible(true);
    this.word?.setText(kind === 'pending' ? '' : MARK_WORD[kind]);
    this.drawMeter();
    if (pop && wasPending) this.flash(kind);
  }

  setHuman(on: boolean): void {
    this.person.setVisible(on);
  }

  /** The ring and label of the seat that must act: "to move", or "decides" for the pen holder. */
  setToMove(on: boolean, words = 'to move'): void {
    if (on) this.turnWords.setText(words);
    this.turnRing.setVisible(on);
    this.turnLabel.setVisible(on);
  }

  /** The seat lights up in its vote's colour and the badge grows in, then settles. */
  private flash(kind: MarkKind): void {
    const colour = MARK_STYLE[kind].fill;
    const half = 1 / TEXTURE_SCALE;
    this.glow
      .setTexture(glowTexture(this.scene, SEAT.ring + 12, colour === 0xffffff ? TURN : colour))
      .setVisible(true)
      .setAlpha(1)
      .setScale(0.7 * half);
    this.scene.tweens.add({ targets: this.glow, scale: half, duration: 260, ease: 'Back.easeOut' });
    this.scene.tweens.add({ targets: this.glow, alpha: 0.3, delay: 500, duration: 600 });
    this.badge.setScale(2 * half);
    this.scene.tweens.add({ targets: this.badge, scale: half, duration: 320, ease: 'Back.easeOut' });
  }

  /** A settled highlight (no motion): used when the reveal is skipped. */
  clearFlash(): void {
    this.glow.setVisible(false);
    this.badge.setScale(1 / TEXTURE_SCALE);
  }

  private drawMeter(): void {
    if (Number.isNaN(this.shown)) return;
    const value = Math.max(0, Math.min(100, this.shown));
    this.meterFill
      .setFillStyle(MARK_STYLE[this.mark ?? 'pending'].meter)
      .setSize((SEAT.meterWidth * value) / 100, SEAT.meterHeight)
      .setVisible(value > 0);
  }
}
