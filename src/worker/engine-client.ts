// The page's side of the engine worker: an EngineService whose requests travel to
// src/worker/engine.worker.ts and come back with progress. Where no worker can be started (no Worker,
// a blocked script) it falls back to the in-process engine, which gives the same results.
import { compile } from '../engine/model.ts';
import type { Scenario } from '../engine/scenario.ts';
import {
  EngineCancelled,
  type EngineService,
  inProcessEngine,
  type OnProgress,
  OUTLOOK_RUNS,
} from '../state/engine-service.ts';
import type { EngineReply, EngineRequest } from './protocol.ts';

/** What is used of a Worker, so that tests can connect the client to the host over a fake channel. */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: { data: EngineReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface WorkerEngineOptions {
  readonly createWorker?: () => WorkerLike;
  readonly runs?: number;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress: OnProgress | undefined;
  /** The same request on the in-process engine, if the worker dies before answering. */
  readonly fallback: () => Promise<unknown>;
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
  let local: EngineService | null = null;
  const inProcess = () => {
    local ??= inProcessEngine(compile(scenario), runs);
    return local;
  };
  let worker: WorkerLike | null = null;
  try {
    worker = options.createWorker
      ? options.createWorker()
      : typeof Worker === 'undefined'
        ? null
        : startWorker();
  } catch {
    worker = null;
  }
  const pending = new Map<number, Pending>();
  const latest = { advance: 0, outlook: 0 };
  let counter = 0;

  const giveUpOnWorker = () => {
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.fallback().then(p.resolve, p.reject);
    }
  };
  if (worker) {
    worker.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      if (!p) return; // superseded here already
      if (data.type === 'progress') {
        p.onProgress?.({ done: data.done, total: data.total });
        return;
      }
      pending.delete(data.id);
      if (data.type === 'result') p.resolve(data.value);
      else if (data.type === 'cancelled') p.reject(new EngineCancelled());
      else p.reject(new Error(data.message));
    };
    worker.onerror = giveUpOnWorker;
    worker.postMessage({ type: 'init', scenario, runs });
  }

  function request<T>(
    message: (id: number) => EngineRequest,
    fallback: () => Promise<T>,
    onProgress?: OnProgress,
    supersedes?: keyof typeof latest,
  ): Promise<T> {
    if (!worker) return fallback();
    const id = ++counter;
    if (supersedes) {
      const older = pending.get(latest[supersedes]);
      if (older) {
        pending.delete(latest[supersedes]);
        older.reject(new EngineCancelled());
      }
      latest[supersedes] = id;
    }
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress, fallback });
      worker?.postMessage(message(id));
    });
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
    load: (text) =>
      request(
        (id) => ({ type: 'load', id, text }),
        () => inProcess().load(text),
      ),
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
  if (!options.createWorker) {
    previous?.dispose();
    previous = service;
  }
  return service;
}
