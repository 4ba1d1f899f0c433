// The shape of the game's store (store.ts): its state, its actions and the services it is built
// with. Kept apart from the store's logic so that views, the Continue module and tests can name these
// types without reading the implementation.
import type { StanceUncertainty } from '../engine/analysis/stance-shares.ts';
import type { ActorId, IssueId } from '../engine/ids.ts';
import type { Model } from '../engine/model.ts';
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import type { Action, Change, GameSetup, GameState } from '../engine/negotiation/types.ts';
import type { EngineService } from './engine-service.ts';
import type { Pace, Playback } from './playback.ts';
import type { RestoreOutcome } from './save-slots.ts';
import type { KeyValueStorage } from './storage.ts';

export interface StoreServices {
  readonly model: Model;
  readonly storage: KeyValueStorage;
  /** Storage key of the autosave; the one before it is kept under `${key}.previous`. */
  readonly saveKey?: string;
  /** Where AI moves and simulations run: a Web Worker in the browser; in-process by default. */
  readonly engine?: EngineService;
  /**
   * Resolves when the AI seats may start moving. The page holds them while it opens the table, so the
   * worker's moves do not take the processor from the table's first frames (the moves then come
   * a few hundred milliseconds later). Default: at once.
   */
  readonly aiMayMove?: () => Promise<void>;
  /**
   * Shows the AI's moves one at a time, each for `pace(reducedMotion)` ms (playback.ts). Without it
   * the game jumps to where the AI's moves stop (the Node tests, the command line).
   */
  readonly pace?: Pace;
  /** What the progress bar says while the engine plays the other seats (a classroom: other students). */
  readonly waitLabel?: string;
}

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export interface Busy {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  /** What is counted, if not moves: "runs". */
  readonly unit?: string;
}

export interface GameStore {
  readonly game: GameState | null;
  /** The last thing worth telling the player: a refused action, a failed save, a restored game. */
  readonly notice: Notice | null;
  /**
   * The amendment a human is composing in the document, not yet proposed: at most MAX_CHANGES clause
   * changes. Emptied when a move is played; restorable after a reload with setPendingChanges.
   */
  readonly pendingChanges: readonly Change[];
  /** The undo and redo history of pendingChanges. */
  readonly composing: {
    readonly past: ReadonlyArray<readonly Change[]>;
    readonly future: ReadonlyArray<readonly Change[]>;
  };
  /**
   * selectedActor: whose explanation is shown. revealedTo: in pass-and-play, the human seat whose
   * private brief is unlocked — the screen stays covered until the player whose move it is says so.
   */
  readonly ui: {
    readonly selectedActor: ActorId | null;
    readonly revealedTo: ActorId | null;
    readonly briefOpenFor: ActorId | null;
  };
  readonly settings: { readonly reducedMotion: boolean };
  /** What the engine is doing now, for a progress bar; null when it is idle. */
  readonly busy: Busy | null;
  /** The AI move on show while the AI's moves are played back one at a time; null otherwise. */
  readonly playback: Playback | null;
  /** The ceasefire outlook of the text on the table; null while it is being computed. */
  readonly outlook: CeasefireOutlook | null;
  /**
   * Each actor's stances across the plausible settings of the scenario's ranges, for the text on the
   * table (the why panel's shares); null while they are being computed or if the engine gives none.
   */
  readonly stances: StanceUncertainty | null;
  /** The trade a human is composing, not yet sent (a counter-offer names the offer it answers). */
  readonly trade: TradeDraft;

  /**
   * These resolve once the AI seats have moved (false: refused, with a notice). While the AI seats
   * are moving, they are refused: the position the player acted on is about to change.
   */
  start(setup: GameSetup): Promise<boolean>;
  dispatch(action: Action): Promise<boolean>;
  /**
   * A position that came from elsewhere (a classroom table: a teammate's move, the instructor's
   * clock): shown at once; when the store is idle, it is settled like a position of its own (saved,
   * and the other seats are waited for if it is their move).
   */
  follow(game: GameState): void;
  /**
   * Continues the autosaved game. When it cannot be read (or is missing), nothing is loaded and the
   * outcome says why, with its text and whether the previous save can be read instead.
   */
  restore(): Promise<RestoreOutcome>;
  /** Continues from the previous autosave, after a failed restore(); the notice names the damage. */
  restorePrevious(): Promise<RestoreOutcome>;
  load(text: string): Promise<boolean>;
  /** Shows at once where the AI's moves stop, ending their one-at-a-time playback. */
  skipPlayback(): void;
  /** Adds or replaces the change to a clause; a change to a fourth clause is refused (false). */
  setChange(change: Change): boolean;
  /** Puts back an unsent amendment (a reload): its first MAX_CHANGES changes, one per clause, no history. */
  setPendingChanges(changes: readonly Change[]): void;
  removeChange(issue: IssueId): void;
  undo(): void;
  redo(): void;
  clearComposing(): void;
  select(actor: ActorId | null): void;
  reveal(actor: ActorId | null): void;
  openBrief(actor: ActorId | null): void;
  setReducedMotion(on: boolean): void;
  editTrade(edit: Partial<TradeDraft>): void;
  clearTrade(): void;
  /** Sends the composed trade as `seat`'s offer (or counter-offer); cleared once the game takes it. */
  sendTrade(seat: ActorId): Promise<boolean>;
}

export interface TradeDraft {
  readonly to: readonly ActorId[];
  readonly give: readonly Change[];
  readonly ask: readonly Change[];
  readonly voteYes: boolean;
  readonly counter: number | null;
}
