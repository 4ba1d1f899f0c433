// The embedded default: one SQLite file (node:sqlite, built into Node 24), nothing to install or
// start. Writes are synchronous and committed before the call returns, so an event the server has
// broadcast is on disk even if the process is killed the next instant (WAL: a killed process loses
// nothing that was committed; only a power cut could, with synchronous=NORMAL).
import { DatabaseSync } from 'node:sqlite';
import type { RoomStorage, SessionRecord, StoredEvent } from './storage.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    ended INTEGER NOT NULL DEFAULT 0,
    record TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS live_codes ON sessions (code) WHERE ended = 0;
  CREATE TABLE IF NOT EXISTS events (
    session TEXT NOT NULL,
    tbl INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (session, tbl, seq)
  ) WITHOUT ROWID;
`;

type Row = Record<string, unknown>;
const readSession = (row: Row | undefined): SessionRecord | null =>
  row ? { ...(JSON.parse(String(row.record)) as SessionRecord), ended: row.ended === 1 } : null;

export function sqliteStorage(file: string): RoomStorage {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  db.exec(SCHEMA);
  const insertSession = db.prepare('INSERT INTO sessions (id, code, ended, record) VALUES (?, ?, 0, ?)');
  const byId = db.prepare('SELECT * FROM sessions WHERE id = ?');
  const byCode = db.prepare('SELECT * FROM sessions WHERE code = ? AND ended = 0');
  const live = db.prepare('SELECT * FROM sessions WHERE ended = 0 ORDER BY rowid');
  const end = db.prepare('UPDATE sessions SET ended = 1 WHERE id = ?');
  const insertEvent = db.prepare('INSERT INTO events (session, tbl, seq, at, body) VALUES (?, ?, ?, ?, ?)');
  const eventsOf = db.prepare('SELECT seq, at, body FROM events WHERE session = ? AND tbl = ? ORDER BY seq');
  return {
    async createSession(session) {
      insertSession.run(session.id, session.code, JSON.stringify(session));
    },
    async session(id) {
      return readSession(byId.get(id) as Row | undefined);
    },
    async sessionByCode(code) {
      return readSession(byCode.get(code) as Row | undefined);
    },
    async liveSessions() {
      return (live.all() as Row[]).map((row) => readSession(row) as SessionRecord);
    },
    async endSession(id) {
      end.run(id);
    },
    async append(sessionId, table, event) {
      insertEvent.run(sessionId, table, event.seq, event.at, JSON.stringify(event.body));
    },
    async events(sessionId, table): Promise<StoredEvent[]> {
      return (eventsOf.all(sessionId, table) as Row[]).map((row) => ({
        seq: Number(row.seq),
        at: Number(row.at),
        body: JSON.parse(String(row.body)),
      }));
    },
    async close() {
      db.close();
    },
  };
}
