// The chamber: the scenario's actors around the Council's horseshoe table with their meters and
// marks, the Council tally, consent on the ground and the ceasefire gauge; after the game, the vote
// revealed seat by seat. It draws what the store holds (through tableView) and holds no rules.
import Phaser from 'phaser';
import type { ActorId } from '../engine/ids.ts';
import type { Action, GameResult } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import { actionTag, actionWords } from '../state/move-words.ts';
import { actorShort } from '../state/names.ts';
import type { GameStoreApi } from '../state/store.ts';
import { Chamber } from './chamber.ts';
import { SceneKey } from './keys.ts';
import { layoutTable, type Seat, type TableLayout, turnLabelAt } from './layout.ts';
import { SeatSprite } from './seat-sprite.ts';
import { CeasefireGauge, GroundConsentLine } from './side-panels.ts';
import {
  fullProgress,
  NO_PROGRESS,
  revealCounts,
  tableView,
  type VotePhase,
  type VoteProgress,
} from './table-view.ts';
import { label, MUTED_TEXT } from './text.ts';
import { VoteShow } from './vote-show.ts';

export interface TableSceneData {
  readonly scenario: Scenario;
  /** The game store; without it the table shows the seats only. */
  readonly store?: GameStoreApi;
  /** Told when the vote's reveal moves on (tests and the page read it; the game does not). */
  readonly onVotePhase?: (phase: VotePhase) => void;
  /** Told once every seat has been built (the table opens over several frames). */
  readonly onBuilt?: () => void;
}

const TABLE = 0xe9e2d0;
const TABLE_EDGE = 0xb9ad8f;

/**
 * Seats built per animation frame when the table opens. Two, not three: in headless Chromium's
 * software renderer a frame with three new seats (their text canvases and textures) plus the
 * compositor's commit ran to 50–65 ms on a loaded two-core machine (npm run bench:browser).
 */
const SEATS_PER_FRAME = 2;
/** The last AI move stays marked this long after the moves have all been shown. */
const HOLD_LAST_MS = 1200;

export class TableScene extends Phaser.Scene {
  private scenario!: Scenario;
  private store: GameStoreApi | undefined;
  private onVotePhase: ((phase: VotePhase) => void) | undefined;
  private onBuilt: (() => void) | undefined;
  private layout!: TableLayout;
  private sprites = new Map<ActorId, SeatSprite>();
  private chamber: Chamber | undefined;
  private consent: GroundConsentLine | undefined;
  private gauge: CeasefireGauge | undefined;
  private show: VoteShow | undefined;
  private progress: VoteProgress = NO_PROGRESS;
  /** The result whose vote has been shown (or is being shown): the reveal plays once per game. */
  private revealedFor: GameResult | null = null;
  private phase: VotePhase | null = null;
  /** Frames drawn with nothing moving: after a few, the loop sleeps until something changes. */
  private idleFrames = 0;
  private wakeBooked = false;
  private renderBooked = false;
  private closed = false;
  /** What the last render drew from: the table depends on nothing else in the store. */
  private drawnFrom: readonly unknown[] = [];
  /** The AI move on show, kept a moment after the playback ends so the last one is seen too. */
  private acting: Action | null = null;
  private actingTimer = 0;

  constructor() {
    super(SceneKey.Table);
  }

  init(data: TableSceneData): void {
    this.scenario = data.scenario;
    this.store = data.store;
    this.onVotePhase = data.onVotePhase;
    this.onBuilt = data.onBuilt;
    this.sprites = new Map();
    // A table started again (another game on the same page) builds these over its first frames; until
    // then a render must not reach the previous table's objects, which its shutdown destroyed.
    this.chamber = undefined;
    this.consent = undefined;
    this.gauge = undefined;
    this.progress = NO_PROGRESS;
    this.revealedFor = null;
    this.phase = null;
    this.closed = false;
    this.drawnFrom = [];
    this.acting = null;
  }

  create(): void {
    const { width, height } = this.scale;
    this.layout = layoutTable(this.scenario, { width, height });
    const short = (id: string) => actorShort(this.scenario, id);
    // The table is built over several frames, so no one task holds the page: the horseshoe, then the
    // tally, the side panels, the first drawing of the game, the key to the marks, and the seats a
    // few per frame.
    this.drawHorseshoe(this.layout.seats);
    this.inFrames([
      () => {
        this.chamber = new Chamber(this, this.layout, this.scenario.procedure, short);
      },
      () => {
        this.consent = new GroundConsentLine(this, this.layout.ground, short);
      },
      () => {
        this.gauge = new CeasefireGauge(this, this.layout.ceasefire);
      },
      () => {
        this.drawnFrom = [];
        this.render();
      },
      () => this.chamber?.drawKey(this),
      () => this.buildSeats(0),
    ]);
    this.show = new VoteShow((progress) => {
      this.progress = progress;
      this.render();
    });
    const wake = () => this.wake();
    window.addEventListener('resize', wake);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => window.removeEventListener('resize', wake));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.closed = true;
      window.clearTimeout(this.actingTimer);
    });
    if (this.store) {
      // The table follows the store on the next frame, in a task of its own: drawing it inside the
      // store update would add its time to the panels' in one long task.
      const off = this.store.subscribe(() => this.renderSoon());
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
        off();
        this.show?.stop();
      });
    }
  }

  /** Runs each step on an animation frame of its own, stopping if the table closes meanwhile. */
  private inFrames(steps: ReadonlyArray<() => void>): void {
    const [first, ...rest] = steps;
    if (!first) return;
    requestAnimationFrame(() => {
      if (this.closed) return;
      first();
      this.inFrames(rest);
    });
  }

  /**
   * Builds the seats a few per frame: all 25 at once (discs, badges, names, meters) held the page
   * for ~100 ms when a game opened. Each batch is drawn as soon as it is built.
   */
  private buildSeats(from: number): void {
    if (this.closed) return;
    const { width, height } = this.scale;
    const seats = this.layout.seats.slice(from, from + SEATS_PER_FRAME);
    for (const seat of seats) {
      const actor = this.scenario.actors.find((a) => a.id === seat.actor);
      if (!actor) continue;
      const sprite = new SeatSprite(
        this,
        seat,
        actor,
        turnLabelAt(seat, this.layout, { width, height }),
        () => this.store?.getState().select(seat.actor),
      );
      this.sprites.set(seat.actor, sprite);
    }
    this.drawnFrom = [];
    this.render();
    if (from + SEATS_PER_FRAME < this.layout.seats.length)
      requestAnimationFrame(() => this.buildSeats(from + SEATS_PER_FRAME));
    else this.onBuilt?.();
  }

  private renderSoon(): void {
    if (this.renderBooked) return;
    this.renderBooked = true;
    requestAnimationFrame(() => {
      this.renderBooked = false;
      if (!this.closed) this.render();
    });
  }

  /**
   * A still table is not redrawn: once nothing has moved for a few frames the game loop sleeps, and
   * a store change, the vote's next step or a resize wakes it. Clicks on seats are handled by the
   * DOM events as they come, asleep or not.
   */
  update(): void {
    if (this.tweens.getTweens().length > 0 || this.show?.running) {
      this.idleFrames = 0;
      return;
    }
    this.idleFrames++;
    if (this.idleFrames > 3) this.game.loop.sleep();
  }

  /**
   * Wakes a sleeping loop on the next animation frame, not now: Phaser's wake draws a frame at once,
   * which inside a store update would draw the old state and lengthen the update's task.
   */
  private wake(): void {
    this.idleFrames = 0;
    if (this.game.loop.running || this.wakeBooked) return;
    this.wakeBooked = true;
    requestAnimationFrame(() => {
      this.wakeBooked = false;
      if (!this.game.loop.running) this.game.loop.wake();
    });
  }

  /** The player's "Reduce motion" switch, which starts from the system's setting (main.ts). */
  private reducedMotion(): boolean {
    return this.store?.getState().settings.reducedMotion === true;
  }

  private render(): void {
    const state = this.store?.getState();
    const game = state?.game;
    if (!state || !game) return;
    // Most store changes (the progress bar, the panels' selections) change nothing on the table.
    const from = [game, state.outlook, state.settings.reducedMotion, this.progress, state.playback];
    if (from.every((x, i) => x === this.drawnFrom[i])) return;
    this.drawnFrom = from;
    this.wake();
    const order = this.layout.seats.map((s) => s.actor);
    const still = this.reducedMotion();
    const result = game.phase === 'finished' ? game.result : null;
    if (result !== this.revealedFor) {
      // A new finished game starts the reveal (or, with reduced motion, shows its end at once).
      this.revealedFor = result;
      this.show?.stop();
      if (!result) this.progress = NO_PROGRESS;
      else {
        const { voters, declarers } = revealCounts(this.scenario, state, order);
        this.progress = still ? fullProgress(voters, declarers) : NO_PROGRESS;
        if (!still) this.show?.play(voters, declarers);
      }
    }
    if (still && this.show?.running) {
      // Motion was turned off mid-reveal: skip to the end.
      this.show.stop();
      const { voters, declarers } = revealCounts(this.scenario, state, order);
      this.progress = fullProgress(voters, declarers);
    }
    const view = tableView(this.scenario, state, order, this.progress);
    if (!view) return;
    const acting = this.actingMove(state.playback?.action ?? null);
    // For tests and assistive tooling: the canvas itself says nothing to the page.
    const parent = this.game.canvas?.parentElement;
    if (acting) parent?.setAttribute('data-acting', acting.seat);
    else parent?.removeAttribute('data-acting');
    const humans = [...view.seats.values()].filter((s) => s.human).length;
    const popping = !still && view.phase !== 'none' && view.phase !== 'done';
    for (const [id, sprite] of this.sprites) {
      const seat = view.seats.get(id);
      if (!seat) continue;
      sprite.setMark(seat.mark, popping && seat.mark !== 'pending');
      sprite.setAcceptance(seat.acceptance, !still);
      sprite.setHuman(seat.human);
      // With one human seat it is "You"; in pass and play the person badges say whose seats are human.
      sprite.cues.setHuman(seat.human, humans === 1);
      sprite.cues.setActing(acting?.seat === id ? actionTag(acting) : null);
      // While the AI's moves are shown, the seat that acts is marked, not the one due next.
      sprite.setToMove(seat.toMove && !acting, view.stage === 'deciding' ? 'decides' : 'to move');
      if (still) sprite.clearFlash();
    }
    const short = (id: string) => actorShort(this.scenario, id);
    this.chamber?.update(view, acting ? `${short(acting.seat)} ${actionWords(acting, short)}` : null);
    this.consent?.update(view);
    this.gauge?.update(view, !still);
    if (view.phase !== this.phase) {
      this.phase = view.phase;
      this.onVotePhase?.(view.phase);
    }
  }

  /**
   * The move to mark: the one on show, else the last one shown for a moment after the playback ends
   * (then the table redraws without it).
   */
  private actingMove(onShow: Action | null): Action | null {
    if (onShow) {
      window.clearTimeout(this.actingTimer);
      this.actingTimer = 0;
      this.acting = onShow;
      return onShow;
    }
    if (this.acting && this.actingTimer === 0)
      this.actingTimer = window.setTimeout(() => {
        this.acting = null;
        this.actingTimer = 0;
        this.drawnFrom = [];
        if (!this.closed) this.render();
      }, HOLD_LAST_MS);
    return this.acting;
  }

  private drawHorseshoe(seats: readonly Seat[]): void {
    const council = seats.filter((s) => s.area === 'council');
    const graphics = this.add.graphics();
    graphics.lineStyle(44, TABLE_EDGE, 1);
    this.strokePath(graphics, council);
    graphics.lineStyle(38, TABLE, 1);
    this.strokePath(graphics, council);
    const invited = seats.filter((s) => s.area === 'invited');
    if (invited.length > 0)
      label(
        this,
        this.layout.chamber.centreX,
        this.layout.invitedLabelY,
        'Invited to the table (rule 37)',
        15,
        {
          colour: MUTED_TEXT,
        },
      );
  }

  private strokePath(graphics: Phaser.GameObjects.Graphics, points: readonly Seat[]): void {
    const [first, ...rest] = points;
    if (!first) return;
    graphics.beginPath();
    graphics.moveTo(first.x, first.y);
    for (const p of rest) graphics.lineTo(p.x, p.y);
    graphics.strokePath();
  }
}
