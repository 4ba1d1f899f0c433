// Scores that reward play, not the seat (issue #14, item 5). A seat that did nothing gains nothing,
// whatever its seat: the pen holder no longer wins by having written the opening draft. Any seat that
// gets the text it likes best (among those the Council would adopt) tops the table — the United
// States, Hamas and Egypt alike. In all-AI games the United States does not come first by its seat,
// and Hamas is not always last. The score's sentence names actors, never ids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../../src/engine/ids.ts';
import { compile, type Model } from '../../../src/engine/model.ts';
import { runAi } from '../../../src/engine/negotiation/runner.ts';
import {
  bestAdoptableText,
  NOTHING_TO_GAIN,
  SCORE_WEIGHTS,
  scoreSeats,
  scoreSentence,
} from '../../../src/engine/negotiation/scores.ts';
import { newGame } from '../../../src/engine/negotiation/state.ts';
import type { GameState, Score } from '../../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';
import { forbiddenIds, idsIn } from '../../support/ids-in-text.ts';
import { playToVote } from '../../support/play-to-vote.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const model: Model = compile(parsed.value);
const US = 'usa' as ActorId;
const HAMAS = 'ham' as ActorId;
const EGYPT = 'egy' as ActorId;
const noShift = new Float64Array(model.actors.length);

const seats = (kind: 'human' | 'ai') => Object.fromEntries(model.scenario.actors.map((a) => [a.id, kind]));

/** Ranks as the debrief gives them: best first, equal totals share a rank. */
function rankOf(scores: readonly Score[], actor: ActorId): number {
  const mine = scores.find((s) => s.actor === actor)!.total;
  return 1 + scores.filter((s) => s.total > mine + 1e-9).length;
}

describe('scores reward play, not the seat', { timeout: 120_000 }, () => {
  it('a game in which nobody moves gains nobody anything, and the pen holder no longer leads', () => {
    // Every seat passes and the pen holder keeps its opening draft.
    const game = playToVote(model, { seats: seats('human'), rounds: 1, seed: 3, difficulty: 'normal' });
    const result = game.result!;
    expect(result.text).toEqual(model.scenario.openingDraft);
    for (const s of result.scores) {
      expect(s.acceptance).toBeCloseTo(s.opening, 9);
      // Nothing gained — unless the opening was already the best the seat could reach.
      expect(s.gain).toBe(s.best - s.opening < NOTHING_TO_GAIN ? 100 : 0);
    }
    const us = result.scores.find((s) => s.actor === US)!;
    // Every seat that accepts the adopted text and had something to gain scores what the US scores.
    const peers = result.scores.filter((s) => s.acceptance >= 50 && s.best - s.opening >= NOTHING_TO_GAIN);
    expect(peers.length).toBeGreaterThan(5);
    for (const s of peers) expect(s.total).toBeCloseTo(us.total, 9);
    expect(us.total).toBeCloseTo(SCORE_WEIGHTS.adoption * 100 + SCORE_WEIGHTS.survival * us.survival, 9);
  });

  it.each([US, HAMAS, EGYPT])('%s tops the table with the text it likes best', (actor) => {
    const best = bestAdoptableText(model, actor, model.opening, model.opening, noShift);
    expect(best).not.toBeNull();
    const scores = scoreSeats(model, {
      opening: model.opening,
      final: best!.draft,
      shift: noShift,
      adopted: true,
      acceptance: [],
      survival12: 0.5,
    });
    const mine = scores.find((s) => s.actor === actor)!;
    expect(mine.gain).toBeCloseTo(100, 9);
    expect(mine.acceptance).toBeCloseTo(best!.acceptance, 9);
    expect(rankOf(scores, actor)).toBe(1);
  });

  const games: Array<{ seed: number; game: GameState }> = [1, 2, 3, 4, 5].map((seed) => {
    const start = newGame(model, { seats: seats('ai'), rounds: 4, seed, difficulty: 'normal' });
    if (!start.ok) throw new Error(start.error.message);
    const end = runAi(model, start.value);
    if (!end.ok) throw new Error(end.error.message);
    return { seed, game: end.value };
  });

  it('all-AI games: the US never comes first by its seat, and Hamas is not always last', () => {
    const table = games.map(({ seed, game }) => {
      const scores = game.result!.scores;
      return { seed, us: rankOf(scores, US), hamas: rankOf(scores, HAMAS), seats: scores.length };
    });
    for (const row of table) expect(row.us, `seed ${row.seed}`).toBeGreaterThan(1);
    expect(table.some((row) => row.hamas < row.seats)).toBe(true);
  });

  it('every part of a score is in range and the total is their weighted sum', () => {
    for (const { game } of games)
      for (const s of game.result!.scores) {
        expect(s.best).toBeGreaterThanOrEqual(s.opening);
        expect(s.gain).toBeGreaterThanOrEqual(0);
        expect(s.gain).toBeLessThanOrEqual(100);
        expect(s.total).toBeCloseTo(
          SCORE_WEIGHTS.gain * s.gain +
            SCORE_WEIGHTS.adoption * s.adoption +
            SCORE_WEIGHTS.survival * s.survival,
          9,
        );
      }
  });

  it('explains every score in one sentence that names the actor and no id', () => {
    const ids = forbiddenIds(model);
    for (const { game } of games) {
      const result = game.result!;
      for (const s of result.scores) {
        const sentence = scoreSentence(model, s, result.vote.adopted);
        const name = model.scenario.actors.find((a) => a.id === s.actor)!.short;
        expect(sentence.startsWith(name), sentence).toBe(true);
        expect(idsIn(sentence, ids), sentence).toEqual([]);
        expect(sentence).toMatch(/: score \d+\.\d\.$/);
        expect(sentence.split('. ')).toHaveLength(1);
      }
    }
    const egypt = games[0]!.game.result!.scores.find((s) => s.actor === EGYPT)!;
    expect(scoreSentence(model, egypt, true)).toMatch(
      /^Egypt gained \d+\.\d of the \d+\.\d points it could have gained \(\d+%\); the text was adopted and Egypt accepts it; the ceasefire holds 12 months in \d+% of runs: score \d+\.\d\.$/,
    );
  });
});
