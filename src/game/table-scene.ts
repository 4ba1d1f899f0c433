// The chamber: a view of the scenario's actors around the Council's horseshoe table. It draws what
// it is given and holds no rules.
import Phaser from 'phaser';
import type { Scenario } from '../engine/scenario.ts';
import { seatViews } from '../state/selectors.ts';
import type { GameStoreApi } from '../state/store.ts';
import { SceneKey } from './keys.ts';
import { layoutSeats, type Seat } from './layout.ts';

export interface TableSceneData {
  readonly scenario: Scenario;
  /** The game store; without it the table shows the seats only. */
  readonly store?: GameStoreApi;
}

/** Stance marks: colour is never the only signal (DESIGN.md §8). */
const STANCE_MARK: Readonly<Record<string, string>> = {
  support: '✓',
  abstain: '–',
  reject: '✗',
  veto: '⛔',
  endorse: '✓',
  acquiesce: '~',
  oppose: '✗',
  spoil: '⚠',
};

const INK = '#1d2733';
const MUTED = '#5b6573';
const TABLE = 0xe9e2d0;
const TABLE_EDGE = 0xb9ad8f;

export class TableScene extends Phaser.Scene {
  private scenario!: Scenario;
  private store: GameStoreApi | undefined;
  private seats: Seat[] = [];
  private meters: Phaser.GameObjects.Graphics | undefined;
  private marks = new Map<string, Phaser.GameObjects.Text>();

  constructor() {
    super(SceneKey.Table);
  }

  init(data: TableSceneData): void {
    this.scenario = data.scenario;
    this.store = data.store;
  }

  create(): void {
    const { width, height } = this.scale;
    const seats = layoutSeats(this.scenario, { width, height });
    this.drawHorseshoe(seats);
    this.drawGroundPanel(width, height);
    for (const seat of seats) this.drawSeat(seat);
    this.seats = seats;
    if (this.store) {
      this.meters = this.add.graphics();
      const off = this.store.subscribe(() => this.drawMeters());
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
      this.drawMeters();
    }
  }

  /** An acceptance meter (0–100, a tick at 50 = as good as no deal) and a stance mark under each seat. */
  private drawMeters(): void {
    const game = this.store?.getState().game;
    if (!game || !this.meters) return;
    const views = new Map(seatViews(this.scenario, game).map((v) => [v.actor as string, v]));
    this.meters.clear();
    for (const seat of this.seats) {
      const view = views.get(seat.actor);
      if (!view) continue;
      const x = seat.x - 26;
      const y = seat.y + 56;
      this.meters.fillStyle(0xd6cdb8, 1);
      this.meters.fillRect(x, y, 52, 6);
      this.meters.fillStyle(view.acceptance >= 50 ? 0x2f6f4f : 0x9b1c1c, 1);
      this.meters.fillRect(x, y, (52 * view.acceptance) / 100, 6);
      this.meters.fillStyle(0x1d2733, 1);
      this.meters.fillRect(x + 26, y - 2, 1, 10);
      const mark = STANCE_MARK[view.ground ?? view.stance] ?? '';
      let label = this.marks.get(seat.actor);
      if (!label) {
        label = this.text(seat.x + 34, seat.y - 22, '', 16, INK, 'bold');
        this.marks.set(seat.actor, label);
      }
      label.setText(mark);
    }
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
    // Clicking a seat selects the actor: the "why" panel explains its score.
    const hit = this.add.zone(seat.x, seat.y, 60, 60).setInteractive({ useHandCursor: true });
    hit.on('pointerdown', () => this.store?.getState().select(seat.actor));
  }
}
