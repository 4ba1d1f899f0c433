// Issue #12, finding 1, in the stores: lab links name clauses and options chosen by the scenario's
// author and typed by anyone; the debrief reads seats, ground stances and trajectories by actor id.
// An id named `constructor` must round-trip through a link and show in a debrief as itself, and a link
// naming an inherited member (`constructor` where there is none, `__proto__`, `toString`) is refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorId, IssueId } from '../../src/engine/ids.ts';
import { compile, type Model } from '../../src/engine/model.ts';
import { runAi } from '../../src/engine/negotiation/runner.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { Draft } from '../../src/engine/scenario.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { buildDebrief } from '../../src/state/debrief.ts';
import { summarise } from '../../src/state/lab-summary.ts';
import { decodeLab, defaultSettings, encodeLab, openingDraft } from '../../src/state/lab-url.ts';
import { DEFAULT_SCENARIO, HOSTILE_DIR, nonFinite } from '../support/hostile-ids.ts';

function load(text: string): Model {
  const result = parseScenario(text, 'test.yaml');
  if (!result.ok) throw new Error(result.error.map((p) => p.message).join('\n'));
  return compile(result.value);
}

const shipped = load(readFileSync(DEFAULT_SCENARIO, 'utf8'));
const clause = load(readFileSync(`${HOSTILE_DIR}/ids-constructor-clause.yaml`, 'utf8'));

describe('ids named constructor in lab links and the debrief', { timeout: 120_000 }, () => {
  it('a lab link carries a clause named constructor there and back', () => {
    const draft = { ...openingDraft(clause), constructor: 'adopt' } as Draft;
    const settings = { ...defaultSettings(clause, null), draft };
    const hash = encodeLab(clause, settings);
    expect(hash).toContain('constructor.adopt');
    const back = decodeLab(clause, hash, null);
    expect(back.ok).toBe(true);
    expect(back.settings.draft).toEqual(draft);
    // The opening draft says nothing of the clause in a link: its option is the opening one.
    expect(encodeLab(clause, defaultSettings(clause, null))).not.toContain('constructor');
    const summary = summarise(clause, draft, openingDraft(clause));
    expect(summary.changed).toEqual(['constructor' as IssueId]);
    expect(nonFinite(summary)).toEqual([]);
  });

  it.each(['constructor.adopt', '__proto__.x', 'toString.none', 'mandate.constructor', 'mandate.__proto__'])(
    'a link with draft=%s on the shipped scenario is refused and changes nothing',
    (pair) => {
      const decoded = decodeLab(shipped, `#lab?draft=${pair}`, null);
      expect(decoded.ok).toBe(false);
      if (decoded.ok) return;
      expect(decoded.problems.join(' ')).toMatch(/is not a clause|has no option/);
      expect(decoded.settings.draft).toEqual(openingDraft(shipped));
      expect(Object.getPrototypeOf(decoded.settings.draft)).toBe(Object.prototype);
    },
  );

  it('the debrief of a game names an actor called constructor as itself', () => {
    // An elected member (no seat on the ground), so `ground` must be null, not Object.
    const text = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8').replace(
      /(?<![\w-])e2(?![\w-])/g,
      'constructor',
    );
    const model = load(text);
    const start = newGame(model, {
      seats: Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai'])),
      rounds: 1,
      seed: 4,
      difficulty: 'normal',
    });
    if (!start.ok) throw new Error(start.error.message);
    const end = runAi(model, start.value);
    if (!end.ok) throw new Error(end.error.message);
    const data = buildDebrief(model, end.value, { date: '2026-01-01' });
    const row = data.seats.find((s) => s.actor === ('constructor' as ActorId));
    expect(row?.player).toBe('ai');
    expect(row?.ground).toBeNull();
    expect(nonFinite(data)).toEqual([]);
    expect(() => structuredClone(data)).not.toThrow();
  });
});
