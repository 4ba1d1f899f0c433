// The domain's words, named once as tuples; the union types derive from them and the scenario
// schema reuses the same tuples, so the validator and the engine cannot drift apart.

export const FORMAT_VERSIONS = [1] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];

export const FORUMS = ['unsc', 'consensus', 'k_of_n'] as const;
export type Forum = (typeof FORUMS)[number];

export const ACTOR_KINDS = ['state', 'armed_group', 'organisation'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const COUNCIL_SEATS = ['permanent', 'elected', 'none'] as const;
export type CouncilSeat = (typeof COUNCIL_SEATS)[number];

export const ISSUE_KINDS = ['choice', 'ordinal', 'yes_no'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

export const YES_NO_OPTIONS = ['no', 'yes'] as const;

export const SEVERITIES = ['absolute', 'strong'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Ceasefire drivers: each is a number in 0–1 and carries one hazard ratio (exp β) for 0 → 1. */
export const DRIVERS = [
  'agreement',
  'disarmament',
  'guarantees',
  'inclusion',
  'peacekeeping',
  'reconstruction',
  'spoilers',
  'withdrawal',
] as const;
export type Driver = (typeof DRIVERS)[number];

/** What a clause option can feed into the ceasefire model, and how parts from several clauses combine. */
export const ADDITIVE_INPUTS = [
  'disarmament',
  'guarantees',
  'inclusion',
  'reconstruction',
  'withdrawal',
] as const;
export const MULTIPLICATIVE_INPUTS = ['command_unity', 'mandate_fit'] as const;
export const TROOP_INPUTS = ['troops_authorised', 'troops_needed'] as const;
export const DRIVER_INPUTS = [...ADDITIVE_INPUTS, ...MULTIPLICATIVE_INPUTS, ...TROOP_INPUTS] as const;
export type AdditiveInput = (typeof ADDITIVE_INPUTS)[number];
export type MultiplicativeInput = (typeof MULTIPLICATIVE_INPUTS)[number];
export type TroopInput = (typeof TROOP_INPUTS)[number];
export type DriverInput = (typeof DRIVER_INPUTS)[number];
/** What a text puts in place over months rather than at once (docs/model.md §4a). */
export const PHASED_DRIVERS = ['disarmament', 'withdrawal', 'reconstruction'] as const;
export type PhasedDriver = (typeof PHASED_DRIVERS)[number];

/** Stance thresholds, in the order the scenario file lists them. */
export const THRESHOLDS = ['support', 'abstain', 'veto', 'endorse', 'acquiesce', 'spoil'] as const;
export type ThresholdName = (typeof THRESHOLDS)[number];

/** What a Council member (or, as its public stance, an actor without a vote) does with a draft. */
export const COUNCIL_STANCES = ['support', 'abstain', 'reject', 'veto'] as const;
export type CouncilStance = (typeof COUNCIL_STANCES)[number];
/** What a party on the ground does with a draft. */
export const GROUND_STANCES = ['endorse', 'acquiesce', 'oppose', 'spoil'] as const;
export type GroundStance = (typeof GROUND_STANCES)[number];

/** Fixed by the UN Charter (Art. 23 and 27(3)), not judgements: they live in code. */
export const UNSC = { seats: 15, permanentSeats: 5, votesToAdopt: 9 } as const;
