// "Continue the saved game" when the autosave is damaged, missing or edited: the store never fails
// silently. It says what is wrong, hands back the damaged text, offers the previous save when that can
// be read, and names the damage on the table when the game continues from the older save. The saves
// are tests/fixtures/hostile/save-*.json, one real AI game of the default scenario.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import { makeSave, replay } from '../../src/engine/negotiation/save.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { type EngineService, inProcessEngine } from '../../src/state/engine-service.ts';
import { readSlot } from '../../src/state/save-slots.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { createGameStore } from '../../src/state/store.ts';

const scenario = parseScenario(
  readFileSync('tests/fixtures/hostile/save-scenario.yaml', 'utf8'),
  'save-scenario.yaml',
);
if (!scenario.ok) throw new Error('the default scenario must be valid');
const model = compile(scenario.value);
const KEY = `draftroom.save.${model.scenario.id}`;
const fixture = (name: string) => readFileSync(`tests/fixtures/hostile/save-${name}.json`, 'utf8');

/** The fixture game saved 6 moves before its end: a good older save. */
function earlierSave(): string {
  const save = JSON.parse(fixture('v2'));
  const state = replay(model, save.setup, save.actions, 50);
  if (!state.ok) throw new Error(state.error);
  return JSON.stringify(makeSave(model, state.value));
}

/** The fixture with a move that cannot be replayed: still JSON, so its moves can be counted. */
function unreplayable(): string {
  const save = JSON.parse(fixture('v2'));
  save.actions[13] = { ...save.actions[13], offer: 99 };
  return JSON.stringify(save);
}

describe('continuing the autosaved game', { timeout: 30_000 }, () => {
  it('says why a corrupt save with no backup cannot be continued, and hands back its text', async () => {
    const corrupt = fixture('truncated');
    const store = createGameStore({ model, storage: memoryStorage({ [KEY]: corrupt }) });
    const outcome = await store.getState().restore();
    expect(outcome).toEqual({
      restored: false,
      problem: 'this is not a Draftroom save: it is not valid JSON',
      missing: false,
      damaged: corrupt,
      previous: null,
    });
    expect(store.getState().game).toBeNull();
  });

  it('says that there is no save when it is missing (the page remembered a last game)', async () => {
    const storage = memoryStorage({ 'draftroom.last': '/scenarios/gaza-isf-2025.yaml' });
    const store = createGameStore({ model, storage });
    expect(await store.getState().restore()).toEqual({
      restored: false,
      problem: expect.stringMatching(/^there is no saved game of this scenario in this browser/),
      missing: true,
      damaged: null,
      previous: null,
    });
  });

  it('offers a good previous save against a damaged newer one, and names the damage once it is used', async () => {
    const damaged = unreplayable();
    const storage = memoryStorage({ [KEY]: damaged, [`${KEY}.previous`]: earlierSave() });
    const store = createGameStore({ model, storage });
    const outcome = await store.getState().restore();
    expect(outcome).toMatchObject({
      restored: false,
      problem: expect.stringMatching(/^the save is damaged: step 14 cannot be replayed/),
      damaged,
      previous: { round: 2, movesEarlier: 6 },
    });
    // Nothing was loaded or written before the player chose.
    expect(store.getState().game).toBeNull();
    expect(storage.getItem(KEY)).toBe(damaged);
    expect(await store.getState().restorePrevious()).toEqual({ restored: true });
    // The game continued from move 50; every seat is an AI, so they played on to the vote.
    expect(store.getState().game?.actions.slice(0, 50)).toEqual(JSON.parse(earlierSave()).actions);
    expect(store.getState().game?.phase).toBe('finished');
    expect(store.getState().notice).toEqual({
      kind: 'error',
      text: expect.stringMatching(
        /^The latest save was damaged \(step 14 cannot be replayed: .*; the save's moves were edited after it was saved: step 14 of 56 is not the move that was saved\); the game continues from the previous save, 6 moves earlier\.$/,
      ),
    });
  });

  it('gives the previous save by its round when the damaged one cannot be counted', async () => {
    const storage = memoryStorage({ [KEY]: fixture('truncated'), [`${KEY}.previous`]: earlierSave() });
    const store = createGameStore({ model, storage });
    expect(await store.getState().restore()).toMatchObject({ previous: { round: 2, movesEarlier: null } });
    await store.getState().restorePrevious();
    expect(store.getState().notice?.text).toMatch(
      /^The latest save was damaged \(this is not a Draftroom save: it is not valid JSON\); the game continues from the previous save \(round 2\)\.$/,
    );
  });

  it('continues an edited save with a warning that names the edited step', async () => {
    const store = createGameStore({ model, storage: memoryStorage({ [KEY]: fixture('edited-move') }) });
    expect(await store.getState().restore()).toEqual({ restored: true });
    expect(store.getState().notice).toEqual({
      kind: 'error',
      text: "The autosaved game loaded: round 2. Warning: The save's moves were edited after it was saved: step 14 of 56 is not the move that was saved.",
    });
  });

  it('shows the warnings of a save file loaded by hand', async () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    expect(await store.getState().load(fixture('engine-patch'))).toBe(true);
    expect(store.getState().notice?.text).toMatch(
      /^The save file loaded: round 2\. Warning: The save was made by engine version 0\.1\.9/,
    );
    expect(await store.getState().load(fixture('engine-minor'))).toBe(false);
    expect(store.getState().notice?.text).toMatch(
      /could not be loaded: the save was made by engine version 0\.3\.0/,
    );
  });

  it('gives up on a read that never answers, with a message, instead of waiting forever', async () => {
    const silent: EngineService = { ...inProcessEngine(model), load: () => new Promise(() => {}) };
    const started = Date.now();
    const reading = await readSlot(silent, memoryStorage({ [KEY]: fixture('v2') }), KEY, 50);
    expect(reading).toEqual({
      kind: 'damaged',
      text: fixture('v2'),
      problem: 'reading it took more than 0 s',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
