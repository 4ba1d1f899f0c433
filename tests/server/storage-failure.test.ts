// When the storage will not take an event, nothing is applied: the sender is told, in a sentence,
// and the table goes on once the storage is back. When the stored log has run ahead of this copy of a
// table (another process holds it now), this copy closes and lets its clients go and find it. The
// server runs in this process here, over a storage that fails when the test says so.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Refusal } from '../../src/net/protocol.ts';
import { connectTable, type TableClient } from '../../src/net/table-client.ts';
import { type RunningServer, startServer } from '../../src/server/app.ts';
import { sqliteStorage } from '../../src/server/sqlite-storage.ts';
import type { RoomStorage, StoredEvent } from '../../src/server/storage.ts';
import { until } from '../support/room-players.ts';

/** SQLite, with a switch that makes appends fail and one that makes the log look longer than it is. */
function faultyStorage(inner: RoomStorage) {
  const faults = { failAppends: false, extraEvents: 0 };
  const storage: RoomStorage = {
    ...inner,
    createSession: (s) => inner.createSession(s),
    session: (id) => inner.session(id),
    sessionByCode: (code) => inner.sessionByCode(code),
    liveSessions: () => inner.liveSessions(),
    endSession: (id) => inner.endSession(id),
    close: () => inner.close(),
    append: async (session, table, event) => {
      if (faults.failAppends) throw new Error('disk I/O error');
      return inner.append(session, table, event);
    },
    events: async (session, table) => {
      const events = await inner.events(session, table);
      const extra: StoredEvent[] = Array.from({ length: faults.extraEvents }, (_, i) => ({
        seq: events.length + i + 1,
        at: 0,
        body: { kind: 'control', command: 'pause' },
      }));
      return [...events, ...extra];
    },
  };
  return { storage, faults };
}

let running: RunningServer;
let endpoint = '';
const { storage, faults } = faultyStorage(
  sqliteStorage(join(mkdtempSync(join(tmpdir(), 'draftroom-faulty-')), 'rooms.sqlite')),
);

beforeAll(async () => {
  running = await startServer({
    host: '127.0.0.1',
    port: 0,
    storage,
    scenarioDir: 'scenarios',
    secret: 'a-test-secret-of-some-length',
  });
  endpoint = `http://127.0.0.1:${running.port}`;
}, 30_000);
afterAll(async () => {
  await running?.close();
});

async function newTable(): Promise<{ teacher: TableClient; student: TableClient; refusals: Refusal[] }> {
  const res = await fetch(`${endpoint}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenario: 'gaza-isf-2025.yaml', rounds: 1, seed: 2 }),
  });
  const s = (await res.json()) as { code: string; consoleToken: string; tables: string[] };
  const roomId = s.tables[0] as string;
  const teacher = await connectTable(endpoint, roomId, { token: s.consoleToken });
  const student = await connectTable(
    endpoint,
    roomId,
    { code: s.code, name: 'Maya' },
    { retry: { first: 50, max: 200 } },
  );
  const refusals: Refusal[] = [];
  student.onRefused((r) => refusals.push(r));
  await until(teacher, (v) => v.status?.holders.length === 1);
  return { teacher, student, refusals };
}

describe('a storage that fails', () => {
  it('refuses what it could not store, changes nothing, and goes on once the storage is back', async () => {
    const { teacher, student, refusals } = await newTable();
    const before = teacher.view().status?.events ?? 0;
    faults.failAppends = true;
    student.chat(['usa'], 'Can we talk about the mandate?');
    await expect.poll(() => refusals.length).toBe(1);
    expect(refusals[0]?.kind).toBe('not-stored');
    expect(refusals[0]?.reason).toMatch(/nothing changed/);
    expect(teacher.view().status?.events).toBe(before);
    expect(teacher.view().chat).toEqual([]);
    faults.failAppends = false;
    student.chat(['usa'], 'Can we talk about the mandate?');
    await until(teacher, (v) => v.chat.length === 1);
    expect(teacher.view().status?.events).toBe(before + 1);
    await Promise.all([teacher.close(), student.close()]);
  });

  it('a copy of a table whose log has run ahead (another process holds it) closes, and its clients may come back', async () => {
    const { teacher, student } = await newTable();
    faults.failAppends = true;
    faults.extraEvents = 1;
    student.chat(['usa'], 'Hello?');
    await until(student, (v) => !v.connected, 10_000);
    // Closed with "may come back": not a removal, so the device keeps trying to rejoin its table.
    expect(student.view().closedBy).toBeNull();
    faults.failAppends = false;
    faults.extraEvents = 0;
    await Promise.all([teacher.close(), student.close()]);
  });
});
