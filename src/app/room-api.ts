// The room server's small HTTP API, as the browser calls it: create a session, look up a join code,
// reopen a console. Every answer is untrusted (another server may sit at that address): it is read
// field by field, and a failure is a sentence for the person at the screen, never a stack trace.

export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: string[] };

export const NO_SERVER =
  'The room server cannot be reached. Classroom play needs the game served by the room server (`npm start`), not the static build alone.';

export interface CreatedSession {
  readonly session: string;
  readonly code: string;
  readonly consoleToken: string;
  readonly tables: readonly string[];
}

export interface JoinTable {
  readonly roomId: string;
  readonly table: number;
  readonly holders: number;
}

export interface SessionInfo {
  readonly session: string;
  readonly code: string;
  readonly tables: readonly string[];
  readonly ended: boolean;
}

const strings = (x: unknown): string[] | null =>
  Array.isArray(x) && x.every((s) => typeof s === 'string') ? x : null;

async function call(path: string, init?: RequestInit): Promise<ApiResult<Record<string, unknown>>> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    return { ok: false, problems: [NO_SERVER] };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // A static server answers /api/… with a page, or nothing: not a room server.
    return { ok: false, problems: [NO_SERVER] };
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (!res.ok)
    return { ok: false, problems: strings(record.problems) ?? [`The room server answered ${res.status}.`] };
  return { ok: true, value: record };
}

const unreadable = {
  ok: false as const,
  problems: ['The room server sent an answer this page cannot read.'],
};

export async function listScenarios(): Promise<ApiResult<string[]>> {
  const r = await call('/api/scenarios');
  if (!r.ok) return r;
  const files = strings(r.value.scenarios);
  return files ? { ok: true, value: files } : unreadable;
}

export interface SessionRequest {
  readonly scenario?: string;
  readonly scenarioText?: string;
  readonly tables: number;
  readonly rounds: number;
  readonly difficulty: 'easy' | 'normal' | 'hard';
  readonly plan?: Readonly<Record<string, string>>;
}

export async function createSession(request: SessionRequest): Promise<ApiResult<CreatedSession>> {
  const r = await call('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!r.ok) return r;
  const { session, code, consoleToken } = r.value;
  const tables = strings(r.value.tables);
  if (typeof session !== 'string' || typeof code !== 'string' || typeof consoleToken !== 'string' || !tables)
    return unreadable;
  return { ok: true, value: { session, code, consoleToken, tables } };
}

export async function lookupCode(code: string): Promise<ApiResult<{ session: string; tables: JoinTable[] }>> {
  const clean = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (clean.length < 4)
    return { ok: false, problems: ['Type the join code your instructor shows (8 letters and digits).'] };
  const r = await call(`/api/join/${encodeURIComponent(clean)}`);
  if (!r.ok) return r;
  const tables = Array.isArray(r.value.tables) ? r.value.tables : null;
  if (typeof r.value.session !== 'string' || !tables) return unreadable;
  const read: JoinTable[] = [];
  for (const t of tables as Array<Record<string, unknown>>) {
    if (typeof t?.roomId !== 'string' || typeof t.table !== 'number') return unreadable;
    read.push({ roomId: t.roomId, table: t.table, holders: typeof t.holders === 'number' ? t.holders : 0 });
  }
  return { ok: true, value: { session: r.value.session, tables: read } };
}

export async function sessionInfo(session: string, consoleToken: string): Promise<ApiResult<SessionInfo>> {
  const r = await call(`/api/sessions/${encodeURIComponent(session)}`, {
    headers: { authorization: `Bearer ${consoleToken}` },
  });
  if (!r.ok) return r;
  const tables = strings(r.value.tables);
  if (typeof r.value.session !== 'string' || typeof r.value.code !== 'string' || !tables) return unreadable;
  return {
    ok: true,
    value: { session: r.value.session, code: r.value.code, tables, ended: r.value.ended === true },
  };
}
