// Opening tables, once each, across processes. Colyseus lists open rooms in Redis (its driver), and
// each live room listens on its own Redis channel (`$roomId`), which goes with its process's
// connection. When the process holding a table dies, its listing stays behind: Colyseus itself
// health-checks a process only at start-up and when a seat reservation or room creation on it times
// out, and then removes that process's listings without reopening anything. So every process with
// Redis runs a sweep: a live session's table that no process listens for is opened again from its
// stored log (after Colyseus' own health check has confirmed a listed holder dead and removed its
// listings). A short lock in Redis lets one process do it; the storage's refusal of a duplicate
// event number is the last line of defence should two copies run anyway.
import { matchMaker } from '@colyseus/core';
import type { RoomStorage } from './storage.ts';
import { tableRoomId } from './table-room.ts';

export interface Opener {
  readonly storage: RoomStorage;
  readonly secret: string;
}

// Longer than opening a table takes (reading and folding its log: well under a second), so the lock
// outlives its holder only when that holder died while opening; then it expires and another retries.
const LOCK_SECONDS = 15;
const WAIT_MS = 5000;

const lockKey = (roomId: string): string => `draftroom:opening:${roomId}`;

/** Some process holds this room: it is here, or a process listens on its channel. */
async function held(roomId: string): Promise<boolean> {
  if (matchMaker.getLocalRoomById(roomId)) return true;
  return (await matchMaker.presence.channels(`$${roomId}`)).length > 0;
}

/** Open somewhere. A listing nobody listens for is checked (2 s) and, if its process is dead, removed. */
async function isOpen(roomId: string): Promise<boolean> {
  if (await held(roomId)) return true;
  const listing = await matchMaker.getRoomById(roomId);
  if (!listing) return false;
  return (await matchMaker.healthCheckProcessId(listing.processId)) === true;
}

/**
 * Opens a table from its stored log unless it is open somewhere already; resolves with its room id.
 * With `wait`, when another process is opening it, resolves once it is open (or after 5 s).
 */
export async function openTable(cfg: Opener, session: string, table: number, wait = true): Promise<string> {
  const roomId = tableRoomId(session, table);
  if (await held(roomId)) return roomId;
  const listing = await matchMaker.getRoomById(roomId);
  // Checked before taking the lock: each attempt to take it pushes its expiry back.
  const free = !(await matchMaker.presence.exists(lockKey(roomId)));
  if (free && (await matchMaker.presence.hincrbyex(lockKey(roomId), 'n', 1, LOCK_SECONDS)) === 1) {
    try {
      // Again under the lock: another process may have opened it and let go since the first look.
      if (!(await isOpen(roomId))) {
        const why = listing ? `its process ${listing.processId} no longer answers` : 'not open';
        const opened = await matchMaker.createRoom('table', { session, table, secret: cfg.secret });
        console.error(
          `Draftroom: opening table ${roomId} (${why}) on ${opened.publicAddress ?? `process ${opened.processId}`}`,
        );
      }
    } finally {
      await matchMaker.presence.del(lockKey(roomId));
    }
  } else if (wait) {
    const until = Date.now() + WAIT_MS;
    while (Date.now() < until && !(await held(roomId)))
      await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return roomId;
}

/** Every table of every live session, opened where it is not open already. */
export async function reopenTables(cfg: Opener, wait = true): Promise<void> {
  const tables = (await cfg.storage.liveSessions()).flatMap((s) =>
    Array.from({ length: s.tables }, (_, t) => ({ session: s.id, table: t })),
  );
  // One round trip for every room that some process listens for, then work only where needed.
  const live = new Set((await matchMaker.presence.channels('$*')).map((c) => c.slice(1)));
  const needed = tables.filter((t) => {
    const roomId = tableRoomId(t.session, t.table);
    return !live.has(roomId) && !matchMaker.getLocalRoomById(roomId);
  });
  const results = await Promise.allSettled(needed.map((t) => openTable(cfg, t.session, t.table, wait)));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** With several processes: the sweep, every `everyMs`. Returns its stop. */
export function watchTables(cfg: Opener, everyMs = 1000): () => void {
  let running = false;
  let lastProblem = '';
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      // Redis lost this process's listings (restarted empty, say) while its rooms run on: list
      // them again, as Colyseus does for a process another one wrongly thought dead.
      await matchMaker.restoreMissingRoomCaches();
      await reopenTables(cfg, false);
      lastProblem = '';
    } catch (error) {
      // Said once, not every second: Redis or PostgreSQL being away for a while is one event.
      const problem = (error as Error).message;
      if (problem !== lastProblem) console.error(`Draftroom: reopening tables failed: ${problem}`);
      lastProblem = problem;
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
