// The negotiation game's vocabulary: set-up, actions, state. All plain, serialisable data, so a
// game is its set-up plus its list of actions (a save file), and the same reducer can run in the
// browser, the command line and, later, a classroom server.

import type { ActorId, EventId, IssueId, OptionId } from '../ids.ts';
import type { CeasefireOutlook } from '../montecarlo.ts';
import type { Draft } from '../scenario.ts';
import type { VoteOutcome } from '../vote.ts';

export const SEAT_KINDS = ['human', 'ai'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface GameSetup {
  /** Who plays each actor; every actor of the scenario has an entry. */
  readonly seats: Readonly<Record<ActorId, SeatKind>>;
  readonly rounds: number;
  readonly seed: number;
  readonly difficulty: Difficulty;
}

export interface Change {
  readonly issue: IssueId;
  readonly option: OptionId;
}

/** At most this many clause changes in one amendment or one side of a trade. */
export const MAX_CHANGES = 3;

export type Action =
  /** Propose an amendment to the text on the table (ends the turn). */
  | {
      readonly type: 'propose';
      readonly seat: ActorId;
      readonly changes: readonly Change[];
      readonly reason?: string;
    }
  /**
   * Offer a trade (ends the turn): the offerer backs `give` (changes the others want) in return for
   * `ask` (changes it wants). Accepted by everyone in `to`, both become one joint amendment; with
   * `voteYes`, each accepting Council member commits to vote yes if the final text contains them.
   */
  | {
      readonly type: 'offer';
      readonly seat: ActorId;
      readonly to: readonly ActorId[];
      readonly give: readonly Change[];
      readonly ask: readonly Change[];
      readonly voteYes: boolean;
      readonly reason?: string;
    }
  /** Accept or reject an offer made to you (any time while it is open; does not end the turn). */
  | {
      readonly type: 'respond';
      readonly seat: ActorId;
      readonly offer: number;
      readonly accept: boolean;
      readonly reason?: string;
    }
  /** Reject an offer and make a new one back to its author (ends nothing; counts as your offer). */
  | {
      readonly type: 'counter';
      readonly seat: ActorId;
      readonly offer: number;
      readonly give: readonly Change[];
      readonly ask: readonly Change[];
      readonly voteYes: boolean;
      readonly reason?: string;
    }
  /** Withdraw one of your open offers. */
  | { readonly type: 'withdraw'; readonly seat: ActorId; readonly offer: number }
  /** Do nothing this turn (ends the turn). */
  | { readonly type: 'pass'; readonly seat: ActorId; readonly reason?: string }
  /** The pen holder, after each round: which of the round's amendments enter the text. */
  | {
      readonly type: 'decide';
      readonly seat: ActorId;
      readonly adopt: readonly number[];
      readonly reason?: string;
    };

/**
 * What the chair of the game does (the instructor in a classroom, the player at home), for no seat:
 * call the vote now on the text on the table, or fire one of the scenario's events now (an inject).
 */
export type ChairAction =
  | { readonly type: 'call-vote'; readonly reason?: string }
  | { readonly type: 'inject'; readonly event: EventId; readonly reason?: string };

/** Everything a game's log holds: the seats' moves and the chair's. */
export type GameAction = Action | ChairAction;

/** A seat's move (every action but the chair's has a seat). */
export const isSeatAction = (action: GameAction): action is Action => 'seat' in action;

export type ActionType = Action['type'];

export type GameErrorCode =
  | 'bad-action'
  | 'game-over'
  | 'wrong-phase'
  | 'not-your-turn'
  | 'unknown-actor'
  | 'unknown-clause'
  | 'unknown-option'
  | 'no-change'
  | 'too-many-changes'
  | 'same-clause-twice'
  | 'unknown-offer'
  | 'offer-closed'
  | 'not-addressed'
  | 'not-your-offer'
  | 'not-pen-holder'
  | 'unknown-amendment'
  | 'unknown-event'
  | 'event-fired';

export interface GameError {
  readonly code: GameErrorCode;
  readonly message: string;
}

export interface Amendment {
  readonly id: number;
  readonly round: number;
  readonly by: ActorId;
  /** Co-sponsors: the actors who accepted the trade it came from. */
  readonly with: readonly ActorId[];
  readonly changes: readonly Change[];
  readonly status: 'pending' | 'adopted' | 'rejected';
}

export interface Offer {
  readonly id: number;
  readonly round: number;
  readonly from: ActorId;
  readonly to: readonly ActorId[];
  readonly give: readonly Change[];
  readonly ask: readonly Change[];
  readonly voteYes: boolean;
  readonly accepted: readonly ActorId[];
  readonly status: 'open' | 'accepted' | 'rejected' | 'withdrawn' | 'expired';
}

export interface Commitment {
  readonly by: ActorId;
  readonly offer: number;
  readonly changes: readonly Change[];
}

export interface LogEntry {
  readonly step: number;
  readonly round: number;
  /**
   * The seat's action, or a happening of the game itself: an event (drawn between rounds, or fired by
   * the chair's inject), a round's start, the vote (and the chair calling it).
   */
  readonly kind: ActionType | 'event' | 'round-start' | 'vote';
  readonly actor: ActorId | null;
  /** One sentence a student can read: what happened and why. */
  readonly text: string;
  /** Which scenario event fired (an `event` entry). */
  readonly event?: EventId;
}

export interface Score {
  readonly actor: ActorId;
  /** Acceptance of the final text, as the final vote saw it. */
  readonly acceptance: number;
  /** Acceptance of the opening draft, under the same events' shifts as the final text. */
  readonly opening: number;
  /** The best acceptance of a text the Council would adopt, as far as the engine's search finds. */
  readonly best: number;
  /** Share of the achievable gain (best − opening) the seat got, 0–100. */
  readonly gain: number;
  readonly adoption: number;
  readonly survival: number;
  readonly total: number;
}

export interface GameResult {
  readonly text: Draft;
  readonly vote: VoteOutcome;
  readonly commitmentsHonoured: readonly ActorId[];
  readonly groundConsent: { readonly holds: boolean; readonly blockers: readonly ActorId[] };
  readonly ground: Readonly<Record<ActorId, string>>;
  readonly ceasefire: CeasefireOutlook;
  readonly scores: readonly Score[];
  readonly landingZone: Draft;
}

export type Phase = 'negotiating' | 'deciding' | 'finished';

export interface GameState {
  readonly setup: GameSetup;
  readonly phase: Phase;
  readonly round: number;
  /** Index into `order` of the actor whose turn it is (negotiating phase). */
  readonly turn: number;
  readonly order: readonly ActorId[];
  readonly text: Draft;
  readonly amendments: readonly Amendment[];
  readonly offers: readonly Offer[];
  readonly commitments: readonly Commitment[];
  /** Utility shifts from scenario events that fired between rounds, per actor. */
  readonly shifts: Readonly<Record<ActorId, number>>;
  /** Acceptance of every actor at the start and after each round (debrief trajectories). */
  readonly trajectory: ReadonlyArray<Readonly<Record<ActorId, number>>>;
  readonly log: readonly LogEntry[];
  /** Every action applied so far, in order: with the set-up, it is the whole game. */
  readonly actions: readonly GameAction[];
  readonly result: GameResult | null;
}
