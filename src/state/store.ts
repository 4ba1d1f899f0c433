// The game's single store (zustand vanilla + immer), built by a factory with its services injected.
// Slices: the game (the reducer's state, driven only through actions), the move a human is composing
// (with undo and redo), UI selection, and settings. Every applied action is autosaved; on reload the
// last good save is restored. Scenes and panels read the store and send actions; no rules live here.
import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import type { ActorId, IssueId } from '../engine/ids.ts';
import type { Model } from '../engine/model.ts';
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import { applyAction } from '../engine/negotiation/reducer.ts';
import { runAi } from '../engine/negotiation/runner.ts';
import { makeSave, parseSave } from '../engine/negotiation/save.ts';
import { newGame } from '../engine/negotiation/state.ts';
import type { Action, Change, GameSetup, GameState } from '../engine/negotiation/types.ts';
import type { KeyValueStorage } from './storage.ts';

export interface StoreServices {
  readonly model: Model;
  readonly storage: KeyValueStorage;
  /** Storage key of the autosave; the one before it is kept under `${key}.previous`. */
  readonly saveKey?: string;
}

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export interface GameStore {
  readonly game: GameState | null;
  /** The last thing worth telling the player: a refused action, a failed save, a restored game. */
  readonly notice: Notice | null;
  /** The amendment a human is composing, not yet sent: clause changes with undo and redo. */
  readonly composing: {
    readonly changes: readonly Change[];
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
  /** The trade a human is composing, not yet sent (a counter-offer names the offer it answers). */
  readonly trade: TradeDraft;
  /** The collapse outlook for the text on the table; null while it is being estimated. */
  readonly outlook: CeasefireOutlook | null;

  start(setup: GameSetup): boolean;
  dispatch(action: Action): boolean;
  restore(): boolean;
  load(text: string): boolean;
  setChange(change: Change): void;
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

export const EMPTY_TRADE: TradeDraft = { to: [], give: [], ask: [], voteYes: false, counter: null };

const EMPTY_COMPOSING = { changes: [], past: [], future: [] } as const;

export function createGameStore(services: StoreServices) {
  const { model, storage } = services;
  const key = services.saveKey ?? `draftroom.save.${model.scenario.id}`;

  /** Saves the game; if the write fails, the previous save stays and the player is told. */
  const autosave = (game: GameState): Notice | null => {
    const text = JSON.stringify(makeSave(model, game));
    try {
      const previous = storage.getItem(key);
      storage.setItem(key, text);
      if (previous !== null && previous !== text) storage.setItem(`${key}.previous`, previous);
      return null;
    } catch {
      return {
        kind: 'error',
        text: 'The game could not be saved in this browser (storage full or blocked); the last good save is kept.',
      };
    }
  };

  const advance = (game: GameState): GameState => {
    const next = runAi(model, game);
    return next.ok ? next.value : game;
  };

  return createStore<GameStore>()(
    immer((set, get) => {
      const settle = (game: GameState, info: Notice | null = null) => {
        const played = advance(game);
        const failed = autosave(played);
        set({ game: played, notice: failed ?? info });
      };
      const loadText = (text: string, source: string): boolean => {
        const parsed = parseSave(model, text);
        if (!parsed.ok) {
          set({
            notice: {
              kind: 'error',
              text: `${source} could not be loaded: ${parsed.error}. The current game is untouched.`,
            },
          });
          return false;
        }
        settle(parsed.value.state, {
          kind: 'info',
          text: `${source} loaded: round ${parsed.value.state.round}.`,
        });
        return true;
      };
      return {
        game: null,
        notice: null,
        composing: EMPTY_COMPOSING,
        ui: { selectedActor: null, revealedTo: null, briefOpenFor: null },
        settings: { reducedMotion: false },
        trade: EMPTY_TRADE,
        outlook: null,

        start(setup) {
          const game = newGame(model, setup);
          if (!game.ok) {
            set({ notice: { kind: 'error', text: game.error.message } });
            return false;
          }
          settle(game.value);
          set({ composing: EMPTY_COMPOSING });
          return true;
        },
        dispatch(action) {
          const game = get().game;
          if (!game) return false;
          const next = applyAction(model, game, action);
          if (!next.ok) {
            set({ notice: { kind: 'error', text: next.error.message } });
            return false;
          }
          settle(next.value);
          set({ composing: EMPTY_COMPOSING });
          return true;
        },
        restore() {
          for (const [slot, label] of [
            [key, 'The autosaved game'],
            [`${key}.previous`, 'The previous autosave'],
          ] as const) {
            const text = storage.getItem(slot);
            if (text !== null && parseSave(model, text).ok) return loadText(text, label);
          }
          return false;
        },
        load: (text) => loadText(text, 'The save file'),
        setChange(change) {
          const { composing } = get();
          const changes = [...composing.changes.filter((c) => c.issue !== change.issue), change];
          set({ composing: { changes, past: [...composing.past, composing.changes], future: [] } });
        },
        removeChange(issue) {
          const { composing } = get();
          const changes = composing.changes.filter((c) => c.issue !== issue);
          set({ composing: { changes, past: [...composing.past, composing.changes], future: [] } });
        },
        undo() {
          const { composing } = get();
          const previous = composing.past[composing.past.length - 1];
          if (!previous) return;
          set({
            composing: {
              changes: previous,
              past: composing.past.slice(0, -1),
              future: [composing.changes, ...composing.future],
            },
          });
        },
        redo() {
          const { composing } = get();
          const [next, ...rest] = composing.future;
          if (!next) return;
          set({ composing: { changes: next, past: [...composing.past, composing.changes], future: rest } });
        },
        clearComposing() {
          set({ composing: EMPTY_COMPOSING });
        },
        reveal(actor) {
          set((s) => {
            s.ui.revealedTo = actor;
            s.ui.briefOpenFor = null;
          });
        },
        openBrief(actor) {
          set((s) => {
            s.ui.briefOpenFor = actor;
          });
        },
        select(actor) {
          set((s) => {
            s.ui.selectedActor = actor;
          });
        },
        setReducedMotion(on) {
          set((s) => {
            s.settings.reducedMotion = on;
          });
        },
        editTrade(edit) {
          set({ trade: { ...get().trade, ...edit } });
        },
        clearTrade() {
          set({ trade: EMPTY_TRADE });
        },
        async sendTrade(seat) {
          const { to, give, ask, voteYes, counter } = get().trade;
          const action: Action =
            counter === null
              ? { type: 'offer', seat, to, give, ask, voteYes }
              : { type: 'counter', seat, offer: counter, give, ask, voteYes };
          // `await` works whether dispatch returns a boolean or (later) a promise of one.
          const sent = await get().dispatch(action);
          if (sent) set({ trade: EMPTY_TRADE });
          return sent;
        },
      };
    }),
  );
}

export type GameStoreApi = ReturnType<typeof createGameStore>;
