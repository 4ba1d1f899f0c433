// The room server's options: defaults for one process, and for several (Redis and PostgreSQL) the
// checks that refuse a bad start with the option's name and a sentence, before anything connects.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseServerOptions } from '../../src/server/options.ts';

const scale = ['--redis', 'redis://127.0.0.1:6390', '--postgres', 'postgres://u:pw@127.0.0.1:5432/draftroom'];
const secret = { DRAFTROOM_SECRET: 'a-long-shared-secret-value' };
const problem = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const parsed = parseServerOptions(argv, env);
  return parsed.ok ? null : parsed.problem;
};

describe('room server options', () => {
  it('one process by default: SQLite, loopback, no Redis', () => {
    const parsed = parseServerOptions([], {});
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        host: '127.0.0.1',
        port: 4173,
        redis: null,
        postgres: null,
        publicAddress: null,
        secret: null,
      },
    });
  });

  it('several processes: Redis and PostgreSQL from options or the environment', () => {
    const parsed = parseServerOptions(['--port', '8081'], {
      ...secret,
      DRAFTROOM_REDIS: 'redis://10.0.0.5:6379',
      DRAFTROOM_POSTGRES: 'postgresql://draftroom@db/draftroom',
    });
    expect(parsed).toMatchObject({
      ok: true,
      // Browsers reach this process where it listens, unless told otherwise.
      options: {
        redis: 'redis://10.0.0.5:6379',
        publicAddress: '127.0.0.1:8081',
        secret: secret.DRAFTROOM_SECRET,
      },
    });
    const told = parseServerOptions(
      [...scale, '--host', '0.0.0.0', '--public-address', 'rooms1.school:443'],
      secret,
    );
    expect(told).toMatchObject({ ok: true, options: { publicAddress: 'rooms1.school:443' } });
  });

  it('refuses what cannot work, naming the option', () => {
    expect(problem(['--redis', 'localhost:6379'])).toMatch(/^--redis: .* is not a URL/);
    expect(problem(['--redis', 'http://127.0.0.1:6379'])).toMatch(
      /^--redis: the URL must start with redis:\/\//,
    );
    expect(problem(['--postgres', 'mysql://x@h/db'])).toMatch(
      /^--postgres: the URL must start with postgres:\/\//,
    );
    expect(problem(['--redis', 'redis://127.0.0.1:6379'], secret)).toMatch(/^--redis: .*give --postgres/);
    expect(problem(scale)).toMatch(/^--redis: several processes must share one secret: set DRAFTROOM_SECRET/);
    expect(problem(scale, { DRAFTROOM_SECRET: 'short' })).toMatch(/DRAFTROOM_SECRET/);
    expect(problem([...scale, '--host', '0.0.0.0'], secret)).toMatch(/^--public-address: with --redis/);
    expect(problem([...scale, '--port', '0'], secret)).toMatch(/^--public-address: with --redis/);
    expect(problem([...scale, '--public-address', 'ws://h:1'], secret)).toMatch(
      /^--public-address: .* host:port/,
    );
    expect(problem(['--port', 'eighty'])).toBe('--port: eighty is not a port number (0 to 65535)');
    // A password in a URL is never repeated back.
    expect(problem(['--postgres', 'postgres://u:hunter2@'])).not.toContain('hunter2');
  });

  it('the server says so in one line and stops, with no stack trace', () => {
    const run = spawnSync(process.execPath, ['src/server/main.ts', ...scale], {
      env: { ...process.env, DRAFTROOM_SECRET: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^draftroom rooms: --redis: several processes must share one secret/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
