// The page's side of the lab's engine: tasks go to an engine worker of their own (the game's worker is
// left alone) and come back with progress; `cancel` tells the worker to stop the task at its next step
// and settles the promise at once. Without a worker, the in-process engine gives the same answers.
import { compile } from '../engine/model.ts';
import type { Scenario } from '../engine/scenario.ts';
import { OUTLOOK_RUNS } from '../state/engine-service.ts';
import { inProcessLabEngine, type LabEngine } from '../state/lab-engine.ts';
import type { LabAnswer } from '../state/lab-tasks.ts';
import { openChannel, type WorkerLike } from './channel.ts';

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
  const channel = openChannel(
    scenario,
    OUTLOOK_RUNS,
    options.createWorker ?? (typeof Worker === 'undefined' ? null : startWorker),
  );
  return {
    run(task, onProgress) {
      if (!channel.live()) return inProcess().run(task, onProgress);
      let fallbackRun: ReturnType<LabEngine['run']> | null = null;
      const { id, answer } = channel.request<LabAnswer>(
        (id) => ({ type: 'lab', id, task }),
        () => {
          fallbackRun = inProcess().run(task, onProgress);
          return fallbackRun.answer;
        },
        onProgress,
      );
      return {
        answer,
        cancel: () => {
          fallbackRun?.cancel();
          // Settled here at once; the worker stops the task at its next step.
          if (channel.drop(id)) channel.post({ type: 'cancel', id });
        },
      };
    },
    dispose: () => channel.dispose(),
  };
}
