// The studio's preferences grid, read from and written into a scenario's YAML text: for each clause,
// every actor's value of every option as the file writes it (`actors[i].values.<clause>.<option>`).
// Reading works on a file that does not pass the checker yet (only its YAML must parse). Writing is
// a minimal text edit located through the yaml Document's node ranges: one number replaced, or one
// `option: value` pair added to the map it belongs in, so every comment, blank line and flow `{ }`
// the author wrote stays as it was (re-serialising the Document would re-flow them).
import { type Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseYamlWithin } from './depth.ts';
import { FORBIDDEN_KEYS, LIMITS } from './limits.ts';
import { STANCE_KEYS } from './stances.ts';

export interface GridOption {
  readonly id: string;
  readonly label: string;
}

export interface GridClause {
  readonly id: string;
  readonly title: string;
  /** In the author's order. */
  readonly options: readonly GridOption[];
}

export interface GridActor {
  /** Its position in the file's `actors:` list (what an edit names). */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The values the file writes out: clause → option → value. */
  readonly written: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface ValueGrid {
  readonly clauses: readonly GridClause[];
  readonly actors: readonly GridActor[];
}

/** Replace `from`..`to` of the text with `insert`. */
export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

function parse(text: string): Document.Parsed | null {
  if (text.length > LIMITS.bytes) return null;
  const parsed = parseYamlWithin(text, LIMITS.depth);
  if ('tooDeep' in parsed || parsed.doc.errors.length > 0 || !isMap(parsed.doc.contents)) return null;
  return parsed.doc;
}

const text = (node: unknown): string | null =>
  isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : null;

const mapOf = (node: unknown): YAMLMap | null => (isMap(node) ? node : null);

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => text(p.key) === key);
}

/**
 * The option values a clause's map writes. In a compact stance (`{ ideal, falloff, … }`, stances.ts)
 * `falloff` is a rule, not an option's value: only the options written beside it are values.
 */
function numbers(map: YAMLMap | null): Record<string, number> {
  const out: Record<string, number> = {};
  const stance = map ? pairOf(map, 'ideal') !== undefined : false;
  for (const pair of map?.items ?? []) {
    const key = text(pair.key);
    if (
      key !== null &&
      !FORBIDDEN_KEYS.has(key) &&
      !(stance && (STANCE_KEYS as readonly string[]).includes(key)) &&
      isScalar(pair.value) &&
      typeof pair.value.value === 'number'
    )
      out[key] = pair.value.value;
  }
  return out;
}

/** The grid of a YAML text, or null when it does not parse as a YAML map. */
export function readGrid(source: string): ValueGrid | null {
  const doc = parse(source);
  if (!doc) return null;
  const root = doc.contents as YAMLMap;
  const list = (key: string) => {
    const node = root.get(key, true);
    return isSeq(node) ? node.items : [];
  };
  const clauses: GridClause[] = [];
  for (const item of list('issues')) {
    const issue = mapOf(item);
    const id = issue ? text(issue.get('id', true)) : null;
    if (!issue || id === null) continue;
    const options = issue.get('options', true);
    clauses.push({
      id,
      title: text(issue.get('title', true)) ?? id,
      options: (isSeq(options) ? options.items : []).flatMap((o) => {
        const option = mapOf(o);
        const oid = option ? text(option.get('id', true)) : null;
        return option && oid !== null ? [{ id: oid, label: text(option.get('label', true)) ?? oid }] : [];
      }),
    });
  }
  const actors: GridActor[] = [];
  list('actors').forEach((item, index) => {
    const actor = mapOf(item);
    const id = actor ? text(actor.get('id', true)) : null;
    if (!actor || id === null) return;
    const values = mapOf(actor.get('values', true));
    const written: Record<string, Record<string, number>> = {};
    for (const pair of values?.items ?? []) {
      const clause = text(pair.key);
      // `__proto__` and the like would set the record's prototype: the checker refuses them anyway.
      if (clause !== null && !FORBIDDEN_KEYS.has(clause)) written[clause] = numbers(mapOf(pair.value));
    }
    actors.push({ index, id, name: text(actor.get('name', true)) ?? id, written });
  });
  return { clauses, actors };
}

// Words YAML 1.1 tools read as booleans or null: written quoted, as the template does ("yes": 30).
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;
const keyText = (key: string): string =>
  /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && !RESERVED.test(key) ? key : JSON.stringify(key);

const end = (node: Node | null | undefined): number => node?.range?.[1] ?? 0;

/** An edit that adds `key: value` as the last pair of `map`, in the map's own style. */
function addPair(source: string, map: YAMLMap, key: string, value: string): TextEdit | string {
  const pair = `${keyText(key)}: ${value}`;
  const last = map.items[map.items.length - 1];
  if (map.flow) {
    if (!last) {
      const open = map.range?.[0] ?? -1;
      if (source[open] !== '{') return 'the map could not be found in the text';
      return { from: open + 1, to: open + 1, insert: ` ${pair} ` };
    }
    const at = Math.max(end(last.value as Node | null), end(last.key as Node | null));
    return { from: at, to: at, insert: `, ${pair}` };
  }
  if (!last || !isScalar(last.key) || !last.key.range) return 'the map could not be found in the text';
  const keyStart = last.key.range[0];
  const column = keyStart - (source.lastIndexOf('\n', keyStart - 1) + 1);
  const after = Math.max(end(last.value as Node | null), end(last.key));
  // After the rest of that line (a trailing comment stays with its own pair).
  const newline = source.indexOf('\n', Math.max(after - 1, 0));
  const at = newline === -1 ? source.length : newline;
  return { from: at, to: at, insert: `\n${' '.repeat(column)}${pair}` };
}

/** A finite number 0–100 as the file writes it. */
export function valueText(value: number): string | null {
  if (!Number.isFinite(value) || value < 0 || value > 100) return null;
  return String(Number(value.toFixed(2)));
}

/**
 * The text edit that sets actor `actorIndex`'s value of `option` in `clause` to `value`, or why it
 * cannot be made (in words).
 */
export function valueEdit(
  source: string,
  actorIndex: number,
  clause: string,
  option: string,
  value: number,
): TextEdit | string {
  const written = valueText(value);
  if (written === null) return 'a value is a number from 0 to 100';
  const doc = parse(source);
  if (!doc) return 'the text does not parse as YAML: fix the syntax first';
  const actors = (doc.contents as YAMLMap).get('actors', true);
  const actor = isSeq(actors) ? mapOf(actors.items[actorIndex]) : null;
  if (!actor) return 'that actor is no longer in the file';
  const valuesPair = pairOf(actor, 'values');
  if (!valuesPair)
    return addPair(source, actor, 'values', `{ ${keyText(clause)}: { ${keyText(option)}: ${written} } }`);
  const values = mapOf(valuesPair.value);
  if (!values) return "the actor's values are not written as a map here";
  const clausePair = pairOf(values, clause);
  if (!clausePair) return addPair(source, values, clause, `{ ${keyText(option)}: ${written} }`);
  const options = mapOf(clausePair.value);
  if (!options) return "this clause's values are not written as a map here";
  const optionPair = pairOf(options, option);
  if (!optionPair) return addPair(source, options, option, written);
  const node = optionPair.value;
  if (!isScalar(node) || !node.range || node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
    return 'this value is not a plain number in the text';
  return { from: node.range[0], to: node.range[1], insert: written };
}

/** Applies an edit to a text (the tests and the page's fallback use it). */
export const applyEdit = (source: string, edit: TextEdit): string =>
  source.slice(0, edit.from) + edit.insert + source.slice(edit.to);
