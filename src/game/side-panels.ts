// The right-hand column: the parties on the ground (their seats are drawn by the scene) with the
// consent line under them, and the ceasefire gauge — the chance of collapse within 12 months as a
// bar with its 95% interval drawn as a whisker.
import type Phaser from 'phaser';
import type { ActorId } from '../engine/ids.ts';
import { interval, percent } from '../state/ceasefire-view.ts';
import { groupThousands } from '../state/format.ts';
import type { Rect } from './layout.ts';
import { INK, markTexture, TEXTURE_SCALE } from './marks.ts';
import type { TableView } from './table-view.ts';
import { label, MUTED_TEXT, restyle } from './text.ts';

const PANEL = 0xf4efe6;
const PANEL_EDGE = 0xd6cdb8;
const RISK = 0xd55e00;
const TRACK = 0xe3dccd;

export function drawPanel(scene: Phaser.Scene, rect: Rect, title: string): void {
  const g = scene.add.graphics();
  g.fillStyle(PANEL, 1);
  g.lineStyle(2, PANEL_EDGE, 1);
  g.fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 12);
  g.strokeRoundedRect(rect.x, rect.y, rect.width, rect.height, 12);
  label(scene, rect.x + rect.width / 2, rect.y + 24, title, 18, { colour: MUTED_TEXT });
}

export class GroundConsentLine {
  private readonly text: Phaser.GameObjects.Text;
  private readonly icon: Phaser.GameObjects.Image;
  private readonly short: (id: ActorId) => string;

  constructor(scene: Phaser.Scene, rect: Rect, short: (id: ActorId) => string) {
    this.short = short;
    drawPanel(scene, rect, 'On the ground');
    this.icon = scene.add
      .image(rect.x + 26, rect.y + rect.height - 24, markTexture(scene, 'endorse', 10))
      .setScale(1 / TEXTURE_SCALE)
      .setVisible(false);
    this.text = label(scene, rect.x + 44, rect.y + rect.height - 24, '', 16, { originX: 0 });
    this.text.setWordWrapWidth(rect.width - 56);
  }

  update(view: TableView): void {
    const c = view.consent;
    const before = view.stage !== 'finished';
    this.icon.setVisible(false);
    if (!c) {
      this.text.setText(view.phase === 'declaring' ? 'Declaring…' : 'They declare after the vote');
      return;
    }
    const words = c.holds
      ? before
        ? 'All would go along'
        : 'Consent holds: all go along'
      : `${before ? 'Would not go along' : 'No consent'}: ${c.blockers.map(this.short).join(', ')}`;
    this.text.setText(words);
    this.icon.setTexture(markTexture(this.icon.scene, c.holds ? 'endorse' : 'oppose', 10)).setVisible(true);
  }
}

export class CeasefireGauge {
  private readonly value: Phaser.GameObjects.Text;
  private readonly range: Phaser.GameObjects.Text;
  private readonly note: Phaser.GameObjects.Text;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly subtitle: Phaser.GameObjects.Text;
  private readonly rect: Rect;
  private readonly scene: Phaser.Scene;
  private shown: number | null = null;
  private key = '';

  constructor(scene: Phaser.Scene, rect: Rect) {
    this.scene = scene;
    this.rect = rect;
    drawPanel(scene, rect, 'The ceasefire');
    const cx = rect.x + rect.width / 2;
    this.subtitle = label(scene, cx, rect.y + 52, 'Chance it collapses within 12 months', 15);
    this.value = label(scene, cx, rect.y + 92, '', 34, { bold: true });
    this.range = label(scene, cx, rect.y + 126, '', 15, { colour: MUTED_TEXT });
    this.bar = scene.add.graphics();
    const left = rect.x + 20;
    const right = rect.x + rect.width - 20;
    for (const [at, text, originX] of [
      [left, '0%', 0],
      [(left + right) / 2, '50%', 0.5],
      [right, '100%', 1],
    ] as const)
      label(scene, at, rect.y + 190, text, 14, { colour: MUTED_TEXT, originX });
    this.note = label(scene, cx, rect.y + 222, '', 15, { colour: MUTED_TEXT });
    this.note.setWordWrapWidth(rect.width - 24);
  }

  update(view: TableView, animate: boolean): void {
    const c = view.ceasefire;
    const key = 'reading' in c ? `${c.status}:${c.reading.probability}` : c.status;
    if (key === this.key) return;
    this.key = key;
    if (!('reading' in c)) {
      restyle(this.value, c.status === 'estimating' ? 26 : 34, 'bold').setText(
        c.status === 'estimating' ? 'estimating…' : '…',
      );
      this.range.setText(c.status === 'estimating' ? 'running the simulation' : 'after the vote');
      this.note.setText('');
      this.shown = null;
      this.drawBar(null, null);
      return;
    }
    const { reading, outlook } = c;
    this.subtitle.setText(`Chance it collapses within ${reading.month} months`);
    restyle(this.value, 34, 'bold').setText(percent(reading.probability));
    this.range.setText(
      reading.exact ? 'exact (no random events)' : `95% interval ${interval(reading.ci95)}%`,
    );
    const runs = outlook.method === 'monte-carlo' ? ` · ${groupThousands(outlook.runs)} runs` : '';
    this.note.setText(c.status === 'final' ? `After the vote${runs}` : `If this text is adopted${runs}`);
    const from = this.shown ?? 0;
    const to = reading.probability;
    this.shown = to;
    if (!animate) {
      this.drawBar(to, reading.ci95);
      return;
    }
    this.scene.tweens.addCounter({
      from,
      to,
      duration: 700,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => this.drawBar(tween.getValue() ?? to, null),
      onComplete: () => this.drawBar(to, reading.ci95),
    });
  }

  private drawBar(p: number | null, ci: readonly [number, number] | null): void {
    const g = this.bar;
    const left = this.rect.x + 20;
    const width = this.rect.width - 40;
    const y = this.rect.y + 152;
    const h = 18;
    g.clear();
    g.fillStyle(TRACK, 1);
    g.fillRect(left, y, width, h);
    if (p !== null) {
      g.fillStyle(RISK, 1);
      g.fillRect(left, y, width * p, h);
    }
    g.lineStyle(1, 0x8c8270, 1);
    g.strokeRect(left, y, width, h);
    // The halfway mark sits under the bar, apart from the interval's whisker.
    g.fillStyle(INK, 1);
    g.fillRect(left + width / 2 - 1, y + h, 2, 6);
    if (ci && ci[1] > ci[0]) {
      // The 95% interval as a whisker across the bar's end.
      const a = left + width * ci[0];
      const b = left + width * ci[1];
      g.lineStyle(2, INK, 1);
      g.lineBetween(a, y + h / 2, b, y + h / 2);
      g.lineBetween(a, y - 4, a, y + h + 4);
      g.lineBetween(b, y - 4, b, y + h + 4);
    }
  }
}
