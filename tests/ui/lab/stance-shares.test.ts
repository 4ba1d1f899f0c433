// @vitest-environment jsdom
// The lab's summary shows every actor's stances across the plausible settings and P(adopted),
// computed by the 'stances' lab task (the engine worker's, here in process), by name and in whole
// percent; a scenario without ranges says why none are shown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stanceProbabilities } from '../../../src/engine/analysis/stance-probabilities.ts';
import { wholePercent } from '../../../src/engine/analysis/stance-shares.ts';
import { runJob } from '../../../src/engine/jobs.ts';
import { compile, draftIndex } from '../../../src/engine/model.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { createLabStore } from '../../../src/state/lab-store.ts';
import { labJob } from '../../../src/state/lab-tasks.ts';
import { memoryStorage } from '../../../src/state/storage.ts';
import { renderSummary } from '../../../src/ui/lab/summary-panel.ts';

const text = readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8');
const parse = (source: string) => {
  const parsed = parseScenario(source, 'gaza-isf-2025.yaml');
  if (!parsed.ok) throw new Error('valid');
  return compile(parsed.value);
};
const model = parse(text);

describe('stance probabilities in the lab', { timeout: 60_000 }, () => {
  it('follow the draft with the outlook and appear in the summary by name, in whole percent', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: 'gaza-isf-2025.yaml' });
    await store.getState().refreshOutlook();
    const u = store.getState().stances;
    expect(u?.available).toBe(true);
    if (!u?.available) return;
    const expected = stanceProbabilities(model, draftIndex(model, store.getState().settings.draft), {
      draws: 1000,
      seed: store.getState().settings.seed,
    });
    expect(u.result).toEqual(expected);
    const root = document.createElement('div');
    renderSummary(root, model, store.getState());
    expect(root.querySelector('#lab-uncertainty')!.textContent).toBe(
      `Across 1,000 plausible settings: adopted in ${wholePercent(expected.pAdopted)}, ground consent in ${wholePercent(expected.pConsent)}`,
    );
    const china = expected.actors.find((a) => a.actor === 'chn')!;
    const row = root.querySelector('tr[data-actor="chn"] .lab-shares')!.textContent!;
    // Every stance China takes in some setting is named with its share; one it never takes is not.
    const verbs: Record<string, string> = {
      support: 'supports',
      abstain: 'abstains',
      reject: 'rejects',
      veto: 'vetoes',
    };
    const taken = Object.entries(china.stance).filter(([, p]) => p > 0);
    expect(taken.length).toBeGreaterThan(0);
    for (const [stance, p] of Object.entries(china.stance)) {
      if (p > 0) expect(row).toContain(`${verbs[stance]} ${wholePercent(p)}`);
      else expect(row).not.toContain(verbs[stance]!);
    }
    expect(root.querySelector('#lab-actors thead')!.textContent).toContain('In plausible settings');
    // No id and no decimal share reaches the reader.
    for (const cell of root.querySelectorAll('.lab-shares')) {
      expect(cell.textContent).not.toMatch(/\d\.\d+%|\b(chn|usa|ham|support|abstain)\b/);
    }
  });

  it('say plainly why nothing is shown for a scenario without sensitivity ranges', async () => {
    const without = parse(text.slice(0, text.indexOf('\nsensitivity:')));
    const store = createLabStore({ model: without, storage: memoryStorage(), scenarioFile: 'x.yaml' });
    await store.getState().refreshOutlook();
    const root = document.createElement('div');
    renderSummary(root, without, store.getState());
    expect(root.querySelector('#lab-uncertainty')!.textContent).toMatch(
      /^No uncertainty shown: scenario 'gaza-isf-2025' states no sensitivity ranges, so no uncertainty can be shown/,
    );
  });

  it('as a lab task: refused past the work budget, with a table for exports', () => {
    const draft = model.scenario.openingDraft;
    const answer = runJob(labJob(model, { kind: 'stances', draft, draws: 200, seed: 3 }));
    expect(answer.kind).toBe('stances');
    expect(answer.tables[0]!.rows).toHaveLength(model.actors.length);
    expect(answer.tables[0]!.rows[0]![0]).toBe(model.actors[0]!.actor.name);
    expect(() => runJob(labJob(model, { kind: 'stances', draft, draws: 20_000, seed: 3 }))).toThrow(
      /these stance probabilities would evaluate 20,000 settings/,
    );
  });
});
