// The storage interface's promises, held by both implementations: SQLite (one process) and
// PostgreSQL (several, started here as in the scale-out test; skipped loudly without it, never in CI).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgStorage } from '../../src/server/pg-storage.ts';
import { sqliteStorage } from '../../src/server/sqlite-storage.ts';
import type { RoomStorage, SessionRecord } from '../../src/server/storage.ts';
import { isCi } from '../support/chromium.ts';
import { postgresBin, type Service, startPostgres } from '../support/scale-out-services.ts';

const noPostgres = postgresBin() === null && !isCi();
let postgres: Service | undefined;

beforeAll(async () => {
  if (!noPostgres) postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

/** A new, empty database in the throwaway cluster; its URL. */
async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: postgres!.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return postgres!.url.replace(/\/postgres$/, `/${name}`);
}

const record = (id: string, code: string): SessionRecord => ({
  id,
  code,
  consoleTokenHash: 'ab'.repeat(32),
  createdAt: 1_700_000_000_000,
  scenarioText: 'title: x\n',
  tables: 2,
  rounds: 3,
  seed: 7,
  difficulty: 'normal',
  plan: { Amal: 'egy' },
  ended: false,
});

function contract(open: () => Promise<RoomStorage>) {
  return async () => {
    const storage = await open();
    try {
      await storage.createSession(record('s1', 'CODE2345'));
      await storage.createSession(record('s2', 'CODE6789'));
      expect(await storage.session('s1')).toEqual(record('s1', 'CODE2345'));
      expect((await storage.liveSessions()).map((s) => s.id)).toEqual(['s1', 's2']);
      // A live code is unique; once its session has ended, the code may be given again.
      await expect(storage.createSession(record('s3', 'CODE2345'))).rejects.toThrow();
      await storage.endSession('s1');
      expect(await storage.sessionByCode('CODE2345')).toBeNull();
      expect((await storage.session('s1'))?.ended).toBe(true);
      await storage.createSession(record('s3', 'CODE2345'));
      expect((await storage.sessionByCode('CODE2345'))?.id).toBe('s3');
      await expect(storage.createSession(record('s3', 'OTHER234'))).rejects.toThrow();

      const body = { kind: 'chat', text: 'ünïcode ✓', to: ['egy'], z: 1, a: 2 };
      await storage.append('s2', 0, { seq: 1, at: 1_700_000_000_123, body });
      await storage.append('s2', 0, { seq: 2, at: 1_700_000_000_456, body: { kind: 'start' } });
      await storage.append('s2', 1, { seq: 1, at: 5, body: { kind: 'other table' } });
      // Two writers of the same event number: the second is refused, and the log keeps the first.
      await expect(storage.append('s2', 0, { seq: 2, at: 9, body: { kind: 'late' } })).rejects.toThrow();
      const log = await storage.events('s2', 0);
      expect(log).toEqual([
        { seq: 1, at: 1_700_000_000_123, body },
        { seq: 2, at: 1_700_000_000_456, body: { kind: 'start' } },
      ]);
      // The body reads back as it was written, key order included.
      expect(JSON.stringify(log[0]?.body)).toBe(JSON.stringify(body));
    } finally {
      await storage.close();
    }
  };
}

describe('room storage', () => {
  it(
    'SQLite keeps the promises',
    contract(async () => sqliteStorage(join(mkdtempSync(join(tmpdir(), 'draftroom-store-')), 'r.sqlite'))),
  );
  it.skipIf(noPostgres)(
    'PostgreSQL keeps the same promises',
    contract(async () => pgStorage(await freshDatabase('contract'))),
  );
  it.skipIf(noPostgres)('processes starting together all create or find the tables', async () => {
    const url = await freshDatabase('together');
    const all = await Promise.all([1, 2, 3, 4].map(() => pgStorage(url)));
    await all[0]?.createSession(record('s1', 'CODE2345'));
    for (const storage of all) expect((await storage.liveSessions()).map((s) => s.id)).toEqual(['s1']);
    await Promise.all(all.map((s) => s.close()));
  });
});
