// Which internal ids of a scenario appear in a text a person reads. Ids must never reach a person:
// actors go by name, clauses by title, options by label. An id that is a word of its own name, title
// or label ("mandate" in "Mandate of the force", "no" in "No Turkish contingent") reads as that word
// and is allowed.
import type { Model } from '../../src/engine/model.ts';

export function forbiddenIds(model: Model): string[] {
  const wordOf = (id: string, ...texts: string[]) =>
    texts.some((t) => new RegExp(`\\b${id}\\b`, 'i').test(t));
  const s = model.scenario;
  return [
    ...s.actors.filter((a) => !wordOf(a.id, a.name, a.short)).map((a) => a.id),
    ...s.issues.filter((i) => !wordOf(i.id, i.title)).map((i) => i.id),
    ...s.issues.flatMap((i) => i.options.filter((o) => !wordOf(o.id, o.label)).map((o) => o.id)),
  ];
}

/** The ids of `ids` that stand as a word of their own in `text` (case-sensitive, as ids are written). */
export function idsIn(text: string, ids: readonly string[]): string[] {
  return ids.filter((id) => new RegExp(`(^|[^\\w])${id}($|[^\\w])`).test(text));
}
