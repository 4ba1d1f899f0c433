// Simulated students for `npm run bench:server`, one process of them (the driver, bench/server.ts,
// starts one or more, so that the room server's own process is measured alone). Each table gets its
// instructor's console and `students` students over real WebSockets (src/net/table-client.ts), who
// join with the code and a name. A team's first member moves for its seat as the engine's AI would
// (tests/support/room-players.ts), after thinking; everyone chats now and then. Each move's round
// trip is timed from the `act` sent to the patch that holds it (or its refusal); each chat message's
// from the `chat` sent to the message coming back.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { ActorId } from '../src/engine/ids.ts';
import { waitingOn } from '../src/engine/negotiation/state.ts';
import type { Action, GameState } from '../src/engine/negotiation/types.ts';
import { connectTable, type TableClient } from '../src/net/table-client.ts';
import { shippedModel, until } from '../tests/support/room-players.ts';
import type { MoveRequest } from './server-ai.ts';
import {
  type FromWorker,
  type RoomTicket,
  random,
  type ToWorker,
  type WorkerConfig,
  type WorkerReport,
  withTimeout,
} from './server-proc.ts';

const model = shippedModel();
const penHolder = model.scenario.procedure.penHolder;
const playable = model.scenario.actors.filter((a) => a.player).map((a) => a.id);

interface Student {
  readonly client: TableClient;
  readonly holder: string;
  readonly actor: ActorId;
  lead: boolean;
  /** The length of the action list when the last move was sent, while it is unanswered. */
  pendingFrom: number | null;
  sentAt: number;
  thinking: boolean;
  chatTimer: ReturnType<typeof setTimeout> | null;
  /** Chat messages sent and not yet come back: text → when sent. */
  readonly chats: Map<string, number>;
  chatSeen: number;
  chatCount: number;
  connected: boolean;
}
interface Table {
  readonly ticket: RoomTicket;
  readonly console: TableClient;
  readonly students: Student[];
  forwarded: boolean;
}

const send = (message: FromWorker) => process.send?.(message);
let config: WorkerConfig;
let rand: () => number = random(1);
const between = ([lo, hi]: readonly [number, number]) => lo + (hi - lo) * rand();
const tables: Table[] = [];

// The measured window: only what is sent from its start is counted.
let windowStart = Number.POSITIVE_INFINITY;
let cpuAtStart = process.cpuUsage();
const fresh = () => ({
  actMs: [] as number[],
  chatMs: [] as number[],
  refusals: {} as Record<string, number>,
  /** Moves over 100 ms, and the client's own stalls (a timer late by over 100 ms): [s into the window, ms]. */
  slow: [] as Array<[number, number]>,
  stalls: [] as Array<[number, number]>,
});
let stats = fresh();
let sent = { act: 0, chat: 0 };
let received = 0;
let disconnects = 0;
const eventLoop = monitorEventLoopDelay({ resolution: 10 });
eventLoop.enable();
let tick = performance.now();
setInterval(() => {
  const now = performance.now();
  if (now - tick > 125 && tick >= windowStart)
    stats.stalls.push([(tick - windowStart) / 1000, now - tick - 25]);
  tick = now;
}, 25);

function answered(s: Student, refusal: string | null): void {
  const now = performance.now();
  if (s.sentAt >= windowStart) {
    stats.actMs.push(now - s.sentAt);
    if (now - s.sentAt > 100) stats.slow.push([(s.sentAt - windowStart) / 1000, now - s.sentAt]);
    if (refusal) stats.refusals[refusal] = (stats.refusals[refusal] ?? 0) + 1;
  }
  s.pendingFrom = null;
}

// Moves are chosen by the engine's AI in a thread of its own (bench/server-ai.ts).
const ai = new Worker(new URL('./server-ai.ts', import.meta.url));
const chosen = new Map<number, (move: Action | null) => void>();
let requests = 0;
ai.on('message', ({ id, move }: { id: number; move: Action | null }) => {
  chosen.get(id)?.(move);
  chosen.delete(id);
});
const choose = (game: GameState, actor: ActorId) =>
  new Promise<Action | null>((resolve) => {
    requests += 1;
    chosen.set(requests, resolve);
    ai.postMessage({ id: requests, game, actor } satisfies MoveRequest);
  });

/**
 * A team's lead moves when its seat is awaited: at once before `fromRound`, after thinking from it
 * (the move is chosen while the student thinks, and sent when both are done).
 */
function consider(s: Student): void {
  const view = s.client.view();
  const game = view.game;
  if (!s.lead || !game || view.status?.stage !== 'playing') return;
  if (s.pendingFrom !== null) {
    if (!game.actions.slice(s.pendingFrom).some((a) => 'seat' in a && a.seat === s.actor)) return;
    answered(s, null);
  }
  if (s.thinking) return;
  if (waitingOn(game, penHolder, 'human')?.actor !== s.actor) return;
  s.thinking = true;
  const pause = game.round < config.fromRound ? 0 : between(config.thinkMs);
  const thought = new Promise((resolve) => setTimeout(resolve, pause));
  void Promise.all([choose(game, s.actor), thought]).then(([action]) => move(s, game.actions.length, action));
}

function move(s: Student, at: number, action: Action | null): void {
  s.thinking = false;
  const view = s.client.view();
  if (!action || !view.game || view.status?.stage !== 'playing' || view.game.actions.length !== at) {
    consider(s);
    return;
  }
  s.pendingFrom = at;
  s.sentAt = performance.now();
  if (s.sentAt >= windowStart) sent.act += 1;
  s.client.act(view.game.round, action as unknown as Record<string, unknown>);
}

function chatSoon(s: Student, first: boolean): void {
  const pause = first ? rand() * (config.chatMs[1] ?? 0) : between(config.chatMs);
  s.chatTimer = setTimeout(() => {
    const others = playable.filter((a) => a !== s.actor);
    const to = others[Math.floor(rand() * others.length)] as string;
    s.chatCount += 1;
    const text = `${s.holder} #${s.chatCount}: could we talk about the mandate clause before the vote?`;
    const now = performance.now();
    s.chats.set(text, now);
    if (now >= windowStart) sent.chat += 1;
    s.client.chat([to], text);
    chatSoon(s, false);
  }, pause);
}

/** Every change a student's client sees: its chat coming back, a move answered, its seat awaited. */
function changed(s: Student): void {
  const view = s.client.view();
  if (performance.now() >= windowStart) received += 1;
  if (s.connected && !view.connected) disconnects += 1;
  s.connected = view.connected;
  if (view.chat.length < s.chatSeen) s.chatSeen = 0;
  for (let i = s.chatSeen; i < view.chat.length; i++) {
    const entry = view.chat[i];
    const at = entry?.by === s.holder ? s.chats.get(entry.text) : undefined;
    if (at === undefined) continue;
    s.chats.delete(entry?.text as string);
    if (at >= windowStart) stats.chatMs.push(performance.now() - at);
  }
  s.chatSeen = view.chat.length;
  consider(s);
}

async function joinTable(ticket: RoomTicket): Promise<Table> {
  const { endpoint, roomId } = { endpoint: config.endpoint, roomId: ticket.roomId };
  const join = (options: Parameters<typeof connectTable>[2]) =>
    withTimeout(connectTable(endpoint, roomId, options), 60_000, `joining ${roomId}`);
  const table: Table = {
    ticket,
    console: await join({ token: ticket.consoleToken }),
    students: [],
    forwarded: false,
  };
  for (let i = 0; i < config.students; i++) {
    const client = await join({ code: ticket.code, name: `Student ${i + 1}` });
    const welcome = client.view().welcome;
    table.students.push({
      client,
      holder: welcome?.holder ?? '',
      actor: welcome?.actor as ActorId,
      lead: false,
      pendingFrom: null,
      sentAt: 0,
      thinking: false,
      chatTimer: null,
      chats: new Map(),
      chatSeen: 0,
      chatCount: 0,
      connected: true,
    });
  }
  await until(table.console, (v) => v.status?.holders.length === config.students, 60_000);
  return table;
}

async function joinAll(): Promise<void> {
  const started = performance.now();
  const queue = [...config.rooms];
  const joiner = async () => {
    for (let ticket = queue.shift(); ticket; ticket = queue.shift()) tables.push(await joinTable(ticket));
  };
  await Promise.all(Array.from({ length: Math.max(1, config.joinParallel) }, joiner));
  send({ type: 'joined', clients: tables.length * (config.students + 1), ms: performance.now() - started });
}

function start(): void {
  for (const t of tables) {
    const holders = t.console.view().status?.holders ?? [];
    for (const s of t.students) {
      s.lead = holders.find((h) => h.actor === s.actor)?.id === s.holder;
      s.client.onChange(() => changed(s));
      s.client.onRefused((r) => {
        if (s.pendingFrom !== null) answered(s, r.kind);
        else if (performance.now() >= windowStart) stats.refusals[r.kind] = (stats.refusals[r.kind] ?? 0) + 1;
        consider(s);
      });
    }
    t.console.onChange((v) => {
      if (t.forwarded || !v.game || (v.game.round < config.fromRound && v.game.phase !== 'finished')) return;
      t.forwarded = true;
      send({ type: 'forwarded', roomId: t.ticket.roomId });
    });
    t.console.command({ command: 'start' });
  }
}

function report(): WorkerReport {
  const now = performance.now();
  const cpu = process.cpuUsage(cpuAtStart);
  const students = tables.flatMap((t) => t.students);
  const since = (at: number) => (at >= windowStart ? [now - at] : []);
  return {
    actMs: stats.actMs,
    actUnansweredMs: students.flatMap((s) => (s.pendingFrom === null ? [] : since(s.sentAt))),
    chatMs: stats.chatMs,
    chatUnansweredMs: students.flatMap((s) => [...s.chats.values()].flatMap(since)),
    refusals: stats.refusals,
    slowActs: stats.slow,
    stalls: stats.stalls,
    sent,
    received,
    finished: tables.filter((t) => t.console.view().game?.phase === 'finished').length,
    disconnects,
    windowMs: now - windowStart,
    cpuMs: { user: cpu.user / 1000, system: cpu.system / 1000 },
    eventLoopDelayMs: {
      p50: eventLoop.percentile(50) / 1e6,
      p99: eventLoop.percentile(99) / 1e6,
      max: eventLoop.max / 1e6,
    },
    rssMb: process.memoryUsage().rss / 1024 / 1024,
  };
}

async function stop(): Promise<void> {
  for (const s of tables.flatMap((t) => t.students)) if (s.chatTimer) clearTimeout(s.chatTimer);
  const all = tables.flatMap((t) => [t.console, ...t.students.map((s) => s.client)]);
  await withTimeout(Promise.all(all.map((c) => c.close())), 10_000, 'closing').catch(() => undefined);
  process.exit(0);
}

const fail = (error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  setTimeout(() => process.exit(1), 100);
};
process.on('unhandledRejection', fail);
ai.on('error', fail);
process.on('disconnect', () => process.exit(0));
process.on('message', (message: ToWorker) => {
  if (message.type === 'config') {
    config = message.config;
    rand = random(config.seed);
    joinAll().catch(fail);
  } else if (message.type === 'start') start();
  else if (message.type === 'steady') for (const s of tables.flatMap((t) => t.students)) chatSoon(s, true);
  else if (message.type === 'reset') {
    windowStart = performance.now();
    cpuAtStart = process.cpuUsage();
    stats = fresh();
    sent = { act: 0, chat: 0 };
    received = 0;
    disconnects = 0;
    eventLoop.reset();
  } else if (message.type === 'report') send({ type: 'report', report: report() });
  else if (message.type === 'stop') void stop();
});
