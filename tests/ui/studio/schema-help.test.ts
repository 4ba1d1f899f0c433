// The studio's completion and hover help: where the cursor is in the YAML, and what the format's
// JSON Schema says may be written there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldHelp, fieldsAt, type SchemaNode, suggestionsAt } from '../../../src/ui/studio/schema-help.ts';
import { placeAt } from '../../../src/ui/studio/yaml-path.ts';

const schema = JSON.parse(readFileSync('scenarios/draftroom.schema.json', 'utf8')) as SchemaNode;
const template = readFileSync('scenarios/_template.yaml', 'utf8');

/** The place at the `|` in `text`. */
const at = (text: string) => placeAt(text.replace('|', ''), text.indexOf('|'));

describe('placeAt', () => {
  it('follows block maps and lists by indentation', () => {
    expect(at('draftroom: 1\nprocedure:\n  forum: unsc\n  ro|')).toMatchObject({
      path: ['procedure'],
      on: 'key',
      word: 'ro',
    });
    expect(at('actors:\n  - id: aur\n    values:\n      mission: 3\n    kind: st|')).toMatchObject({
      path: ['actors', '[]', 'kind'],
      on: 'value',
      word: 'st',
    });
    expect(at('actors:\n  - id: aur\n    name: A\n  - |')).toMatchObject({
      path: ['actors', '[]'],
      on: 'key',
    });
  });

  it('follows a one-line flow map', () => {
    expect(at('actors:\n  - { id: cor, kind: |')).toMatchObject({
      path: ['actors', '[]', 'kind'],
      on: 'value',
    });
    expect(at('actors:\n  - { id: cor, cl|')).toMatchObject({
      path: ['actors', '[]'],
      on: 'key',
      word: 'cl',
    });
    expect(
      at('issues:\n  - id: m\n    options:\n      - { id: a, sets: { mandate_fit: 1, tr|'),
    ).toMatchObject({
      path: ['issues', '[]', 'options', '[]', 'sets'],
      on: 'key',
    });
  });

  it('reads every line of the template without throwing', () => {
    for (let pos = 0; pos < template.length; pos += 97) expect(() => placeAt(template, pos)).not.toThrow();
    expect(at('draftroom: 1\n# a comm|')).toBeNull();
  });
});

describe('help from the schema', () => {
  it('offers the fields of the map at the cursor, with their descriptions', () => {
    const top = fieldsAt(schema, []).map((f) => f.name);
    expect(top).toEqual(
      expect.arrayContaining(['draftroom', 'id', 'title', 'actors', 'issues', 'ceasefire']),
    );
    const actor = fieldsAt(schema, ['actors', '[]']);
    expect(actor.find((f) => f.name === 'clout')).toMatchObject({ type: 'number 0–100', required: true });
    expect(actor.find((f) => f.name === 'kind')?.type).toBe('one of: state, armed_group, organisation');
    expect(fieldHelp(schema, ['id'])?.description).toBe(
      'Lowercase letters, digits, - and _, starting with a letter.',
    );
  });

  it("offers an enum's values on a value", () => {
    const values = suggestionsAt(schema, at('procedure:\n  forum: |'));
    expect(values.map((s) => s.label)).toEqual(['unsc', 'consensus', 'k_of_n']);
    const seat = suggestionsAt(schema, at('actors:\n  - { id: a, seat: |'));
    expect(seat.map((s) => s.label)).toEqual(['permanent', 'elected', 'none']);
    expect(suggestionsAt(schema, at('actors:\n  - { id: a, ground: |')).map((s) => s.label)).toEqual([
      'true',
      'false',
    ]);
  });

  it('offers nothing where the schema has nothing to say', () => {
    expect(suggestionsAt(schema, at('nonsense:\n  deeper: |'))).toEqual([]);
    expect(fieldHelp(schema, ['nonsense'])).toBeNull();
  });
});

describe('placeAt on hostile text', () => {
  it('reads long lines of spaces and colons in linear time', () => {
    const spaces = `a${' '.repeat(200_000)}`;
    const text = `actors:\n${spaces}\n  - { id: a, ${'x '.repeat(100_000)}`;
    const started = performance.now();
    placeAt(text, text.length);
    placeAt(`${spaces}\n  ki`, spaces.length + 5);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
