// What the lab store asks of the engine: run a task with progress, and cancel it. In the browser the
// tasks run in the engine worker (src/worker/lab-client.ts); here is the in-process engine, used by the
// Node tests and as the fallback where no worker starts. Both step the same jobs, so both give the same
// answers for the same scenario, task and seed.
import type { Model } from '../engine/model.ts';
import { driveJob, type OnProgress } from './engine-service.ts';

import { type LabAnswer, type LabTask, labJob } from './lab-tasks.ts';

export interface LabRun {
  readonly answer: Promise<LabAnswer>;
  /** Stops the task at its next step; `answer` rejects with EngineCancelled. */
  cancel(): void;
}

export interface LabEngine {
  run(task: LabTask, onProgress?: OnProgress): LabRun;
}

export function inProcessLabEngine(model: Model): LabEngine {
  return {
    run(task, onProgress) {
      let stop = false;
      const answer = driveJob(labJob(model, task), () => stop, onProgress);
      return {
        answer,
        cancel: () => {
          stop = true;
        },
      };
    },
  };
}
