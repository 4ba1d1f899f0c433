// The messages between the page and the engine worker. Everything in them is plain data, so it
// survives structured cloning: the worker rebuilds the same model from the same scenario.
import type { Progress } from '../engine/jobs.ts';
import type { Action, GameState } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { LabTask } from '../state/lab-tasks.ts';

export type EngineRequest =
  /** Sent once, first: the worker compiles the scenario and keeps the model for every request. */
  | { readonly type: 'init'; readonly scenario: Scenario; readonly runs: number }
  | { readonly type: 'apply'; readonly id: number; readonly game: GameState; readonly action: Action }
  | { readonly type: 'advance'; readonly id: number; readonly game: GameState }
  | { readonly type: 'outlook'; readonly id: number; readonly game: GameState }
  /** The game's stance probabilities of the text on the table (the why panel's shares). */
  | { readonly type: 'stances'; readonly id: number; readonly game: GameState }
  | { readonly type: 'load'; readonly id: number; readonly text: string }
  /** A what-if lab task (outlook of a free draft, compare, tornado, sweep, solve, consensus). */
  | { readonly type: 'lab'; readonly id: number; readonly task: LabTask }
  /** Stops the request with this id at its next step; it answers 'cancelled'. */
  | { readonly type: 'cancel'; readonly id: number };

export type EngineReply =
  | ({ readonly type: 'progress'; readonly id: number } & Progress)
  | { readonly type: 'result'; readonly id: number; readonly value: unknown }
  /** The request was superseded by a newer one of its kind, or cancelled. */
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
