// The checks that tell a player whether a save still describes the game that was saved: which engine
// made it, and whether its set-up or moves were edited since. The digest is a checksum against
// accidents and hand edits, not a signature: whoever edits a save can recompute it.
import { memoByObject } from '../memo.ts';
import { err, ok, type Result } from '../result.ts';
import { ENGINE_VERSION, hash53, REPLAYS_UNCHANGED } from '../version.ts';

/** JSON with every object's keys sorted, so a file re-indented or re-ordered by a tool digests the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The digest of the whole log: set-up and moves. */
export const logDigest = (setup: unknown, actions: readonly unknown[]): string =>
  hash53(canonicalJson({ setup, actions }));

/** Eight hex digits per move, enough to say which step was edited. Moves never change: once each. */
const stepDigestOf = memoByObject((action: object): string => hash53(canonicalJson(action)).slice(-8));
export const stepDigest = (action: unknown): string =>
  action !== null && typeof action === 'object'
    ? stepDigestOf(action)
    : hash53(canonicalJson(action)).slice(-8);

/** What a person can read of an untrusted value: short, and with control characters escaped. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/**
 * The engine-version rule. The same major.minor replays with a warning (only fixes that do not
 * change the rules are meant to bump the patch number); any other version is refused, because its
 * rules may differ and the replay would be a different game. A missing or malformed field is refused.
 * An earlier version that `earlier` lists (this engine's REPLAYS_UNCHANGED) replays as this engine's
 * own, and another patch of its major.minor with the warning.
 * Ok carries the warning to show, or null when the version is this engine's own.
 */
export function checkEngineVersion(
  engine: unknown,
  current = ENGINE_VERSION,
  earlier: readonly string[] = current === ENGINE_VERSION ? REPLAYS_UNCHANGED : [],
): Result<string | null, string> {
  if (engine === undefined)
    return err('the save does not say which engine version made it (its "engine" field is missing)');
  if (typeof engine !== 'string')
    return err(`the save's engine version is not text (found ${kindOf(engine)}: ${shown(engine)})`);
  const theirs = VERSION.exec(engine);
  if (!theirs)
    return err(`the save's engine version ${shown(engine)} is not a version number like "${current}"`);
  if (engine === current || earlier.includes(engine)) return ok(null);
  // major.minor, the line a version belongs to.
  const line = (version: string) => VERSION.exec(version)?.slice(1, 3).join('.') ?? null;
  if (![current, ...earlier].some((v) => line(v) === line(engine)))
    return err(
      `the save was made by engine version ${engine} and this Draftroom runs ${current}: their rules may differ, so replaying it could give a different game (open it with a Draftroom whose engine is ${theirs[1]}.${theirs[2]}.x)`,
    );
  return ok(
    `the save was made by engine version ${engine} and this Draftroom runs ${current}: the rules are meant to be the same, but the replay may differ from the game that was played`,
  );
}

/**
 * Compares a save's log with the digests it carries. Null: they match. Otherwise a sentence saying
 * what was edited: the first step whose move differs when the per-step digests can tell, else the
 * set-up, else only that the log does not match its digest.
 */
export function findEdit(
  setup: unknown,
  actions: readonly unknown[],
  digest: unknown,
  steps: unknown,
): string | null {
  if (typeof digest !== 'string')
    return 'the save carries no digest of its moves (it was removed or damaged), so edits to them cannot be detected';
  if (logDigest(setup, actions) === digest) return null;
  const prefix = "the save's moves were edited after it was saved";
  if (!Array.isArray(steps) || !steps.every((s) => typeof s === 'string'))
    return `${prefix}: the list of moves does not match its digest`;
  const common = Math.min(steps.length, actions.length);
  for (let i = 0; i < common; i++) {
    if (stepDigest(actions[i]) !== steps[i])
      return `${prefix}: step ${i + 1} of ${actions.length} is not the move that was saved`;
  }
  if (steps.length !== actions.length)
    return `${prefix}: it was saved with ${steps.length} moves and now lists ${actions.length}`;
  return "the save's set-up (seats, rounds, seed or difficulty) was edited after it was saved";
}
