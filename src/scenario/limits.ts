// Limits that keep a hostile or broken file from hanging the page or the CLI. Documented in
// docs/scenario-format.md §9; the checker names the limit it hit.
export const LIMITS = {
  bytes: 1024 * 1024,
  depth: 32,
  aliases: 50,
  listLength: 200,
  optionsPerIssue: 12,
  textLength: 20_000,
  idLength: 64,
  salience: 1_000_000,
} as const;

/** What a file past its size limit is told (the scenario's, or the CLI's larger one for saves). */
export const tooLargeMessage = (bytes: number = LIMITS.bytes): string =>
  `the file is larger than the limit of ${bytes / 1024 / 1024} MiB`;

/** What a file nested past the depth limit is told, wherever the depth is measured (depth.ts). */
export const TOO_DEEP_MESSAGE = `nesting depth is more than ${LIMITS.depth} levels`;

/**
 * Keys that could reach an object's prototype when YAML becomes a JS object: `__proto__` would set
 * it. `constructor` and `prototype` are legal ids (an actor, clause or option may be so named, and
 * must then be usable as a key in `salience`, `values`, `clauses`…): they are safe as keys because
 * every lookup keyed by scenario data reads own properties only (src/engine/own.ts).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__']);
