// What the store asks of the engine, as promises, so the heavy work can run in a Web Worker
// (src/worker) and the page stays responsive. This file also holds the in-process implementation,
// used by the Node tests and as the fallback where no worker can start. Both run the same jobs
// (src/engine/jobs.ts), so both give identical results for the same scenario, state and seed.
import type { StanceUncertainty } from '../engine/analysis/stance-shares.ts';
import { advanceJob, type Job, outlookJob, type Progress } from '../engine/jobs.ts';
import type { Model } from '../engine/model.ts';
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import { applyAction } from '../engine/negotiation/reducer.ts';
import { parseSave } from '../engine/negotiation/save.ts';
import type { Action, GameError, GameState } from '../engine/negotiation/types.ts';
import { ok, type Result } from '../engine/result.ts';
import { gameStancesJob } from './game-stances.ts';

export type { Progress } from '../engine/jobs.ts';
export type OnProgress = (progress: Progress) => void;

/** Monte Carlo runs for the outlook shown during play (the final vote uses the engine's own count). */
export const OUTLOOK_RUNS = 2000;
/** Runs per step of the outlook: ~10 ms of work, so a cancel or a newer request is noticed quickly. */
export const OUTLOOK_SLICE = 250;

export interface EngineService {
  /** Applies one action (a human's) — the last one of a game runs the final Monte Carlo. */
  apply(game: GameState, action: Action): Promise<Result<GameState, GameError>>;
  /** Plays the AI seats until a human must act or the game ends, reporting each move. */
  advance(game: GameState, onProgress?: OnProgress): Promise<GameState>;
  /** The ceasefire outlook of the text on the table under the game's event shifts. */
  outlook(game: GameState, onProgress?: OnProgress): Promise<CeasefireOutlook>;
  /**
   * Each actor's stances across the plausible settings of the scenario's ranges, for the text on the
   * table under the game's event shifts (see gameStances). Optional: without it the why panel shows
   * the point stance alone.
   */
  stances?(game: GameState): Promise<StanceUncertainty>;
  /** Replays a save file's actions: the state it describes and its warnings, or why it cannot be read. */
  load(text: string): Promise<Result<LoadedGame, string>>;
}

/** A save read back: its state, and what the player must be told about it (see parseSave). */
export interface LoadedGame {
  readonly state: GameState;
  readonly warnings: readonly string[];
}

/** The promise of a request that a newer request of the same kind replaced. */
export class EngineCancelled extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'EngineCancelled';
  }
}

export const isCancelled = (error: unknown): boolean => error instanceof EngineCancelled;

/** What a failed request (or storage) says, for a sentence: the error's message, or the value itself. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Lets queued events (clicks, paints, worker messages) in between two steps of a job. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Steps a job, pausing between steps, until it ends or `cancelled()` says stop (EngineCancelled). */
export async function driveJob<T>(
  job: Job<T>,
  cancelled: () => boolean,
  onProgress?: OnProgress,
): Promise<T> {
  for (;;) {
    if (cancelled()) throw new EngineCancelled();
    const step = job.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await pause();
  }
}

/** The in-process engine answers every request, the optional ones included. */
export type InProcessEngine = EngineService & Required<Pick<EngineService, 'stances'>>;

type Kind = 'apply' | 'advance' | 'outlook' | 'stances' | 'load';

/**
 * Runs the jobs on the calling thread, one step per task, so even here no task is longer than one
 * AI move or one slice of runs. A newer request of the same kind supersedes an older one still
 * running: the older promise rejects with EngineCancelled at its next step.
 */
export function inProcessEngine(model: Model, runs = OUTLOOK_RUNS): InProcessEngine {
  const latest: Record<Kind, number> = { apply: 0, advance: 0, outlook: 0, stances: 0, load: 0 };
  let counter = 0;
  const drive = <T>(kind: Kind, job: Job<T>, onProgress?: OnProgress): Promise<T> => {
    const ticket = ++counter;
    latest[kind] = ticket;
    return driveJob(job, () => latest[kind] !== ticket, onProgress);
  };
  return {
    apply: async (game, action) => applyAction(model, game, action),
    advance: (game, onProgress) => drive('advance', advanceJob(model, game), onProgress),
    outlook: (game, onProgress) =>
      drive('outlook', outlookJob(model, game, { runs, slice: OUTLOOK_SLICE }), onProgress),
    stances: (game) => drive('stances', gameStancesJob(model, game)),
    load: async (text) => {
      const parsed = parseSave(model, text);
      return parsed.ok ? ok({ state: parsed.value.state, warnings: parsed.value.warnings }) : parsed;
    },
  };
}
