// The AI's moves shown one at a time. The engine (in its worker) plays every AI move at once and
// returns where the game stops; the player could not follow twenty moves landing in one second. So
// the store shows the positions in between, one per beat: each is the game after one more of the
// AI's actions, replayed through the engine's own reducer (nothing here decides anything), and the
// last is the engine's own state, so the game always ends exactly where the engine left it. The
// replay runs one action per beat, so no task holds the page; a final vote's simulation is never
// replayed (it is the last action, whose state the engine already gave).
import type { Model } from '../engine/model.ts';
import { applyAction } from '../engine/negotiation/reducer.ts';
import { type Action, type GameAction, type GameState, isSeatAction } from '../engine/negotiation/types.ts';

/** A beat per AI move: slow enough to see who did what, quick enough that twenty moves take ~15 s. */
export const READABLE_MS = 750;
/** With "Reduce motion" nothing moves on the table, and the beat is short (the feed still steps). */
export const REDUCED_MS = 250;

/** How long each AI move stays on show, given the player's "Reduce motion" setting. */
export type Pace = (reducedMotion: boolean) => number;

export const readablePace: Pace = (reduced) => (reduced ? REDUCED_MS : READABLE_MS);

/**
 * The page's pace: readable, unless the address asks for `?pace=instant` (the browser tests, which
 * play whole games, and anyone who wants the old behaviour) or `?pace=<ms>`.
 */
export function pageRhythm(search: string): Pace {
  const asked = new URLSearchParams(search).get('pace');
  if (asked === 'instant') return () => 0;
  const ms = asked === null ? Number.NaN : Number(asked);
  return Number.isFinite(ms) && ms >= 0 && ms <= 10_000 ? () => ms : readablePace;
}

/** What the view is showing of the AI's moves: the action just played, and how far along it is. */
export interface Playback {
  /** 1-based: the move on show. */
  readonly step: number;
  readonly total: number;
  /** The action that led to the position on show (its seat is the acting seat). */
  readonly action: Action;
}

/** One beat: the position after `action` (a seat's move, or the chair's in a classroom). */
export interface Beat {
  readonly state: GameState;
  readonly action: GameAction;
}

/**
 * The positions between `from` and `to` (which continues `from` with the AI's actions), one per
 * action, computed lazily; the last is `to` itself. Empty if `to` does not continue `from`.
 */
export function* beats(model: Model, from: GameState, to: GameState): Generator<Beat, void, void> {
  const added = to.actions.slice(from.actions.length);
  const last = added[added.length - 1];
  if (!last || to.actions.length <= from.actions.length) return;
  let current = from;
  for (const action of added.slice(0, -1)) {
    const next = applyAction(model, current, action);
    // Cannot happen (the engine played these very actions from this very state); if it did, the
    // rest is shown at once rather than a position the engine never reached.
    if (!next.ok) break;
    current = next.value;
    yield { state: current, action };
  }
  yield { state: to, action: last };
}

/** Waits `ms` (a timer by default); tests pass their own clock. */
export type Wait = (ms: number) => Promise<void>;
const timer: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PlaybackRun {
  /** Resolves once the last position has been shown (after a skip, at once). */
  readonly finished: Promise<void>;
  /** Shows the last position now, without the ones in between. */
  skip(): void;
}

/**
 * Shows each beat through `show` with its Playback, waiting `stepMs()` after each (asked anew each
 * beat, so turning "Reduce motion" on mid-way takes effect at once), then the last position again
 * with none: the playback is over. A pace of 0 shows only the last position.
 */
export function playBeats(
  model: Model,
  from: GameState,
  to: GameState,
  options: {
    readonly stepMs: () => number;
    readonly show: (beat: Beat, playback: Playback | null) => void;
    readonly wait?: Wait;
  },
): PlaybackRun {
  const wait = options.wait ?? timer;
  const total = Math.max(0, to.actions.length - from.actions.length);
  let skipped = false;
  let wake: (() => void) | null = null;
  const finish = () => {
    const last = to.actions[to.actions.length - 1];
    if (last) options.show({ state: to, action: last }, null);
  };
  const run = async () => {
    if (total === 0 || options.stepMs() <= 0) return finish();
    let step = 0;
    for (const beat of beats(model, from, to)) {
      if (skipped) break;
      step++;
      // The chair's action (a classroom's call-vote or inject) has no acting seat to show.
      options.show(beat, isSeatAction(beat.action) ? { step, total, action: beat.action } : null);
      // A skip wakes the wait at once instead of letting it run out.
      await Promise.race([wait(options.stepMs()), new Promise<void>((resolve) => (wake = resolve))]);
      wake = null;
    }
    finish();
  };
  return {
    finished: run(),
    skip() {
      skipped = true;
      wake?.();
    },
  };
}
