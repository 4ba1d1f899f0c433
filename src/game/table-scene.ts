// The chamber: a view of the scenario's actors around the Council's horseshoe table. It draws what
// it is given and holds no rules.
import Phaser from 'phaser';
import type { Scenario } from '../engine/scenario.ts';
import { SceneKey } from './keys.ts';
import { layoutSeats, type Seat } from './layout.ts';

export interface TableSceneData {
  readonly scenario: Scenario;
}

const INK = '#1d2733';
const MUTED = '#5b6573';
const TABLE = 0xe9e2d0;
const TABLE_EDGE = 0xb9ad8f;

export class TableScene extends Phaser.Scene {
  private scenario!: Scenario;

  constructor() {
    super(SceneKey.Table);
  }

  init(data: TableSceneData): void {
    this.scenario = data.scenario;
  }

  create(): void {
    const { width, height } = this.scale;
    const seats = layoutSeats(this.scenario, { width, height });
    this.drawHorseshoe(seats);
    this.drawGroundPanel(width, height);
    for (const seat of seats) this.drawSeat(seat);
  }

  private text(x: number, y: number, content: string, size: number, colour = INK, weight = 'normal') {
    return this.add
      .text(x, y, content, {
        fontFamily: 'Inter, "Segoe UI", system-ui, sans-serif',
        fontSize: `${size}px`,
        fontStyle: weight,
        color: colour,
        align: 'center',
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5);
  }

  private drawHorseshoe(seats: readonly Seat[]): void {
    const council = seats.filter((s) => s.area === 'council');
    const graphics = this.add.graphics();
    graphics.lineStyle(44, TABLE_EDGE, 1);
    this.strokePath(graphics, council);
    graphics.lineStyle(38, TABLE, 1);
    this.strokePath(graphics, council);
    const xs = council.map((s) => s.x);
    const centreX = (Math.min(...xs) + Math.max(...xs)) / 2;
    const ys = council.map((s) => s.y);
    this.text(centreX, (Math.min(...ys) + Math.max(...ys)) / 2 + 10, 'Security Council', 22, MUTED);
    const invited = seats.filter((s) => s.area === 'invited');
    if (invited.length > 0) {
      this.text(centreX, (invited[0]?.y ?? 0) - 58, 'Invited to the table (rule 37)', 14, MUTED);
    }
  }

  private strokePath(graphics: Phaser.GameObjects.Graphics, points: readonly Seat[]): void {
    const [first, ...rest] = points;
    if (!first) return;
    graphics.beginPath();
    graphics.moveTo(first.x, first.y);
    for (const p of rest) graphics.lineTo(p.x, p.y);
    graphics.strokePath();
  }

  private drawGroundPanel(width: number, height: number): void {
    const left = width * 0.76;
    const panel = this.add.graphics();
    panel.fillStyle(0xf4efe6, 1);
    panel.lineStyle(2, 0xd6cdb8, 1);
    panel.fillRoundedRect(left, height * 0.12, width * 0.22, height * 0.62, 12);
    panel.strokeRoundedRect(left, height * 0.12, width * 0.22, height * 0.62, 12);
    this.text(left + width * 0.11, height * 0.16, 'On the ground', 18, MUTED);
  }

  private drawSeat(seat: Seat): void {
    const actor = this.scenario.actors.find((a) => a.id === seat.actor);
    if (!actor) return;
    const colour = Phaser.Display.Color.HexStringToColor(actor.colour).color;
    const disc = this.add.graphics();
    disc.fillStyle(0xffffff, 1);
    disc.fillCircle(seat.x, seat.y, 27);
    disc.fillStyle(colour, 1);
    disc.fillCircle(seat.x, seat.y, 24);
    if (actor.seat === 'permanent') {
      disc.lineStyle(3, 0x1d2733, 1);
      disc.strokeCircle(seat.x, seat.y, 29);
    }
    this.text(seat.x, seat.y + 42, actor.short, 15, INK, actor.player ? 'bold' : 'normal');
  }
}
