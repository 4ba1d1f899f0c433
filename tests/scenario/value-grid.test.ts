// The studio's preferences grid on the YAML text: read as the file writes it, and each edit a minimal
// change that keeps every other byte, and the file still valid.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { applyEdit, readGrid, type TextEdit, valueEdit } from '../../src/scenario/value-grid.ts';

// The template as it was in the full form (every value written), kept as a fixture: the grid's
// edits are tested on written values; the compact template's stances are tested below.
const template = readFileSync('tests/fixtures/good/full-form-template.yaml', 'utf8');

const edited = (source: string, edit: TextEdit | string): string => {
  if (typeof edit === 'string') throw new Error(edit);
  return applyEdit(source, edit);
};

describe('readGrid', () => {
  it('reads the clauses, their options in the author order, and every written value', () => {
    const grid = readGrid(template)!;
    expect(grid.clauses.map((c) => c.id)).toEqual(['mission', 'size', 'troops_kes']);
    expect(grid.clauses[0]!.options).toEqual([
      { id: 'none', label: 'No mission' },
      { id: 'observers', label: 'Unarmed observers' },
      { id: 'peacekeepers', label: 'Armed peacekeepers' },
    ]);
    const aurelia = grid.actors.find((a) => a.id === 'aur')!;
    expect(aurelia.name).toBe('Commonwealth of Aurelia');
    expect(aurelia.written.mission).toEqual({ none: 0, observers: 50, peacekeepers: 100 });
    // Written in flow style on one line with quoted keys.
    expect(grid.actors.find((a) => a.id === 'kes')!.written.troops_kes).toEqual({ yes: 100, no: 0 });
    expect(grid.actors).toHaveLength(17);
  });

  it('reads only the values a compact stance writes beside it, never its falloff', () => {
    const compact = readGrid(readFileSync('scenarios/_template.yaml', 'utf8'))!;
    const borealis = compact.actors.find((a) => a.name === 'Borealis Federation')!;
    expect(borealis.written.mission).toEqual({ peacekeepers: 10 });
    const aurelia = compact.actors.find((a) => a.name === 'Commonwealth of Aurelia')!;
    expect(aurelia.written.mission).toEqual({});
  });

  it('is null for a text that is not YAML, and empty for a map without actors', () => {
    expect(readGrid('a: [unclosed')).toBeNull();
    expect(readGrid('- a list')).toBeNull();
    expect(readGrid('draftroom: 1')).toEqual({ clauses: [], actors: [] });
  });
});

describe('valueEdit', () => {
  it('replaces one number in a block map and changes nothing else', () => {
    const edit = valueEdit(template, 0, 'mission', 'observers', 35) as TextEdit;
    expect(template.slice(edit.from, edit.to)).toBe('50');
    const after = edited(template, edit);
    expect(after.replace('observers: 35', 'observers: 50')).toBe(template);
    const parsed = parseScenario(after, 't.yaml');
    const values = parsed.ok
      ? (parsed.value.actors.find((a) => a.id === 'aur')!.values as Record<string, Record<string, number>>)
      : {};
    expect(values.mission?.observers).toBe(35);
  });

  it('adds a missing option to a flow map, and a missing clause to a block map', () => {
    const source = template.replace(
      'size: { none: 10, small: 100, large: 60 }',
      'size: { none: 10, small: 100 }',
    );
    const dal = readGrid(source)!.actors.find((a) => a.id === 'dal')!;
    const after = edited(source, valueEdit(source, dal.index, 'size', 'large', 61));
    expect(after).toContain('size: { none: 10, small: 100, large: 61 }');
    expect(parseScenario(after, 't.yaml').ok).toBe(true);

    const aur = edited(template, valueEdit(template, 0, 'troops_kes', 'yes', 40));
    // A new line under the last clause, at its indentation, the key quoted as the template quotes it.
    expect(aur).toContain(
      '      size: { none: 0, small: 60, large: 100 }\n      troops_kes: { "yes": 40 }\n',
    );
    expect(readGrid(aur)!.actors[0]!.written.troops_kes).toEqual({ yes: 40 });
  });

  it('keeps a trailing comment on its own pair', () => {
    const source = 'actors:\n  - id: a\n    values:\n      m:\n        x: 1   # why one\n';
    expect(edited(source, valueEdit(source, 0, 'm', 'z', 2))).toBe(
      'actors:\n  - id: a\n    values:\n      m:\n        x: 1   # why one\n        z: 2\n',
    );
  });

  it('says why when it cannot edit', () => {
    expect(valueEdit(template, 0, 'mission', 'none', 101)).toBe('a value is a number from 0 to 100');
    expect(valueEdit('a: [', 0, 'm', 'x', 1)).toMatch(/does not parse/);
    expect(valueEdit(template, 99, 'mission', 'none', 1)).toMatch(/no longer in the file/);
  });

  it('sets exactly the value asked for and leaves every other written value as it was', () => {
    const grid = readGrid(template)!;
    const cells = grid.actors.flatMap((a) =>
      grid.clauses.flatMap((c) => c.options.map((o) => ({ actor: a.index, clause: c.id, option: o.id }))),
    );
    fc.assert(
      fc.property(fc.constantFrom(...cells), fc.integer({ min: 0, max: 100 }), (cell, value) => {
        const after = readGrid(
          edited(template, valueEdit(template, cell.actor, cell.clause, cell.option, value)),
        )!;
        for (const actor of grid.actors) {
          const now = after.actors.find((a) => a.index === actor.index)!;
          const expected =
            actor.index === cell.actor
              ? { ...actor.written, [cell.clause]: { ...actor.written[cell.clause], [cell.option]: value } }
              : actor.written;
          expect(now.written).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('readGrid on hostile keys', () => {
  it('reads a clause called constructor as data, and leaves __proto__ out', () => {
    const source =
      'actors:\n  - id: a\n    values:\n      constructor: { x: 1 }\n      __proto__: { polluted: 1 }\n      m: { __proto__: 5, y: 2 }\n';
    const actor = readGrid(source)!.actors[0]!;
    expect(Object.keys(actor.written)).toEqual(['constructor', 'm']);
    expect(actor.written.constructor).toEqual({ x: 1 });
    expect(Object.getPrototypeOf(actor.written)).toBe(Object.prototype);
    expect(actor.written.m).toEqual({ y: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
