// Redis for several server processes: Colyseus' RedisPresence (the processes talk to each other:
// seat reservations, opening a room on another process, health checks) and RedisDriver (the list
// of open rooms, shared, so any process can send a client to the process holding its table).
import { connect } from 'node:net';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { redact } from './options.ts';

export interface RedisLink {
  readonly presence: RedisPresence;
  readonly driver: RedisDriver;
}

const PROBE_MS = 5000;

/** Resolves when something accepts a TCP connection there; rejects with a sentence otherwise. */
function reachable(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, timeout: PROBE_MS });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error(`no answer within ${PROBE_MS / 1000} s`));
    });
    socket.once('error', (error: NodeJS.ErrnoException) => reject(new Error(error.code ?? error.message)));
  });
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Connects to Redis and checks that it answers (and accepts the URL's password), or throws an
 * Error whose message says what is wrong, for the command line. The URL is checked by options.ts.
 */
export async function connectRedis(url: string): Promise<RedisLink> {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const port = Number(parsed.port || 6379);
  // ioredis retries a refused connection forever and queues commands meanwhile: a plain TCP probe
  // first turns "nothing listens there" into one sentence instead of a hang and a stream of warnings.
  await reachable(host, port).catch((error: Error) => {
    throw new Error(`--redis: cannot reach Redis at ${redact(url)} (${error.message})`);
  });
  const presence = new RedisPresence(url);
  const driver = new RedisDriver(url);
  // The driver's connection has no 'error' listener of its own: ioredis would print each failed
  // reconnection with a stack trace. One line each instead (the presence logs its own).
  (driver as unknown as { _client: NodeJS.EventEmitter })._client.on('error', (error: Error) =>
    console.error(`Redis (room list): ${error.message}`),
  );
  try {
    await within(presence.exists('draftroom:probe'), PROBE_MS, 'presence');
    await within(driver.has('draftroom:probe'), PROBE_MS, 'room list');
  } catch (error) {
    presence.shutdown();
    await driver.shutdown().catch(() => undefined);
    throw new Error(`--redis: Redis at ${redact(url)} refused to work: ${(error as Error).message}`);
  }
  return { presence, driver };
}
