// The instructor's side of a classroom session: creating it, the console over all its tables, and
// the class debrief with its exports. The console token arrives once in the secret link and is then
// kept on the device; the address shown (on a projector) never carries it.

import { sortByActor } from '../engine/display-order.ts';
import { compile } from '../engine/model.ts';
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import { makeSave } from '../engine/negotiation/save.ts';
import type { GameState } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import { connectTable, type TableClient, type TableView } from '../net/table-client.ts';
import {
  classDebriefMarkdown,
  scoresCsv,
  summariseTable,
  type TableSummary,
} from '../state/class-debrief.ts';
import { consoleToken, keepConsoleToken } from '../state/room-seats.ts';
import { currentAssessment } from '../state/selectors.ts';
import { renderClassDebrief } from '../ui/classroom/class-debrief-screen.ts';
import { renderClassSetup } from '../ui/classroom/class-setup-screen.ts';
import { renderConsole, tableNewsForm } from '../ui/classroom/console-screen.ts';
import { renderConsoleTable } from '../ui/classroom/console-table.ts';
import { renderRoomChat } from '../ui/classroom/room-chat.ts';
import { startClockTicker } from '../ui/classroom/round-clock.ts';
import { h } from '../ui/dom.ts';
import { downloadText } from '../ui/download.ts';
import { workerEngine } from '../worker/engine-client.ts';
import { createSession, listScenarios, sessionInfo } from './room-api.ts';
import type { Router } from './router.ts';
import { setHeading, setState, showScreen } from './screen.ts';
import { fileName, loadAllShipped, shippedScenarios } from './shipped.ts';

const storage = () => window.localStorage;
/** The default scenario (the same as the title page's). */
const DEFAULT_FILE = 'gaza-isf-2025.yaml';

/** The session whose tables this page is connected to. */
interface ConsoleSession {
  readonly session: string;
  readonly code: string;
  readonly clients: readonly TableClient[];
  readonly scenario: Scenario;
}
let open: ConsoleSession | null = null;

export function closeConsole(): void {
  for (const c of open?.clients ?? []) void c.close();
  open = null;
}

export async function showClassSetup(router: Router): Promise<void> {
  const root = h('div', { id: 'class-root' });
  showScreen(root);
  setHeading('Run a class', 'Run a class — Draftroom');
  setState('setup');
  await loadAllShipped();
  const offered = await listScenarios();
  // The default scenario first, then the title screen's order; the server's own files decide what is offered.
  const served = new Set(offered.ok ? offered.value : []);
  const known = shippedScenarios()
    .map((s) => ({ file: fileName(s.key), title: s.title }))
    .sort((a, b) => Number(b.file === DEFAULT_FILE) - Number(a.file === DEFAULT_FILE));
  const scenarios = [
    ...known.filter((s) => served.has(s.file)),
    ...[...served].filter((f) => !known.some((s) => s.file === f)).map((file) => ({ file, title: file })),
  ];
  const draw = (problems: readonly string[], busy = false) =>
    renderClassSetup(root, {
      scenarios,
      problems,
      busy,
      onBack: () => router.go({ screen: 'title' }),
      onPlanProblem: (problem) => draw([problem]),
      onCreate: (request) =>
        void (async () => {
          draw([], true);
          const made = await createSession(request);
          if (!made.ok) return draw(made.problems);
          keepConsoleToken(storage(), made.value.session, made.value.consoleToken);
          router.go({ screen: 'console', session: made.value.session });
        })(),
    });
  draw(offered.ok ? [] : offered.problems);
}

function noConsole(router: Router, problem: string): void {
  const back = h('button', { type: 'button' }, 'Back to the title');
  back.addEventListener('click', () => router.go({ screen: 'title' }));
  showScreen(h('div', { class: 'problems', role: 'alert' }, h('p', {}, problem)), back);
  setState('problems');
}

/** Connects the console to every table of the session (once per page). */
async function openSession(session: string): Promise<ConsoleSession | string> {
  if (open?.session === session) return open;
  closeConsole();
  const token = consoleToken(storage(), session);
  if (!token)
    return 'This device has no console link for that session. Open the secret console link you were given when you created it.';
  const info = await sessionInfo(session, token);
  if (!info.ok) return info.problems.join(' ');
  const clients: TableClient[] = [];
  try {
    for (const roomId of info.value.tables)
      clients.push(await connectTable(window.location.origin, roomId, { token }));
  } catch (error) {
    for (const c of clients) void c.close();
    return `A table of the session could not be reached: ${error instanceof Error ? error.message : String(error)}`;
  }
  const scenario = clients[0]?.view().welcome?.scenario;
  if (!scenario) return 'The tables answered, but without their scenario.';
  open = { session, code: info.value.code, clients, scenario };
  return open;
}

/** Commands the session's buttons send only to the tables they apply to, so nothing is refused. */
const APPLIES: Record<string, (v: TableView) => boolean> = {
  start: (v) => v.status?.stage === 'lobby',
  pause: (v) => v.status?.stage === 'playing' && v.game?.phase !== 'finished',
  resume: (v) => v.status?.stage === 'paused',
};

export async function showConsole(router: Router, session: string, token?: string): Promise<void> {
  if (token) {
    keepConsoleToken(storage(), session, token);
    // The secret stays on the device, not in the address bar on the projector.
    return router.go({ screen: 'console', session }, { replace: true });
  }
  showScreen(h('p', { class: 'lede', role: 'status' }, 'Connecting to the tables…'));
  setState('setup');
  const s = await openSession(session);
  if (typeof s === 'string') return noConsole(router, s);
  const root = h('div', { id: 'console-root' });
  showScreen(root);
  setHeading(s.scenario.title, `Console — ${s.scenario.title} — Draftroom`);
  setState('console');
  const cards = renderConsole(root, {
    title: s.scenario.title,
    code: s.code,
    joinLink: `${window.location.origin}${window.location.pathname}#/join/${s.code}`,
    tables: s.clients.length,
    consoleLink: `${window.location.origin}${window.location.pathname}#/console/${session}/${consoleToken(storage(), session) ?? ''}`,
    onCommandAll: (message) => {
      const applies = APPLIES[String(message.command)];
      for (const c of s.clients) if (!applies || applies(c.view())) c.command(message);
    },
    onDebrief: () => router.go({ screen: 'class-debrief', session }),
  });
  const outlooks = outlookQueue(s.scenario);
  startClockTicker();
  s.clients.forEach((client, i) => {
    const card = cards[i];
    if (!card) return;
    const body = h('div');
    const messages = h('div');
    const chat = h(
      'details',
      { class: 'console-chat' },
      h('summary', {}, 'Messages at this table'),
      messages,
    );
    chat.append(
      tableNewsForm({ actors: sortByActor(s.scenario, s.scenario.actors, (a) => a.id) }, i + 1, (text, to) =>
        client.command({ command: 'news', text, ...(to.length > 0 ? { to } : {}) }),
      ),
    );
    card.replaceChildren(body, chat);
    let booked = false;
    /** The server's last refusal of a console command at this table, shown until the next command. */
    let refusal: string | null = null;
    client.onRefused((r) => {
      refusal = r.reason;
      draw();
    });
    const draw = () => {
      booked = false;
      if (open !== s || !card.isConnected) return;
      const v = client.view();
      renderConsoleTable(body, {
        scenario: s.scenario,
        status: v.status,
        game: v.game,
        connected: v.connected,
        assessment: v.game ? currentAssessment(s.scenario, v.game) : null,
        outlook: v.game ? outlooks.get(v.game, draw) : null,
        onCommand: (message) => {
          refusal = null;
          client.command(message);
        },
        refusal,
      });
      renderRoomChat(messages, {
        scenario: s.scenario,
        me: null,
        entries: v.chat,
        holders: v.status?.holders ?? [],
        muted: false,
        onSend: () => {},
      });
    };
    // Several patches can arrive in one frame (the AI's moves): one drawing per frame.
    client.onChange(() => {
      if (booked) return;
      booked = true;
      requestAnimationFrame(draw);
    });
    draw();
  });
}

/**
 * The ceasefire outlook of each table's text, computed in one engine worker, one table at a time
 * (a newer request of the same kind would cancel an older one): the same numbers the students see.
 */
function outlookQueue(scenario: Scenario) {
  const engine = workerEngine(scenario);
  const known = new Map<string, CeasefireOutlook>();
  const waiting = new Map<string, { game: GameState; then: () => void }>();
  let running = false;
  const keyOf = (game: GameState) => JSON.stringify([game.text, game.shifts]);
  const run = async () => {
    if (running) return;
    running = true;
    for (let next = waiting.entries().next(); !next.done; next = waiting.entries().next()) {
      const [key, job] = next.value;
      waiting.delete(key);
      try {
        known.set(key, await engine.outlook(job.game));
        job.then();
      } catch {
        // A failed outlook leaves "computing…"; the next change of text asks again.
      }
    }
    running = false;
  };
  return {
    get(game: GameState, then: () => void): CeasefireOutlook | null {
      const key = keyOf(game);
      const done = known.get(key);
      if (done) return done;
      waiting.set(key, { game, then });
      void run();
      return null;
    },
  };
}

export async function showClassDebrief(router: Router, session: string): Promise<void> {
  showScreen(h('p', { class: 'lede', role: 'status' }, 'Gathering the tables…'));
  const s = await openSession(session);
  if (typeof s === 'string') return noConsole(router, s);
  const summaries: TableSummary[] = s.clients.map((c, index) =>
    summariseTable(s.scenario, { index, game: c.view().game, holders: c.view().status?.holders ?? [] }),
  );
  const root = h('div', { id: 'class-debrief-root' });
  showScreen(root);
  setHeading(s.scenario.title, `Class debrief — ${s.scenario.title} — Draftroom`);
  setState('debrief');
  const model = compile(s.scenario);
  renderClassDebrief(root, {
    scenario: s.scenario,
    code: s.code,
    tables: summaries,
    onBack: () => router.go({ screen: 'console', session }),
    onMarkdown: () =>
      downloadText(
        `class-debrief-${s.code}.md`,
        classDebriefMarkdown(s.scenario, s.code, summaries),
        'text/markdown',
      ),
    onCsv: () => downloadText(`scores-${s.code}.csv`, scoresCsv(s.code, summaries), 'text/csv'),
    onSave: (table) => {
      const game = s.clients[table]?.view().game;
      if (game)
        downloadText(
          `table-${table + 1}-${s.code}.json`,
          JSON.stringify(makeSave(model, game), null, 2),
          'application/json',
        );
    },
    onPrint: () => window.print(),
  });
}
