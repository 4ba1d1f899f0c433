// What `npm run bench:server` measured and how, as its JSON says it: the words beside the figures.
export interface Settings {
  readonly students: number;
  readonly workerCount: number;
  readonly pin: boolean;
  readonly scenario: string;
  readonly rounds: number;
  readonly fromRound: number;
  readonly thinkMs: readonly [number, number];
  readonly chatMs: readonly [number, number];
  readonly warmupMs: number;
  readonly windowMs: number;
  readonly targetMs: number;
}

const seconds = ([lo, hi]: readonly [number, number]) => `${lo / 1000}–${hi / 1000} s`;
const mean = ([lo, hi]: readonly [number, number]) => (lo + hi) / 2;

export function describe(s: Settings) {
  return {
    what: `the room server (src/server/main.ts) in its own process; ${s.students} simulated students and one console per room over real WebSockets on 127.0.0.1; the largest number of rooms with the p99 round trip of a move at most ${s.targetMs} ms`,
    clientsOnSameMachine: `yes: the students and consoles run in ${s.workerCount} client processes on the same machine as the server${s.pin ? ' (server pinned to CPU 0, clients to CPU 1)' : ', sharing its cores'}; the server's CPU and memory are its own process's alone`,
    method: {
      server:
        'node src/server/main.ts (Node 24) in its own process: 127.0.0.1, port 0, a fresh SQLite file per step; stopped by its pid after each step',
      rooms: `one session of one table per room (${s.scenario}, ${s.rounds} rounds, normal), each with ${s.students} students who join with the code and a name (25 seats: the rest join teams) and the instructor's console`,
      play: `the first member of each team moves for its seat as the engine's AI would (moveFor, tests/support/room-players.ts; chosen in a thread beside the connections, while the student thinks) when the seat is awaited: at once until round ${s.fromRound}, then after thinking ${seconds(s.thinkMs)} (uniform); from round ${s.fromRound} every student also sends a private message to another seat every ${seconds(s.chatMs)}`,
      clients:
        'connectTable (src/net/table-client.ts, @colyseus/sdk) per student and console, keeping its own view and applying each patch; messages decoded as in a browser (msgpackr without its native string extractor, MSGPACKR_NATIVE_ACCELERATION_DISABLED)',
      window: `after ${s.warmupMs / 1000} s at that pace, ${s.windowMs / 1000} s measured`,
      roundTrip:
        "from the client's `act` to the patch that holds the move (or the refusal), in the client's process; moves unanswered at the window's end count with their age",
      memory:
        "server RSS (/proc/PID/status VmRSS) once started, with the rooms open, after the window; per room: the growth over the started server's, divided by the rooms",
      cpu: "server utime+stime (/proc/PID/stat) over the window, in % of one core (the server's JavaScript runs on one core)",
      limits:
        "the clients share the 2 cores with the server (and with whatever else runs: machine.othersPercent), so their own delays (decoding, garbage collection: slowMoves.clientStalls) are in the round trips; on loopback the kernel time of sending (the server's systemPercent) holds part of the clients' receiving; no network latency; one scenario; the window covers the start of round 3 of 4 (a game state of ~57–67 KB; 100 KB by the vote); SQLite on the local disk",
    },
    load: {
      studentsPerRoom: s.students,
      consolesPerRoom: 1,
      perRoom: {
        movesPerSecond: Math.round(100_000 / mean(s.thinkMs)) / 100,
        chatPerSecond: Math.round((100_000 * s.students) / mean(s.chatMs)) / 100,
      },
      rateLimit: 'a burst of 20 messages, then 5/s per client: a student sends under 1/s',
    },
  };
}
