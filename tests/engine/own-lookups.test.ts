// Guard for the rule in src/engine/own.ts: a lookup keyed by an id from scenario data, a save, a link or
// a command line reads an own property (own/hasOwn) or a Map, never `record[id]`, which returns
// Object.prototype's `constructor` for an id so named (issue #12).
//
// What it can see, without types: index reads whose key is spelled as an id — `x[id]`, `x[a.id]`,
// `x[issueId]` — and `id in x`. An id is a string, so such a key is never an array index, and at the
// commit before #12 (8411849) this finds 36 of the unsafe reads (game.text[i.id], seats[id],
// prefs.values[issueId]…). It cannot see reads keyed by other names (`text[c.issue]`, `seats[s.actor]`):
// the same names index the compiled model's arrays, and telling them apart needs the types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `record[id]`, `record?.[a.id]`, `record[issueId]` as a read (not `record[id] = value`, which is safe). */
const ID_INDEX_READ = /(?:(?<=[\w$)\]])|\?\.)\[(?:[\w$]+(?:\?\.|\.))*(?:id|[\w$]*Id)\](?!\s*=[^=>])/;
/** `id in record` (but not `for (const id in …)`, which walks the keys). */
const ID_IN = /(?<!(?:const|let|var) )\b(?:[\w$]+\.)*(?:id|[\w$]*Id) in [\w$]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Each line of `files` that looks up a record by an id without own()/hasOwn(), as file:line: text. */
function idLookups(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const code = line.trim();
        if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return [];
        return ID_INDEX_READ.test(code) || ID_IN.test(code) ? [`${file}:${i + 1}: ${code}`] : [];
      }),
  );
}

describe('prototype-safe lookups', () => {
  it('sees the unsafe shapes and lets the safe ones through', () => {
    const unsafe = [
      'const seat = setup.seats[id];',
      "return game.text[i.id] ?? '';",
      'if (prefs.values[issueId] === undefined) {',
      'const x = result?.ground?.[a.id];',
      'if (id in record) return;',
    ];
    const safe = [
      'const seat = own(setup.seats, id);',
      'next[a.id] = value;',
      'for (const id in record) count++;',
      'const list = [partner.actor.id];',
      'const shape = { [first.id]: 1 };',
      'const row = prefs.values[k] ?? 0;',
    ];
    const check = (line: string) => ID_INDEX_READ.test(line) || ID_IN.test(line);
    expect(unsafe.filter((line) => !check(line))).toEqual([]);
    expect(safe.filter(check)).toEqual([]);
  });

  it('no source reads a record by an id except through own() or hasOwn()', () => {
    // own.ts is the one place that indexes by a key, after checking it is an own property.
    const files = sources('src').filter((file) => !file.endsWith(join('engine', 'own.ts')));
    expect(files.length).toBeGreaterThan(100);
    expect(idLookups(files)).toEqual([]);
  });
});
