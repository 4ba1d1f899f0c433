// The page's side of the engine worker: an EngineService whose requests travel to
// src/worker/engine.worker.ts and come back with progress. Where no worker can be started (no Worker,
// a blocked script) it falls back to the in-process engine, which gives the same results.
import { compile } from '../engine/model.ts';
import type { Scenario } from '../engine/scenario.ts';
import {
  type EngineService,
  type InProcessEngine,
  inProcessEngine,
  type OnProgress,
  OUTLOOK_RUNS,
} from '../state/engine-service.ts';
import { openChannel, type WorkerLike } from './channel.ts';
import type { EngineRequest } from './protocol.ts';

export type { WorkerLike } from './channel.ts';

export interface WorkerEngineOptions {
  readonly createWorker?: () => WorkerLike;
  readonly runs?: number;
}

// Vite finds the worker by this exact `new Worker(new URL(…), { type: 'module' })` shape and bundles
// it as its own ES-module chunk. A real Worker's handlers take MessageEvents, a superset of the above.
const startWorker = (): WorkerLike =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'draftroom-engine',
  }) as unknown as WorkerLike;

/** The page needs one engine worker: a new game's engine retires the previous game's worker. */
let previous: { dispose(): void } | null = null;

export function workerEngine(
  scenario: Scenario,
  options: WorkerEngineOptions = {},
): EngineService & { dispose(): void } {
  const runs = options.runs ?? OUTLOOK_RUNS;
  let local: InProcessEngine | null = null;
  const inProcess = () => {
    local ??= inProcessEngine(compile(scenario), runs);
    return local;
  };
  const channel = openChannel(
    scenario,
    runs,
    options.createWorker ?? (typeof Worker === 'undefined' ? null : startWorker),
  );
  const latest = { advance: 0, outlook: 0, stances: 0 };

  /** A request to the worker; a newer request of a `supersedes` kind cancels the one before it. */
  function request<T>(
    message: (id: number) => EngineRequest,
    fallback: () => Promise<T>,
    onProgress?: OnProgress,
    supersedes?: keyof typeof latest,
  ): Promise<T> {
    if (!channel.live()) return fallback();
    if (supersedes) channel.drop(latest[supersedes]);
    const { id, answer } = channel.request(message, fallback, onProgress);
    if (supersedes) latest[supersedes] = id;
    return answer;
  }

  const service: EngineService & { dispose(): void } = {
    apply: (game, action) =>
      request(
        (id) => ({ type: 'apply', id, game, action }),
        () => inProcess().apply(game, action),
      ),
    advance: (game, onProgress) =>
      request(
        (id) => ({ type: 'advance', id, game }),
        () => inProcess().advance(game, onProgress),
        onProgress,
        'advance',
      ),
    outlook: (game, onProgress) =>
      request(
        (id) => ({ type: 'outlook', id, game }),
        () => inProcess().outlook(game, onProgress),
        onProgress,
        'outlook',
      ),
    stances: (game) =>
      request(
        (id) => ({ type: 'stances', id, game }),
        () => inProcess().stances(game),
        undefined,
        'stances',
      ),
    load: (text) =>
      request(
        (id) => ({ type: 'load', id, text }),
        () => inProcess().load(text),
      ),
    dispose: () => channel.dispose(),
  };
  if (!options.createWorker) {
    previous?.dispose();
    previous = service;
  }
  return service;
}
