// The game's single store (zustand vanilla + immer), built by a factory with its services injected.
// Slices: the game (the reducer's state, driven only through actions), the move a human is composing
// (with undo and redo), UI selection, and settings. Every applied action is autosaved; on reload the
// last good save is restored. Scenes and panels read the store and send actions; no rules live here.
// Its types are store-types.ts; Continue (restore, restorePrevious) is restore.ts; the autosave slots
// are save-slots.ts.
import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import { aiMovesAhead } from '../engine/jobs.ts';
import type { Model } from '../engine/model.ts';
import { makeSave } from '../engine/negotiation/save.ts';
import { newGame, shiftArray, waitingOn } from '../engine/negotiation/state.ts';
import {
  type Action,
  type Change,
  type GameError,
  type GameState,
  MAX_CHANGES,
} from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import type { Result } from '../engine/result.ts';
import { errorMessage, inProcessEngine, isCancelled, OUTLOOK_RUNS } from './engine-service.ts';
import { stancesKey } from './game-stances.ts';
import { type PlaybackRun, playBeats } from './playback.ts';
import { continueActions, loadedNotice } from './restore.ts';
import { writeLatest } from './save-slots.ts';
import type { GameStore, Notice, StoreServices, TradeDraft } from './store-types.ts';

export type { PreviousSave, RestoreOutcome } from './save-slots.ts';
export type { Busy, GameStore, Notice, StoreServices, TradeDraft } from './store-types.ts';

export const AI_LABEL = 'The AI actors are moving';
export const OUTLOOK_LABEL = 'Simulating the ceasefire';
/** Shortest time between two progress updates of the store. */
const PROGRESS_INTERVAL_MS = 100;

/** The text on the table and the events' shifts: all the outlook depends on during a game. */
function outlookKey(model: Model, game: GameState): string {
  return `${model.issues.map((i) => own(game.text, i.id)).join('|')}/${Array.from(shiftArray(model, game.shifts)).join('|')}`;
}

export const EMPTY_TRADE: TradeDraft = { to: [], give: [], ask: [], voteYes: false, counter: null };

const EMPTY_COMPOSING = { past: [], future: [] } as const;

export function createGameStore(services: StoreServices) {
  const { model, storage } = services;
  const engine = services.engine ?? inProcessEngine(model);
  const key = services.saveKey ?? `draftroom.save.${model.scenario.id}`;

  /** Saves the game; if the write fails, the previous save stays and the player is told. */
  const autosave = (game: GameState): Notice | null =>
    writeLatest(storage, key, JSON.stringify(makeSave(model, game)))
      ? null
      : {
          kind: 'error',
          text: 'The game could not be saved in this browser (storage full or blocked); the last good save is kept.',
        };

  return createStore<GameStore>()(
    immer((set, get) => {
      /** True from a human's action until the AI seats have moved: the state is about to change. */
      let moving = false;
      /** The text and shifts of the outlook shown or being computed: only a change needs new runs. */
      let outlookFor = '';
      /** The same for the stance shares of the why panel (they depend on the seed as well). */
      let stancesFor = '';
      let lastProgress = 0;
      /** The AI's moves being shown one at a time (playback.ts), if any. */
      let playing: PlaybackRun | null = null;

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
                  text: `The ceasefire outlook could not be computed: ${errorMessage(error)}`,
                },
              });
            },
          );
      };

      /** Asks the engine (its worker) for the stance shares of the text on the table, unless known. */
      const refreshStances = (game: GameState) => {
        const wanted = stancesKey(model, game);
        if (!engine.stances || wanted === stancesFor) return;
        stancesFor = wanted;
        set({ stances: null });
        engine.stances(game).then(
          (stances) => {
            if (stancesFor === wanted) set({ stances });
          },
          (error: unknown) => {
            if (isCancelled(error) || stancesFor !== wanted) return;
            stancesFor = '';
            const text = `The stance shares could not be computed: ${errorMessage(error)}`;
            set({ notice: { kind: 'error', text } });
          },
        );
      };

      /** Shows and saves `game`, then lets the AI seats move in the engine and shows where they stop. */
      const settle = async (game: GameState, info: Notice | null = null) => {
        moving = true;
        const textChanged = outlookKey(model, game) !== outlookFor;
        if (textChanged) outlookFor = ''; // an outlook still on its way is for an older text
        const stancesChanged = stancesKey(model, game) !== stancesFor;
        if (stancesChanged) stancesFor = '';
        set({
          game,
          notice: autosave(game) ?? info,
          pendingChanges: [],
          composing: EMPTY_COMPOSING,
          ...(textChanged ? { outlook: null } : {}),
          ...(stancesChanged ? { stances: null } : {}),
        });
        let played = game;
        if (waitingOn(game, model.scenario.procedure.penHolder, 'ai')) {
          const label = services.waitLabel ?? AI_LABEL;
          showProgress(label, 0, Math.max(1, aiMovesAhead(model, game)), true);
          try {
            await services.aiMayMove?.();
            played = await engine.advance(game, (p) => showProgress(label, p.done, p.total));
          } catch (error) {
            moving = false;
            set({
              busy: null,
              notice: { kind: 'error', text: `The AI actors could not move: ${errorMessage(error)}` },
            });
            return;
          }
          const failed = autosave(played);
          if (failed) set({ notice: failed });
          await present(game, played);
        }
        moving = false;
        set({ busy: null });
        refreshOutlook(played);
        refreshStances(played);
      };

      /**
       * Shows the AI's moves from `from` to `to`: at once, or with a pace, one position per beat (the
       * game saved is `to` all along). A position whose text differs from the outlook's (or the stance
       * shares') clears them: they are computed for the text where the moves stop.
       */
      const present = async (from: GameState, to: GameState) => {
        const pace = services.pace;
        if (!pace) return void set({ game: to });
        set({ busy: null });
        playing = playBeats(model, from, to, {
          stepMs: () => pace(get().settings.reducedMotion),
          show: ({ state }, playback) => {
            const stale: { outlook?: null; stances?: null } = {};
            if (outlookKey(model, state) !== outlookFor && get().outlook !== null) {
              outlookFor = '';
              stale.outlook = null;
            }
            if (stancesKey(model, state) !== stancesFor && get().stances !== null) {
              stancesFor = '';
              stale.stances = null;
            }
            set({ game: state, playback, ...stale });
          },
        });
        await playing.finished;
        playing = null;
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
        await settle(parsed.value.state, loadedNotice(source, parsed.value));
        return true;
      };

      return {
        game: null,
        notice: null,
        busy: null,
        playback: null,
        outlook: null,
        stances: null,
        pendingChanges: [],
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
            set({ notice: { kind: 'error', text: `The move could not be played: ${errorMessage(error)}` } });
            return false;
          }
          if (!next.ok) {
            set({ notice: { kind: 'error', text: next.error.message } });
            return false;
          }
          await settle(next.value);
          return true;
        },
        follow(game) {
          if (!moving) return void settle(game);
          // The other seats are being waited for: show where they are; the outlook is asked for once
          // the wait is over.
          const stale: { outlook?: null; stances?: null } = {};
          if (outlookKey(model, game) !== outlookFor) {
            outlookFor = '';
            stale.outlook = null;
          }
          if (stancesKey(model, game) !== stancesFor) {
            stancesFor = '';
            stale.stances = null;
          }
          set({ game, ...stale });
        },
        skipPlayback() {
          playing?.skip();
        },
        ...continueActions({ engine, storage, slot: key, refuseWhileMoving, holding, settle }),
        load: async (text) => !refuseWhileMoving() && loadText(text, 'The save file'),
        setChange(change) {
          const { pendingChanges: before, composing } = get();
          const others = before.filter((c) => c.issue !== change.issue);
          // The rules take at most MAX_CHANGES per amendment: a fourth clause is refused here too.
          if (others.length >= MAX_CHANGES) return false;
          set({
            pendingChanges: [...others, change],
            composing: { past: [...composing.past, before], future: [] },
          });
          return true;
        },
        removeChange(issue) {
          const { pendingChanges: before, composing } = get();
          set({
            pendingChanges: before.filter((c) => c.issue !== issue),
            composing: { past: [...composing.past, before], future: [] },
          });
        },
        setPendingChanges(changes) {
          const kept: Change[] = [];
          for (const c of changes)
            if (kept.length < MAX_CHANGES && !kept.some((k) => k.issue === c.issue)) kept.push(c);
          set({ pendingChanges: kept, composing: EMPTY_COMPOSING });
        },
        undo() {
          const { pendingChanges: now, composing } = get();
          const previous = composing.past[composing.past.length - 1];
          if (!previous) return;
          set({
            pendingChanges: previous,
            composing: { past: composing.past.slice(0, -1), future: [now, ...composing.future] },
          });
        },
        redo() {
          const { pendingChanges: now, composing } = get();
          const [next, ...rest] = composing.future;
          if (!next) return;
          set({ pendingChanges: next, composing: { past: [...composing.past, now], future: rest } });
        },
        clearComposing() {
          set({ pendingChanges: [], composing: EMPTY_COMPOSING });
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
