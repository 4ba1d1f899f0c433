// A game is its set-up plus its actions. A save file records exactly that (versioned JSON), and
// loading one replays it through the same reducer: replaying to any step, or forking from it, gives
// the same states. A corrupted, foreign or mismatched file is refused with a reason, and nothing
// else changes. Version 2 adds a digest of the log, so a hand-edited move is reported, and loading
// checks which engine made the save (see save-integrity.ts): what is replayed anyway comes back with
// warnings that the caller must show.
import { memoByObject } from '../memo.ts';
import type { Model } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { ENGINE_VERSION, hash53 } from '../version.ts';
import { applyAction } from './reducer.ts';
import { checkEngineVersion, findEdit, logDigest, stepDigest } from './save-integrity.ts';
import { newGame } from './state.ts';
import type { GameAction, GameSetup, GameState } from './types.ts';

export const SAVE_FORMAT = 'draftroom-save';
export const SAVE_VERSION = 2;

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly engine: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly setup: GameSetup;
  readonly actions: readonly GameAction[];
  /** hash53 of the canonical JSON of { setup, actions }: any edit to the log shows. */
  readonly digest: string;
  /** Eight hex digits per action, so an edit can be located to its step. */
  readonly steps: readonly string[];
}

/** A save read back: the state it describes, and what the player must be told about it. */
export interface LoadedSave {
  readonly save: SaveFile;
  readonly state: GameState;
  /** Sentences (no trailing period) about a different engine, an edited log or an old format. */
  readonly warnings: readonly string[];
}

/** Hashing the canonical scenario takes milliseconds and the game saves after every action: once per model. */
export const scenarioHash = memoByObject((model: Model): string => hash53(JSON.stringify(model.scenario)));

export function makeSave(model: Model, state: GameState): SaveFile {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    engine: ENGINE_VERSION,
    scenario: { id: model.scenario.id, hash: scenarioHash(model) },
    setup: state.setup,
    actions: state.actions,
    digest: logDigest(state.setup, state.actions),
    steps: state.actions.map(stepDigest),
  };
}

/**
 * Upgrades older save versions, one step at a time (`n: (save of n-1) => save of n`), so old saves
 * keep loading. Version 1 had no digest: it stays without one, and loading it says so.
 */
const MIGRATIONS: Readonly<Record<number, (save: Record<string, unknown>) => Record<string, unknown>>> = {
  2: (v1) => ({ ...v1, version: 2, digest: null, steps: null }),
};

export const NO_DIGEST_NOTE =
  'the save is in the old format (version 1), which carries no integrity check: edits to its moves cannot be detected (saving the game again adds one)';

/** Replays set-up and actions; `toStep` stops after that many actions (0 = the opening position). */
export function replay(
  model: Model,
  setup: GameSetup,
  actions: readonly unknown[],
  toStep = actions.length,
): Result<GameState, string> {
  const start = newGame(model, setup);
  if (!start.ok) return err(`the set-up is not valid: ${start.error.message}`);
  let state = start.value;
  for (let i = 0; i < Math.min(toStep, actions.length); i++) {
    const next = applyAction(model, state, actions[i]);
    if (!next.ok) return err(`step ${i + 1} cannot be replayed: ${next.error.message}`);
    state = next.value;
  }
  return ok(state);
}

export function parseSave(model: Model, text: string): Result<LoadedSave, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err('this is not a Draftroom save: it is not valid JSON');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return err('this is not a Draftroom save');
  let raw = data as Record<string, unknown>;
  if (raw.format !== SAVE_FORMAT) return err('this is not a Draftroom save (no "format": "draftroom-save")');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version))
    return err('the save has no version number');
  if (raw.version > SAVE_VERSION)
    return err(
      `the save is from a newer Draftroom (save version ${raw.version}; this one reads up to ${SAVE_VERSION})`,
    );
  if (raw.version < 1) return err(`the save's version number ${raw.version} is not one Draftroom ever wrote`);
  const engine = checkEngineVersion(raw.engine);
  if (!engine.ok) return engine;
  const warnings: string[] = engine.value === null ? [] : [engine.value];
  const carriesDigest = raw.version >= 2;
  if (!carriesDigest) warnings.push(NO_DIGEST_NOTE);
  for (let v = raw.version + 1; v <= SAVE_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return err(`save version ${raw.version} can no longer be read`);
    raw = migrate(raw);
  }
  const scenario = raw.scenario as { id?: unknown; hash?: unknown } | undefined;
  if (scenario?.id !== model.scenario.id)
    return err(`the save belongs to scenario '${String(scenario?.id)}', not '${model.scenario.id}'`);
  if (scenario.hash !== scenarioHash(model))
    return err(
      `the save was made with a different version of scenario '${model.scenario.id}' (its text or numbers have changed)`,
    );
  if (!Array.isArray(raw.actions)) return err('the save has no list of actions');
  const setup = raw.setup as GameSetup;
  if (setup === null || typeof setup !== 'object') return err('the save has no set-up');
  const edit = carriesDigest ? findEdit(setup, raw.actions, raw.digest, raw.steps) : null;
  const state = replay(model, setup, raw.actions);
  if (!state.ok) return err(`the save is damaged: ${state.error}${edit ? `; ${edit}` : ''}`);
  if (edit) warnings.push(edit);
  return ok({ save: makeSave(model, state.value), state: state.value, warnings });
}
