// Branded ids: a plain string cannot be passed where an ActorId is expected, so a clause id can never
// be mistaken for an actor id. Only the scenario loader (src/scenario) mints them, after checking
// that every reference resolves.
declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

export type ActorId = Branded<string, 'ActorId'>;
export type IssueId = Branded<string, 'IssueId'>;
export type OptionId = Branded<string, 'OptionId'>;
export type RuleId = Branded<string, 'RuleId'>;
export type EventId = Branded<string, 'EventId'>;
export type DraftId = Branded<string, 'DraftId'>;
export type SourceId = Branded<string, 'SourceId'>;
export type RedLineId = Branded<string, 'RedLineId'>;
export type ConstituencyId = Branded<string, 'ConstituencyId'>;
