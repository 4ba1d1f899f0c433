// A classroom table as a Colyseus room: it authenticates who joins (a seat token, the console
// token, or a join code and a name), turns each client message into a table event through the pure
// rules of table.ts, stores the event, and only then folds it and sends every client its own view.
// One queue per table: each message is checked against the table as it is after everything before it.
import { type Client, CloseCode, Room, ServerError } from '@colyseus/core';
import type { ActorId } from '../engine/ids.ts';
import { compile, type Model } from '../engine/model.ts';
import { scenarioHash } from '../engine/negotiation/save.ts';
import type { GameState } from '../engine/negotiation/types.ts';
import {
  type ChatEntry,
  CLIENT_MESSAGES,
  joinOptions,
  type Refusal,
  type TableStatus,
} from '../net/protocol.ts';
import { diffView, isEmptyPatch } from '../net/view-patch.ts';
import { parseScenario } from '../scenario/parse.ts';
import { consoleOutcome } from './console-rules.ts';
import { RateLimit } from './rate-limit.ts';
import { scenarioFor, viewFor } from './redact.ts';
import type { RoomStorage } from './storage.ts';
import {
  act,
  aiMove,
  chat,
  clockMove,
  emptyTable,
  fold,
  type Outcome,
  type Sender,
  seatFor,
  type Table,
  type TableEvent,
} from './table.ts';
import { newToken, sha256 } from './tokens.ts';

export interface TableRoomConfig {
  readonly storage: RoomStorage;
  /** Rooms are created by the server, never by a client's matchmaking request: this proves it. */
  readonly secret: string;
}

let config: TableRoomConfig | null = null;
export const configureTableRooms = (c: TableRoomConfig): void => {
  config = c;
};

export const tableRoomId = (session: string, table: number): string => `${session}-${table}`;

interface Auth {
  readonly role: 'seat' | 'console';
  readonly holder: string | null;
  readonly token?: string;
}
interface ClientData {
  auth: Auth;
  view: GameState | null;
  status: string;
  version: number;
  limit: RateLimit;
  floodAnswered: number;
}

const models = new Map<string, Model>();

/** An event the storage refused: nothing was applied (see TableRoom.notStored). */
class NotStored extends Error {}
const NOT_STORED_REASON =
  'The server could not save that just now, so nothing changed: try again in a moment.';
/** A queued task that failed is said in the server's log, never left as an unhandled rejection. */
const logFailure = (roomId: string) => (error: unknown) => {
  if (!(error instanceof NotStored)) console.error(`table ${roomId}:`, error);
};

export class TableRoom extends Room {
  override autoDispose = false;
  override maxClients = 200;
  // Colyseus' own maxMessagesPerSecond is not used: its window follows the room clock, which only
  // advances with a simulation interval, so it counted every message a client ever sent and cut off
  // a student after a hundred. The RateLimit below refuses (and counts) instead.
  private table!: Table;
  private queue: Promise<void> = Promise.resolve();
  private aiScheduled = false;
  private countsTimer: ReturnType<typeof setTimeout> | undefined;
  private clockTimer: ReturnType<typeof setTimeout> | undefined;

  private get cfg(): TableRoomConfig {
    if (!config) throw new Error('table rooms are not configured');
    return config;
  }

  override async onCreate(options: { session?: string; table?: number; secret?: string }): Promise<void> {
    if (
      options.secret !== this.cfg.secret ||
      typeof options.session !== 'string' ||
      !Number.isInteger(options.table)
    )
      throw new ServerError(403, 'tables are opened by the instructor, not by a client');
    const session = await this.cfg.storage.session(options.session);
    const index = options.table as number;
    if (!session || index < 0 || index >= session.tables)
      throw new ServerError(404, 'no such session or table');
    this.roomId = tableRoomId(session.id, index);
    let model = models.get(session.id);
    if (!model) {
      const parsed = parseScenario(session.scenarioText, 'session scenario');
      if (!parsed.ok) throw new ServerError(500, 'the stored scenario no longer reads');
      model = compile(parsed.value);
      models.set(session.id, model);
    }
    this.table = emptyTable(model, session, index);
    for (const stored of await this.cfg.storage.events(session.id, index))
      fold(this.table, stored.body as TableEvent, stored.at);
    await this.setMetadata({ session: session.id, table: index, holders: this.table.holders.size });
    this.onMessage('*', (client: Client, type: string | number, message: unknown) =>
      this.receive(client, String(type), message),
    );
    this.scheduleAi();
    this.scheduleClock();
  }

  override onDispose(): void {
    clearTimeout(this.clockTimer);
  }

  /** Who is joining: a token's holder or the console, or a newcomer given a seat (and a token). */
  override async onAuth(_client: Client, raw: unknown): Promise<Auth> {
    const options = joinOptions.safeParse(raw);
    if (!options.success) throw new ServerError(400, 'Join with a seat token, or a join code and a name.');
    const o = options.data;
    if ('token' in o) {
      const hash = sha256(o.token);
      if (hash === this.table.session.consoleTokenHash) return { role: 'console', holder: null };
      const holder = [...this.table.holders.values()].find((h) => h.tokenHash === hash);
      if (!holder || holder.removed)
        throw new ServerError(401, 'This seat is not yours (or you were removed).');
      return { role: 'seat', holder: holder.id };
    }
    return this.enqueue(async () => {
      if (
        o.code.toUpperCase().replace(/[^A-Z0-9]/g, '') !== this.table.session.code ||
        this.table.session.ended
      )
        throw new ServerError(401, 'That join code is not valid for this table.');
      if (this.table.stage === 'ended') throw new ServerError(409, 'This negotiation is over.');
      const seat = seatFor(this.table, o.name, o.actor);
      if (typeof seat !== 'string') throw new ServerError(409, seat.reason);
      const token = newToken();
      const holder = newToken().slice(0, 12);
      await this.commit({ kind: 'seat', holder, name: o.name, actor: seat, tokenHash: sha256(token) }).catch(
        (error: unknown) => {
          throw error instanceof NotStored ? new ServerError(503, NOT_STORED_REASON) : error;
        },
      );
      return { role: 'seat' as const, holder, token };
    });
  }

  override onJoin(client: Client, _options: unknown, auth: Auth): void {
    const data: ClientData = {
      auth,
      view: null,
      status: '',
      version: 0,
      limit: new RateLimit(20, 5),
      floodAnswered: -Infinity,
    };
    client.userData = data;
    const holder = auth.holder ? this.table.holders.get(auth.holder) : undefined;
    client.send('welcome', {
      role: auth.role,
      actor: holder?.actor ?? null,
      holder: auth.holder,
      ...(auth.token ? { token: auth.token } : {}),
      scenarioHash: scenarioHash(this.table.model),
      scenario: scenarioFor(this.table.model.scenario, holder?.actor ?? null),
    });
    this.sendWhole(client);
    this.broadcastViews();
  }

  // No Colyseus reconnection: a client that drops joins again with its seat token (table-client.ts),
  // which works the same after a blip and after a server restart.
  override onLeave(): void {
    this.broadcastViews();
  }

  /** Refusals, counted: the refused client alone is told why, and nothing else changes. */
  private refuse(client: Client, refusal: Refusal, answer = true): void {
    this.table.refused[refusal.kind] += 1;
    if (answer) client.send('refused', refusal);
    // The console's count follows within a second; a flood must not become a flood of broadcasts.
    if (this.countsTimer) return;
    this.countsTimer = setTimeout(() => {
      this.countsTimer = undefined;
      this.broadcastViews();
    }, 1000);
  }

  private receive(client: Client, type: string, message: unknown): void {
    const data = client.userData as ClientData | undefined;
    if (!data) return;
    if (!data.limit.take()) {
      // Counted every time, answered at most once a second: a refusal must not amplify a flood.
      const now = performance.now();
      const answer = now - data.floodAnswered >= 1000;
      if (answer) data.floodAnswered = now;
      this.refuse(client, { kind: 'flood', reason: 'Too many messages: wait a moment.' }, answer);
      return;
    }
    const schema = CLIENT_MESSAGES[type as keyof typeof CLIENT_MESSAGES];
    const parsed = schema?.safeParse(message);
    if (!schema || !parsed?.success) {
      this.refuse(client, {
        kind: 'malformed',
        reason: `The server could not read that ${schema ? type : 'message'}.`,
      });
      return;
    }
    void this.enqueue(async () => {
      const sender = this.senderOf(data.auth);
      const outcome: Outcome = sender
        ? this.outcomeOf(type, parsed.data as never, sender)
        : { ok: false, refusal: { kind: 'wrong-seat', reason: 'You no longer hold a seat here.' } };
      if (!outcome.ok) return this.refuse(client, outcome.refusal);
      await this.commit(outcome.event, outcome.game).catch((error: unknown) => {
        if (!(error instanceof NotStored)) throw error;
        this.refuse(client, { kind: 'not-stored', reason: NOT_STORED_REASON });
      });
    }).catch(logFailure(this.roomId));
  }

  private outcomeOf(type: string, message: Record<string, unknown>, sender: Sender): Outcome {
    if (type === 'act')
      return act(this.table, sender, message.round as number, message.action as Record<string, unknown>);
    if (type === 'chat') return chat(this.table, sender, message.to as string[], message.text as string);
    if (sender.role !== 'console')
      return { ok: false, refusal: { kind: 'not-console', reason: 'Only the instructor can do that.' } };
    return consoleOutcome(this.table, message);
  }

  private senderOf(auth: Auth): Sender | null {
    if (auth.role === 'console') return { role: 'console' };
    const holder = auth.holder ? this.table.holders.get(auth.holder) : undefined;
    return holder && !holder.removed ? { role: 'seat', holder } : null;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Stores the event, then folds it and sends the views: what a client saw is always on disk. */
  private async commit(event: TableEvent, game?: GameState): Promise<void> {
    const at = Date.now();
    try {
      await this.cfg.storage.append(this.table.session.id, this.table.index, {
        seq: this.table.events + 1,
        at,
        body: event,
      });
    } catch (error) {
      await this.notStored(error);
    }
    fold(this.table, event, at, game);
    if (event.kind === 'chat') this.deliver(this.table.chat[this.table.chat.length - 1] as ChatEntry);
    if (event.kind === 'seat') void this.setMetadata({ ...this.metadata, holders: this.table.holders.size });
    if (event.kind === 'holder' && event.command === 'remove')
      for (const c of this.clients)
        if ((c.userData as ClientData).auth.holder === event.holder) c.leave(4001);
    this.broadcastViews();
    this.scheduleAi();
    this.scheduleClock();
  }

  /**
   * The round clock: a timer at the deadline the stored log gives (at once if it has passed, as after
   * a restart), which moves for the human seats still awaited in the round, one stored move each.
   */
  private scheduleClock(): void {
    clearTimeout(this.clockTimer);
    const deadline = this.table.clock.deadline;
    if (deadline === null || this.table.stage !== 'playing') return;
    this.clockTimer = setTimeout(
      () =>
        void this.enqueue(async () => {
          const move = clockMove(this.table, Date.now());
          if (move?.ok) await this.commit(move.event, move.game);
          // A timer may wake a moment early: then it waits again.
          else if (Date.now() < (this.table.clock.deadline ?? 0)) this.scheduleClock();
        }).catch(logFailure(this.roomId)),
      Math.max(0, deadline - Date.now()),
    );
  }

  /**
   * An event the storage would not take is not applied (what a client sees is always on disk). If
   * the stored log has grown past this table, another process holds it now: this copy closes, and
   * its clients rejoin the table where its log is (4010: they may come back). Otherwise the storage
   * is failing: the table stays as it was, and the sender is told (NotStored).
   */
  private async notStored(error: unknown): Promise<never> {
    const why = error instanceof Error ? error.message : String(error);
    const { id } = this.table.session;
    const stored = await this.cfg.storage.events(id, this.table.index).then(
      (events) => events.length,
      () => null,
    );
    if (stored !== null && stored > this.table.events) {
      console.error(
        `table ${this.roomId}: its log is ahead of this copy (${stored} > ${this.table.events}); closing it`,
      );
      this.disconnect(CloseCode.MAY_TRY_RECONNECT).catch(() => undefined);
    } else console.error(`table ${this.roomId}: an event could not be stored (${why}); nothing changed`);
    throw new NotStored();
  }

  /** AI seats move one move per task, so other tables and messages are served in between. */
  private scheduleAi(): void {
    if (this.aiScheduled) return;
    this.aiScheduled = true;
    setTimeout(() => {
      void this.enqueue(async () => {
        this.aiScheduled = false;
        const move = aiMove(this.table);
        if (move?.ok) await this.commit(move.event, move.game);
      }).catch(logFailure(this.roomId));
    }, 0);
  }

  private canRead(entry: ChatEntry, auth: Auth): boolean {
    if (auth.role === 'console' || entry.to.length === 0) return true;
    const actor = auth.holder ? this.table.holders.get(auth.holder)?.actor : undefined;
    return actor !== undefined && (entry.from === actor || entry.to.includes(actor));
  }

  private deliver(entry: ChatEntry): void {
    for (const c of this.clients)
      if (this.canRead(entry, (c.userData as ClientData).auth)) c.send('chat', entry);
  }

  private actorOf(auth: Auth): ActorId | null {
    return auth.holder ? (this.table.holders.get(auth.holder)?.actor ?? null) : null;
  }

  /** The table's status; the refusal counts are the instructor's alone. */
  private status(forConsole: boolean): TableStatus {
    const connected = new Set(this.clients.map((c) => (c.userData as ClientData | undefined)?.auth.holder));
    const t = this.table;
    return {
      session: t.session.id,
      table: t.index,
      title: t.model.scenario.title,
      stage: t.stage,
      holders: [...t.holders.values()].map((h) => ({
        id: h.id,
        name: h.name,
        actor: h.actor,
        muted: h.muted,
        removed: h.removed,
        connected: connected.has(h.id),
        moves: h.moves,
        lastMove: h.lastMove,
      })),
      clock: { ...t.clock },
      ...(forConsole ? { refused: { ...t.refused } } : {}),
      events: t.events,
    };
  }

  private sendWhole(client: Client): void {
    const data = client.userData as ClientData;
    const status = this.status(data.auth.role === 'console');
    data.view = this.table.game ? viewFor(this.table.model, this.table.game, this.actorOf(data.auth)) : null;
    data.status = JSON.stringify(status);
    data.version += 1;
    const chatLog = this.table.chat.filter((e) => this.canRead(e, data.auth));
    client.send('view', { version: data.version, game: data.view, status, chat: chatLog });
  }

  /** Each client its own view, as a patch on the last one it was sent (nothing if nothing changed). */
  private broadcastViews(): void {
    const statuses = [this.status(false), this.status(true)] as const;
    const texts = statuses.map((x) => JSON.stringify(x));
    for (const client of this.clients) {
      const data = client.userData as ClientData | undefined;
      if (!data) continue;
      const which = data.auth.role === 'console' ? 1 : 0;
      const status = statuses[which];
      const statusText = texts[which] as string;
      const game = this.table.game
        ? viewFor(this.table.model, this.table.game, this.actorOf(data.auth))
        : null;
      if (!data.view && game) {
        this.sendWhole(client);
        continue;
      }
      const patch = data.view && game && data.view !== game ? diffView(data.view, game) : null;
      const statusChanged = statusText !== data.status;
      if (!statusChanged && (!patch || isEmptyPatch(patch))) continue;
      data.view = game;
      data.status = statusText;
      data.version += 1;
      client.send('patch', { version: data.version, game: patch, ...(statusChanged ? { status } : {}) });
    }
  }
}
