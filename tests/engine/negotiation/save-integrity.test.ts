// Saves that were changed after they were written: a different, malformed or missing engine version,
// an edited but legal move, an edited set-up, and the old (version 1) format without a digest. The
// fixtures under tests/fixtures/hostile/ are one real AI game of the default scenario
// (`draftroom play scenarios/gaza-isf-2025.yaml --seats ai --seed 7 --rounds 2 --save`), copied and
// edited by hand; save-v1.json is the same game saved by the version-1 format. A save names its
// scenario's hash, so they are read against the copy of the scenario they were made from
// (save-scenario.yaml), not the shipped file, which changes as the model does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/model.ts';
import { makeSave, NO_DIGEST_NOTE, parseSave, SAVE_VERSION } from '../../../src/engine/negotiation/save.ts';
import { canonicalJson, checkEngineVersion } from '../../../src/engine/negotiation/save-integrity.ts';
import { ENGINE_VERSION } from '../../../src/engine/version.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';

const scenario = parseScenario(
  readFileSync('tests/fixtures/hostile/save-scenario.yaml', 'utf8'),
  'save-scenario.yaml',
);
if (!scenario.ok) throw new Error('the default scenario must be valid');
const model = compile(scenario.value);
const fixture = (name: string) => readFileSync(`tests/fixtures/hostile/save-${name}.json`, 'utf8');

function loaded(text: string) {
  const result = parseSave(model, text);
  if (!result.ok) throw new Error(`expected the save to load, got: ${result.error}`);
  return result.value;
}

function refused(text: string): string {
  const result = parseSave(model, text);
  if (result.ok) throw new Error('expected the save to be refused');
  return result.error;
}

const original = loaded(fixture('v2'));

describe('save integrity', () => {
  it('writes version 2 with a digest, and an untouched save loads without a warning', () => {
    expect(SAVE_VERSION).toBe(2);
    expect(original.warnings).toEqual([]);
    expect(original.state.actions).toHaveLength(56);
    const again = makeSave(model, original.state);
    expect(again.digest).toBe(JSON.parse(fixture('v2')).digest);
    expect(again.steps).toHaveLength(56);
  });

  it('replays a save from a later patch of the same engine with a warning naming both versions', () => {
    const { warnings, state } = loaded(fixture('engine-patch'));
    expect(warnings).toEqual([
      expect.stringMatching(/engine version 0\.1\.9 and this Draftroom runs 0\.2\.0/),
    ]);
    expect(state).toEqual(original.state);
  });

  it('refuses a save from another major.minor engine version, with the reason', () => {
    expect(refused(fixture('engine-minor'))).toMatch(
      /made by engine version 0\.3\.0 and this Draftroom runs 0\.2\.0: their rules may differ/,
    );
  });

  it('refuses a save whose engine version is an object or missing', () => {
    expect(refused(fixture('engine-object'))).toBe(
      `the save's engine version is not text (found an object: {"version":"0.1.0"})`,
    );
    expect(refused(fixture('engine-deleted'))).toMatch(/does not say which engine version made it/);
    const save = JSON.parse(fixture('v2'));
    for (const [engine, message] of [
      [7, /not text \(found a number: 7\)/],
      [null, /not text \(found null/],
      [['0.1.0'], /not text \(found a list/],
      ['latest', /"latest" is not a version number/],
      ['0.1.0\u001b[2J', /"0\.1\.0\\u001b\[2J" is not a version number/],
    ] as const)
      expect(refused(JSON.stringify({ ...save, engine }))).toMatch(message);
  });

  it('checks versions by major.minor', () => {
    expect(checkEngineVersion(ENGINE_VERSION)).toEqual({ ok: true, value: null });
    expect(checkEngineVersion('1.4.2', '1.4.0').ok).toBe(true);
    expect(checkEngineVersion('1.3.9', '1.4.0').ok).toBe(false);
    expect(checkEngineVersion('2.4.0', '1.4.0').ok).toBe(false);
  });

  it('replays saves of an earlier engine whose games this one plays unchanged (0.1.0 before the chair)', () => {
    // The fixtures were saved by engine 0.1.0: they load as this engine's own, without a warning.
    expect(JSON.parse(fixture('v2')).engine).toBe('0.1.0');
    expect(checkEngineVersion('0.1.0')).toEqual({ ok: true, value: null });
    expect(checkEngineVersion('1.3.0', '1.4.0', ['1.3.0'])).toEqual({ ok: true, value: null });
    // Another patch of that line: with the warning; a line not listed: refused.
    expect(checkEngineVersion('1.3.4', '1.4.0', ['1.3.0'])).toEqual({
      ok: true,
      value: expect.stringMatching(
        /1\.3\.4 and this Draftroom runs 1\.4\.0: the rules are meant to be the same/,
      ),
    });
    expect(checkEngineVersion('1.2.0', '1.4.0', ['1.3.0']).ok).toBe(false);
    // A newer engine's save is refused: it may hold actions this engine does not know.
    expect(checkEngineVersion('0.3.0').ok).toBe(false);
  });

  it('names the step of an edited but legal move, and replays the edited game', () => {
    const { warnings, state } = loaded(fixture('edited-move'));
    expect(warnings).toEqual([
      "the save's moves were edited after it was saved: step 14 of 56 is not the move that was saved",
    ]);
    expect(state).not.toEqual(original.state);
  });

  it('reports moves removed, an edited set-up, and a missing digest', () => {
    const save = JSON.parse(fixture('v2'));
    const shorter = loaded(JSON.stringify({ ...save, actions: save.actions.slice(0, 55) }));
    expect(shorter.warnings).toEqual([
      "the save's moves were edited after it was saved: it was saved with 56 moves and now lists 55",
    ]);
    const reseeded = loaded(JSON.stringify({ ...save, setup: { ...save.setup, seed: 8 } }));
    expect(reseeded.warnings).toEqual([expect.stringMatching(/set-up .* was edited after it was saved/)]);
    const noSteps = loaded(JSON.stringify({ ...save, actions: save.actions.slice(0, 55), steps: 'x' }));
    expect(noSteps.warnings).toEqual([expect.stringMatching(/the list of moves does not match its digest/)]);
    const { digest: _, ...undigested } = save;
    expect(loaded(JSON.stringify(undigested)).warnings).toEqual([expect.stringMatching(/carries no digest/)]);
  });

  it('says an illegal edited move was edited, not only that it cannot be replayed', () => {
    const save = JSON.parse(fixture('v2'));
    save.actions[13] = { ...save.actions[13], offer: 99 };
    expect(refused(JSON.stringify(save))).toMatch(
      /^the save is damaged: step 14 cannot be replayed: [^;]*; the save's moves were edited after it was saved: step 14 of 56/,
    );
  });

  it('digests the canonical JSON: re-indented or re-ordered files are not edits', () => {
    const save = JSON.parse(fixture('v2'));
    const reordered = { ...save, setup: Object.fromEntries(Object.entries(save.setup).reverse()) };
    expect(loaded(JSON.stringify(reordered, null, 4)).warnings).toEqual([]);
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"c":"x","d":2}]}');
  });

  it('migrates a version-1 save: the same game, with a note that it carries no integrity check', () => {
    const v1 = fixture('v1');
    expect(JSON.parse(v1).version).toBe(1);
    const { warnings, state, save } = loaded(v1);
    expect(warnings).toEqual([NO_DIGEST_NOTE]);
    expect(state).toEqual(original.state);
    expect(save.version).toBe(2);
    expect(loaded(JSON.stringify(save)).warnings).toEqual([]);
  });
});
