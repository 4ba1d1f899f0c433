// @vitest-environment jsdom
// The why panel's stance shares: the selected actor's stances across the plausible settings of the
// scenario's ranges, in words and whole percent, its shown stance first; the point stance alone (and
// the line's place kept) while the worker computes them; nothing extra for a scenario without ranges.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { StanceUncertainty } from '../../src/engine/analysis/stance-shares.ts';
import type { ActorId } from '../../src/engine/ids.ts';
import { compile } from '../../src/engine/model.ts';
import type { Scenario } from '../../src/engine/scenario.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { currentAssessment } from '../../src/state/selectors.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { createGameStore } from '../../src/state/store.ts';
import { renderWhyPanel } from '../../src/ui/why-panel.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;

async function started(s: Scenario) {
  const store = createGameStore({ model: compile(s), storage: memoryStorage() });
  const seats = Object.fromEntries(s.actors.map((a) => [a.id, 'ai' as const]));
  expect(await store.getState().start({ seats, rounds: 1, seed: 2, difficulty: 'normal' })).toBe(true);
  return store;
}

function panel(s: Scenario, state: Parameters<typeof renderWhyPanel>[2]): HTMLElement {
  const root = document.createElement('section');
  renderWhyPanel(root, s, state);
  return root;
}

/** Every identifier of the scenario a person must never read: its own, its actors', its options'. */
const ids = (s: Scenario) => [
  s.id,
  ...s.actors.map((a) => a.id),
  ...s.issues.flatMap((i) => [i.id, ...i.options.map((o) => o.id)]),
];

describe("the why panel's stance shares", { timeout: 60_000 }, () => {
  it('read "supports in 38% of plausible settings, abstains in 62%, rejects in <1%": the shown stance first, then by share', async () => {
    const store = await started(scenario);
    const a = currentAssessment(scenario, store.getState().game!);
    const index = a.actors.findIndex((x) => x.stance === 'support');
    const actor = scenario.actors[index]!.id;
    // The shares as the engine would give them, set by hand so the sentence can be read exactly.
    const shares: StanceUncertainty = {
      available: true,
      result: {
        draws: 1000,
        seed: 2,
        groups: [],
        pAdopted: 0.5,
        pConsent: 0.5,
        actors: a.actors.map((x) => ({
          actor: x.evaluation.actor,
          stance: { support: 0.38, abstain: 0.616, reject: 0.004, veto: 0 },
          ground: null,
        })),
      },
    };
    store.getState().select(actor);
    const root = panel(scenario, { ...store.getState(), stances: shares });
    expect(root.querySelector('#why-shares')?.textContent).toBe(
      "Within the scenario's stated ranges, it supports in 38% of plausible settings, abstains in 62%, rejects in <1%.",
    );
  });

  it("show each actor's shares from the engine in words and whole percent, never an id", async () => {
    const store = await started(scenario);
    await vi.waitFor(() => expect(store.getState().stances).not.toBeNull(), { timeout: 30_000 });
    const a = currentAssessment(scenario, store.getState().game!);
    const forbidden = ids(scenario).filter((id) => id.length > 2);
    for (const [index, actor] of scenario.actors.entries()) {
      store.getState().select(actor.id as ActorId);
      const text = panel(scenario, store.getState()).querySelector('#why-shares')?.textContent ?? '';
      const shown = a.actors[index]!.stance;
      const verb = { support: 'supports', abstain: 'abstains', reject: 'rejects', veto: 'vetoes' }[shown];
      expect(text).toMatch(
        new RegExp(
          `^Within the scenario's stated ranges, it ${verb} in (<1|>99|\\d{1,3})% of plausible settings`,
        ),
      );
      expect(text).not.toMatch(/\d[.,]\d/);
      if (actor.ground)
        expect(text).toMatch(/ On the ground it \w+ in (<1|>99|\d{1,3})% of plausible settings/);
      for (const id of forbidden) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
  });

  it('shows the point stance alone while the shares are computed, keeping their line in place', async () => {
    const store = await started(scenario);
    store.getState().select(scenario.actors[0]!.id as ActorId);
    const root = panel(scenario, { ...store.getState(), stances: null });
    expect(root.textContent).toMatch(/Votes \w+|Public stance: \w+/);
    expect(root.querySelector('#why-shares')).toBeNull();
    const place = root.querySelector('.why-shares');
    expect(place?.textContent).toBe('');
    expect(place?.getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).not.toMatch(/plausible|computing|loading/i);
  });

  it('adds nothing for a scenario that states no sensitivity ranges', async () => {
    const { sensitivity: _, ...bare } = scenario;
    const store = await started(bare);
    await new Promise((resolve) => setTimeout(resolve, 50));
    store.getState().select(bare.actors[0]!.id as ActorId);
    const root = panel(bare, store.getState());
    expect(root.querySelector('.why-shares')).toBeNull();
    expect(root.textContent).not.toMatch(/plausible|sensitivity|uncertainty/i);
    expect(root.textContent).toMatch(/Votes \w+|Public stance: \w+/);
  });
});

describe('the why panel says which values were derived from a stance', { timeout: 60_000 }, () => {
  it('a clause whose value came from the actor\'s stance reads "derived from …\'s ideal on …"', async () => {
    const haiti = parseScenario(readFileSync('scenarios/haiti-mss-2023.yaml', 'utf8'), 'haiti-mss-2023.yaml');
    if (!haiti.ok) throw new Error('the Haiti scenario must be valid');
    const s = haiti.value;
    const store = await started(s);
    // The United States: its stance on the legal basis derives every option but all_necessary.
    const usa = s.actors.find((a) => a.id === 'usa')!;
    expect(usa.stances).toBeDefined();
    store.getState().select(usa.id);
    const root = panel(s, store.getState());
    const lines = [...root.querySelectorAll('li')].map((li) => li.textContent ?? '');
    const derived = lines.filter((l) => l.includes("derived from United States's ideal on "));
    expect(derived.length).toBeGreaterThan(0);
    expect(derived[0]).toMatch(
      /\(value \d+, derived from United States's ideal on [^(]+\([^;]+; \d+ points less per step\)\)$/,
    );
    // Clauses and options by their titles and labels, never by id.
    const clause = s.issues.find((i) => derived[0]!.includes(`ideal on ${i.title} (`));
    expect(clause).toBeDefined();
    const ideal = usa.stances?.[clause!.id];
    expect(derived[0]).toContain(`(${clause!.options.find((o) => o.id === ideal?.ideal)?.label}; `);
  });
});
