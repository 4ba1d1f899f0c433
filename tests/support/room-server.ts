// A real room server for tests: its own process (node src/server/main.ts on Node 24), on loopback
// and an ephemeral port (or a given one, to restart "the same" server), with its own SQLite file
// (or, with `args`, e.g. --redis and --postgres, one of several processes sharing the rooms).
// Stopped by its own pid; `kill('SIGKILL')` is the fault tests' crash.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll } from 'vitest';

export interface RoomServer {
  readonly port: number;
  readonly endpoint: string;
  readonly db: string;
  readonly child: ChildProcess;
  /** Everything the server wrote to stderr, for a failing test's message. */
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'draftroom-rooms-')), 'rooms.sqlite');

/** A loopback port that was free a moment ago (for a process that must know its port beforehand). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startRoomServer(
  options: { db?: string; port?: number; env?: Record<string, string>; args?: readonly string[] } = {},
): Promise<RoomServer> {
  const db = options.db ?? tempDb();
  const child = spawn(
    process.execPath,
    [
      'src/server/main.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(options.port ?? 0),
      '--db',
      db,
      '--static',
      'no-static',
      ...(options.args ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const timer = setTimeout(() => reject(new Error(`the room server did not start: ${err}`)), 20_000);
    lines.on('line', (line) => {
      try {
        const msg = JSON.parse(line) as { listening?: number };
        if (msg.listening) {
          clearTimeout(timer);
          resolve(msg.listening);
        }
      } catch {
        // Not our line.
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the room server exited (${code}): ${err}`));
    });
  });
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    db,
    child,
    stderr: () => err,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** Creates a session through the HTTP API, as the instructor's page does. */
export async function createSession(
  server: RoomServer,
  body: Record<string, unknown>,
): Promise<{ session: string; code: string; consoleToken: string; tables: string[] }> {
  const res = await fetch(`${server.endpoint}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`session not created (${res.status}): ${await res.text()}`);
  return (await res.json()) as { session: string; code: string; consoleToken: string; tables: string[] };
}

/**
 * One room server for a test file: started before its tests, stopped by its pid after them. Returns
 * a getter, since the server exists only once `beforeAll` has run.
 */
export function useRoomServer(options: Parameters<typeof startRoomServer>[0] = {}): () => RoomServer {
  let server: RoomServer | undefined;
  beforeAll(async () => {
    server = await startRoomServer(options);
  }, 30_000);
  afterAll(async () => {
    await server?.kill();
  });
  return () => {
    if (!server) throw new Error('the room server has not started (use it inside a test)');
    return server;
  };
}
