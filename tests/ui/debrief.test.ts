// @vitest-environment jsdom
// The debrief screen on a real finished game: a row for every seat, human seats marked in text,
// differing clauses marked with ≠ (not colour alone), a chart line and an end label for every actor,
// downloads that hand over exactly the exported text, and every control a labelled button with an id.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { compile } from '../../src/engine/model.ts';
import { applyAction } from '../../src/engine/negotiation/reducer.ts';
import { runAi } from '../../src/engine/negotiation/runner.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { buildDebrief } from '../../src/state/debrief.ts';
import { debriefJson, debriefMarkdown } from '../../src/state/debrief-export.ts';
import type { GameStore } from '../../src/state/store.ts';
import { renderDebrief } from '../../src/ui/debrief.ts';
import { lineStyle, renderTrajectoryChart, spreadLabels } from '../../src/ui/debrief-chart.ts';
import { renderGamePanel } from '../../src/ui/game-panel.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);
const HUMAN = 'ham' as ActorId;

function finishedGame(): GameState {
  const start = newGame(model, {
    seats: Object.fromEntries(scenario.actors.map((a) => [a.id, a.id === HUMAN ? 'human' : 'ai'])),
    rounds: 1,
    seed: 11,
    difficulty: 'normal',
  });
  if (!start.ok) throw new Error(start.error.message);
  let game = start.value;
  for (let guard = 0; guard < 100 && game.phase !== 'finished'; guard++) {
    const played = runAi(model, game);
    if (!played.ok) throw new Error(played.error.message);
    game = played.value;
    if (game.phase !== 'finished') {
      const next = applyAction(model, game, { type: 'pass', seat: HUMAN });
      if (!next.ok) throw new Error(next.error.message);
      game = next.value;
    }
  }
  return game;
}

const game = finishedGame();
const data = buildDebrief(model, game, { date: '2026-11-21' });

function mount(options: { defaultDownload?: boolean } = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const download = vi.fn<(name: string, text: string, type: string) => void>();
  const handlers = { onBack: vi.fn(), onNewGame: vi.fn(), print: vi.fn() };
  renderDebrief(root, data, options.defaultDownload ? handlers : { ...handlers, download });
  return { root, handlers, download };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the debrief screen', () => {
  it('says whether the text was adopted, with a mark and a word, and the collapse risk', () => {
    const { root } = mount();
    const verdict = root.querySelector('#debrief-verdict')?.textContent ?? '';
    expect(verdict).toMatch(game.result?.vote.adopted ? /^✓Adopted$/ : /^✗Not adopted$/);
    expect(root.querySelector('.facts')?.textContent).toMatch(
      /Ceasefire\d+\.\d% chance the ceasefire collapses/,
    );
    expect(root.querySelector('#debrief-stamp')?.textContent).toContain(`seed 11`);
  });

  it('says "Not adopted" with a ✗ and names the vetoes when the text falls', () => {
    const root = document.createElement('div');
    const vetoed = data.seats.find((s) => s.council === 'permanent')!;
    const fallen = { ...data, headline: { ...data.headline, adopted: false, vetoes: [vetoed.actor] } };
    renderDebrief(root, fallen, { onBack: () => {}, onNewGame: () => {} });
    expect(root.querySelector('#debrief-verdict')?.textContent).toBe('✗Not adopted');
    expect(root.querySelector('#debrief-verdict')?.classList.contains('not-adopted')).toBe(true);
    expect(root.querySelector('.facts')?.textContent).toContain(`Vetoed by ${vetoed.short}.`);
  });

  it('shows a score for every seat, best first, and marks the human seat in words', () => {
    const { root } = mount();
    const rows = [...root.querySelectorAll('#debrief-scores-table tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-actor')).sort()).toEqual(
      scenario.actors.map((a) => a.id).sort(),
    );
    const totals = rows.map((r) => Number(r.querySelector('.total .value')?.textContent));
    expect(totals).toEqual(data.seats.map((s) => s.total));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const human = rows.find((r) => r.getAttribute('data-actor') === HUMAN)!;
    expect(human.classList.contains('human')).toBe(true);
    expect(human.textContent).toContain('★ Human');
    expect(rows.filter((r) => r.textContent?.includes('★ Human'))).toHaveLength(1);
  });

  it('explains every score in a sentence, the human seat’s first', () => {
    const { root } = mount();
    const items = [...root.querySelectorAll('#debrief-score-why li')];
    expect(items.map((li) => li.textContent)).toEqual(data.seats.map((s) => s.why));
    const yours = root.querySelectorAll('.score-yours');
    expect(yours).toHaveLength(1);
    expect(yours[0]?.textContent).toBe(`★ Hamas: ${data.seats.find((s) => s.actor === HUMAN)?.why}`);
  });

  it('sets the final text beside the landing zone and marks each differing clause with ≠', () => {
    const { root } = mount();
    const rows = [...root.querySelectorAll('#debrief-compare tbody tr')];
    expect(rows).toHaveLength(scenario.issues.length);
    const differing = data.clauses.filter((c) => c.differs);
    expect(differing.length).toBeGreaterThan(0);
    for (const row of rows) {
      const clause = data.clauses.find((c) => c.issue === row.getAttribute('data-issue'))!;
      expect(row.querySelector('.diff-mark')?.textContent).toBe(clause.differs ? '≠ Differs' : '= Same');
      const [final, landing] = row.querySelectorAll('td');
      expect(final?.textContent).toContain(clause.final.label);
      expect(landing?.textContent).toContain(clause.landing.label);
    }
    expect(root.querySelectorAll('#debrief-compare tr.differs')).toHaveLength(differing.length);
  });

  it('draws one line and one end label per actor, and the same numbers in the table', () => {
    const { root } = mount();
    const lines = root.querySelectorAll('.trajectory-chart .lines polyline');
    expect(lines).toHaveLength(scenario.actors.length);
    expect(
      root.querySelector('.trajectory-chart .lines g.human polyline')?.getAttribute('stroke-width'),
    ).toBe('4');
    const labels = [...root.querySelectorAll('.trajectory-chart .end-labels text')];
    expect(labels).toHaveLength(scenario.actors.length);
    expect(labels.find((l) => l.getAttribute('data-actor') === HUMAN)?.textContent).toMatch(
      /^★ Hamas \d+\.\d$/,
    );
    const ys = labels.map((l) => Number(l.getAttribute('y')));
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13.9);
    const table = root.querySelectorAll('#debrief-trajectory-table tbody tr');
    expect(table).toHaveLength(scenario.actors.length);
    expect(root.querySelector('#debrief-trajectory-table thead')?.textContent).toBe('ActorStartR1Change');
  });

  it('groups the timeline by round and ends with the vote', () => {
    const { root } = mount();
    const headings = [...root.querySelectorAll('#debrief-timeline h3')].map((x) => x.textContent);
    expect(headings).toEqual(['Round 1 of 1', 'The vote']);
    expect(root.querySelectorAll('#debrief-timeline li')).toHaveLength(
      game.log.filter((e) => e.kind !== 'round-start').length,
    );
  });

  it('downloads exactly the Markdown and JSON exports, named after the scenario and seed', () => {
    const { root, download } = mount();
    root.querySelector<HTMLButtonElement>('#debrief-download-md')?.click();
    root.querySelector<HTMLButtonElement>('#debrief-download-json')?.click();
    expect(download.mock.calls).toEqual([
      [`draftroom-debrief-${scenario.id}-seed11.md`, debriefMarkdown(data), 'text/markdown;charset=utf-8'],
      [`draftroom-debrief-${scenario.id}-seed11.json`, debriefJson(data), 'application/json;charset=utf-8'],
    ]);
  });

  it('by default hands the browser a Blob through a temporary link with a download name', async () => {
    const created: Blob[] = [];
    const clicked: Array<{ href: string; download: string }> = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:debrief';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    const { root } = mount({ defaultDownload: true });
    root.querySelector<HTMLButtonElement>('#debrief-download-json')?.click();
    expect(clicked).toEqual([
      { href: 'blob:debrief', download: `draftroom-debrief-${scenario.id}-seed11.json` },
    ]);
    expect(await created[0]?.text()).toBe(debriefJson(data));
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('prints, goes back and starts over through its buttons, each with a stable unique id', () => {
    const { root, handlers } = mount();
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.id)).toEqual([
      'debrief-download-md',
      'debrief-download-json',
      'debrief-print',
      'debrief-back',
      'debrief-new-game',
    ]);
    for (const b of buttons) expect(b.textContent?.trim()).not.toBe('');
    root.querySelector<HTMLButtonElement>('#debrief-print')?.click();
    root.querySelector<HTMLButtonElement>('#debrief-back')?.click();
    root.querySelector<HTMLButtonElement>('#debrief-new-game')?.click();
    expect(handlers.print).toHaveBeenCalledOnce();
    expect(handlers.onBack).toHaveBeenCalledOnce();
    expect(handlers.onNewGame).toHaveBeenCalledOnce();
  });

  it('shows scenario text as text, never as markup', () => {
    const hostile = {
      ...data,
      clauses: data.clauses.map((c) => ({ ...c, title: '<img src=x onerror=alert(1)>' })),
    };
    const root = document.createElement('div');
    renderDebrief(root, hostile, { onBack: () => {}, onNewGame: () => {} });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.clause-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the way in', () => {
  it('offers "See the debrief" in the side panel once the Council has voted', () => {
    const root = document.createElement('div');
    const open = vi.fn();
    renderGamePanel(root, scenario, { game, notice: null } as unknown as GameStore, open);
    root.querySelector<HTMLButtonElement>('#open-debrief')?.click();
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('end labels', () => {
  it('keep their order, stay apart by the gap and inside the chart', () => {
    const ys = spreadLabels([10, 12, 13, 200, 395, 399], 5, 400, 14);
    expect(ys).toEqual([10, 24, 38, 200, 386, 400]);
    // With too little room they stay apart and overflow the top (the chart is made tall enough).
    expect(spreadLabels([0, 0, 0], 5, 20, 10)).toEqual([0, 10, 20]);
  });
});

describe('the trajectory chart', () => {
  it('numbers the rounds when there are many, so the tick labels never collide', () => {
    const labels = ['Start', ...Array.from({ length: 8 }, (_, i) => `Round ${i + 1}`)];
    const series = [
      { actor: 'a' as ActorId, short: 'A', player: 'ai' as const, values: labels.map(() => 60) },
    ];
    const svg = renderTrajectoryChart(labels, series);
    const ticks = [...svg.querySelectorAll('.grid text')].map((t) => t.textContent);
    expect(ticks).toContain('Start');
    expect(ticks).toContain('8');
    expect(ticks).toContain('after round');
    expect(ticks).not.toContain('Round 8');
  });

  it('gives 28 actors 28 different line styles, none of them yellow', () => {
    const styles = Array.from({ length: 28 }, (_, i) => lineStyle(i));
    expect(new Set(styles.map((x) => `${x.colour}|${x.dash}`)).size).toBe(28);
    expect(styles.some((x) => x.colour.toUpperCase() === '#F0E442')).toBe(false);
  });
});
