// What bench/server.ts and its client processes (bench/server-clients.ts) share: the messages they
// exchange, and the figures read from /proc about the room server's own process.
import { readFileSync } from 'node:fs';

/** One table as the driver opened it: a session of one table. */
export interface RoomTicket {
  readonly roomId: string;
  readonly code: string;
  readonly consoleToken: string;
}

export interface WorkerConfig {
  readonly endpoint: string;
  readonly rooms: readonly RoomTicket[];
  readonly students: number;
  /** A student's thinking time before each move, uniform in [min, max] ms. */
  readonly thinkMs: readonly [number, number];
  /** Pause between one student's chat messages, uniform in [min, max] ms. */
  readonly chatMs: readonly [number, number];
  /** Moves are made at once (no thinking) until the game reaches this round. */
  readonly fromRound: number;
  /** Tables joined at once by one client process. */
  readonly joinParallel: number;
  readonly seed: number;
}

export type ToWorker =
  | { readonly type: 'config'; readonly config: WorkerConfig }
  | { readonly type: 'start' | 'steady' | 'reset' | 'report' | 'stop' };

export interface WorkerReport {
  /** Round trips of the moves sent in the window and answered (a patch with the move, or a refusal). */
  readonly actMs: number[];
  /** Moves sent in the window and not answered when it closed: their age then. */
  readonly actUnansweredMs: number[];
  readonly chatMs: number[];
  readonly chatUnansweredMs: number[];
  readonly refusals: Record<string, number>;
  /** Moves over 100 ms, and the process's own stalls (its event loop late by over 100 ms): [s into the window, ms]. */
  readonly slowActs: Array<[number, number]>;
  readonly stalls: Array<[number, number]>;
  readonly sent: { readonly act: number; readonly chat: number };
  /** Views, patches and chat messages received in the window, by all of the process's clients. */
  readonly received: number;
  readonly finished: number;
  readonly disconnects: number;
  readonly windowMs: number;
  readonly cpuMs: { readonly user: number; readonly system: number };
  readonly eventLoopDelayMs: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly rssMb: number;
}

export type FromWorker =
  | { readonly type: 'joined'; readonly clients: number; readonly ms: number }
  | { readonly type: 'forwarded'; readonly roomId: string }
  | { readonly type: 'report'; readonly report: WorkerReport }
  | { readonly type: 'error'; readonly message: string };

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export const percentile = (xs: readonly number[], p: number): number => {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)] ?? Number.NaN;
};

/** The slope of y over x by least squares (NaN for fewer than two points). */
export function leastSquaresSlope(points: ReadonlyArray<readonly [number, number]>): number {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mx = mean(points.map((p) => p[0]));
  const my = mean(points.map((p) => p[1]));
  const num = points.reduce((n, [x, y]) => n + (x - mx) * (y - my), 0);
  return num / points.reduce((n, [x]) => n + (x - mx) ** 2, 0);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Events counted by the whole second they happened in: [second, count], in order. */
export const bySecond = (xs: ReadonlyArray<readonly [number, number]>) => {
  const counts = new Map<number, number>();
  for (const [t] of xs) counts.set(Math.floor(t), (counts.get(Math.floor(t)) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]);
};

export const ms = (xs: readonly number[], p: number) => round(percentile(xs, p));
export const rate = (count: number, windowMs: number) => round((count * 1000) / windowMs, 2);

/** A small seeded generator (mulberry32), so two runs think and chat alike. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Resident memory of a process, in MiB, and its peak (VmRSS, VmHWM of /proc/PID/status). */
export function rssOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** CPU time of a process so far, in ms: utime and stime of /proc/PID/stat (clock ticks of 10 ms). */
export function cpuOf(pid: number, ticksPerSecond = 100): { user: number; system: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    user: (Number(fields[11]) * 1000) / ticksPerSecond,
    system: (Number(fields[12]) * 1000) / ticksPerSecond,
  };
}
const cpuMsOf = (pid: number) => {
  const cpu = cpuOf(pid);
  return cpu.user + cpu.system;
};

/** The server's CPU over a window, sampled each second: the mean and the busiest second, in % of one core. */
export class CpuSampler {
  private readonly pid: number;
  private readonly samples: number[] = [];
  private readonly startMs: number;
  private readonly startCpu: number;
  private readonly startSystem: number;
  private lastMs: number;
  private lastCpu: number;
  private readonly timer: ReturnType<typeof setInterval>;
  constructor(pid: number) {
    this.pid = pid;
    this.startMs = performance.now();
    this.startCpu = cpuMsOf(pid);
    this.startSystem = cpuOf(pid).system;
    this.lastMs = this.startMs;
    this.lastCpu = this.startCpu;
    this.timer = setInterval(() => this.sample(), 1000);
  }

  private sample(): void {
    const now = performance.now();
    const cpu = cpuMsOf(this.pid);
    this.samples.push((100 * (cpu - this.lastCpu)) / (now - this.lastMs));
    this.lastMs = now;
    this.lastCpu = cpu;
  }

  stop() {
    clearInterval(this.timer);
    const now = performance.now();
    const cpu = cpuMsOf(this.pid);
    return {
      meanPercent: round((100 * (cpu - this.startCpu)) / (now - this.startMs)),
      busiestSecondPercent: round(Math.max(0, ...this.samples)),
      /** Of the mean, the time in the kernel: on loopback it holds part of the clients' receiving. */
      systemPercent: round((100 * (cpuOf(this.pid).system - this.startSystem)) / (now - this.startMs)),
      cpuMs: Math.round(cpu - this.startCpu),
      windowMs: Math.round(now - this.startMs),
    };
  }
}

/** The whole machine's CPU time so far (the first line of /proc/stat): busy and total, in ticks. */
export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * The server's own stalls, seen from outside: an HTTP request (`GET url`) every 100 ms, answered on
 * the server's event loop; its latency, and the requests over 50 ms as [s into the window, ms].
 */
export class Probe {
  private readonly times: number[] = [];
  private readonly slow: Array<[number, number]> = [];
  private readonly start = performance.now();
  private running = true;
  private readonly done: Promise<void>;
  constructor(url: string) {
    this.done = this.loop(url);
  }

  private async loop(url: string): Promise<void> {
    while (this.running) {
      const sent = performance.now();
      await fetch(url).then(
        (r) => r.arrayBuffer(),
        () => undefined,
      );
      const ms = performance.now() - sent;
      this.times.push(ms);
      if (ms > 50) this.slow.push([round((sent - this.start) / 1000), round(ms, 0)]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async stop() {
    this.running = false;
    await this.done;
    const [p50, p99] = [percentile(this.times, 50), percentile(this.times, 99)];
    return { requests: this.times.length, p50Ms: round(p50), p99Ms: round(p99), over50Ms: this.slow };
  }
}
