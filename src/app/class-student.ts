// A student's side of a classroom session: joining with a code and a name, then their seat at the
// table, played over the network. The seat's game runs in the same store and screens as the
// single-device game; only its engine is the room server (room-engine.ts). The seat token stays on
// the device, so a reload or a dropped connection comes back to the same seat.
import { compile } from '../engine/model.ts';
import type { Actor, Scenario } from '../engine/scenario.ts';
import { connectTable, type TableClient, type TableView } from '../net/table-client.ts';
import { buildDebrief } from '../state/debrief.ts';
import { forgetSeat, keepSeatToken, seatToken } from '../state/room-seats.ts';
import { memoryStorage } from '../state/storage.ts';
import { createGameStore, type GameStoreApi } from '../state/store.ts';
import { renderBriefing } from '../ui/briefing-screen.ts';
import { renderJoin } from '../ui/classroom/join-screen.ts';
import { renderRoomBar } from '../ui/classroom/room-bar.ts';
import { renderRoomChat } from '../ui/classroom/room-chat.ts';
import { startClockTicker } from '../ui/classroom/round-clock.ts';
import { renderDebrief } from '../ui/debrief.ts';
import { h } from '../ui/dom.ts';
import { workerEngine } from '../worker/engine-client.ts';
import { showGame } from './game-screen.ts';
import { lookupCode } from './room-api.ts';
import { localGame, roomEngine } from './room-engine.ts';
import type { Route, Router } from './router.ts';
import { setHeading, setState, showScreen } from './screen.ts';

const storage = () => window.localStorage;
const NAME_KEY = 'draftroom.room.name';
/** The name typed last time on this device (a blocked storage only loses the convenience). */
function seatName(): string {
  try {
    return storage().getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The seat this page is connected to, if any. */
interface Seat {
  readonly roomId: string;
  readonly client: TableClient;
  readonly scenario: Scenario;
  readonly me: Actor;
  readonly store: GameStoreApi;
  /** The student has read the briefing and asked for the table. */
  atTable: boolean;
  /** Asked for the table before the instructor started: it opens when the game arrives. */
  waitingForStart: boolean;
  /** When the student last sent a message, and why the server refused it, if it did. */
  chatSent: number;
  chatProblem: string | null;
}
let seat: Seat | null = null;

function problemsText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message || 'The room server refused the seat.';
}

export function showJoin(router: Router, code: string, problems: readonly string[] = []): void {
  const root = h('div', { id: 'join-root' });
  showScreen(root);
  setHeading('Join your class', 'Join your class — Draftroom');
  setState('setup');
  let tables: Parameters<typeof renderJoin>[1]['tables'] = null;
  let lookedUp = code;
  let typedName = seatName();
  const draw = (extra: { problems?: readonly string[]; busy?: boolean } = {}) =>
    renderJoin(root, {
      code: lookedUp,
      name: typedName,
      tables,
      problems: extra.problems ?? [],
      busy: extra.busy ?? false,
      onSubmit: (typed, name, roomId) => void submit(typed, name, roomId),
    });
  const submit = async (typed: string, name: string, picked: string | null) => {
    let roomId = picked;
    typedName = name;
    if (name.trim() === '')
      return draw({ problems: ['Type your name: the class sees it beside your actor.'] });
    draw({ busy: true });
    if (roomId === null) {
      const found = await lookupCode(typed);
      if (!found.ok) return draw({ problems: found.problems });
      lookedUp = typed.trim().toUpperCase();
      tables = found.value.tables;
      // One table: nothing to pick. Several: the student picks, then submits again.
      if (tables.length !== 1) return draw();
      roomId = tables[0]?.roomId ?? null;
    }
    if (roomId === null) return draw({ problems: ['That session has no tables.'] });
    try {
      storage().setItem(NAME_KEY, name.trim());
    } catch {
      // The name is only a convenience for next time.
    }
    const joined = await connect(roomId, { code: typed, name: name.trim() });
    if (typeof joined === 'string') return draw({ problems: [joined] });
    router.go({ screen: 'room', room: roomId });
  };
  draw({ problems });
}

/** Connects to a table, by seat token or by code and name; a sentence when it cannot. */
async function connect(
  roomId: string,
  join: { token: string } | { code: string; name: string },
): Promise<Seat | string> {
  let client: TableClient;
  try {
    client = await connectTable(window.location.origin, roomId, join, {
      onToken: (token) => keepSeatToken(storage(), roomId, token),
    });
  } catch (error) {
    return problemsText(error);
  }
  const view = client.view().status ? client.view() : await client.settled();
  const welcome = view.welcome;
  const scenario = welcome?.scenario;
  const me = scenario?.actors.find((a) => a.id === welcome?.actor);
  if (!welcome || !scenario || !me) {
    await client.close();
    return 'The table answered, but not with a seat for you.';
  }
  close();
  const model = compile(scenario);
  const local = workerEngine(scenario);
  const store = createGameStore({
    model,
    storage: memoryStorage(),
    engine: roomEngine(model, client, me.id, local),
    waitLabel: 'Waiting for the other delegations',
  });
  // One student, one seat: no hand-over cover; their brief was on the briefing screen.
  store.getState().reveal(me.id);
  seat = {
    roomId,
    client,
    scenario,
    me,
    store,
    atTable: false,
    waitingForStart: false,
    chatSent: Number.NEGATIVE_INFINITY,
    chatProblem: null,
  };
  const joined = seat;
  // A refusal just after a message is the message's (a move's refusal is the store's notice).
  client.onRefused((r) => {
    if (performance.now() - joined.chatSent > 5000 || seat !== joined) return;
    joined.chatProblem = `Not sent: ${r.reason}`;
    drawExtras(joined, client.view());
  });
  startClockTicker();
  return seat;
}

/** Leaves the table on this page (the seat stays the student's: the token is kept). */
export function close(): void {
  document.getElementById('room-extras')?.remove();
  if (!seat) return;
  void seat.client.close();
  seat = null;
}

export async function showRoom(router: Router, roomId: string): Promise<void> {
  if (seat?.roomId !== roomId) {
    const token = seatToken(storage(), roomId);
    if (!token)
      return showJoin(router, '', [
        'This device holds no seat at that table: join with the code your instructor shows.',
      ]);
    showScreen(h('p', { class: 'lede', role: 'status' }, 'Connecting to your table…'));
    const joined = await connect(roomId, { token });
    if (typeof joined === 'string') {
      if (/not yours|removed/i.test(joined)) forgetSeat(storage(), roomId);
      return showJoin(router, '', [joined]);
    }
  }
  const s = seat;
  if (!s) return;
  follow(router, s);
  if (s.atTable && s.store.getState().game) showTable(router, s);
  else showLobby(router, s);
}

/** Keeps the store and the table's extras in step with the server's views. */
const followed = new WeakSet<Seat>();
function follow(router: Router, s: Seat): void {
  if (followed.has(s)) return;
  followed.add(s);
  const update = (view: TableView) => {
    if (seat !== s) return;
    const game = view.game;
    const mine = s.store.getState().game;
    if (game && (!mine || mine.actions.length !== game.actions.length || mine.phase !== game.phase))
      s.store.getState().follow(localGame(game, s.me.id));
    drawExtras(s, view);
    if (s.waitingForStart && game) {
      s.waitingForStart = false;
      showTable(router, s);
    }
    if (view.closedBy === 4001) {
      forgetSeat(storage(), s.roomId);
      close();
      showJoin(router, '', ['The instructor removed you from that table.']);
    }
  };
  s.client.onChange(update);
  update(s.client.view());
}

function drawExtras(s: Seat, view: TableView): void {
  const holders = view.status?.holders ?? [];
  for (const id of ['lobby-bar', 'room-bar']) {
    const bar = document.getElementById(id);
    if (bar) renderRoomBar(bar, { scenario: s.scenario, me: s.me, view, atTable: s.atTable });
  }
  const chat = document.getElementById('room-chat');
  if (chat)
    renderRoomChat(chat, {
      scenario: s.scenario,
      me: s.me.id,
      entries: view.chat,
      holders,
      muted: holders.some((x) => x.actor === s.me.id && x.id === view.welcome?.holder && x.muted),
      onSend: (to, text) => {
        s.chatProblem = null;
        s.chatSent = performance.now();
        s.client.chat(to, text);
      },
      problem: s.chatProblem,
    });
}

function showLobby(router: Router, s: Seat): void {
  const bar = h('div', { id: 'lobby-bar', class: 'room-bar', role: 'status' });
  const briefing = h('div', { id: 'briefing-root' });
  showScreen(bar, briefing);
  setHeading(s.scenario.title, `Briefing — ${s.scenario.title} — Draftroom`);
  renderBriefing(briefing, s.scenario, s.me, {
    onReady: () => {
      s.atTable = true;
      if (s.store.getState().game) showTable(router, s);
      else {
        s.waitingForStart = true;
        drawExtras(s, s.client.view());
      }
    },
  });
  setState('briefing');
  drawExtras(s, s.client.view());
}

function showTable(router: Router, s: Seat): void {
  s.atTable = true;
  showGame(s.scenario, s.store, { onDebrief: () => showRoomDebrief(router, s) });
  // The classroom's own panel: who is here, the clock, the messages. Put in once.
  if (!document.getElementById('room-extras')) {
    const extras = h(
      'section',
      { id: 'room-extras', 'aria-label': 'Your class table' },
      h('div', { id: 'room-bar', class: 'room-bar', role: 'status' }),
      h('section', { id: 'room-chat', class: 'room-chat', 'aria-labelledby': 'room-chat-heading' }),
    );
    // In the side panel, under the turn and the progress bar: on a phone that is near the top.
    const progress = document.getElementById('progress');
    if (progress) progress.after(extras);
    else document.getElementById('panel')?.prepend(extras);
  }
  drawExtras(s, s.client.view());
}

function showRoomDebrief(router: Router, s: Seat): void {
  const game = s.client.view().game;
  if (game?.phase !== 'finished') return;
  const data = buildDebrief(compile(s.scenario), localGame(game, s.me.id), {
    date: new Date().toISOString().slice(0, 10),
  });
  const root = h('div');
  showScreen(root);
  renderDebrief(root, data, {
    onBack: () => showTable(router, s),
    onNewGame: () => router.go({ screen: 'title' } satisfies Route),
  });
  setState('debrief');
  document.getElementById('debrief-heading')?.focus();
}
