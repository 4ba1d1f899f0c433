// Issue #12, finding 1, at the loader: each name an object inherits, put in each place an id goes
// (clause, option, actor, rule, event, draft — and so also as a key of salience, values, affinity,
// utility and draft clauses, and as a reference in conditions). `constructor` (and `prototype`) are
// legal ids and must load and score; `__proto__`, `toString`… must be refused where they stand, with
// a line and column. An option `constructor` that some actor gives no value is refused, as any
// other option would be.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { compile } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { nonFinite } from '../support/hostile-ids.ts';

const minimal = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

/** One id of each kind in the minimal scenario, and the words around it that are not that id. */
const PLACES = {
  clause: 'mandate',
  option: 'monitor',
  actor: 'e2',
  rule: 'eastland-reassures',
  event: 'spoiler-attack',
  draft: 'pen-draft',
} as const;

const LEGAL = ['constructor', 'prototype'];
const REFUSED = ['__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

const renamed = (token: string, name: string) =>
  minimal.replace(new RegExp(`(?<![\\w-])${token}(?![\\w-])`, 'g'), () => name);

describe('ids named after Object.prototype members, in every place an id goes', () => {
  for (const [place, token] of Object.entries(PLACES)) {
    it.each(LEGAL)(`a ${place} named %s loads and scores`, (name) => {
      const result = parseScenario(renamed(token, name), 'legal.yaml');
      if (!result.ok) throw new Error(result.error.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n'));
      const model = compile(result.value);
      const a = assess(model, model.opening);
      expect(nonFinite(a.evaluation)).toEqual([]);
      expect(a.vote.yes.length + a.vote.no.length + a.vote.abstain.length).toBe(15);
    });

    it.each(REFUSED)(`a ${place} named %s is refused where it stands`, (name) => {
      const text = renamed(token, name);
      const result = parseScenario(text, 'refused.yaml');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const lines = text.split('\n');
      for (const p of result.error) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.col).toBeGreaterThanOrEqual(1);
        expect(p.message.length).toBeGreaterThan(10);
      }
      // The refusal points at the name: some problem stands on a line that uses it. (Not every use:
      // a `__proto__` key stops the loader before the shape is checked, so only the keys are named.)
      const uses = new Set(lines.flatMap((line, i) => (line.includes(name) ? [i + 1] : [])));
      expect(
        result.error.some((p) => uses.has(p.line)),
        result.error.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n'),
      ).toBe(true);
    });
  }

  it('an option named constructor with no value for an actor that weighs its clause is refused', () => {
    const file = 'tests/fixtures/hostile/ids-constructor-option-without-value.yaml';
    const text = readFileSync(file, 'utf8');
    const [, line, col, words] = /^# expect: (\d+):(\d+) (.+)$/m.exec(text) ?? [];
    const result = parseScenario(text, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.error.some(
        (p) => p.line === Number(line) && p.col === Number(col) && p.message.includes(words!),
      ),
      result.error.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n'),
    ).toBe(true);
  });
});
