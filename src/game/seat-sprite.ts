// One actor's seat: its disc in the actor's colour, short name, an acceptance meter that eases to its
// new value (a tick at 50, as good as no deal), a stance badge, a person badge for a human player,
// and — when it is this seat's move — a ring and a "to move" label.
import Phaser from 'phaser';
import type { Actor } from '../engine/scenario.ts';
import { SEAT, type Seat, TURN_LABEL } from './layout.ts';
import { drawMark, drawPerson, INK, MARK_STYLE, MARK_WORD } from './marks.ts';
import type { MarkKind } from './table-view.ts';
import { label } from './text.ts';

const TURN = 0x0072b2;
const METER_TRACK = 0xd9d2c1;
const MOVE_MS = 650;

export class SeatSprite {
  private readonly meter: Phaser.GameObjects.Graphics;
  private readonly badge: Phaser.GameObjects.Graphics;
  private readonly person: Phaser.GameObjects.Graphics;
  private readonly turnRing: Phaser.GameObjects.Graphics;
  private readonly turnLabel: Phaser.GameObjects.Container;
  private readonly glow: Phaser.GameObjects.Graphics;
  private readonly word: Phaser.GameObjects.Text | null;
  private shown = Number.NaN;
  private target = Number.NaN;
  private mark: MarkKind | null = null;
  private tween: Phaser.Tweens.Tween | null = null;

  private readonly scene: Phaser.Scene;
  readonly seat: Seat;

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
    // The vote's glow goes under the disc, so the actor's colour stays true.
    this.glow = scene.add.graphics({ x, y });
    const disc = scene.add.graphics();
    disc.fillStyle(0xffffff, 1);
    disc.fillCircle(x, y, SEAT.disc + 3);
    disc.fillStyle(Phaser.Display.Color.HexStringToColor(actor.colour).color, 1);
    disc.fillCircle(x, y, SEAT.disc);
    if (actor.seat === 'permanent') {
      disc.lineStyle(3, INK, 1);
      disc.strokeCircle(x, y, SEAT.ring);
    }
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
    this.turnLabel = scene.add
      .container(turnAt.x, turnAt.y, [
        pill,
        label(scene, 0, 0, 'to move', 15, { colour: '#ffffff', bold: true }),
      ])
      .setVisible(false);
    this.meter = scene.add.graphics();
    this.badge = scene.add.graphics({ x: x + SEAT.badgeDx, y: y + SEAT.badgeDy });
    this.person = scene.add.graphics();
    drawPerson(this.person, x - SEAT.badgeDx, y + SEAT.badgeDy, SEAT.badge);
    this.person.setVisible(false);
    this.word = seat.area === 'ground' ? label(scene, x, y + SEAT.wordY, '', 16, { bold: true }) : null;
    // Clicking a seat selects the actor: the "why" panel explains its score.
    const hit = scene.add.zone(x, y, 64, 64).setInteractive({ useHandCursor: true });
    hit.on('pointerdown', onSelect);
  }

  /** Eases the meter to `value` (0–100), or jumps there when motion is reduced. */
  setAcceptance(value: number, animate: boolean): void {
    if (value === this.target) return;
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
    this.badge.clear();
    drawMark(this.badge, kind, 0, 0, SEAT.badge);
    this.word?.setText(kind === 'pending' ? '' : MARK_WORD[kind]);
    this.drawMeter();
    if (pop && wasPending) this.flash(kind);
  }

  setHuman(on: boolean): void {
    this.person.setVisible(on);
  }

  setToMove(on: boolean): void {
    this.turnRing.setVisible(on);
    this.turnLabel.setVisible(on);
  }

  /** The seat lights up in its vote's colour and the badge grows in, then settles. */
  private flash(kind: MarkKind): void {
    const colour = MARK_STYLE[kind].fill;
    this.glow.clear();
    this.glow.fillStyle(colour === 0xffffff ? TURN : colour, 0.35);
    this.glow.fillCircle(0, 0, SEAT.ring + 12);
    this.glow.lineStyle(4, colour === 0xffffff ? TURN : colour, 1);
    this.glow.strokeCircle(0, 0, SEAT.ring + 12);
    this.glow.setAlpha(1).setScale(0.7);
    this.scene.tweens.add({ targets: this.glow, scale: 1, duration: 260, ease: 'Back.easeOut' });
    this.scene.tweens.add({ targets: this.glow, alpha: 0.3, delay: 500, duration: 600 });
    this.badge.setScale(2);
    this.scene.tweens.add({ targets: this.badge, scale: 1, duration: 320, ease: 'Back.easeOut' });
  }

  /** A settled highlight (no motion): used when the reveal is skipped. */
  clearFlash(): void {
    this.glow.clear();
    this.badge.setScale(1);
  }

  private drawMeter(): void {
    if (Number.isNaN(this.shown)) return;
    const g = this.meter;
    const w = SEAT.meterWidth;
    const x = this.seat.x - w / 2;
    const y = this.seat.y + SEAT.meterY;
    const fill = MARK_STYLE[this.mark ?? 'pending'].meter;
    g.clear();
    g.fillStyle(METER_TRACK, 1);
    g.fillRect(x, y, w, SEAT.meterHeight);
    g.fillStyle(fill, 1);
    g.fillRect(x, y, (w * Math.max(0, Math.min(100, this.shown))) / 100, SEAT.meterHeight);
    g.lineStyle(1, 0x8c8270, 1);
    g.strokeRect(x, y, w, SEAT.meterHeight);
    // The tick at 50: as good as no deal.
    g.fillStyle(INK, 1);
    g.fillRect(x + w / 2 - 1, y - 3, 2, SEAT.meterHeight + 6);
  }
}
