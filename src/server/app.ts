// The room server: the built game (static files), a small HTTP API for sessions, and the Colyseus
// rooms, all on one port. Loopback unless told otherwise. On start it reopens every live session's
// tables from storage, so a restart resumes each where it was.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { CloseCode, matchMaker, type Presence, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import { LIMITS } from '../scenario/limits.ts';
import { openTable, reopenTables, watchTables } from './open-tables.ts';
import { newSession, shippedScenarios } from './sessions.ts';
import type { RoomStorage } from './storage.ts';
import { configureTableRooms, TableRoom } from './table-room.ts';
import { sha256 } from './tokens.ts';

export interface ServerConfig {
  readonly host: string;
  /** 0: an ephemeral port (tests). */
  readonly port: number;
  readonly storage: RoomStorage;
  readonly scenarioDir: string;
  /** The built game to serve, if it exists. */
  readonly staticDir?: string;
  readonly secret: string;
  /** Several processes: Redis presence and driver (see docs/deploying.md). */
  readonly presence?: Presence;
  readonly driver?: matchMaker.MatchMakerDriver;
  readonly publicAddress?: string;
}

export interface RunningServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startServer(cfg: ServerConfig): Promise<RunningServer> {
  configureTableRooms({ storage: cfg.storage, secret: cfg.secret });
  const transport = new WebSocketTransport({ maxPayload: LIMITS.bytes + 64 * 1024 });
  const server = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    ...(cfg.presence ? { presence: cfg.presence } : {}),
    ...(cfg.driver ? { driver: cfg.driver } : {}),
    ...(cfg.publicAddress ? { publicAddress: cfg.publicAddress } : {}),
    express: (app) => routes(app, cfg),
  });
  server.define('table', cfg.presence ? SharedTableRoom : TableRoom);
  await server.listen(cfg.port, cfg.host);
  const port = (transport as unknown as { server: { address(): AddressInfo } }).server.address().port;
  await reopenTables(cfg);
  // Several processes: each one reopens the tables of a process that died (open-tables.ts).
  const stopWatching = cfg.presence ? watchTables(cfg) : () => {};
  return {
    port,
    close: async () => {
      stopWatching();
      await server.gracefullyShutdown(false);
      await cfg.storage.close();
    },
  };
}

/**
 * A table among several processes. When this process stops (SIGTERM), its clients are told they may
 * come back (4010), not Colyseus' final 4001, so they rejoin their tables, which another process
 * reopens from the log as soon as this one has removed its listings.
 */
class SharedTableRoom extends TableRoom {
  override onBeforeShutdown(): void {
    this.disconnect(CloseCode.MAY_TRY_RECONNECT).catch(() => undefined);
  }
}

function routes(app: express.Application, cfg: ServerConfig): void {
  app.use('/api', express.json({ limit: LIMITS.bytes + 64 * 1024 }));

  app.get('/api/scenarios', (_req, res) => {
    res.json({ scenarios: shippedScenarios(cfg.scenarioDir) });
  });

  app.post('/api/sessions', async (req, res) => {
    const made = newSession(req.body, cfg.scenarioDir, Date.now());
    if (!made.ok) return void res.status(made.status).json({ problems: made.problems });
    await cfg.storage.createSession(made.record);
    const tables: string[] = [];
    for (let t = 0; t < made.record.tables; t++) tables.push(await openTable(cfg, made.record.id, t));
    res.status(201).json({
      session: made.record.id,
      code: made.record.code,
      consoleToken: made.consoleToken,
      tables,
    });
  });

  // The join page: which tables a code opens, and how full each is.
  app.get('/api/join/:code', async (req, res) => {
    const code = String(req.params.code)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '');
    const session = await cfg.storage.sessionByCode(code);
    if (!session)
      return void res
        .status(404)
        .json({ problems: ['That join code is not valid (or the session has ended).'] });
    const tables = [];
    for (let t = 0; t < session.tables; t++) {
      const roomId = await openTable(cfg, session.id, t);
      const [room] = await matchMaker.query({ roomId });
      tables.push({ roomId, table: t, holders: Number(room?.metadata?.holders ?? 0) });
    }
    res.json({ session: session.id, tables });
  });

  // The console page after a reload: the session's tables, for the holder of its console token.
  app.get('/api/sessions/:id', async (req, res) => {
    const session = await cfg.storage.session(String(req.params.id));
    const token = String(req.get('authorization') ?? '').replace(/^Bearer /, '');
    if (!session || sha256(token) !== session.consoleTokenHash)
      return void res.status(404).json({ problems: ['No such session for this console link.'] });
    const tables = [];
    for (let t = 0; t < session.tables; t++) tables.push(await openTable(cfg, session.id, t));
    res.json({ session: session.id, code: session.code, tables, ended: session.ended });
  });

  app.use('/api', (_req, res) => {
    res.status(404).json({ problems: ['No such request.'] });
  });
  // A body that is not JSON, or too large, or a fault of ours: a sentence, never a stack trace.
  app.use(
    '/api',
    (
      error: { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status ?? 500;
      const problem =
        error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : error.type === 'entity.too.large'
            ? 'The request is too large.'
            : status < 500
              ? 'The request could not be read.'
              : 'The server failed on this request (a bug).';
      res.status(status).json({ problems: [problem] });
    },
  );
  if (cfg.staticDir && existsSync(cfg.staticDir)) app.use(express.static(cfg.staticDir));
}
