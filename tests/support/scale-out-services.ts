// Throwaway Redis and PostgreSQL for the scale-out tests: Debian's own binaries, started by the test
// on loopback and a free port, with nothing kept (no Redis persistence, a PostgreSQL cluster in a
// temporary directory), stopped by their pids. Without them the tests skip loudly, except under
// CI=true, where .ci/run installs them and a missing one is a failure.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './room-server.ts';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const PG_ROOT = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin directory (Debian: /usr/lib/postgresql/15/bin), if any. */
export function postgresBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter(
      (v) => existsSync(join(PG_ROOT, v, 'bin', 'postgres')) && existsSync(join(PG_ROOT, v, 'bin', 'initdb')),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(PG_ROOT, versions[0], 'bin') : null;
}

/** What is missing for the scale-out tests, as a sentence; null when all is there. */
export function scaleOutMissing(): string | null {
  const missing = [
    existsSync(REDIS_SERVER) ? null : `no redis-server at ${REDIS_SERVER}`,
    postgresBin() ? null : `no PostgreSQL under ${PG_ROOT}/*/bin`,
  ].filter(Boolean);
  return missing.length > 0 ? `${missing.join(' and ')} (apt-get install -y redis-server postgresql)` : null;
}

export interface Service {
  readonly url: string;
  readonly pid: number;
  /** What the service printed, for a failing test's message. */
  log(): string;
  stop(): Promise<void>;
}

interface Started {
  readonly child: ChildProcess;
  log(): string;
}

/** Starts `command`, resolving once its output contains `ready`; rejects if it exits or takes 20 s. */
function startUntil(command: string, args: readonly string[], ready: string, what: string): Promise<Started> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise<Started>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not start within 20 s:\n${output}`));
    }, 20_000);
    let started = false;
    const read = (chunk: Buffer) => {
      output += String(chunk);
      if (started || !output.includes(ready)) return;
      started = true;
      clearTimeout(timer);
      child.off('exit', exited);
      resolve({ child, log: () => output });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', (error) => reject(new Error(`${what} did not start: ${error.message}`)));
    const exited = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}):\n${output}`));
    };
    child.once('exit', exited);
  });
}

function stopper(child: ChildProcess, signal: NodeJS.Signals, after?: () => void): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      const done = () => {
        after?.();
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', done);
      child.kill(signal);
    });
}

export async function startRedis(): Promise<Service> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'draftroom-redis-'));
  const args = [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ];
  const { child, log } = await startUntil(REDIS_SERVER, args, 'Ready to accept connections', 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid as number,
    log,
    stop: stopper(child, 'SIGTERM', () => rmSync(dir, { recursive: true, force: true })),
  };
}

export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  if (!bin) throw new Error('no PostgreSQL installed');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'draftroom-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root; as root (CI), the cluster belongs to nobody instead. setpriv
  // execs in place, so the pid we stop is the postmaster's own.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, 65534, 65534);
  const as = asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
  const run = (program: string, args: string[]): [string, string[]] =>
    asRoot ? ['setpriv', [...as, join(bin, program), ...args]] : [join(bin, program), args];
  await promisify(execFile)(
    ...run('initdb', [
      '-D',
      data,
      '-U',
      'draftroom',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]),
  );
  const [command, args] = run('postgres', [
    '-D',
    data,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-k',
    '',
    '-c',
    'fsync=off',
  ]);
  const { child, log } = await startUntil(command, args, 'ready to accept connections', 'postgres');
  return {
    url: `postgres://draftroom@127.0.0.1:${port}/postgres`,
    pid: child.pid as number,
    log,
    // SIGINT: PostgreSQL's fast shutdown (ends the sessions, then stops).
    stop: stopper(child, 'SIGINT', () => rmSync(dir, { recursive: true, force: true })),
  };
}
