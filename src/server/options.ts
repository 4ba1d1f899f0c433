// The room server's command line and environment, read and checked before anything starts: a bad
// value is refused with the option's name and a sentence (never a stack trace), so a teacher or an
// administrator can fix it from the message alone.
import { parseArgs } from 'node:util';

export interface ServerOptions {
  readonly host: string;
  readonly port: number;
  /** SQLite file, used when `postgres` is not given. */
  readonly db: string;
  readonly staticDir: string;
  readonly scenarios: string;
  /** Several processes: Redis for presence and matchmaking, PostgreSQL for the logs. */
  readonly redis: string | null;
  readonly postgres: string | null;
  /** Where browsers reach this process (host:port), when several processes share the rooms. */
  readonly publicAddress: string | null;
  /** Shared by every process with Redis; null: a fresh one for this process alone. */
  readonly secret: string | null;
}

export type ParsedOptions = { ok: true; options: ServerOptions } | { ok: false; problem: string };

const fail = (problem: string): ParsedOptions => ({ ok: false, problem });
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

/** Checks a URL's scheme and shape; returns a problem, or null. Never echoes a password. */
function urlProblem(option: string, value: string, schemes: readonly string[]): string | null {
  let url: URL;
  try {
    // `localhost:6379` parses as a URL of scheme "localhost:"; it is a missing scheme instead.
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) throw new Error('no scheme');
    url = new URL(value);
  } catch {
    return `${option}: "${redact(value)}" is not a URL (expected ${schemes[0]}//host:port)`;
  }
  if (!schemes.includes(url.protocol))
    return `${option}: the URL must start with ${schemes.map((s) => `${s}//`).join(' or ')} (not ${url.protocol}//)`;
  if (!url.hostname) return `${option}: the URL names no host (expected ${schemes[0]}//host:port)`;
  return null;
}

/** The address without its password, for messages and logs. */
export const redact = (value: string): string => value.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');

export function parseServerOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedOptions {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        host: { type: 'string', default: env.DRAFTROOM_HOST ?? '127.0.0.1' },
        port: { type: 'string', default: env.DRAFTROOM_PORT ?? '4173' },
        db: { type: 'string', default: env.DRAFTROOM_DB ?? '.draftroom/rooms.sqlite' },
        static: { type: 'string', default: 'dist' },
        scenarios: { type: 'string', default: 'scenarios' },
        redis: { type: 'string', default: env.DRAFTROOM_REDIS },
        postgres: { type: 'string', default: env.DRAFTROOM_POSTGRES },
        'public-address': { type: 'string', default: env.DRAFTROOM_PUBLIC_ADDRESS },
      },
      strict: true,
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  const host = values.host as string;
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port ?? '') || port > 65535)
    return fail(`--port: ${values.port} is not a port number (0 to 65535)`);
  const redis = values.redis || null;
  const postgres = values.postgres || null;
  if (redis) {
    const problem = urlProblem('--redis', redis, ['redis:', 'rediss:']);
    if (problem) return fail(problem);
  }
  if (postgres) {
    const problem = urlProblem('--postgres', postgres, ['postgres:', 'postgresql:']);
    if (problem) return fail(problem);
  }
  const secret = env.DRAFTROOM_SECRET || null;
  let publicAddress = values['public-address'] || null;
  if (redis) {
    // A table is reopened on another process from its log: a private SQLite file cannot be read there.
    if (!postgres)
      return fail('--redis: several processes keep the tables in PostgreSQL; give --postgres URL as well');
    // A process opens a table on another one through Redis with this secret: all must share it.
    if (!secret || secret.length < 16)
      return fail(
        '--redis: several processes must share one secret: set DRAFTROOM_SECRET to the same random value ' +
          '(16 characters or more, e.g. from `openssl rand -base64 24`) in every process',
      );
    if (!publicAddress) {
      if (WILDCARD_HOSTS.has(host) || port === 0)
        return fail(
          `--public-address: with --redis, say where browsers reach this process (host:port), since it listens on ${host}:${port}`,
        );
      publicAddress = `${host}:${port}`;
    }
  }
  if (publicAddress !== null && (/^[a-z]+:\/\//i.test(publicAddress) || /\s/.test(publicAddress)))
    return fail(`--public-address: "${publicAddress}" should be host:port (no scheme, no spaces)`);
  return {
    ok: true,
    options: {
      host,
      port,
      db: values.db as string,
      staticDir: values.static as string,
      scenarios: values.scenarios as string,
      redis,
      postgres,
      publicAddress,
      secret,
    },
  };
}
