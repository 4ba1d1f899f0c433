// Where the cursor is in a scenario's YAML, as the schema sees it: the chain of keys (and `[]` for a
// list item) above the cursor, and whether the cursor is on a key or on a key's value. Read from the
// indentation of the lines above, and from the `{ … }` on the cursor's own line, which covers the
// block style and the one-line flow maps the format's files use. Simple rather than complete: inside
// a multi-line flow map or a block scalar it may give a wrong path, and then the help is just absent.

export interface CursorPlace {
  /** Keys from the top, `[]` for an item of a list. */
  readonly path: readonly string[];
  /** 'key': the cursor is writing a key of the map at `path`; 'value': the value of `path`'s last key. */
  readonly on: 'key' | 'value';
  /** The word being typed, and where it starts in the document. */
  readonly word: string;
  readonly from: number;
}

interface LineShape {
  /** Column of the first list dash, or -1. */
  readonly dash: number;
  /** Column where the line's key (or content) starts, after any `- `. */
  readonly column: number;
  /** The key the line starts with, if it starts with `key:`. */
  readonly key: string | null;
  /** Whether the key's value goes on to the lines below (nothing or a comment after the colon). */
  readonly opens: boolean;
}

// A key's last character is not a space, so the pattern has one way to match a line (no backtracking
// blow-up on a long line of spaces).
const KEY = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'"{}[\],:](?:[^:#{}[\],]*[^\s:#{}[\],])?)[ \t]*:(?:[ \t]|$)/;
/** Longer lines are not read for help (a file from anywhere may hold a megabyte on one line). */
const MAX_LINE = 2000;

const unquote = (key: string): string =>
  key.startsWith('"') || key.startsWith("'") ? key.slice(1, -1) : key.trim();

function shape(whole: string): LineShape | null {
  const line = whole.slice(0, MAX_LINE);
  const indent = /^[ \t]*/.exec(line)![0].length;
  let rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#')) return null;
  let dash = -1;
  let column = indent;
  while (/^-(?:[ \t]+|$)/.test(rest)) {
    if (dash < 0) dash = column;
    const m = /^-[ \t]*/.exec(rest)![0].length;
    column += m;
    rest = rest.slice(m);
  }
  const key = KEY.exec(rest);
  if (!key) return { dash, column, key: null, opens: false };
  const after = rest.slice(key[0].length).trim();
  return { dash, column, key: unquote(key[1]!), opens: after === '' || after.startsWith('#') };
}

/** The keys of the block maps and lists that hold a line whose content starts at `column`. */
function parents(lines: readonly string[], before: number, column: number): string[] {
  const path: string[] = [];
  let limit = column;
  for (let i = before - 1; i >= 0 && limit > 0; i--) {
    const s = shape(lines[i]!);
    if (!s) continue;
    if (s.key !== null && s.column < limit) {
      path.unshift(s.key);
      limit = s.column;
    }
    if (s.dash >= 0 && s.dash < limit) {
      path.unshift('[]');
      limit = s.dash;
    }
  }
  return path;
}

/**
 * Inside a one-line flow map (`{ mission: 3, size: |`): the keys of the open `{`s, and the key whose
 * value the cursor is at, if it is at one. Null when no `{` is open at the cursor.
 */
function flowPlace(prefix: string): { path: string[]; on: 'key' | 'value' } | null {
  const keys: string[] = [];
  let last: string | null = null;
  let on: 'key' | 'value' = 'key';
  let depth = 0;
  const token = /"(?:[^"\\]|\\.)*"|'[^']*'|[{}[\],]|([^\s{}[\],:"']+)[ \t]*:(?=[ \t{[]|$)|[^\s{}[\],]+|\s+/g;
  for (let m = token.exec(prefix); m; m = token.exec(prefix)) {
    const t = m[0];
    if (t === '{') {
      // The map is the value of the key before it; a `{` that starts a list item has none.
      if (on === 'value' && last !== null) keys.push(last);
      depth++;
      last = null;
      on = 'key';
    } else if (t === '}') {
      depth = Math.max(0, depth - 1);
      keys.pop();
      on = 'key';
    } else if (t === ',') on = 'key';
    else if (m[1] !== undefined) {
      last = unquote(m[1]);
      on = 'value';
    }
  }
  if (depth === 0) return null;
  return { path: on === 'value' && last !== null ? [...keys, last] : keys, on };
}

/** The cursor's place, or null in a comment (no help there). */
export function placeAt(text: string, pos: number): CursorPlace | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const prefix = text.slice(lineStart, pos);
  if (prefix.length > MAX_LINE) return null;
  const lines = text.slice(0, lineStart).split('\n');
  const word = /[A-Za-z0-9_-]*$/.exec(prefix)![0];
  const from = pos - word.length;
  const own = shape(`${prefix}x`);
  if (!own) return null;
  // A line that starts a list item sits under the key that holds the list, not under its siblings.
  const above = parents(lines, lines.length - 1, own.dash >= 0 ? own.dash : own.column);
  const base = own.dash >= 0 ? [...above, ...parentsOfDashes(prefix, own)] : above;
  const content = prefix.slice(own.column);
  const keyed = KEY.exec(content);
  const flow = flowPlace(content);
  if (flow) {
    // `key: { …`: the flow map is that key's value (flowPlace saw the key too).
    return { path: [...base, ...flow.path], on: flow.on, word, from };
  }
  if (!keyed) return { path: base, on: 'key', word, from };
  return { path: [...base, unquote(keyed[1]!)], on: 'value', word, from };
}

/** `- - key`: each dash on the cursor's own line is one more list level. */
function parentsOfDashes(prefix: string, own: LineShape): string[] {
  const dashes = prefix.slice(own.dash, own.column).split('-').length - 1;
  return Array.from({ length: dashes }, () => '[]');
}
