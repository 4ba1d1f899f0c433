// Prototype-safe lookups for records keyed by scenario data or user input.
//
// A scenario's ids are chosen by its author, and `constructor` is a legal id (it matches the id
// pattern). A plain object inherits `constructor`, `toString`, `hasOwnProperty`… from
// Object.prototype, so `record[id]` for an id the record does not hold returns a FUNCTION, not
// undefined, and `record[id] ?? 0` does not fall back: scores became NaN, a missing value passed the
// checker, and a draft holding `Object` could not be posted to a worker. `id in record` has the same
// flaw.
//
// The rule, everywhere (engine, checker, store, worker, CLI, views): a lookup whose key comes from
// scenario data, a save, a link or a command line reads an OWN property, through `own` or `hasOwn`
// below, or uses a `Map`. We use an accessor rather than null-prototype objects because the scenario
// and the game state are plain data that is frozen, written back as YAML, saved as JSON and sent to
// workers by structured clone, and a structured clone gives a null-prototype object Object.prototype
// back: only a check at the lookup survives every route the data takes.
//
// Writing `record[id] = value` is safe for every key that passes the id pattern; `__proto__` does not
// (it would set the prototype), which is why untrusted keys are checked against the scenario's own
// ids (a Map or `hasOwn`) before they are used to build a record.

/** Does `record` hold `key` as its own property (never an inherited one such as `constructor`)? */
export function hasOwn(record: object, key: PropertyKey): boolean {
  return Object.hasOwn(record, key);
}

/** The value `record` holds under `key` as its own property, or undefined. */
export function own<K extends PropertyKey, V>(
  record: Readonly<Partial<Record<K, V>>>,
  key: K,
): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
