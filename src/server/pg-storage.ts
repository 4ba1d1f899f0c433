// PostgreSQL storage, for several server processes sharing the load (docs/deploying.md): the same
// tables and the same refusals as sqlite-storage.ts, so a table's log written by one process is
// folded by another after the first one dies. Each call is one statement, committed before it
// returns: an event that was broadcast is in the database.
import pg from 'pg';
import type { RoomStorage, SessionRecord, StoredEvent } from './storage.ts';

// Bodies are kept as the JSON text that was written (not jsonb, which reorders keys): folding a log
// must see exactly what the process that wrote it saw.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS draftroom_sessions (
    n BIGSERIAL UNIQUE,
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    ended BOOLEAN NOT NULL DEFAULT FALSE,
    record TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS draftroom_live_codes ON draftroom_sessions (code) WHERE NOT ended;
  CREATE TABLE IF NOT EXISTS draftroom_events (
    session TEXT NOT NULL,
    tbl INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    at BIGINT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (session, tbl, seq)
  );
`;
// Processes starting together would race on CREATE TABLE IF NOT EXISTS (it is not atomic in
// PostgreSQL: the loser fails on pg_type's unique index); a transaction-scoped advisory lock orders them.
const SCHEMA_LOCK = 0x64726674; // 'drft'

type Row = Record<string, unknown>;
const readSession = (row: Row | undefined): SessionRecord | null =>
  row ? { ...(JSON.parse(String(row.record)) as SessionRecord), ended: row.ended === true } : null;

/** Connects, creates the tables if they are missing, and returns the storage (or throws). */
export async function pgStorage(connectionString: string): Promise<RoomStorage> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle connection that breaks (the database restarted) is replaced by the pool on next use;
  // without a listener its 'error' event would end the process.
  pool.on('error', (error) => console.error(`PostgreSQL: an idle connection failed: ${error.message}`));
  const client = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw error;
  });
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    await pool.end();
    throw error;
  }
  client.release();
  const rows = async (text: string, values: unknown[]): Promise<Row[]> =>
    (await pool.query(text, values)).rows as Row[];
  return {
    async createSession(session) {
      await pool.query('INSERT INTO draftroom_sessions (id, code, record) VALUES ($1, $2, $3)', [
        session.id,
        session.code,
        JSON.stringify(session),
      ]);
    },
    async session(id) {
      return readSession((await rows('SELECT * FROM draftroom_sessions WHERE id = $1', [id]))[0]);
    },
    async sessionByCode(code) {
      const found = await rows('SELECT * FROM draftroom_sessions WHERE code = $1 AND NOT ended', [code]);
      return readSession(found[0]);
    },
    async liveSessions() {
      const live = await rows('SELECT * FROM draftroom_sessions WHERE NOT ended ORDER BY n', []);
      return live.map((row) => readSession(row) as SessionRecord);
    },
    async endSession(id) {
      await pool.query('UPDATE draftroom_sessions SET ended = TRUE WHERE id = $1', [id]);
    },
    async append(sessionId, table, event) {
      await pool.query(
        'INSERT INTO draftroom_events (session, tbl, seq, at, body) VALUES ($1, $2, $3, $4, $5)',
        [sessionId, table, event.seq, event.at, JSON.stringify(event.body)],
      );
    },
    async events(sessionId, table): Promise<StoredEvent[]> {
      const found = await rows(
        'SELECT seq, at, body FROM draftroom_events WHERE session = $1 AND tbl = $2 ORDER BY seq',
        [sessionId, table],
      );
      // BIGINT arrives as a string (it may exceed 2^53); a millisecond clock does not.
      return found.map((row) => ({
        seq: Number(row.seq),
        at: Number(row.at),
        body: JSON.parse(String(row.body)),
      }));
    },
    async close() {
      await pool.end();
    },
  };
}
