// Hostile-id scenarios built from the default scenario by plain text edits, so each one differs from
// the shipped file only where the probe of issue #12 found a fault: an id named `constructor`, which
// a plain object also answers (Object.prototype.constructor). The tests that compare scores with the
// shipped scenario make them afresh from today's default scenario; the copies under
// tests/fixtures/hostile/ are for a person to try with the CLI (`draftroom score FILE --json`) and are
// only checked to load and score. Refresh them with `npx tsx tests/support/hostile-ids.ts`.
import { readFileSync, writeFileSync } from 'node:fs';

/** Names a plain object, an array or a function answers without holding them. */
export const PROTOTYPE_NAMES = [
  ...Object.getOwnPropertyNames(Object.prototype), // constructor, __proto__, toString, valueOf, …
  'prototype',
  'length',
  'name',
  'call',
  'apply',
  'bind',
];
export const DEFAULT_SCENARIO = 'scenarios/gaza-isf-2025.yaml';
export const HOSTILE_DIR = 'tests/fixtures/hostile';

function replaceOnce(text: string, find: string | RegExp, by: string): string {
  const next = text.replace(find, by);
  if (next === text) throw new Error(`the default scenario has changed: ${String(find)} not found`);
  return next;
}

const header = (what: string) =>
  `# Hostile input (issue #12): ${what}\n# Made by tests/support/hostile-ids.ts from ${DEFAULT_SCENARIO}; do not edit by hand.\n`;

/**
 * A clause whose id is `constructor`. Two actors list it (salience 0, so every score stays what the
 * shipped scenario gives); everyone else leaves it out, so a lookup that falls through to
 * Object.prototype meets the `Object` function instead of "no weight".
 */
export function constructorClause(source: string): string {
  const clause = [
    '  - id: constructor',
    '    title: A clause named constructor',
    '    kind: choice',
    '    paragraph: 99',
    '    description: A clause whose id is also the name of a member of every JavaScript object.',
    '    opening: none',
    '    status_quo: none',
    '    options:',
    '      - id: none',
    '        label: No provision',
    '      - id: adopt',
    '        label: Adopt',
    '        text: Decides to remain seized of the matter;',
    '',
    '',
  ].join('\n');
  let text = replaceOnce(source, /\n# =+\n# 4\. ACTORS/, `\n${clause}$&`);
  for (const actor of ['usa', 'gbr']) {
    const at = text.indexOf(`\n  - id: ${actor}\n`);
    const salience = text.indexOf('\n    salience:\n', at);
    const values = text.indexOf('\n    values:\n', at);
    if (at < 0 || salience < 0 || values < 0) throw new Error(`the default scenario has changed: ${actor}`);
    text = `${text.slice(0, values)}\n    values:\n      constructor: { none: 50, adopt: 50 }${text.slice(values + '\n    values:'.length)}`;
    text = `${text.slice(0, salience)}\n    salience:\n      constructor: 0${text.slice(salience + '\n    salience:'.length)}`;
  }
  return header('a clause with the id `constructor`') + text;
}

/**
 * An option `constructor` in the Board-of-Peace clause, the twin of `oversight`: the same text
 * effects and, for every actor, the same value, so a draft choosing it must score exactly as one
 * choosing `oversight` (no rule or red line names either).
 */
export function constructorOption(source: string): string {
  let text = replaceOnce(
    source,
    '      - id: oversight\n        label: Board of Peace under Council oversight\n',
    '      - id: constructor\n        label: Board of Peace under Council oversight (twin)\n        text: >-\n          Welcomes the Plan and takes note of the Board of Peace, under Council oversight;\n        sets: { guarantees: 0.2, inclusion: 0.1 }\n$&',
  );
  let count = 0;
  text = text.replace(/^( +bop: *\{.*\boversight: *)(\d+)/gm, (_, head: string, value: string) => {
    count++;
    return `${head}${value}, constructor: ${value}`;
  });
  if (count === 0) throw new Error('the default scenario has changed: no bop values');
  return header('an option with the id `constructor`') + text;
}

/** Every number anywhere in a report, with its path, that is not finite (NaN, ±Infinity). */
export function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

export const HOSTILE_ID_FIXTURES = {
  'ids-constructor-clause.yaml': constructorClause,
  'ids-constructor-option.yaml': constructorOption,
} as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = readFileSync(DEFAULT_SCENARIO, 'utf8');
  for (const [file, make] of Object.entries(HOSTILE_ID_FIXTURES))
    writeFileSync(`${HOSTILE_DIR}/${file}`, make(source));
}
