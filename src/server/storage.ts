// Where the room server keeps what must outlive the process: each session (its scenario, its tables,
// the hash of its console token) and each table's event log, appended as things happen. A table is
// its log: after a restart, or on another process, folding the log gives the same table. Two
// implementations: SQLite on disk (the embedded default, no set-up) and PostgreSQL (several
// processes sharing the load).

export interface SessionRecord {
  readonly id: string;
  /** The short code students type; unique among live sessions. */
  readonly code: string;
  /** SHA-256 of the console token, hex: the token itself is never stored. */
  readonly consoleTokenHash: string;
  readonly createdAt: number;
  readonly scenarioText: string;
  readonly tables: number;
  readonly rounds: number;
  readonly seed: number;
  readonly difficulty: 'easy' | 'normal' | 'hard';
  /** Optional seat plan: holder name → actor (the instructor's assignment). */
  readonly plan: Readonly<Record<string, string>>;
  readonly ended: boolean;
}

/** One thing that happened at a table; `seq` counts from 1 without gaps. */
export interface StoredEvent {
  readonly seq: number;
  readonly at: number;
  readonly body: unknown;
}

export interface RoomStorage {
  /** Adds a session; refuses (throws) a duplicate id or a live duplicate code. */
  createSession(session: SessionRecord): Promise<void>;
  session(id: string): Promise<SessionRecord | null>;
  /** The live (not ended) session with this code. */
  sessionByCode(code: string): Promise<SessionRecord | null>;
  liveSessions(): Promise<SessionRecord[]>;
  endSession(id: string): Promise<void>;
  /**
   * Stores event `seq` of a table. A second write of the same `seq` is refused (throws): two
   * processes that both believe they hold a table cannot both extend its log.
   */
  append(sessionId: string, table: number, event: StoredEvent): Promise<void>;
  events(sessionId: string, table: number): Promise<StoredEvent[]>;
  close(): Promise<void>;
}
