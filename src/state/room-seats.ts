// What a classroom device keeps so that a closed tab, a reload or a dropped connection comes back to
// the same place: a student's seat token per table, and the instructor's console token per session.
// No accounts: whoever holds the token holds the seat, so it stays on this device only.
import type { KeyValueStorage } from './storage.ts';

const seatKey = (roomId: string) => `draftroom.room.seat.${roomId}`;
const consoleKey = (session: string) => `draftroom.room.console.${session}`;

/** Keeps a value; a browser that will not keep it (storage full or blocked) still plays this visit. */
function keep(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function read(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

const LAST_ROOM = 'draftroom.room.last';

/** Keeps the seat's token, and the table as the one to go back to from the title page. */
export const keepSeatToken = (storage: KeyValueStorage, roomId: string, token: string): boolean =>
  keep(storage, seatKey(roomId), token) && keep(storage, LAST_ROOM, roomId);

/** The class table this device last took a seat at, while it still holds the seat. */
export function lastSeat(storage: KeyValueStorage): string | null {
  const room = read(storage, LAST_ROOM);
  return room && seatToken(storage, room) ? room : null;
}
export const seatToken = (storage: KeyValueStorage, roomId: string): string | null =>
  read(storage, seatKey(roomId));
export function forgetSeat(storage: KeyValueStorage, roomId: string): void {
  try {
    storage.removeItem(seatKey(roomId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

export const keepConsoleToken = (storage: KeyValueStorage, session: string, token: string): boolean =>
  keep(storage, consoleKey(session), token);
export const consoleToken = (storage: KeyValueStorage, session: string): string | null =>
  read(storage, consoleKey(session));
