// The class debrief's data and exports: a finished table summarised clause by clause against the
// landing zone, seats in the display order with their students, and the gradebook CSV (one row per
// student, formula-safe) and Markdown (names escaped) made from it.
import { describe, expect, it } from 'vitest';
import { actorsInDisplayOrder } from '../../src/engine/display-order.ts';
import type { GameSetup } from '../../src/engine/negotiation/types.ts';
import { own } from '../../src/engine/own.ts';
import { classDebriefMarkdown, scoresCsv, summariseTable } from '../../src/state/class-debrief.ts';
import { playToVote } from '../support/play-to-vote.ts';
import { shippedModel } from '../support/room-players.ts';

const model = shippedModel();
const scenario = model.scenario;
const [first, second] = actorsInDisplayOrder(scenario);
if (!first || !second) throw new Error('two actors');
const seats = Object.fromEntries(
  scenario.actors.map((a) => [a.id, a.id === first.id ? 'human' : 'ai']),
) as GameSetup['seats'];
const finished = playToVote(model, { seats, rounds: 1, seed: 3, difficulty: 'normal' });
const holders = [
  { name: '=HYPERLINK("x")', actor: first.id, removed: false },
  { name: 'Omar | the second', actor: first.id, removed: false },
  { name: 'Gone', actor: second.id, removed: true },
];

describe('summariseTable', () => {
  const summary = summariseTable(scenario, { index: 0, game: finished, holders });
  it('reads the outcome from the vote', () => {
    const vote = finished.result?.vote;
    expect(summary.finished).toBe(true);
    expect(summary.adopted).toBe(vote?.adopted);
    expect(summary.votes).toBe(
      `${vote?.yes.length} yes, ${vote?.no.length} no, ${vote?.abstain.length} abstain`,
    );
  });
  it("leads with the collapse by month 12, as the students' gauge and debrief do", () => {
    const at12 = finished.result?.ceasefire.collapse.find((p) => p.month === 12);
    expect(summary.months).toBe(12);
    expect(summary.collapse).toBe(at12?.probability);
  });
  it('counts the clauses whose final option is not the landing zone’s', () => {
    const off = scenario.issues.filter(
      (i) => own(finished.text, i.id) !== own(finished.result?.landingZone ?? {}, i.id),
    ).length;
    expect(summary.offLanding).toBe(off);
    expect(summary.text).toHaveLength(scenario.issues.length);
  });
  it('lists seats in the display order, with their students (the removed left out) and scores', () => {
    expect(summary.seats.map((s) => s.actor)).toEqual(actorsInDisplayOrder(scenario).map((a) => a.name));
    expect(summary.seats[0]?.students).toEqual(['=HYPERLINK("x")', 'Omar | the second']);
    expect(summary.seats[1]?.students).toEqual([]);
    const score = finished.result?.scores.find((s) => s.actor === first.id)?.total;
    expect(summary.seats[0]?.score).toBe(score);
  });
  it('a table not started says so', () => {
    const waiting = summariseTable(scenario, { index: 1, game: null, holders: [] });
    expect(waiting.votes).toBe('Not started');
    expect(waiting.finished).toBe(false);
  });
});

describe('exports', () => {
  const summary = summariseTable(scenario, { index: 0, game: finished, holders });
  it('the CSV has one row per student, and a name cannot become a formula', () => {
    const lines = scoresCsv('ABCD2345', [summary]).trimEnd().split('\r\n');
    expect(lines[0]).toBe('session,table,student,actor,score,vote,adopted');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^ABCD2345,1,"'=HYPERLINK\(""x""\)",/);
    expect(lines[2]).toContain('Omar | the second');
  });
  it('the Markdown escapes what students typed', () => {
    const md = classDebriefMarkdown(scenario, 'ABCD2345', [summary]);
    expect(md).toContain('Omar \\| the second');
    expect(md).not.toMatch(/\| Omar \| the second/);
    expect(md).toContain(`# Class debrief: ${scenario.title}`);
  });
});
