import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listParameters } from '../../src/engine/analysis/parameters.ts';
import type { IssueId, OptionId } from '../../src/engine/ids.ts';
import { compile } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { createLabStore, labStorageKey } from '../../src/state/lab-store.ts';
import { decodeLab, defaultSettings, encodeLab, type LabSettings } from '../../src/state/lab-url.ts';
import { memoryStorage } from '../../src/state/storage.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const model = compile(parsed.value);
const FILE = 'gaza-isf-2025.yaml';
const mandate = model.issues.find((i) => i.id === 'mandate')!;
const other = mandate.options.find((o) => o.id !== mandate.opening)!.id;
const firstActor = model.scenario.actors[0]!.id;

describe('the lab link', () => {
  it('round-trips every setting: state → URL → state', () => {
    const settings: LabSettings = {
      ...defaultSettings(model, FILE),
      draft: { ...defaultSettings(model, FILE).draft, [mandate.id]: other },
      start: 'saved:Mine & theirs',
      saved: [
        { name: 'Mine & theirs', clauses: { ...defaultSettings(model, FILE).draft, [mandate.id]: other } },
      ],
      compare: ['opening', 'landing', 'saved:Mine & theirs'],
      seed: 42,
      runs: 500,
      tornado: { output: 'acceptance', actor: firstActor },
      sweep: { param: 'ceasefire.baseline', from: 0.1, to: 0.5, steps: 5 },
      goal: `support:${firstActor}`,
      pareto: [firstActor],
      ran: ['compare', 'tornado'],
    };
    const hash = encodeLab(model, settings);
    expect(hash.startsWith('#lab?scenario=gaza-isf-2025.yaml&')).toBe(true);
    const back = decodeLab(model, hash, FILE);
    expect(back.ok).toBe(true);
    expect(back.settings).toEqual(settings);
  });

  it('names each field that does not fit and falls back to the defaults', () => {
    const back = decodeLab(
      model,
      '#lab?draft=mandate.nonsense,nowhere.x&seed=-3&runs=abc&goal=win&run=dance',
      FILE,
    );
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.problems).toEqual([
      "in 'draft': clause 'mandate' has no option 'nonsense'",
      "in 'draft': 'nowhere' is not a clause of this scenario",
      "in 'goal': 'win' is not adopt, consent, support:ACTOR or risk<P",
      "in 'run': 'dance' is not an analysis",
      "in 'seed': '-3' is not a whole number from 0 to 2147483647",
      "in 'runs': 'abc' is not a whole number from 100 to 20000",
    ]);
    expect(back.settings).toEqual(defaultSettings(model, FILE));
  });

  it('survives garbage without throwing', () => {
    for (const hash of [
      '#lab?%E0%A4%A',
      '#lab?saved=~~~&compare=:::',
      '#lab?sweep=,,,',
      '#nothing',
      '#lab?tornado=a:b:c',
    ])
      expect(() => decodeLab(model, hash, FILE)).not.toThrow();
    expect(decodeLab(model, '#lab?sweep=p,1,2', FILE).ok).toBe(false);
  });
});

describe('the lab store', () => {
  it('re-scores at once on a clause change, measured against the starting draft', () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    expect(store.getState().summary.changed).toEqual([]);
    expect(store.getState().summary.actors.every((a) => a.change === 0)).toBe(true);
    store.getState().setClause(mandate.id, other as OptionId);
    const s = store.getState().summary;
    expect(s.changed).toEqual([mandate.id]);
    expect(s.actors.some((a) => a.change !== 0)).toBe(true);
    store.getState().cancel('outlook');
  });

  it('computes the outlook of the draft with progress, and a newer edit supersedes an older run', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    const first = store.getState().refreshOutlook();
    expect(store.getState().jobs.outlook?.label).toBe('Simulating the ceasefire');
    store.getState().setClause(mandate.id, other as OptionId);
    await first;
    await new Promise((r) => setTimeout(r, 10));
    while (store.getState().jobs.outlook) await new Promise((r) => setTimeout(r, 20));
    const outlook = store.getState().outlook!;
    expect(outlook.collapse[11]!.probability).toBeGreaterThan(0);
    expect(outlook.seed).toBe(1);
  });

  it('cancels a run: no answer, no progress left', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    const done = store.getState().refreshOutlook();
    store.getState().cancel('outlook');
    await done;
    expect(store.getState().jobs.outlook).toBeUndefined();
    expect(store.getState().outlook).toBeNull();
  });

  it('saves named drafts, refuses a taken name, and restores everything after a reload', () => {
    const storage = memoryStorage();
    const store = createLabStore({ model, storage, scenarioFile: FILE });
    store.getState().setClause(mandate.id, other as OptionId);
    expect(store.getState().saveDraft('  Plan B ')).toBe(true);
    expect(store.getState().saveDraft('Plan B')).toBe(false);
    expect(store.getState().notice?.text).toMatch(/already a draft named Plan B/);
    store.getState().toggleCompare('opening');
    store.getState().setSeed(9);
    store.getState().cancel('outlook');
    const again = createLabStore({ model, storage, scenarioFile: FILE });
    again.getState().cancel('outlook');
    expect(again.getState().settings).toEqual(store.getState().settings);
    expect(again.getState().settings.compare).toEqual(['saved:Plan B', 'opening']);
    expect(storage.getItem(labStorageKey(model))).toMatch(/^#lab\?/);
  });

  it('opens a bad link at the defaults with a located notice', () => {
    const store = createLabStore({
      model,
      storage: memoryStorage(),
      scenarioFile: FILE,
      hash: '#lab?draft=mandate.zzz',
    });
    expect(store.getState().settings).toEqual(defaultSettings(model, FILE));
    expect(store.getState().notice).toEqual({
      kind: 'error',
      text: "The link could not be read, so the lab opened at its defaults: in 'draft': clause 'mandate' has no option 'zzz'.",
    });
  });

  it('starts from the landing zone and asks for two drafts before comparing', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    store.getState().startFrom('landing');
    expect(store.getState().settings.start).toBe('landing');
    expect(store.getState().summary.changed).toEqual([]);
    store.getState().cancel('outlook');
    await store.getState().run('compare');
    expect(store.getState().errors.compare).toBe('Tick two or more drafts to compare.');
    expect(store.getState().settings.draft[mandate.id as IssueId]).toBeDefined();
  });
});

describe('the lab store with the solver', () => {
  it('finds what it takes to win an actor, and applying an answer wins them', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    store.getState().cancel('outlook');
    const target = store.getState().summary.actors.find((a) => a.member && a.stance !== 'support')!;
    store.getState().setGoal(`support:${target.id}`);
    store.getState().cancel('outlook');
    await store.getState().run('solve');
    const answer = store.getState().results.solve!;
    expect(store.getState().errors.solve).toBeUndefined();
    expect(answer.tables.length).toBeGreaterThan(0);
    expect(answer.applicable!.length).toBeGreaterThan(0);
    store.getState().applyDraft(answer.applicable![0]!.draft);
    store.getState().cancel('outlook');
    expect(store.getState().summary.actors.find((a) => a.id === target.id)!.stance).toBe('support');
    expect(store.getState().settings.ran).toEqual(['solve']);
  });
});

describe('the lab store with the analyses', () => {
  it('compares the opening draft with the landing zone: paired tables, a draft against itself is zero', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    store.getState().cancel('outlook');
    store.getState().setRuns(500);
    store.getState().cancel('outlook');
    store.getState().toggleCompare('opening');
    store.getState().toggleCompare('landing');
    await store.getState().run('compare');
    const answer = store.getState().results.compare!;
    expect(store.getState().errors.compare).toBeUndefined();
    const acceptance = answer.tables.find((t) => t.id === 'acceptance')!;
    expect(acceptance.columns.map((c) => c.id)).toEqual(expect.arrayContaining(['opening', 'landing']));
    const data = answer.data as { differences: Array<{ collapse: Array<{ estimate: number }> }> };
    expect(data.differences[0]!.collapse.every((d) => d.estimate === 0)).toBe(true);
  });

  it('runs a tornado whose chart follows the chosen output, and a one-way sweep', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    store.getState().cancel('outlook');
    store.getState().setRuns(200);
    store.getState().cancel('outlook');
    store.getState().setTornado('margin', null);
    await store.getState().run('tornado');
    const tornado = store.getState().results.tornado!;
    expect(store.getState().errors.tornado).toBeUndefined();
    expect(tornado.tables.length).toBeGreaterThan(0);
    expect((tornado.data as { output: string }).output).toBe('margin');
    const param = listParameters(model.scenario)[0]!;
    store.getState().setSweep({ param: param.id, from: param.low, to: param.high, steps: 3 });
    await store.getState().run('sweep');
    expect(store.getState().errors.sweep).toBeUndefined();
    expect(store.getState().results.sweep!.tables[0]!.rows).toHaveLength(3);
  }, 60_000);
});

describe('the lab store with the consensus set', () => {
  it('lists drafts that pass with ground consent, each ready to apply', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    store.getState().cancel('outlook');
    store.getState().setRuns(200);
    store.getState().cancel('outlook');
    const ground = model.scenario.actors.filter((a) => a.ground).map((a) => a.id);
    store.getState().togglePareto(ground[0]!);
    store.getState().cancel('outlook');
    await store.getState().run('consensus');
    expect(store.getState().settings.pareto).toEqual([ground[0]]);
    expect(store.getState().errors.consensus).toBeUndefined();
    const answer = store.getState().results.consensus!;
    expect(answer.tables.length).toBeGreaterThan(0);
    for (const a of answer.applicable ?? []) {
      store.getState().applyDraft(a.draft);
      store.getState().cancel('outlook');
      expect(store.getState().summary.adopted).toBe(true);
      expect(store.getState().summary.consent).toBe(true);
    }
  }, 60_000);
});
