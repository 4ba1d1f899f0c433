// Runs an engine job (src/engine/jobs.ts) to its end from the command line, drawing a progress bar on
// stderr when it is a terminal: long analyses (tornado, sweeps, solve) then show they are alive
// without putting anything into the output a script reads from stdout.
import { type Job, runJob } from '../engine/jobs.ts';
import type { Io } from './io.ts';

const WIDTH = 30;
/** Redraw at most this often, so the bar never costs more than the work it reports. */
const REDRAW_MS = 100;

export function progressLine(label: string, done: number, total: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * WIDTH);
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.round(share * 100)}%`;
}

export function runWithProgress<T>(job: Job<T>, io: Io, label: string): T {
  const status = io.status;
  if (!status) return runJob(job);
  let last = 0;
  for (;;) {
    const step = job.next();
    if (step.done) {
      status(`\r${' '.repeat(label.length + WIDTH + 8)}\r`);
      return step.value;
    }
    const now = performance.now();
    if (now - last >= REDRAW_MS) {
      last = now;
      status(`\r${progressLine(label, step.value.done, step.value.total)}`);
    }
  }
}
