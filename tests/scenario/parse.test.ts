import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../src/scenario/parse.ts';
import { withoutPositions } from '../support/positions.ts';

const minimal = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

function load(text: string) {
  const result = parseScenario(text, 'minimal.yaml');
  if (!result.ok) throw new Error(result.error.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n'));
  return result.value;
}

describe('parseScenario on a valid file', () => {
  const scenario = load(minimal);

  it('sorts every list by id', () => {
    const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
    for (const list of [
      scenario.actors,
      scenario.issues,
      scenario.rules,
      scenario.drafts,
      scenario.sources,
      scenario.ceasefire.events,
    ]) {
      expect(ids(list)).toEqual([...ids(list)].sort());
    }
    for (const issue of scenario.issues) expect(ids(issue.options)).toEqual([...ids(issue.options)].sort());
  });

  it('normalises salience to weights that sum to 1 and keeps the raw numbers', () => {
    for (const actor of scenario.actors) {
      const total = Object.values(actor.weights).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 12);
      expect(Object.keys(actor.weights)).toEqual(Object.keys(actor.salience));
    }
  });

  it('freezes the whole tree', () => {
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.actors[0]?.values)).toBe(true);
    expect(Object.isFrozen(scenario.issues[0]?.options[0])).toBe(true);
  });

  it('derives the opening and status-quo drafts and completes named drafts', () => {
    for (const issue of scenario.issues) {
      expect(scenario.openingDraft[issue.id]).toBe(issue.opening);
      expect(scenario.statusQuoDraft[issue.id]).toBe(issue.statusQuo);
      for (const draft of scenario.drafts)
        expect(issue.options.map((o) => o.id)).toContain(draft.clauses[issue.id]);
    }
  });

  it('gives the Security Council its fifteen members, five permanent', () => {
    expect(scenario.procedure.forum).toBe('unsc');
    expect(scenario.procedure.members).toHaveLength(15);
    if (scenario.procedure.forum === 'unsc') expect(scenario.procedure.permanent).toHaveLength(5);
  });

  it('fills defaults: every judgement block has a basis', () => {
    expect(scenario.procedure.thresholds.basis.length).toBeGreaterThan(0);
    for (const effect of Object.values(scenario.ceasefire.drivers))
      expect(effect.basis.length).toBeGreaterThan(0);
  });

  it('reads the shuffled twin of the file as the same scenario, but for the options’ display order', () => {
    const text = readFileSync('tests/fixtures/good/minimal-shuffled.yaml', 'utf8');
    const shuffled = load(text);
    expect(withoutPositions(shuffled)).toEqual(withoutPositions(scenario));
    // Each option keeps where its file listed it (the order the interface shows them in).
    const raw = parse(text) as { issues: Array<{ id: string; options: Array<{ id: string }> }> };
    for (const issue of shuffled.issues) {
      const written = raw.issues.find((i) => i.id === issue.id)!.options.map((o) => o.id);
      expect([...issue.options].sort((a, b) => a.position - b.position).map((o) => o.id)).toEqual(written);
    }
  });
});
