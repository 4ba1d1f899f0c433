// A game's state grows to ~100 KB by the vote (its log, its actions, its trajectory), and a table
// of thirty students is sent a new one after every move: whole, that is megabytes per move. Most of
// it only grows at the end, so a patch names the top-level fields that changed and, for a list
// that only grew, sends just the new items. Both ends use these two functions.
import type { GameState } from '../engine/negotiation/types.ts';

export interface ViewPatch {
  /** Fields replaced whole. */
  readonly set: Readonly<Record<string, unknown>>;
  /** Lists that kept their items and grew: the new items, to append. */
  readonly append: Readonly<Record<string, readonly unknown[]>>;
}

const isList = (x: unknown): x is readonly unknown[] => Array.isArray(x);

/**
 * The patch from `before` to `after`. Items are compared by reference (the reducer shares what it
 * does not change), so a list that grew is recognised in one pass; anything else is sent whole.
 */
export function diffView(before: GameState, after: GameState): ViewPatch {
  const set: Record<string, unknown> = {};
  const append: Record<string, readonly unknown[]> = {};
  const was = before as unknown as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  for (const key of Object.keys(now)) {
    const a = was[key];
    const b = now[key];
    if (a === b) continue;
    if (isList(a) && isList(b) && b.length >= a.length && a.every((item, i) => item === b[i])) {
      if (b.length > a.length) append[key] = b.slice(a.length);
      continue;
    }
    set[key] = b;
  }
  return { set, append };
}

/** `before` with the patch applied: a new object, `before` untouched. */
export function applyViewPatch(before: GameState, patch: ViewPatch): GameState {
  const next: Record<string, unknown> = { ...(before as unknown as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch.set)) next[key] = value;
  for (const [key, items] of Object.entries(patch.append)) {
    const list = next[key];
    next[key] = [...(isList(list) ? list : []), ...items];
  }
  return next as unknown as GameState;
}

export const isEmptyPatch = (patch: ViewPatch): boolean =>
  Object.keys(patch.set).length === 0 && Object.keys(patch.append).length === 0;
