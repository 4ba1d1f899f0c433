// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import type { GameSetup } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { createGameStore } from '../../src/state/store.ts';
import { renderHandover } from '../../src/ui/handover.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const seats = (humans: readonly string[]) =>
  Object.fromEntries(
    scenario.actors.map((a) => [a.id, humans.includes(a.id) ? 'human' : 'ai']),
  ) as GameSetup['seats'];

async function started(humans: readonly string[]) {
  const store = createGameStore({ model: compile(scenario), storage: memoryStorage() });
  await store.getState().start({ seats: seats(humans), rounds: 2, seed: 7, difficulty: 'normal' });
  const root = document.createElement('div');
  const draw = () => renderHandover(root, scenario, store.getState());
  return { store, root, draw };
}

describe('the hand-over and brief screens', () => {
  it('shows a lone human their private brief before their first move, then gets out of the way', async () => {
    const { store, root, draw } = await started(['egy']);
    draw();
    expect(root.hidden).toBe(false);
    expect(root.querySelector('#brief-heading')?.textContent).toBe('Egypt: your private brief');
    expect(root.querySelector('#show-brief')).toBeNull(); // nobody to hide it from: no cover
    (root.querySelector('#start-turn') as HTMLButtonElement).click();
    draw();
    expect(root.hidden).toBe(true);
    store.getState().openBrief('egy' as never);
    draw();
    expect(root.querySelector('#brief-heading')?.textContent).toBe('Egypt: your private brief');
  });

  it('covers the screen for each of several humans before showing their brief', async () => {
    const { store, root, draw } = await started(['egy', 'qat']);
    draw();
    const first = root.querySelector('#handover-heading')?.textContent ?? '';
    expect(first).toMatch(/^Hand the device to (Egypt|Qatar)$/);
    expect(root.querySelector('#brief-heading')).toBeNull();
    (root.querySelector('#show-brief') as HTMLButtonElement).click();
    draw();
    expect(root.querySelector('#brief-heading')?.textContent).toMatch(/: your private brief$/);
    (root.querySelector('#start-turn') as HTMLButtonElement).click();
    draw();
    expect(root.hidden).toBe(true);
    expect(store.getState().ui.revealedTo).not.toBeNull();
  });
});
