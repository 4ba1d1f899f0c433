// The shape of a finished game's debrief (src/state/debrief.ts builds it): plain, serialisable data
// whose JSON is the debrief export. Percentages and scores are on 0–100 with one decimal.
import type { ActorId, IssueId, OptionId } from '../engine/ids.ts';
import type { SaveFile } from '../engine/negotiation/save.ts';
import type { SCORE_WEIGHTS } from '../engine/negotiation/scores.ts';
import type { Difficulty, LogEntry, SeatKind } from '../engine/negotiation/types.ts';

export const DEBRIEF_FORMAT = 'draftroom-debrief';
/** 2: seats are scored on their share of the achievable gain (opening, best, gain, why). */
export const DEBRIEF_VERSION = 2;

export interface DebriefStamp {
  readonly engine: string;
  readonly scenario: {
    readonly id: string;
    readonly title: string;
    readonly hash: string;
    readonly asOf: string;
  };
  readonly seed: number;
  readonly rounds: number;
  readonly difficulty: Difficulty;
  readonly humanSeats: number;
  readonly aiSeats: number;
  /** Actions in the game (its length as a save file). */
  readonly moves: number;
  /** The day the debrief was made (YYYY-MM-DD), given by the caller. */
  readonly date: string;
}

export interface DebriefSeat {
  readonly rank: number;
  readonly actor: ActorId;
  readonly name: string;
  readonly short: string;
  readonly player: SeatKind;
  readonly council: 'permanent' | 'elected' | 'none';
  readonly vote: 'yes' | 'no' | 'abstain' | null;
  /** Declared stance of a party on the ground; null for everyone else. */
  readonly ground: string | null;
  /** Acceptance of the final text. */
  readonly acceptance: number;
  /** Acceptance of the opening draft, under the same events' shifts. */
  readonly opening: number;
  /** The best acceptance of a text the Council would adopt, as far as the engine's search finds. */
  readonly best: number;
  /** Share of the achievable gain (best − opening) the seat got, 0–100. */
  readonly gain: number;
  readonly adoption: number;
  readonly survival: number;
  readonly total: number;
  /** The score in one sentence, names not ids. */
  readonly why: string;
  readonly amendmentsProposed: number;
  readonly amendmentsAdopted: number;
}

export interface DebriefHeadline {
  readonly adopted: boolean;
  readonly yes: readonly ActorId[];
  readonly no: readonly ActorId[];
  readonly abstain: readonly ActorId[];
  readonly vetoes: readonly ActorId[];
  readonly pivotal: readonly ActorId[];
  readonly needed: number;
  readonly groundHolds: boolean;
  readonly groundBlockers: readonly ActorId[];
  readonly commitmentsHonoured: readonly ActorId[];
  readonly ceasefire: {
    readonly method: 'analytic' | 'monte-carlo';
    readonly runs: number;
    /** Chance (percent) the ceasefire collapses within 12 months (or the horizon, if shorter). */
    readonly collapse12: number;
    readonly collapse12Ci95: readonly [number, number];
    readonly horizonMonths: number;
    readonly collapseAtHorizon: number;
    readonly medianMonth: number | null;
    /** Chance (percent) of collapse by the end of each month, month 1 first. */
    readonly collapseByMonth: readonly number[];
  };
  readonly landingSame: number;
  readonly clauses: number;
  /** One sentence a class can read aloud. */
  readonly summary: string;
}

export interface DebriefSeries {
  readonly actor: ActorId;
  readonly short: string;
  readonly player: SeatKind;
  readonly values: readonly number[];
}

export interface ClauseText {
  readonly option: OptionId;
  readonly label: string;
  /** Operative paragraph number in that text; null when the option adds no paragraph. */
  readonly paragraph: number | null;
  readonly text: string;
}

export interface DebriefClause {
  readonly issue: IssueId;
  readonly title: string;
  readonly final: ClauseText;
  readonly landing: ClauseText;
  readonly differs: boolean;
  readonly fromOpening: boolean;
  /** The adopted amendment that last set this clause; null when the opening text stands. */
  readonly setBy: {
    readonly amendment: number;
    readonly round: number;
    readonly by: ActorId;
    readonly with: readonly ActorId[];
  } | null;
}

export interface DebriefRound {
  /** null for the vote, after the last round. */
  readonly round: number | null;
  readonly title: string;
  readonly amendments: { readonly proposed: number; readonly adopted: number };
  readonly trades: { readonly offered: number; readonly accepted: number };
  readonly entries: ReadonlyArray<{
    readonly step: number;
    readonly kind: LogEntry['kind'];
    readonly actor: ActorId | null;
    readonly text: string;
  }>;
}

export interface DebriefData {
  readonly format: typeof DEBRIEF_FORMAT;
  readonly version: typeof DEBRIEF_VERSION;
  readonly stamp: DebriefStamp;
  readonly headline: DebriefHeadline;
  readonly weights: typeof SCORE_WEIGHTS;
  readonly seats: readonly DebriefSeat[];
  readonly trajectory: { readonly labels: readonly string[]; readonly series: readonly DebriefSeries[] };
  readonly preamble: readonly string[];
  readonly clauses: readonly DebriefClause[];
  readonly timeline: readonly DebriefRound[];
  readonly save: SaveFile;
}
