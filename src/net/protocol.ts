// What a classroom client and the room server say to each other. Every message a client sends is
// untrusted: the server checks it against these schemas (zod) before anything else, then checks the
// sender's seat, then the rules of the game (readAction and applyAction). A refusal carries a reason
// a student can read, and changes nothing.
import { z } from 'zod';
import type { GameState } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { ViewPatch } from './view-patch.ts';

/** Longest chat message or news item, in characters: a paragraph, not a document. */
export const MAX_CHAT_CHARS = 1000;
/** Longest reason attached to a move: a pen holder explaining each of a round's amendments needs a page. */
export const MAX_REASON_CHARS = 8000;
/** Longest display name. */
export const MAX_NAME_CHARS = 40;
/** The round clock's limit, in seconds: from a second (tests) to an hour. */
export const MIN_CLOCK_SECONDS = 1;
export const MAX_CLOCK_SECONDS = 3600;

const displayName = z
  .string()
  .trim()
  .min(1, 'type a name')
  .max(MAX_NAME_CHARS, `a name has at most ${MAX_NAME_CHARS} characters`);

/** How a client joins a table: with its seat token, the console token, or a join code and a name. */
export const joinOptions = z.union([
  z.object({ token: z.string().min(16).max(128) }).strict(),
  z
    .object({
      code: z.string().min(4).max(16),
      name: displayName,
      actor: z.string().max(64).optional(),
    })
    .strict(),
]);
export type JoinOptions = z.infer<typeof joinOptions>;

/** A move in the game. `round` is the round the player is acting in: a move for a finished round is refused. */
export const actMessage = z
  .object({
    round: z.number().int().min(1).max(20),
    action: z.record(z.string(), z.unknown()).refine((a) => {
      const reason = (a as { reason?: unknown }).reason;
      return reason === undefined || (typeof reason === 'string' && reason.length <= MAX_REASON_CHARS);
    }, `a reason has at most ${MAX_REASON_CHARS} characters`),
  })
  .strict();

/** A private message to some seats (never to everyone: the instructor broadcasts). */
export const chatMessage = z
  .object({
    to: z.array(z.string().max(64)).min(1).max(40),
    text: z.string().trim().min(1).max(MAX_CHAT_CHARS),
  })
  .strict();

/** The instructor's commands; only the console token may send them. */
export const consoleMessage = z.discriminatedUnion('command', [
  z.object({ command: z.enum(['start', 'pause', 'resume', 'end']) }).strict(),
  z
    .object({
      command: z.literal('news'),
      text: z.string().trim().min(1).max(MAX_CHAT_CHARS),
      to: z.array(z.string().max(64)).max(40).optional(),
    })
    .strict(),
  z.object({ command: z.enum(['mute', 'unmute', 'remove']), holder: z.string().max(64) }).strict(),
  /** The time each round has from now on (this round's from now); null: no clock. */
  z
    .object({
      command: z.literal('clock'),
      seconds: z.number().int().min(MIN_CLOCK_SECONDS).max(MAX_CLOCK_SECONDS).nullable(),
    })
    .strict(),
  /** The vote now, on the text on the table (the engine's call-vote). */
  z.object({ command: z.literal('call-vote') }).strict(),
  /** One of the scenario's events now, by its id (the engine's inject). */
  z.object({ command: z.literal('inject'), event: z.string().min(1).max(64) }).strict(),
]);
export type ConsoleMessage = z.infer<typeof consoleMessage>;

/** The message types a client may send, and the schema of each. */
export const CLIENT_MESSAGES = { act: actMessage, chat: chatMessage, console: consoleMessage } as const;
export type ClientMessageType = keyof typeof CLIENT_MESSAGES;

/** Why a message was refused, by kind: counted per table, shown to the instructor. */
export const REFUSAL_KINDS = [
  'malformed',
  'wrong-seat',
  'not-console',
  'stale',
  'rules',
  'flood',
  'muted',
  'not-started',
  'paused',
  'ended',
  /** The server could not store it (its storage failing): nothing changed, try again. */
  'not-stored',
] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];

export interface Refusal {
  readonly kind: RefusalKind;
  /** A sentence for the person who sent it. */
  readonly reason: string;
}

/** Someone holding a seat (a student), as the table shows them: no token. */
export interface HolderView {
  readonly id: string;
  readonly name: string;
  readonly actor: string;
  readonly muted: boolean;
  readonly removed: boolean;
  readonly connected: boolean;
  /** Moves this student made for their seat (a team's members each count their own). */
  readonly moves: number;
  /** The game step of their last move (the 1-based index in the game's actions), or null. */
  readonly lastMove: number | null;
}

export interface ChatEntry {
  readonly at: number;
  /** The sending seat's actor, or null for the instructor. */
  readonly from: string | null;
  /** The holder who wrote it (a team shares an actor), or null for the instructor. */
  readonly by: string | null;
  /** Empty: everyone (only the instructor sends to everyone). */
  readonly to: readonly string[];
  readonly text: string;
  readonly news: boolean;
}

/**
 * The round clock. While it runs, `deadline` is when the round's time runs out (epoch ms, the
 * server's clock): then every human seat still to move in the round is passed (a pen holder still to
 * decide keeps the text as it is). While the table is paused the clock stands, and `remaining` holds
 * what the round has left.
 */
export interface RoundClock {
  /** The limit per round, in seconds; null: no clock. */
  readonly seconds: number | null;
  /** When this round's time runs out (epoch ms), while the clock runs; otherwise null. */
  readonly deadline: number | null;
  /** While paused: the milliseconds this round had left; otherwise null. */
  readonly remaining: number | null;
}

/** What the table is doing, beside the game itself. */
export interface TableStatus {
  readonly session: string;
  readonly table: number;
  readonly title: string;
  readonly stage: 'lobby' | 'playing' | 'paused' | 'ended';
  readonly holders: readonly HolderView[];
  readonly clock: RoundClock;
  /** Refused messages by kind: sent to the instructor's console only. */
  readonly refused?: Readonly<Record<RefusalKind, number>>;
  /** Events in the table's stored log. */
  readonly events: number;
}

/** The first message after joining, and after every reconnection. */
export interface Welcome {
  readonly role: 'seat' | 'console';
  /** The seat's actor (a student), or null (the console). */
  readonly actor: string | null;
  readonly holder: string | null;
  /** The token to rejoin with: kept on the device. Sent only when the seat was just taken. */
  readonly token?: string;
  readonly scenarioHash: string;
  /** The table's scenario, without the other seats' private briefings. */
  readonly scenario: Scenario;
}

/** Server to client: the whole view (after joining), or a patch on the last one sent. */
export type ServerMessages = {
  welcome: Welcome;
  view: {
    readonly version: number;
    readonly game: GameState | null;
    readonly status: TableStatus;
    /** The messages this client may read, oldest first. */
    readonly chat: readonly ChatEntry[];
  };
  /** `status` only when it changed. */
  patch: { readonly version: number; readonly game: ViewPatch | null; readonly status?: TableStatus };
  chat: ChatEntry;
  refused: Refusal;
};
