// The page's side of the lab's engine: tasks go to an engine worker of their own (the game's worker is
// left alone) and come back with progress; `cancel` tells the worker to stop the task at its next step
// and settles the promise at once. Without a worker, the in-process engine gives the same answers.
import { compile } from '../engine/model.ts';
import type { Scenario } from '../engine/scenario.ts';
import { EngineCancelled, type OnProgress, OUTLOOK_RUNS } from '../state/engine-service.ts';
import { inProcessLabEngine, type LabEngine } from '../state/lab-engine.ts';
import type { LabAnswer } from '../state/lab-tasks.ts';
import type { WorkerLike } from './engine-client.ts';

interface Pending {
  readonly resolve: (value: LabAnswer) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress: OnProgress | undefined;
  readonly fallback: () => Promise<LabAnswer>;
}

const startWorker = (): WorkerLike =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'draftroom-lab',
  }) as unknown as WorkerLike;

export function labWorkerEngine(
  scenario: Scenario,
  options: { readonly createWorker?: () => WorkerLike } = {},
): LabEngine & { dispose(): void } {
  let local: LabEngine | null = null;
  const inProcess = () => {
    local ??= inProcessLabEngine(compile(scenario));
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
      if (!p) return; // cancelled here already
      if (data.type === 'progress') {
        p.onProgress?.({ done: data.done, total: data.total });
        return;
      }
      pending.delete(data.id);
      if (data.type === 'result') p.resolve(data.value as LabAnswer);
      else if (data.type === 'cancelled') p.reject(new EngineCancelled());
      else p.reject(new Error(data.message));
    };
    worker.onerror = giveUp;
    worker.postMessage({ type: 'init', scenario, runs: OUTLOOK_RUNS });
  }
  return {
    run(task, onProgress) {
      if (!worker) return inProcess().run(task, onProgress);
      const id = ++counter;
      let fallbackRun: ReturnType<LabEngine['run']> | null = null;
      const answer = new Promise<LabAnswer>((resolve, reject) => {
        pending.set(id, {
          resolve,
          reject,
          onProgress,
          fallback: () => {
            fallbackRun = inProcess().run(task, onProgress);
            return fallbackRun.answer;
          },
        });
        worker?.postMessage({ type: 'lab', id, task });
      });
      return {
        answer,
        cancel: () => {
          fallbackRun?.cancel();
          const p = pending.get(id);
          if (!p) return;
          pending.delete(id);
          worker?.postMessage({ type: 'cancel', id });
          p.reject(new EngineCancelled());
        },
      };
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
