// @vitest-environment jsdom
// "Play as…": a card for every actor the scenario opens to players, in role order, each in words (no
// internal id on the screen); one click starts a game with that seat human and every other AI.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameSetup } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { renderPlayAs } from '../../src/ui/play-as-screen.ts';
import { leakedIds, telltaleIds } from '../support/visible-ids.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;

function render(): { root: HTMLElement; started: GameSetup[] } {
  const root = document.createElement('div');
  const started: GameSetup[] = [];
  renderPlayAs(root, scenario, { onStart: (s) => started.push(s), onBack: () => {} });
  document.body.replaceChildren(root);
  return { root, started };
}

describe('Play as…', () => {
  it('shows every playable actor, the permanent five included, Council first', () => {
    const { root } = render();
    const names = [...root.querySelectorAll('.actor-card-name')].map((e) => e.textContent);
    expect(names).toHaveLength(scenario.actors.filter((a) => a.player).length);
    for (const p5 of ['China', 'France', 'Russian Federation', 'United Kingdom', 'United States'])
      expect(names.slice(0, 5)).toContain(p5);
    expect(names.at(-1)).toMatch(/Hamas|Israel/);
  });

  it('starts a one-player game in one click: that seat human, the rest AI, the scenario’s rounds', () => {
    const { root, started } = render();
    root.querySelector<HTMLButtonElement>('[data-play-as="egy"]')!.click();
    expect(started).toHaveLength(1);
    const seats = Object.entries(started[0]!.seats);
    expect(seats.filter(([, kind]) => kind === 'human').map(([id]) => id)).toEqual(['egy']);
    expect(seats).toHaveLength(scenario.actors.length);
    expect(started[0]!.rounds).toBe(scenario.procedure.rounds);
  });

  it('starts pass-and-play with the ticked seats from the advanced choices', () => {
    const { root, started } = render();
    root.querySelector<HTMLInputElement>('#human-isr')!.checked = true;
    root.querySelector<HTMLInputElement>('#human-ham')!.checked = true;
    root.querySelector<HTMLInputElement>('#rounds')!.value = '2';
    root.querySelector('form')!.requestSubmit();
    const humans = Object.entries(started[0]!.seats)
      .filter(([, k]) => k === 'human')
      .map(([id]) => id);
    expect(humans.sort()).toEqual(['ham', 'isr']);
    expect(started[0]!.rounds).toBe(2);
  });

  it('names no actor by its internal id', () => {
    // The check looks for most ids (those that are not also ordinary words of the scenario).
    expect(telltaleIds(scenario).length).toBeGreaterThan(40);
    const { root } = render();
    expect(leakedIds(scenario, root.textContent ?? '')).toEqual([]);
  });
});
