// The game's single store (zustand vanilla + immer), built by a factory with its services injected.
// Slices: the game (the reducer's state, driven only through actions), the move a human is composing
// (with undo and redo), UI selection, and settings. Every applied action is autosaved; on reload the
// last good save is restored. Scenes and panels read the store and send actions; no rules live here.
import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import type { ActorId, IssueId } from '../engine/ids.ts';
import { aiMovesAhead } from '../engine/jobs.ts';
import type { Model } from '../engine/model.ts';
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import { makeSave } from '../engine/negotiation/save.ts';
import { newGame, shiftArray, waitingOn } from '../engine/negotiation/state.ts';
import type { Action, Change, GameError, GameSetup, GameState } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import type { Result } from '../engine/result.ts';
import { type EngineService, inProcessEngine, isCancelled, OUTLOOK_RUNS } from './engine-service.ts';
import {
  fallbackText,
  type PreviousSave,
  previousOffer,
  type RestoreOutcome,
  readSlot,
  type SlotReading,
  warningText,
} from './save-slots.ts';
import type { KeyValueStorage } from './storage.ts';

export type { PreviousSave, RestoreOutcome } from './save-slots.ts';

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

export const AI_LABEL = 'The AI actors are moving';
export const OUTLOOK_LABEL = 'Simulating the ceasefire';
/** Shortest time between two progress updates of the store. */
const PROGRESS_INTERVAL_MS = 100;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The text on the table and the events' shifts: all the outlook depends on during a game. */
function outlookKey(model: Model, game: GameState): string {
  return `${model.issues.map((i) => own(game.text, i.id)).join('|')}/${Array.from(shiftArray(model, game.shifts)).join('|')}`;
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
  /** What the engine is doing now, for a progress bar; null when it is idle. */
  readonly busy: Busy | null;
  /** The ceasefire outlook of the text on the table; null while it is being computed. */
  readonly outlook: CeasefireOutlook | null;
  /** The trade a human is composing, not yet sent (a counter-offer names the offer it answers). */
  readonly trade: TradeDraft;

  /**
   * These resolve once the AI seats have moved (false: refused, with a notice). While the AI seats
   * are moving, they are refused: the position the player acted on is about to change.
   */
  start(setup: GameSetup): Promise<boolean>;
  dispatch(action: Action): Promise<boolean>;
  /**
   * Continues the autosaved game. When it cannot be read (or is missing), nothing is loaded and the
   * outcome says why, with its text and whether the previous save can be read instead.
   */
  restore(): Promise<RestoreOutcome>;
  /** Continues from the previous autosave, after a failed restore(); the notice names the damage. */
  restorePrevious(): Promise<RestoreOutcome>;
  load(text: string): Promise<boolean>;
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
  const engine = services.engine ?? inProcessEngine(model);
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

  return createStore<GameStore>()(
    immer((set, get) => {
      /** True from a human's action until the AI seats have moved: the state is about to change. */
      let moving = false;
      /** The text and shifts of the outlook shown or being computed: only a change needs new runs. */
      let outlookFor = '';
      let lastProgress = 0;

      const showProgress = (label: string, done: number, total: number, first = false) => {
        // Progress can come every few milliseconds, and every store change re-renders the panels:
        // the bar moves at most every PROGRESS_INTERVAL_MS, and always at the end.
        const now = performance.now();
        if (!first && done < total && now - lastProgress < PROGRESS_INTERVAL_MS) return;
        lastProgress = now;
        set({ busy: { label, done, total, ...(label === OUTLOOK_LABEL ? { unit: 'runs' } : {}) } });
      };

      /** Asks the engine for the outlook of the text on the table, unless it is shown or on its way. */
      const refreshOutlook = (game: GameState) => {
        // A finished game shows the vote's own simulation (its result); running another would only
        // take the processor from the page while it draws the result.
        if (game.phase === 'finished') return;
        const wanted = outlookKey(model, game);
        if (wanted === outlookFor) return;
        outlookFor = wanted;
        set({ outlook: null });
        showProgress(OUTLOOK_LABEL, 0, OUTLOOK_RUNS, true);
        const mine = () => outlookFor === wanted && !moving;
        engine
          .outlook(game, (p) => {
            if (mine()) showProgress(OUTLOOK_LABEL, p.done, p.total);
          })
          .then(
            (outlook) => {
              if (outlookFor === wanted) set({ outlook, ...(moving ? {} : { busy: null }) });
            },
            (error: unknown) => {
              if (isCancelled(error) || outlookFor !== wanted) return;
              outlookFor = '';
              set({
                ...(moving ? {} : { busy: null }),
                notice: {
                  kind: 'error',
                  text: `The ceasefire outlook could not be computed: ${message(error)}`,
                },
              });
            },
          );
      };

      /** Shows and saves `game`, then lets the AI seats move in the engine and shows where they stop. */
      const settle = async (game: GameState, info: Notice | null = null) => {
        moving = true;
        const textChanged = outlookKey(model, game) !== outlookFor;
        if (textChanged) outlookFor = ''; // an outlook still on its way is for an older text
        set({
          game,
          notice: autosave(game) ?? info,
          composing: EMPTY_COMPOSING,
          ...(textChanged ? { outlook: null } : {}),
        });
        let played = game;
        if (waitingOn(game, model.scenario.procedure.penHolder, 'ai')) {
          showProgress(AI_LABEL, 0, Math.max(1, aiMovesAhead(model, game)), true);
          try {
            await services.aiMayMove?.();
            played = await engine.advance(game, (p) => showProgress(AI_LABEL, p.done, p.total));
          } catch (error) {
            moving = false;
            set({
              busy: null,
              notice: { kind: 'error', text: `The AI actors could not move: ${message(error)}` },
            });
            return;
          }
          const failed = autosave(played);
          set({ game: played, ...(failed ? { notice: failed } : {}) });
        }
        moving = false;
        set({ busy: null });
        refreshOutlook(played);
      };

      /** Runs an engine request during which other actions are refused (see refuseWhileMoving). */
      const holding = async <T>(work: () => Promise<T>): Promise<T> => {
        moving = true;
        try {
          return await work();
        } finally {
          moving = false;
        }
      };

      /** While the AI seats move, the position a player acted on is about to change: refuse, and say so. */
      const refuseWhileMoving = (): boolean => {
        if (!moving) return false;
        set({ notice: { kind: 'info', text: 'Wait a moment: the AI actors are still moving.' } });
        return true;
      };

      const loadText = async (text: string, source: string): Promise<boolean> => {
        const parsed = await holding(() => engine.load(text));
        if (!parsed.ok) {
          set({
            notice: {
              kind: 'error',
              text: `${source} could not be loaded: ${parsed.error}. The current game is untouched.`,
            },
          });
          return false;
        }
        const { state, warnings } = parsed.value;
        await settle(state, {
          kind: warnings.length > 0 ? 'error' : 'info',
          text: `${source} loaded: round ${state.round}.${warningText(warnings)}`,
        });
        return true;
      };

      /** The latest autosave as the last restore() read it: the previous one is offered against it. */
      let latestReading: SlotReading | null = null;

      /** The previous autosave, if it can be read, with how far behind the latest it is. */
      const readPrevious = async (latest: SlotReading): Promise<PreviousSave | null> => {
        const previous = await readSlot(engine, storage, `${key}.previous`);
        return previous.kind === 'good' ? previousOffer(latest, previous.loaded) : null;
      };

      return {
        game: null,
        notice: null,
        busy: null,
        outlook: null,
        composing: EMPTY_COMPOSING,
        ui: { selectedActor: null, revealedTo: null, briefOpenFor: null },
        settings: { reducedMotion: false },
        trade: EMPTY_TRADE,

        async start(setup) {
          if (refuseWhileMoving()) return false;
          const game = newGame(model, setup);
          if (!game.ok) {
            set({ notice: { kind: 'error', text: game.error.message } });
            return false;
          }
          await settle(game.value);
          return true;
        },
        async dispatch(action) {
          const game = get().game;
          if (!game || refuseWhileMoving()) return false;
          let next: Result<GameState, GameError>;
          try {
            next = await holding(() => engine.apply(game, action));
          } catch (error) {
            set({ notice: { kind: 'error', text: `The move could not be played: ${message(error)}` } });
            return false;
          }
          if (!next.ok) {
            set({ notice: { kind: 'error', text: next.error.message } });
            return false;
          }
          await settle(next.value);
          return true;
        },
        async restore() {
          if (refuseWhileMoving())
            return {
              restored: false,
              problem: 'the AI actors are still moving',
              missing: false,
              damaged: null,
              previous: null,
            };
          const latest = await holding(() => readSlot(engine, storage, key));
          latestReading = latest;
          if (latest.kind === 'good') {
            const { state, warnings } = latest.loaded;
            await settle(state, {
              kind: warnings.length > 0 ? 'error' : 'info',
              text: `The autosaved game loaded: round ${state.round}.${warningText(warnings)}`,
            });
            return { restored: true };
          }
          return {
            restored: false,
            problem:
              latest.kind === 'missing'
                ? 'there is no saved game of this scenario in this browser (it may have been cleared with the browsing data)'
                : latest.problem,
            missing: latest.kind === 'missing',
            damaged: latest.kind === 'damaged' && latest.text !== '' ? latest.text : null,
            previous: await holding(() => readPrevious(latest)),
          };
        },
        async restorePrevious() {
          const latest = latestReading ?? { kind: 'missing' };
          const failed = (problem: string): RestoreOutcome => ({
            restored: false,
            problem,
            missing: false,
            damaged: latest.kind === 'damaged' && latest.text !== '' ? latest.text : null,
            previous: null,
          });
          if (refuseWhileMoving()) return failed('the AI actors are still moving');
          const previous = await holding(() => readSlot(engine, storage, `${key}.previous`));
          if (previous.kind === 'missing') return failed('there is no previous save either');
          if (previous.kind === 'damaged')
            return failed(`the previous save cannot be read either: ${previous.problem}`);
          const { state, warnings } = previous.loaded;
          const notice = `${fallbackText(latest, previousOffer(latest, previous.loaded))}${warningText(warnings)}`;
          await settle(state, { kind: 'error', text: notice });
          return { restored: true };
        },
        load: async (text) => !refuseWhileMoving() && loadText(text, 'The save file'),
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
