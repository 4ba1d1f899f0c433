// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import type { GameSetup } from '../../src/engine/negotiation/types.ts';
import type { Scenario } from '../../src/engine/scenario.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { collapseCaption, collapseWithin, interval, percent } from '../../src/state/ceasefire-view.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { createGameStore, type GameStoreApi } from '../../src/state/store.ts';
import { renderAftermath } from '../../src/ui/aftermath.ts';
import { CHART, chartShapes, survivalPoints, xOf, yOf } from '../../src/ui/survival-chart.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);
const seats = (human: string | null) =>
  Object.fromEntries(
    scenario.actors.map((a) => [a.id, a.id === human ? 'human' : 'ai']),
  ) as GameSetup['seats'];

let finished: GameStoreApi;
beforeAll(async () => {
  finished = createGameStore({ model, storage: memoryStorage() });
  await finished.getState().start({ seats: seats(null), rounds: 1, seed: 7, difficulty: 'normal' });
});

const render = (s: Scenario = scenario) => {
  const root = document.createElement('section');
  renderAftermath(root, s, finished.getState());
  return root;
};
const result = () => {
  const r = finished.getState().game?.result;
  if (!r) throw new Error('the AI game must finish');
  return r;
};

describe('the aftermath view', () => {
  it('stays hidden and empty until the game is finished', async () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    await store.getState().start({ seats: seats('usa'), rounds: 1, seed: 7, difficulty: 'normal' });
    const root = document.createElement('section');
    renderAftermath(root, scenario, store.getState());
    expect(store.getState().game?.phase).not.toBe('finished');
    expect(root.hidden).toBe(true);
    expect(root.childElementCount).toBe(0);
  });

  it('says the vote in words, with who voted how', () => {
    const root = render();
    const v = result().vote;
    expect(root.hidden).toBe(false);
    expect(root.querySelector('#aftermath-vote')?.textContent).toBe(
      `${v.adopted ? '✓' : '✗'} ${v.adopted ? 'Adopted' : 'Not adopted'}: ${v.yes.length} in favour, ${v.no.length} against, ${v.abstain.length} abstaining (margin to nine ${v.marginToNine >= 0 ? '+' : '−'}${Math.abs(v.marginToNine)}).`,
    );
    const inFavour = root.querySelector('.votes li')?.textContent ?? '';
    for (const id of v.yes) expect(inFavour).toContain(scenario.actors.find((a) => a.id === id)?.name);
  });

  it("says each ground party's declaration in words", () => {
    const root = render();
    const words: Record<string, string> = {
      endorse: 'endorses the text',
      acquiesce: 'goes along with it without endorsing it',
      oppose: 'opposes it',
      spoil: 'will try to wreck it',
    };
    const items = [...root.querySelectorAll('#aftermath-ground li')].map((li) => li.textContent?.trim());
    const expected = Object.entries(result().ground).map(
      ([id, stance]) => `${scenario.actors.find((a) => a.id === id)?.name} ${words[stance]}.`,
    );
    expect(items.map((t) => t?.replace(/^\S+\s/, ''))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('draws the survival curve and its band from the outlook, point for point', () => {
    const root = render();
    const outlook = result().ceasefire;
    const horizon = scenario.ceasefire.horizonMonths;
    const line = root.querySelector('#survival-chart polyline')?.getAttribute('points') ?? '';
    const points = line.split(' ').map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(horizon + 1);
    expect(points[0]).toEqual([CHART.left, yOf(1)]);
    outlook.survival.forEach((s, i) => {
      expect(points[i + 1]?.[0]).toBeCloseTo(xOf(i + 1, horizon), 0);
      expect(points[i + 1]?.[1]).toBeCloseTo(yOf(s), 0);
    });
    const band = root.querySelector('#survival-chart polygon')?.getAttribute('points') ?? '';
    expect(band.split(' ')).toHaveLength(2 * (horizon + 1));
    expect(root.querySelector('#survival-chart title')?.textContent).toMatch(/still holds/);
    const labels = [...root.querySelectorAll('#survival-chart text.label')].map((t) => t.textContent);
    expect(labels).toEqual(['Months after the vote', 'Still holding']);
  });

  it('puts the same numbers in a table beside the chart and in the caption', () => {
    const root = render();
    const outlook = result().ceasefire;
    const rows = [...root.querySelectorAll('#survival-table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual(
      outlook.collapse.map((p, i) => [
        String(p.month),
        percent(outlook.survival[i] ?? 0),
        percent(p.probability),
        `${interval(p.ci95)}%`,
      ]),
    );
    expect(root.querySelectorAll('#survival-table th[scope="col"]')).toHaveLength(4);
    const reading = collapseWithin(outlook);
    expect(reading?.month).toBe(12);
    const caption = root.querySelector('#survival-caption strong')?.textContent ?? '';
    expect(caption).toBe(`${collapseCaption(reading!)}.`);
    expect(caption).toMatch(
      /^\d+\.\d% chance the ceasefire collapses within 12 months \[\d+\.\d–\d+\.\d\]\.$/,
    );
    expect(root.querySelector('#survival-table tr.read th')?.textContent).toBe('12');
  });

  it('lists the events that most often came before a collapse, by name, most frequent first', () => {
    const root = render();
    const items = [...root.querySelectorAll('#collapse-events li')];
    const events = result().ceasefire.events;
    expect(items).toHaveLength(events.length);
    const shares = items.map(
      (li) => events.find((e) => e.id === li.getAttribute('data-event'))!.precededCollapse,
    );
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    for (const li of items) {
      const event = scenario.ceasefire.events.find((e) => e.id === li.getAttribute('data-event'))!;
      const outcome = events.find((e) => e.id === event.id)!;
      expect(li.querySelector('.event-name')?.textContent).toBe(event.text);
      expect(li.querySelector('.event-figures')?.textContent).toBe(
        `Came before ${percent(outcome.precededCollapse)} of collapses · happened ${outcome.firedPerRun.toFixed(2)} times per simulated ceasefire`,
      );
    }
  });

  it('shows HTML in an event name as text, never as markup', () => {
    const hostile: Scenario = {
      ...scenario,
      ceasefire: {
        ...scenario.ceasefire,
        events: scenario.ceasefire.events.map((e) => ({
          ...e,
          text: `<img src=x onerror=alert(1)>${e.text}`,
        })),
      },
    };
    const root = render(hostile);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.event-name')?.textContent).toMatch(/^<img src=x onerror=alert\(1\)>/);
  });

  it('is not rebuilt when the store changes for another reason', () => {
    const root = document.createElement('section');
    renderAftermath(root, scenario, finished.getState());
    const chart = root.querySelector('#survival-chart');
    finished.getState().select(scenario.actors[0]!.id);
    renderAftermath(root, scenario, finished.getState());
    expect(root.querySelector('#survival-chart')).toBe(chart);
  });
});

describe('chartShapes', () => {
  it('puts ticks at round months and every quarter of the scale', () => {
    const shapes = chartShapes(survivalPoints(result().ceasefire));
    expect(shapes.xTicks.map((t) => t.month)).toEqual([0, 6, 12, 18, 24]);
    expect(shapes.yTicks.map((t) => t.p)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(shapes.yTicks[0]!.y).toBeGreaterThan(shapes.yTicks[4]!.y);
  });

  it('keeps the band around the curve', () => {
    for (const p of survivalPoints(result().ceasefire)) {
      expect(p.low).toBeLessThanOrEqual(p.survival + 1e-12);
      expect(p.high).toBeGreaterThanOrEqual(p.survival - 1e-12);
    }
  });
});
