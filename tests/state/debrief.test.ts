// The debrief builder and its exports on real games of the default scenario: every seat is scored and
// ranked, the clause comparison and the attribution agree with the game, the exports are
// byte-identical for the same game and the JSON's save replays to the same final text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { compile, type Model } from '../../src/engine/model.ts';
import { parseSave } from '../../src/engine/negotiation/save.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { GameSetup, GameState } from '../../src/engine/negotiation/types.ts';
import { ENGINE_VERSION } from '../../src/engine/version.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { buildDebrief, type DebriefData } from '../../src/state/debrief.ts';
import { debriefFileName, debriefJson, debriefMarkdown, mdText } from '../../src/state/debrief-export.ts';
import { forbiddenIds, idsIn } from '../support/ids-in-text.ts';
import { playToVote } from '../support/play-to-vote.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const model: Model = compile(parsed.value);
const HUMAN = 'isr' as ActorId;
const DATE = '2026-11-21';

function setupFor(human: ActorId | null, rounds: number, seed: number): GameSetup {
  return {
    seats: Object.fromEntries(model.scenario.actors.map((a) => [a.id, a.id === human ? 'human' : 'ai'])),
    rounds,
    seed,
    difficulty: 'normal',
  };
}

/** Plays to the vote: the AI moves for itself, the human seat passes (or keeps the text). */
const play = (setup: GameSetup): GameState => playToVote(model, setup);

const game = play(setupFor(HUMAN, 2, 7));
const data = buildDebrief(model, game, { date: DATE });

describe('the debrief data', () => {
  it('refuses a game that has not reached the vote', () => {
    const start = newGame(model, setupFor(null, 1, 1));
    if (!start.ok) throw new Error(start.error.message);
    expect(() => buildDebrief(model, start.value, { date: DATE })).toThrow(/finished game/);
  });

  it('scores every seat once, best first, with human and AI seats marked', () => {
    expect(data.seats.map((s) => s.actor).sort()).toEqual(model.scenario.actors.map((a) => a.id).sort());
    const totals = data.seats.map((s) => s.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(data.seats[0]?.rank).toBe(1);
    for (const [i, s] of data.seats.entries()) {
      expect(s.rank).toBeLessThanOrEqual(i + 1);
      expect(s.player).toBe(s.actor === HUMAN ? 'human' : 'ai');
      // The rounded parts add up to the rounded total (to rounding).
      const w = data.weights;
      expect(
        Math.abs(w.gain * s.gain + w.adoption * s.adoption + w.survival * s.survival - s.total),
      ).toBeLessThan(0.15);
    }
    expect(data.stamp).toMatchObject({ humanSeats: 1, aiSeats: model.scenario.actors.length - 1 });
  });

  it('explains each score in a sentence with the seat’s name and no id, in the Markdown too', () => {
    const ids = forbiddenIds(model);
    const md = debriefMarkdown(data);
    expect(md).toContain('### How each seat scored');
    for (const s of data.seats) {
      expect(s.why.startsWith(s.short), s.why).toBe(true);
      expect(idsIn(s.why, ids), s.why).toEqual([]);
      expect(s.why).toContain(`score ${s.total.toFixed(1)}.`);
      expect(s.gain).toBeGreaterThanOrEqual(0);
      expect(s.gain).toBeLessThanOrEqual(100);
      expect(s.best).toBeGreaterThanOrEqual(s.opening);
      expect(md).toContain(`- ${mdText(s.why)}`);
    }
    expect(data.version).toBe(2);
  });

  it('keeps every actor’s acceptance at the start and after each round, rounded to 0.1', () => {
    expect(data.trajectory.labels).toEqual(['Start', 'Round 1', 'Round 2']);
    expect(data.trajectory.series).toHaveLength(model.scenario.actors.length);
    for (const s of data.trajectory.series) {
      expect(s.values).toHaveLength(3);
      s.values.forEach((v, i) => {
        expect(v).toBe(Math.round((game.trajectory[i]?.[s.actor] ?? Number.NaN) * 10) / 10);
      });
    }
  });

  it('sets the final text beside the landing zone and says who wrote each adopted clause', () => {
    const result = game.result!;
    expect(data.clauses).toHaveLength(model.scenario.issues.length);
    for (const c of data.clauses) {
      expect(c.final.option).toBe(result.text[c.issue]);
      expect(c.landing.option).toBe(result.landingZone[c.issue]);
      expect(c.differs).toBe(result.text[c.issue] !== result.landingZone[c.issue]);
      if (c.setBy) {
        const amendment = game.amendments.find((a) => a.id === c.setBy?.amendment);
        expect(amendment?.status).toBe('adopted');
        expect(amendment?.changes.some((ch) => ch.issue === c.issue)).toBe(true);
      } else {
        expect(c.final.option).toBe(model.scenario.openingDraft[c.issue]);
      }
    }
    expect(data.headline.landingSame).toBe(data.clauses.filter((c) => !c.differs).length);
    // Paragraph numbers follow the resolution: 1, 2, 3… over the clauses that add a paragraph.
    const numbers = data.clauses.flatMap((c) => (c.final.paragraph === null ? [] : [c.final.paragraph]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('groups the timeline by round, then the vote, with every move of the game', () => {
    expect(data.timeline.map((r) => r.title)).toEqual(['Round 1 of 2', 'Round 2 of 2', 'The vote']);
    const moves = game.log.filter((e) => e.kind !== 'round-start');
    expect(data.timeline.flatMap((r) => r.entries.map((e) => e.text))).toEqual(moves.map((e) => e.text));
    expect(data.timeline.reduce((n, r) => n + r.amendments.proposed, 0)).toBe(game.amendments.length);
  });

  it('stamps what reproduces the game, with the date given and not read from the clock', () => {
    expect(data.stamp).toMatchObject({
      engine: ENGINE_VERSION,
      scenario: { id: model.scenario.id },
      seed: 7,
      rounds: 2,
      difficulty: 'normal',
      moves: game.actions.length,
      date: DATE,
    });
    expect(data.stamp.scenario.hash).toBe(data.save.scenario.hash);
    const c = data.headline.ceasefire;
    expect(c.collapseByMonth).toHaveLength(model.scenario.ceasefire.horizonMonths);
    expect(c.collapseByMonth[11]).toBe(c.collapse12);
    expect(c.collapseByMonth.at(-1)).toBe(c.collapseAtHorizon);
    expect(c.collapse12Ci95[0]).toBeLessThanOrEqual(c.collapse12);
    expect(c.collapse12Ci95[1]).toBeGreaterThanOrEqual(c.collapse12);
    expect(buildDebrief(model, game, { date: '2027-01-02' }).stamp.date).toBe('2027-01-02');
  });
});

describe('the exports', () => {
  it('are byte-identical for the same game, however its set-up was typed', () => {
    const reversed: GameSetup = {
      ...game.setup,
      seats: Object.fromEntries(Object.entries(game.setup.seats).reverse()),
    };
    const again = play(reversed);
    const other = buildDebrief(model, again, { date: DATE });
    expect(debriefJson(other)).toBe(debriefJson(data));
    expect(debriefMarkdown(other)).toBe(debriefMarkdown(data));
    expect(debriefMarkdown(buildDebrief(model, game, { date: DATE }))).toBe(debriefMarkdown(data));
  });

  it('Markdown: the headline, every actor, every clause, the timeline and the stamp', () => {
    const md = debriefMarkdown(data);
    expect(md.startsWith(`# Debrief: ${mdText(model.scenario.title)}\n`)).toBe(true);
    expect(md).toContain(mdText(data.headline.summary));
    expect(md).toMatch(/^\*\*(Adopted|Not adopted): \d+ in favour/m);
    for (const a of model.scenario.actors) {
      const human = a.id === HUMAN;
      expect(md).toContain(
        `| ${human ? `**${mdText(a.name)}**` : mdText(a.name)} | ${human ? 'Human' : 'AI'} |`,
      );
      expect(md).toContain(`| ${a.id === HUMAN ? `**${mdText(a.short)}**` : mdText(a.short)} |`);
    }
    for (const c of data.clauses) expect(md).toContain(`| ${c.differs ? '≠' : '='} | ${mdText(c.title)} |`);
    expect(md).toContain('## Timeline');
    expect(md).toContain('### Round 2 of 2');
    expect(md).toContain(`seed 7`);
    expect(md).toContain(data.save.scenario.hash);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('Markdown: scenario text cannot inject markup', () => {
    expect(mdText('a | b *c* <img src=x> [l](u)\nnext')).toBe(
      'a \\| b \\*c\\* \\<img src=x\\> \\[l\\](u) next',
    );
  });

  it('JSON: parses, round-trips, keeps its key order and its save replays to the same final text', () => {
    const text = debriefJson(data);
    const back = JSON.parse(text) as DebriefData;
    expect(back).toEqual(JSON.parse(JSON.stringify(data)));
    expect(`${JSON.stringify(back, null, 2)}\n`).toBe(text);
    expect(Object.keys(back)).toEqual([
      'format',
      'version',
      'stamp',
      'headline',
      'weights',
      'seats',
      'trajectory',
      'preamble',
      'clauses',
      'timeline',
      'save',
    ]);
    const replayed = parseSave(model, JSON.stringify(back.save));
    if (!replayed.ok) throw new Error(replayed.error);
    expect(replayed.value.state.phase).toBe('finished');
    expect(replayed.value.state.result?.text).toEqual(game.result?.text);
    expect(buildDebrief(model, replayed.value.state, { date: DATE })).toEqual(data);
    // No number carries floating-point noise: at most one decimal outside the save.
    const { save: _, ...rest } = back;
    for (const n of JSON.stringify(rest).match(/-?\d+\.\d+/g) ?? []) expect(n).toMatch(/^-?\d+\.\d$/);
  });

  it('names the files after the scenario and the seed', () => {
    expect(debriefFileName(data)).toBe(`draftroom-debrief-${model.scenario.id}-seed7`);
  });
});
