// Compact preferences (issue #16 item 1): instead of a value for every option of a clause, an author
// may write where the actor stands on the clause's own scale — its ideal option and how steeply its
// value falls away from it — and Draftroom derives the rest. Options are the scale in the order the
// author listed them, so adding an option to a clause needs no edit to any actor.
//
// The rule (docs/scenario-format.md §4, "Compact values"):
//   value(option) = max(0, 100 − falloff × |position(option) − position(ideal)|)
// where position is the option's place in the clause's `options` list (0, 1, 2, …). Any option
// written next to the stance keeps the written value (an override).

/** A stance as written: `{ ideal: egypt_led, falloff: 40 }`, optionally with explicit values. */
export interface RawStance {
  readonly ideal: string;
  readonly falloff: number;
  readonly [option: string]: string | number;
}

/** One clause's preferences as written: a value for each option, or a stance. */
export type RawClauseValues = Readonly<Record<string, number>> | RawStance;

export const STANCE_KEYS = ['ideal', 'falloff'] as const;

export function isStance(values: unknown): values is RawStance {
  return (
    values !== null && typeof values === 'object' && typeof (values as { ideal?: unknown }).ideal === 'string'
  );
}

/** The values written explicitly in a stance (every key but `ideal` and `falloff`). */
export function stanceOverrides(stance: RawStance): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(stance))
    if (!(STANCE_KEYS as readonly string[]).includes(key) && typeof value === 'number') out[key] = value;
  return out;
}

/** The value a stance gives an option at `position`, the ideal standing at `idealPosition`. */
export function derivedValue(position: number, idealPosition: number, falloff: number): number {
  return Math.max(0, 100 - falloff * Math.abs(position - idealPosition));
}

export interface ExpandedValues {
  /** A value for every option of the clause: derived, then overridden by what was written. */
  readonly values: Record<string, number>;
  /** Options whose value was derived (not written), in the author's order. */
  readonly derived: string[];
}

/**
 * A stance expanded over a clause's options (their ids in the author's order). The ideal must be one
 * of them (the cross-check says so before this runs).
 */
export function expandStance(stance: RawStance, optionsInOrder: readonly string[]): ExpandedValues {
  const idealPosition = optionsInOrder.indexOf(stance.ideal);
  const overrides = stanceOverrides(stance);
  const values: Record<string, number> = {};
  const derived: string[] = [];
  optionsInOrder.forEach((option, position) => {
    if (Object.hasOwn(overrides, option)) values[option] = overrides[option]!;
    else {
      values[option] = derivedValue(position, idealPosition, stance.falloff);
      derived.push(option);
    }
  });
  return { values, derived };
}
