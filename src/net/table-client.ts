// A client's connection to a classroom table, for the browser and for tests alike. It keeps the
// latest view (the server's full view, then its patches), and when the connection drops, or the
// server restarts, it joins again with its seat token by itself, with growing pauses, until it is
// back or closed. A client never changes the game itself: it asks, and the server answers.
import { Client, type Room } from '@colyseus/sdk';
import type { GameState } from '../engine/negotiation/types.ts';
import type { ChatEntry, JoinOptions, Refusal, ServerMessages, TableStatus, Welcome } from './protocol.ts';
import { applyViewPatch } from './view-patch.ts';

export interface TableView {
  readonly welcome: Welcome | null;
  readonly game: GameState | null;
  readonly status: TableStatus | null;
  readonly chat: readonly ChatEntry[];
  /** False while the connection is being made again. */
  readonly connected: boolean;
  /** Set when the server closed this seat for good (removed by the instructor: 4001); null otherwise. */
  readonly closedBy: number | null;
}

export interface TableClientOptions {
  /** Called with a newly issued seat token, to keep on the device. */
  readonly onToken?: (token: string) => void;
  /** Pauses between attempts to join again, in ms: first and largest. */
  readonly retry?: { readonly first: number; readonly max: number };
}

export interface TableClient {
  view(): TableView;
  /** Called after every change of the view. */
  onChange(listener: (view: TableView) => void): () => void;
  onRefused(listener: (refusal: Refusal) => void): () => void;
  act(round: number, action: Record<string, unknown>): void;
  chat(to: readonly string[], text: string): void;
  command(message: Record<string, unknown>): void;
  /** Sends any message as is (tests use it to send what a broken or hostile client would). */
  raw(type: string, message: unknown): void;
  /** Resolves once the next view or patch has arrived. */
  settled(): Promise<TableView>;
  close(): Promise<void>;
}

// Closed on purpose: by the client, by the server removing the student, or because the seat is gone.
const FINAL_CLOSE_CODES = new Set([1000, 4000, 4001]);

export async function connectTable(
  endpoint: string,
  roomId: string,
  join: JoinOptions,
  options: TableClientOptions = {},
): Promise<TableClient> {
  const sdk = new Client(endpoint);
  const retry = options.retry ?? { first: 250, max: 5000 };
  let view: TableView = {
    welcome: null,
    game: null,
    status: null,
    chat: [],
    connected: false,
    closedBy: null,
  };
  let token: string | null = 'token' in join ? join.token : null;
  let room: Room | null = null;
  let closed = false;
  const listeners = new Set<(view: TableView) => void>();
  const refusedListeners = new Set<(refusal: Refusal) => void>();
  let waiters: Array<(view: TableView) => void> = [];
  const change = (next: TableView) => {
    view = next;
    for (const l of listeners) l(view);
    const ready = waiters;
    waiters = [];
    for (const w of ready) w(view);
  };

  const wire = (r: Room) => {
    r.onMessage('welcome', (w: Welcome) => {
      if (w.token) {
        token = w.token;
        options.onToken?.(w.token);
      }
      change({ ...view, welcome: w, connected: true });
    });
    r.onMessage('view', (m: ServerMessages['view']) =>
      change({ ...view, game: m.game, status: m.status, chat: m.chat }),
    );
    r.onMessage('patch', (m: ServerMessages['patch']) =>
      change({
        ...view,
        game: m.game && view.game ? applyViewPatch(view.game, m.game) : view.game,
        status: m.status ?? view.status,
      }),
    );
    r.onMessage('chat', (entry: ChatEntry) => change({ ...view, chat: [...view.chat, entry] }));
    r.onMessage('refused', (refusal: Refusal) => {
      for (const l of refusedListeners) l(refusal);
    });
    r.onLeave((code: number) => {
      room = null;
      if (closed || FINAL_CLOSE_CODES.has(code)) {
        change({ ...view, connected: false, closedBy: closed ? null : code });
        return;
      }
      change({ ...view, connected: false });
      void rejoin();
    });
  };

  const joinOnce = async (): Promise<void> => {
    const r = await sdk.joinById(roomId, token ? { token } : join);
    r.reconnection.enabled = false;
    wire(r);
    room = r;
  };

  const rejoin = async (): Promise<void> => {
    let pause = retry.first;
    while (!closed && !room) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      if (closed) return;
      try {
        await joinOnce();
      } catch {
        pause = Math.min(retry.max, pause * 2);
      }
    }
  };

  // Joined once the server has said who we are and sent the whole view.
  const first = new Promise<TableView>((resolve) => waiters.push(resolve));
  await joinOnce();
  await first;
  const send = (type: string, message: unknown) => room?.send(type, message);
  return {
    view: () => view,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onRefused(listener) {
      refusedListeners.add(listener);
      return () => refusedListeners.delete(listener);
    },
    act: (round, action) => send('act', { round, action }),
    chat: (to, text) => send('chat', { to, text }),
    command: (message) => send('console', message),
    raw: send,
    settled: () => new Promise((resolve) => waiters.push(resolve)),
    async close() {
      closed = true;
      await room?.leave(true);
    },
  };
}
