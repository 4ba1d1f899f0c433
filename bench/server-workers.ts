// The client processes of `npm run bench:server` as the driver sees them: started with Node 24 on
// bench/server-clients.ts, spoken to over their IPC channel, stopped (by their own pid if need be).
import { type ChildProcess, spawn } from 'node:child_process';
import type { FromWorker, ToWorker, WorkerConfig } from './server-proc.ts';

export interface Worker {
  readonly child: ChildProcess;
  readonly inbox: FromWorker[];
  wake: () => void;
}

/** Starts a client process on its share of the rooms. */
export function startWorker(config: WorkerConfig, onForwarded: () => void): Worker {
  // Its stdout goes to our stderr: stdout is the JSON's alone. Messages are decoded as in a browser:
  // msgpackr without its native string extractor, which keeps each message's strings as one string
  // (all of it alive while any of them is: ~0.3 MB per client, a second of garbage collection at 125 rooms).
  const child = spawn(process.execPath, ['--max-old-space-size=8192', 'bench/server-clients.ts'], {
    stdio: ['ignore', 2, 2, 'ipc'],
    env: { ...process.env, MSGPACKR_NATIVE_ACCELERATION_DISABLED: 'true' },
  });
  const worker: Worker = { child, inbox: [], wake: () => {} };
  child.on('message', (message: FromWorker) => {
    if (message.type === 'forwarded') onForwarded();
    else worker.inbox.push(message);
    worker.wake();
  });
  child.on('exit', (code) => {
    worker.inbox.push({ type: 'error', message: `a client process exited (${code})` });
    worker.wake();
  });
  child.send({ type: 'config', config } satisfies ToWorker);
  return worker;
}

/** The worker's next message of this type; its error, or a timeout, throws. */
export async function next<T extends FromWorker['type']>(
  worker: Worker,
  type: T,
  ms: number,
): Promise<Extract<FromWorker, { type: T }>> {
  const deadline = performance.now() + ms;
  for (;;) {
    const error = worker.inbox.find((m) => m.type === 'error');
    if (error?.type === 'error') throw new Error(error.message);
    const at = worker.inbox.findIndex((m) => m.type === type);
    if (at >= 0) return worker.inbox.splice(at, 1)[0] as Extract<FromWorker, { type: T }>;
    const left = deadline - performance.now();
    if (left <= 0) throw new Error(`no ${type} from a client process in ${Math.round(ms / 1000)} s`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, left);
      worker.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

export async function stopWorker(worker: Worker): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => worker.child.once('exit', () => resolve()));
  if (worker.child.connected) worker.child.send({ type: 'stop' } satisfies ToWorker);
  const timer = setTimeout(() => worker.child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

export const tell = (workers: readonly Worker[], message: ToWorker): void => {
  for (const w of workers) w.child.send(message);
};

/** Throws a client process's error, if one has reported one. */
export function checkWorkers(workers: readonly Worker[]): void {
  for (const w of workers) {
    const error = w.inbox.find((m) => m.type === 'error');
    if (error?.type === 'error') throw new Error(error.message);
  }
}
