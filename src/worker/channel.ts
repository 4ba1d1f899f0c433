// The page's end of one engine worker, shared by the game's client (engine-client.ts) and the lab's
// (lab-client.ts): requests numbered by id, progress replies passed on, and — if the worker fails —
// every request still open handed to its in-process fallback, which gives the same answer.
import type { Scenario } from '../engine/scenario.ts';
import { EngineCancelled, type OnProgress } from '../state/engine-service.ts';
import type { EngineReply, EngineRequest } from './protocol.ts';

/** What is used of a Worker, so that tests can connect the client to the host over a fake channel. */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: { data: EngineReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress: OnProgress | undefined;
  /** The same request on the in-process engine, if the worker dies before answering. */
  readonly fallback: () => Promise<unknown>;
}

export interface Channel {
  /** False when no worker could start or it failed: the callers use the in-process engine. */
  live(): boolean;
  /** Sends the request built for its id; the answer settles with the worker's reply. */
  request<T>(
    message: (id: number) => EngineRequest,
    fallback: () => Promise<T>,
    onProgress?: OnProgress,
  ): { readonly id: number; readonly answer: Promise<T> };
  /** Settles an open request as cancelled here and now; false if it was no longer open. */
  drop(id: number): boolean;
  post(message: EngineRequest): void;
  dispose(): void;
}

/** Starts a worker with `create` (null: none can start) and gives it the scenario. */
export function openChannel(scenario: Scenario, runs: number, create: (() => WorkerLike) | null): Channel {
  let worker: WorkerLike | null = null;
  try {
    worker = create?.() ?? null;
  } catch {
    worker = null;
  }
  const pending = new Map<number, Pending>();
  let counter = 0;
  const giveUp = () => {
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
      if (!p) return; // cancelled or superseded here already
      if (data.type === 'progress') {
        p.onProgress?.({ done: data.done, total: data.total });
        return;
      }
      pending.delete(data.id);
      if (data.type === 'result') p.resolve(data.value);
      else if (data.type === 'cancelled') p.reject(new EngineCancelled());
      else p.reject(new Error(data.message));
    };
    worker.onerror = giveUp;
    worker.postMessage({ type: 'init', scenario, runs });
  }
  return {
    live: () => worker !== null,
    request<T>(message: (id: number) => EngineRequest, fallback: () => Promise<T>, onProgress?: OnProgress) {
      const id = ++counter;
      const answer = new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress, fallback });
        worker?.postMessage(message(id));
      });
      return { id, answer };
    },
    drop(id) {
      const p = pending.get(id);
      if (!p) return false;
      pending.delete(id);
      p.reject(new EngineCancelled());
      return true;
    },
    post: (message) => worker?.postMessage(message),
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
