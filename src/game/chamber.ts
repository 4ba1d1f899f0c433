// Inside the horseshoe: the turn line, the Council tally (one cell per member, yes votes from the
// left and the rest from the right, a line at the votes needed), the margin and any veto, the verdict,
// and a key to the marks.
import type Phaser from 'phaser';
import type { ActorId } from '../engine/ids.ts';
import type { Procedure } from '../engine/scenario.ts';
import type { TableLayout } from './layout.ts';
import { discTexture, INK, MARK_STYLE, markTexture, personTexture, TEXTURE_SCALE } from './marks.ts';
import type { MarkKind, TableView } from './table-view.ts';
import { fitWidth, label, MUTED_TEXT, restyle } from './text.ts';

const CELL_BACK = 0xf1ebdf;
const DARK_VERMILLION = '#a33f00';

export class Chamber {
  private readonly status: Phaser.GameObjects.Text;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly cells: Phaser.GameObjects.Graphics;
  private readonly cellMarks: Phaser.GameObjects.Image[] = [];
  private readonly verdictMark: Phaser.GameObjects.Image;
  private readonly scene: Phaser.Scene;
  private readonly needed: Phaser.GameObjects.Text;
  private readonly counts: Phaser.GameObjects.Text;
  private readonly margin: Phaser.GameObjects.Text;
  private readonly verdictBack: Phaser.GameObjects.Graphics;
  private readonly verdict: Phaser.GameObjects.Text;
  private readonly layout: TableLayout;
  private readonly procedure: Procedure;
  private readonly short: (id: ActorId) => string;

  constructor(
    scene: Phaser.Scene,
    layout: TableLayout,
    procedure: Procedure,
    short: (id: ActorId) => string,
  ) {
    this.scene = scene;
    this.layout = layout;
    this.procedure = procedure;
    this.short = short;
    const { status, tally, verdict } = layout.chamber;
    const cx = layout.chamber.centreX;
    this.status = label(scene, cx, status.y + status.height / 2, '', 18, { bold: true });
    this.caption = label(scene, cx, tally.y + 8, '', 16, { colour: MUTED_TEXT });
    this.cells = scene.add.graphics();
    this.needed = label(scene, cx, tally.y + 72, '', 15, { colour: MUTED_TEXT });
    this.counts = label(scene, cx, tally.y + 98, '', 21, { bold: true });
    this.margin = label(scene, cx, tally.y + 128, '', 17);
    this.verdictBack = scene.add.graphics();
    this.verdictMark = scene.add
      .image(cx, verdict.y + verdict.height / 2, markTexture(scene, 'support', 13))
      .setScale(1 / TEXTURE_SCALE)
      .setVisible(false);
    this.verdict = label(scene, cx + 14, verdict.y + verdict.height / 2, '', 26, { bold: true });
  }

  /** `acting`: the AI move on show ("Egypt proposes an amendment"), said in place of whose turn it is. */
  update(view: TableView, acting: string | null = null): void {
    const name = (id: ActorId | null) => (id ? this.short(id) : '');
    const rounds = `Round ${view.round} of ${view.rounds}`;
    const slot = this.layout.chamber.status.width;
    this.status.setText(
      view.stage === 'finished'
        ? view.phase === 'done'
          ? 'The Council has voted'
          : 'The Council votes'
        : acting
          ? `${rounds} · ${acting}`
          : view.stage === 'deciding'
            ? `${rounds} · pen holder decides: ${name(view.toMove)}`
            : `${rounds} · to move: ${name(view.toMove)}`,
    );
    fitWidth(this.status, slot);
    const t = view.tally;
    this.caption.setText(t.final ? 'The vote' : 'If the Council voted now');
    this.drawCells(t.cells, t.needed);
    this.counts.setText(`${t.yes} yes · ${t.abstain} abstain · ${t.no} no`);
    const forum = this.procedure.forum;
    const marginWords =
      t.margin === null
        ? 'Counting…'
        : forum === 'unsc'
          ? `Margin to nine: ${t.margin >= 0 ? '+' : '−'}${Math.abs(t.margin)}`
          : `Margin: ${t.margin >= 0 ? '+' : '−'}${Math.abs(t.margin)}`;
    const vetoes =
      t.vetoes.length === 0
        ? forum === 'consensus'
          ? ''
          : ' · no veto'
        : ` · veto: ${t.vetoes.map(name).join(', ')}`;
    this.margin
      .setText(`${marginWords}${vetoes}`)
      .setColor(t.vetoes.length > 0 ? DARK_VERMILLION : '#1d2733');
    this.drawVerdict(t);
  }

  private drawCells(cells: ReadonlyArray<MarkKind | null>, needed: number): void {
    const { tally } = this.layout.chamber;
    const n = cells.length;
    const gap = 4;
    const size = Math.min(28, (tally.width - gap * (n - 1)) / Math.max(1, n));
    const left = this.layout.chamber.centreX - (n * size + (n - 1) * gap) / 2;
    const top = tally.y + 24;
    const g = this.cells;
    g.clear();
    const r = Math.round(size * 0.42);
    cells.forEach((kind, i) => {
      const x = left + i * (size + gap);
      g.fillStyle(CELL_BACK, 1);
      g.fillRect(x, top, size, size);
      let image = this.cellMarks[i];
      if (!image) {
        image = this.scene.add.image(x + size / 2, top + size / 2, markTexture(this.scene, 'pending', r));
        this.cellMarks[i] = image.setScale(1 / TEXTURE_SCALE);
      }
      if (kind) image.setTexture(markTexture(this.scene, kind, r)).setVisible(true);
      else {
        image.setVisible(false);
        g.lineStyle(1, 0xb9ad8f, 1);
        g.strokeRect(x, top, size, size);
      }
    });
    // The line the yes votes must reach.
    if (needed > 0 && needed <= n) {
      const x = left + needed * (size + gap) - gap / 2;
      g.fillStyle(INK, 1);
      g.fillRect(x - 1.5, top - 6, 3, size + 12);
      this.needed.setPosition(x, top + size + 16).setText(`${needed} needed`);
    }
  }

  private drawVerdict(t: TableView['tally']): void {
    const { verdict } = this.layout.chamber;
    const g = this.verdictBack;
    g.clear();
    this.verdictMark.setVisible(false);
    if (!t.final) {
      restyle(this.verdict, 17, 'italic')
        .setText(`As it stands, the text ${t.adopted ? 'would be adopted' : 'would fail'}`)
        .setColor(MUTED_TEXT)
        .setX(this.layout.chamber.centreX);
      return;
    }
    if (!t.verdict) {
      this.verdict.setText('');
      return;
    }
    const adopted = t.verdict === 'adopted';
    const kind: MarkKind = adopted ? 'support' : t.vetoes.length > 0 ? 'veto' : 'reject';
    const words = adopted ? 'Adopted' : t.vetoes.length > 0 ? 'Not adopted — vetoed' : 'Not adopted';
    restyle(this.verdict, 26, 'bold').setText(words).setColor('#1d2733');
    const width = this.verdict.width + 70;
    const cx = this.layout.chamber.centreX;
    g.fillStyle(0xffffff, 1);
    g.lineStyle(3, MARK_STYLE[kind].fill === 0xffffff ? INK : MARK_STYLE[kind].fill, 1);
    g.fillRoundedRect(cx - width / 2, verdict.y, width, verdict.height, 10);
    g.strokeRoundedRect(cx - width / 2, verdict.y, width, verdict.height, 10);
    this.verdictMark
      .setTexture(markTexture(this.scene, kind, 13))
      .setPosition(cx - width / 2 + 28, verdict.y + verdict.height / 2)
      .setVisible(true);
    this.verdict.setX(cx + 18);
  }

  /** The key: every mark with its word, the person badge and the permanent member's ring. */
  /** The key to the marks: drawn a frame after the rest (the table opens over several frames). */
  drawKey(scene: Phaser.Scene): void {
    const { legend } = this.layout.chamber;
    const cx = this.layout.chamber.centreX;
    const rows: Array<Array<[MarkKind | 'person' | 'ring', string]>> = [
      [
        ['support', 'yes'],
        ['abstain', 'abstain'],
        ['reject', 'no'],
        ['veto', 'veto'],
        ['ring', 'permanent member'],
      ],
      [
        ['endorse', 'endorses'],
        ['acquiesce', 'goes along'],
        ['oppose', 'opposes'],
        ['spoil', 'spoiler'],
        ['person', 'human player'],
      ],
    ];
    rows.forEach((row, r) => {
      const y = legend.y + 14 + r * 30;
      const texts = row.map(([, words]) => label(scene, 0, y, words, 15, { colour: MUTED_TEXT, originX: 0 }));
      const widths = texts.map((t) => t.width + 22 + 16);
      let x = cx - widths.reduce((a, b) => a + b, 0) / 2;
      row.forEach(([kind], i) => {
        const icon = x + 8;
        const texture =
          kind === 'person'
            ? personTexture(scene, 8)
            : kind === 'ring'
              ? discTexture(scene, 0xb9ad8f, 6, 9)
              : markTexture(scene, kind, 8);
        scene.add.image(icon, y, texture).setScale(1 / TEXTURE_SCALE);
        texts[i]?.setX(x + 22);
        x += widths[i] ?? 0;
      });
    });
  }
}
