// The drafts a few clause changes away from a base draft. A change sets one clause to another of its
// options; a set of k changes touches k different clauses. Sets are enumerated in canonical order
// (clauses by index, then options by index), so every search over them is deterministic.
import type { ClauseChange } from '../best-change.ts';
import type { DraftIndex, Model } from '../model.ts';

/** A set of changes as parallel lists: clause indices (ascending) and the option each takes. */
export interface ChangeSet {
  readonly issues: readonly number[];
  readonly options: readonly number[];
}

/** How many change sets of exactly `size` changes there are from `base` (for progress totals). */
export function countChangeSets(model: Model, size: number): number {
  // Elementary symmetric polynomial of the per-clause counts of alternative options.
  const e = new Array<number>(size + 1).fill(0);
  e[0] = 1;
  for (const issue of model.issues) {
    const alternatives = issue.options.length - 1;
    for (let k = size; k >= 1; k--) e[k] = (e[k] ?? 0) + (e[k - 1] ?? 0) * alternatives;
  }
  return e[size] ?? 0;
}

/**
 * Every set of exactly `size` changes from `base`, each with the draft it makes. The yielded draft
 * is one buffer reused between sets: copy it (`slice()`) to keep it.
 */
export function* changeSets(
  model: Model,
  base: DraftIndex,
  size: number,
): Generator<{ readonly set: ChangeSet; readonly draft: DraftIndex }, void, void> {
  const draft = base.slice();
  const issues: number[] = [];
  const options: number[] = [];
  const set: ChangeSet = { issues, options };
  function* extend(from: number): Generator<{ set: ChangeSet; draft: DraftIndex }, void, void> {
    if (issues.length === size) {
      yield { set, draft };
      return;
    }
    for (let k = from; k < model.issues.length; k++) {
      const count = model.issues[k]!.options.length;
      issues.push(k);
      options.push(0);
      for (let o = 0; o < count; o++) {
        if (o === base[k]) continue;
        draft[k] = o;
        options[options.length - 1] = o;
        yield* extend(k + 1);
      }
      draft[k] = base[k]!;
      issues.pop();
      options.pop();
    }
  }
  yield* extend(0);
}

/** Does `set` contain every change of `subset`? (Both keep their clauses in ascending order.) */
export function contains(set: ChangeSet, subset: ChangeSet): boolean {
  let j = 0;
  for (let i = 0; i < set.issues.length && j < subset.issues.length; i++) {
    if (set.issues[i] === subset.issues[j]) {
      if (set.options[i] !== subset.options[j]) return false;
      j++;
    }
  }
  return j === subset.issues.length;
}

/** A copy of the set, safe to keep after the enumeration moves on. */
export const frozenSet = (set: ChangeSet): ChangeSet => ({
  issues: [...set.issues],
  options: [...set.options],
});

/** The changes that turn `from` into `to`, clause by clause in canonical order. */
export function changesBetween(model: Model, from: DraftIndex, to: DraftIndex): ClauseChange[] {
  const out: ClauseChange[] = [];
  model.issues.forEach((issue, k) => {
    if (from[k] === to[k]) return;
    out.push({
      issue: issue.id,
      from: issue.options[from[k] ?? 0]!.id,
      to: issue.options[to[k] ?? 0]!.id,
    });
  });
  return out;
}

/** A draft's key for de-duplication (one character per clause is enough: options are few). */
export const draftKey = (draft: DraftIndex): string => String.fromCharCode(...draft);
