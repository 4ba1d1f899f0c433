// The canonical scenario: what the loader hands to the engine. Every list is sorted by id and every
// object is frozen, so the order of entries in the YAML file cannot change any result. (One trace of
// the file's order is kept, for people: each option's `position`, the author's order of a clause's
// options, which the interface lists them in.) The authoring
// format is documented in docs/scenario-format.md; field names here are the camelCase twins of the
// YAML's snake_case names.
import type {
  ActorId,
  ConstituencyId,
  DraftId,
  EventId,
  IssueId,
  OptionId,
  RedLineId,
  RuleId,
  SourceId,
} from './ids.ts';
import type {
  ActorKind,
  CouncilSeat,
  CouncilStance,
  Driver,
  DriverInput,
  FormatVersion,
  Forum,
  GroundStance,
  IssueKind,
  PhasedDriver,
  Severity,
  ThresholdName,
} from './vocabulary.ts';

/** Where a judgement number comes from: a citation, a source id, or 'prior' (a design judgement). */
export type Basis = string;

/** One option per issue. Complete: every issue of the scenario has an entry. */
export type Draft = Readonly<Record<IssueId, OptionId>>;

export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly date?: string;
  readonly note?: string;
}

export type Thresholds = Readonly<Record<ThresholdName, number>> & { readonly basis: Basis };

interface ProcedureBase {
  readonly rounds: number;
  readonly penHolder: ActorId;
  /**
   * Members who hold the pen with penHolder (sorted): an amendment enters the text only if each of
   * them, and penHolder, takes it. Absent when there are none, so a scenario without co-pen holders
   * keeps its canonical form (and its hash) unchanged.
   */
  readonly coPenHolders?: readonly ActorId[];
  readonly thresholds: Thresholds;
  readonly domesticPressure: number;
  /** The deciding members, sorted. For the Council: the actors holding a seat. */
  readonly members: readonly ActorId[];
}
export type Procedure =
  | (ProcedureBase & { readonly forum: 'unsc'; readonly permanent: readonly ActorId[] })
  | (ProcedureBase & { readonly forum: 'consensus' })
  | (ProcedureBase & {
      readonly forum: 'k_of_n';
      readonly required: number;
      readonly veto: readonly ActorId[];
    });
export type { Forum };

export type Condition =
  | { readonly kind: 'issue'; readonly issue: IssueId; readonly options: readonly OptionId[] }
  | { readonly kind: 'all'; readonly of: readonly Condition[] }
  | { readonly kind: 'any'; readonly of: readonly Condition[] }
  | { readonly kind: 'not'; readonly of: Condition }
  | {
      readonly kind: 'acceptance';
      readonly actor: ActorId;
      readonly comparison: 'below' | 'at_least';
      readonly value: number;
    }
  /** A ceasefire driver's value (0–1) above a number: only in an event's `requires`. */
  | { readonly kind: 'driver'; readonly driver: Driver; readonly above: number };

export interface RedLine {
  readonly id: RedLineId;
  readonly when: Condition;
  readonly text: string;
  readonly severity: Severity;
  /** Points subtracted from acceptance; 0 for absolute red lines (they force acceptance to 0). */
  readonly penalty: number;
}

/**
 * A stance on a clause's own scale, as the author wrote it (docs/scenario-format.md §4): value 100 at
 * `ideal`, `falloff` less per step away in the author's order of the options, never below 0. The
 * values it gives are already in `values`; this record only says which of them were derived, so an
 * explanation can say so. Scoring never reads it.
 */
export interface Stance {
  readonly ideal: OptionId;
  readonly falloff: number;
  /** The options whose value was derived (not written explicitly), in id order. */
  readonly derived: readonly OptionId[];
}

/** Raw salience as written (any scale) and the normalised weights the engine uses (sum 1). */
export interface Preferences {
  readonly salience: Readonly<Record<IssueId, number>>;
  readonly weights: Readonly<Record<IssueId, number>>;
  readonly values: Readonly<Record<IssueId, Readonly<Record<OptionId, number>>>>;
  /** Clauses whose values were derived from a stance; absent when every value was written. */
  readonly stances?: Readonly<Record<IssueId, Stance>>;
}

export interface Constituency extends Preferences {
  readonly id: ConstituencyId;
  readonly name: string;
  readonly weight: number;
  readonly threshold: number;
  readonly veto: boolean;
}

/**
 * What no resolution is worth to the actor, on the utility scale. `shift` is never written in a
 * scenario: the sensitivity analyses add it (points of utility, `reservation.<actor>`) to ask "what
 * if no deal were worth more, or less, to this actor" (docs/analysis.md).
 */
export type Reservation =
  | { readonly kind: 'status_quo'; readonly shift?: number }
  | { readonly kind: 'fixed'; readonly utility: number; readonly shift?: number };

/**
 * A build-up over the months after adoption: nothing before month `fromMonth`, full strength from
 * month `fullBy`, a straight line between (month m holds (m − from + 1)/(full − from + 1)).
 */
export interface Ramp {
  readonly fromMonth: number;
  readonly fullBy: number;
  readonly basis: Basis;
}

/** When a troop contributor deploys (docs/model.md §4a). */
export interface Deployment {
  /** It deploys only when this holds of the text: the mandate, command and conditions it stated. */
  readonly servesIf?: Condition;
  /** When its troops arrive; undefined: the ceasefire's `phaseIn.peacekeeping`. */
  readonly arrives?: Ramp;
  readonly basis: Basis;
}

export interface Actor extends Preferences {
  readonly id: ActorId;
  readonly name: string;
  readonly short: string;
  readonly colour: string;
  readonly flag?: string;
  readonly kind: ActorKind;
  readonly seat: CouncilSeat;
  readonly player: boolean;
  readonly clout: number;
  readonly coercion: number;
  readonly ground: boolean;
  readonly spoiler: number;
  readonly guarantor: boolean;
  readonly troops: number;
  readonly deployment?: Deployment;
  readonly reservation: Reservation;
  readonly style: number;
  readonly sources: readonly SourceId[];
  readonly briefing: string;
  readonly redLines: readonly RedLine[];
  readonly constituencies: readonly Constituency[];
  readonly affinity: Readonly<Record<ActorId, number>>;
}

export type DriverSettings = Readonly<Partial<Record<DriverInput, number>>>;

export interface IssueOption {
  readonly id: OptionId;
  /**
   * Where the author listed the option (0 = first). For display only: the options array stays in id
   * order, which is what the engine's indices and tie-breaking use, so no result depends on it.
   */
  readonly position: number;
  readonly label: string;
  /** Operative paragraph text; empty when the option adds no paragraph. */
  readonly text: string;
  /** Position on the ordinal scale (0–100); present exactly for ordinal issues. */
  readonly scale?: number;
  readonly sets: DriverSettings;
  /** How what it sets is phased in; overrides the ceasefire's `phaseIn` for these drivers. */
  readonly phaseIn?: Readonly<Partial<Record<PhasedDriver, Ramp>>>;
}

export interface Issue {
  readonly id: IssueId;
  readonly title: string;
  readonly kind: IssueKind;
  /**
   * 'preamble' for a negotiable preambular paragraph (after the fixed preamble, in paragraph order);
   * absent for an operative paragraph, so scenarios without one keep their canonical form and hash.
   */
  readonly part?: 'preamble';
  /** Order among the clauses of its part (operative paragraphs, or negotiable preambular ones). */
  readonly paragraph: number;
  readonly description: string;
  readonly opening: OptionId;
  readonly statusQuo: OptionId;
  readonly contributor?: ActorId;
  readonly options: readonly IssueOption[];
}

export interface Rule {
  readonly id: RuleId;
  readonly text: string;
  readonly when: Condition;
  readonly utility: Readonly<Record<ActorId, number>>;
  readonly hazardRatio: number;
  readonly basis: Basis;
}

export interface DriverEffect {
  readonly hazardRatio: number;
  readonly basis: Basis;
}

export interface CeasefireEvent {
  readonly id: EventId;
  readonly text: string;
  readonly chance: number;
  /** The event can fire only in a month in which this holds of the text in force and its drivers. */
  readonly requires?: Condition;
  readonly drivers: Readonly<Partial<Record<Driver, number>>>;
  readonly effects: {
    readonly collapse: number;
    readonly hazardBump: number;
    readonly halfLife: number;
    /** How long driver and utility shifts last, in months; undefined = the rest of the run. */
    readonly months?: number;
    readonly drivers: Readonly<Partial<Record<Driver, number>>>;
    readonly utility: Readonly<Record<ActorId, number>>;
  };
  readonly basis: Basis;
}

export interface Ceasefire {
  readonly horizonMonths: number;
  readonly baselineCollapse12m: number;
  readonly durationDependence: number;
  readonly shrink: number;
  readonly floorHazardRatio: number;
  readonly basis: Basis;
  readonly drivers: Readonly<Record<Driver, DriverEffect>>;
  readonly events: readonly CeasefireEvent[];
  /** Build-ups; a driver left out takes effect at once. */
  readonly phaseIn?: Readonly<Partial<Record<PhasedDriver | 'peacekeeping', Ramp>>>;
}

/** A stated range for one judgement number, with where it comes from (what-if analyses). */
export interface SensitivityRange {
  readonly low: number;
  readonly high: number;
  readonly basis: Basis;
}

/**
 * The ranges the tornado and the sweeps vary the scenario's judgement numbers over. Each group is
 * optional; a group left out yields no parameters. Multipliers (×) scale the number written in the
 * scenario; the others replace it. See docs/analysis.md and docs/scenario-format.md §8a.
 */
export interface Sensitivity {
  /** × every actor's salience of one clause (weights renormalised). */
  readonly salience?: SensitivityRange;
  /** × one actor's clout (kept within 0–100). */
  readonly clout?: SensitivityRange;
  /** Points added to one stance threshold (kept within 0–100). */
  readonly thresholds?: SensitivityRange;
  /** Points of utility added to one actor's reservation, its value of no resolution (kept within 0–100). */
  readonly reservation?: SensitivityRange;
  /** The hazard ratio of each driver listed. */
  readonly hazardRatios: Readonly<Partial<Record<Driver, SensitivityRange>>>;
  readonly baselineCollapse12m?: SensitivityRange;
  readonly durationDependence?: SensitivityRange;
  readonly shrink?: SensitivityRange;
  readonly floorHazardRatio?: SensitivityRange;
  /** × each event's monthly chance (kept within 0–1). */
  readonly eventChance?: SensitivityRange;
}

export interface NamedDraft {
  readonly id: DraftId;
  readonly title: string;
  readonly description: string;
  readonly clauses: Draft;
}

/** The draft an expectation is checked on: a built-in draft or one of the scenario's named drafts. */
export type ExpectationDraft = 'opening' | 'status_quo' | 'landing_zone' | DraftId;

/**
 * One checkable claim about a draft (docs/scenario-format.md §8c). Ranges are inclusive; a stance
 * claim holds when the actor's stance is any of those listed.
 */
export type ExpectationClaim =
  | { readonly kind: 'adopted'; readonly value: boolean }
  | { readonly kind: 'yesAtLeast'; readonly value: number }
  | { readonly kind: 'yesAtMost'; readonly value: number }
  | { readonly kind: 'groundConsent'; readonly value: boolean }
  | { readonly kind: 'collapse12m'; readonly low: number; readonly high: number }
  | { readonly kind: 'stance'; readonly actor: ActorId; readonly stances: readonly CouncilStance[] }
  | { readonly kind: 'ground'; readonly actor: ActorId; readonly stances: readonly GroundStance[] }
  | { readonly kind: 'acceptance'; readonly actor: ActorId; readonly low: number; readonly high: number };

/** What the author says must hold, in the author's words; every claim must hold. */
export interface Expectation {
  readonly label: string;
  readonly draft: ExpectationDraft;
  readonly claims: readonly ExpectationClaim[];
}

export interface Scenario {
  readonly format: FormatVersion;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly asOf: string;
  readonly sources: readonly Source[];
  readonly briefing: string;
  readonly preamble: readonly string[];
  readonly procedure: Procedure;
  readonly actors: readonly Actor[];
  readonly issues: readonly Issue[];
  readonly rules: readonly Rule[];
  readonly ceasefire: Ceasefire;
  readonly drafts: readonly NamedDraft[];
  /** Ranges for the what-if analyses; absent when the scenario states none. */
  readonly sensitivity?: Sensitivity;
  /** What the author expects of the model, in the author's order; absent when the file states none. */
  readonly expectations?: readonly Expectation[];
  /** Derived: each issue's `opening` option, and each issue's `status_quo` option. */
  readonly openingDraft: Draft;
  readonly statusQuoDraft: Draft;
}
