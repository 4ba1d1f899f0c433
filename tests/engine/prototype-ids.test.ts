// Issue #12, finding 1, as a property: ids drawn from every member name of Object.prototype (and a
// few other names a JS object or array answers) plus ordinary ids, put in every place an id goes
// (actors, clauses, options, red lines, constituencies, rules, events, drafts, and as keys of
// salience, values, affinity, utility and draft clauses). A scenario either loads and every number
// the engine gives for any draft — acceptance, tally, consent, collapse risk — is finite, or it is
// refused with located problems. Legal ids (the id pattern, e.g. `constructor`) must load; the others
// (`__proto__`, `toString`…) must be refused.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { assess } from '../../src/engine/assess.ts';
import type { ActorId } from '../../src/engine/ids.ts';
import { landingZone } from '../../src/engine/landing.ts';
import { compile, draftFromIndex, draftIndex } from '../../src/engine/model.ts';
import { ceasefireOutlook } from '../../src/engine/montecarlo.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { GameSetup } from '../../src/engine/negotiation/types.ts';
import { scoreReport } from '../../src/engine/report.ts';
import type { Draft } from '../../src/engine/scenario.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { arbitraryScenario, type RawData } from '../support/arbitrary-scenario.ts';
import { nonFinite, PROTOTYPE_NAMES } from '../support/hostile-ids.ts';

const ORDINARY = ['alpha', 'beta', 'k10', 'no-deal', 'x_y'];
const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;

/** Ids the generator uses, by kind; any of them may be renamed to a hostile name. */
const TOKENS = [
  ...['c0', 'c1', 'c2'], // clauses
  ...['o0', 'o1', 's0', 's1'], // options (of choice and ordinal clauses)
  ...['m00', 'm01', 'm05', 'x0'], // actors: a permanent member, elected members, an invited actor
  ...['line', 'voters', 'rule0', 'ev0', 'd0'], // red line, constituency, rule, event, draft
];

/** Adds what the generic generator leaves out, so every kind of id and id-keyed map is present. */
function enrich(raw: RawData): RawData {
  const issues = raw.issues as { id: string; options: { id: string }[] }[];
  const first = issues[0]!;
  const actors = raw.actors as Record<string, unknown>[];
  const ids = actors.map((a) => a.id as string);
  return {
    ...raw,
    actors: actors.map((a, n) =>
      n % 3 === 2
        ? // Some actors weigh only the first clause, so a lookup of another clause in their tables
          // misses, which is where an inherited member used to answer.
          {
            ...a,
            salience: { [first.id]: 1 },
            values: { [first.id]: (a.values as Record<string, unknown>)[first.id] },
          }
        : n === 1
          ? {
              ...a,
              affinity: ids.includes('x0') ? { m00: 0.4, x0: 0.2 } : { m00: 0.4 },
              constituencies: [
                {
                  id: 'voters',
                  name: 'Voters',
                  weight: 0.3,
                  threshold: 40,
                  salience: { [first.id]: 1 },
                  values: { [first.id]: Object.fromEntries(first.options.map((o, k) => [o.id, k * 20])) },
                },
              ],
            }
          : a,
    ),
    rules: [
      {
        id: 'rule0',
        text: 'A linked effect.',
        when: { issue: first.id, is: first.options[1]!.id },
        effects: { utility: { m00: 5, m05: -5 }, hazard_ratio: 1.2 },
      },
    ],
    ceasefire: {
      ...(raw.ceasefire as object),
      events: [
        {
          id: 'ev0',
          text: 'A shock.',
          chance: 0.1,
          drivers: { spoilers: 1 },
          effects: { collapse: 0.05, hazard_bump: 0.3, half_life: 2, utility: { m01: -10 } },
        },
      ],
    },
    drafts: [{ id: 'd0', title: 'A named draft', clauses: { [first.id]: first.options[1]!.id } }],
    procedure: { ...(raw.procedure as object), pen_holder: ids.includes('m00') ? 'm00' : ids[0] },
  };
}

/** Every string in a file, as a value or as a key. */
function strings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      strings(v, into);
    }
  return into;
}

/** Renames ids wherever they appear, as a value or as a key. */
function rename(value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => rename(v, names));
  if (value !== null && typeof value === 'object') {
    // defineProperty: a renamed key `__proto__` must become a key of the file, not a prototype.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, names.get(k) ?? k, {
        value: rename(v, names),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

const hostileScenario = fc
  .tuple(
    arbitraryScenario,
    fc.uniqueArray(
      fc.oneof(
        // `constructor` is the one Object.prototype member that is a legal id: draw it often.
        { weight: 2, arbitrary: fc.constant('constructor') },
        { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES, ...ORDINARY) },
      ),
      { minLength: 1, maxLength: 6 },
    ),
    fc.shuffledSubarray(TOKENS, { minLength: 6, maxLength: 6 }),
  )
  .map(([raw, names, tokens]) => {
    const data = enrich(raw);
    const present = strings(data);
    const renames = new Map(names.map((name, i) => [tokens[i]!, name]));
    // The hostile names that really went into the file (a token may be absent: fewer clauses…).
    const used = [...renames].filter(([token]) => present.has(token)).map(([, name]) => name);
    return { used, yaml: stringify(rename(data, renames)) };
  });

/** A draft as a caller might hand one in: some clauses set, others left to the opening. */
const drafts = fc.array(fc.tuple(fc.boolean(), fc.nat(4)), { minLength: 5, maxLength: 5 });

describe('ids named after Object.prototype members', { timeout: 300_000 }, () => {
  it('every score is finite, or the scenario is refused with located problems', () => {
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        hostileScenario,
        fc.array(drafts, { minLength: 1, maxLength: 3 }),
        ({ used, yaml }, picks) => {
          const result = parseScenario(yaml, 'hostile.yaml');
          const legal = used.every((name) => ID_PATTERN.test(name));
          if (!result.ok) {
            refused++;
            expect(
              legal,
              `refused although every id is legal: ${used}\n${result.error.map((p) => p.message).join('\n')}`,
            ).toBe(false);
            for (const p of result.error) {
              expect(p.line).toBeGreaterThanOrEqual(1);
              expect(p.col).toBeGreaterThanOrEqual(1);
              expect(p.message.length).toBeGreaterThan(10);
            }
            return;
          }
          loaded++;
          expect(legal, `loaded although an id is illegal: ${used}`).toBe(true);
          const model = compile(result.value);
          // The scenario's own drafts name a real option of every clause, as an own property.
          for (const draft of [
            model.scenario.openingDraft,
            model.scenario.statusQuoDraft,
            ...model.scenario.drafts.map((d) => d.clauses),
          ])
            for (const issue of model.issues) {
              expect(Object.hasOwn(draft, issue.id)).toBe(true);
              expect(issue.options.map((o) => o.id)).toContain(draft[issue.id]);
            }
          const all: Draft[] = [
            model.scenario.openingDraft,
            model.scenario.statusQuoDraft,
            draftFromIndex(model, landingZone(model).draft),
            ...model.scenario.drafts.map((d) => d.clauses),
            ...picks.map((pick) => {
              // A plain object, as a caller builds one: keys only for the clauses it sets.
              const draft: Record<string, string> = {};
              model.issues.forEach((issue, k) => {
                const [set, o] = pick[k] ?? [false, 0];
                if (set) draft[issue.id] = issue.options[o % issue.options.length]!.id;
              });
              return draft as Draft;
            }),
          ];
          for (const draft of all) {
            const index = draftIndex(model, draft);
            // Every clause resolves to a real option, never to something inherited.
            const back = draftFromIndex(model, index);
            for (const issue of model.issues)
              expect(issue.options.map((o) => o.id)).toContain(back[issue.id]);
            const report = scoreReport(model, draft, {
              runs: 100,
              seed: 3,
              months: 12,
              label: { name: 'p', title: 'p' },
            });
            expect(nonFinite(report)).toEqual([]);
            const { yes, no, abstain } = report.vote;
            expect(yes.length + no.length + abstain.length).toBe(model.scenario.procedure.members.length);
            const a = assess(model, index);
            expect(nonFinite(a.evaluation)).toEqual([]);
            expect(nonFinite(ceasefireOutlook(model, a, { runs: 50, seed: 1, months: 6 }))).toEqual([]);
          }
        },
      ),
      { numRuns: 150 },
    );
    // Both branches must really be exercised.
    expect(loaded).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });
});

describe('seats named after Object.prototype members', () => {
  const text = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8').replace(
    /(?<![\w-])e2(?![\w-])/g,
    'constructor',
  );
  const parsed = parseScenario(text, 'actor-constructor.yaml');
  if (!parsed.ok) throw new Error('the renamed minimal scenario must load');
  const model = compile(parsed.value);
  const seats = Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai'])) as GameSetup['seats'];

  it('a set-up (as a save carries it) must seat an actor named constructor itself', () => {
    const { ['constructor' as ActorId]: _, ...without } = seats;
    const missing = newGame(model, { seats: without, rounds: 1, seed: 1, difficulty: 'normal' });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error.message).toMatch(/actor 'constructor' needs a seat/);
    expect(newGame(model, { seats, rounds: 1, seed: 1, difficulty: 'normal' }).ok).toBe(true);
  });

  it('a set-up with a __proto__ seat (JSON.parse makes it an own key) is refused', () => {
    const hostile = JSON.parse(`{"__proto__": "human", ${JSON.stringify(seats).slice(1)}`);
    const game = newGame(model, { seats: hostile, rounds: 1, seed: 1, difficulty: 'normal' });
    expect(game.ok).toBe(false);
    expect(!game.ok && game.error.message).toMatch(/'__proto__' is not an actor/);
  });
});
