// The commonest surprise in a scenario file: an unquoted colour, `colour: #c60c30`. In YAML a `#`
// after a space starts a comment, so the value is empty — and inside `{ … }` the map is left open,
// and the parser complains a line later about something else. These helpers find such a `#` so the
// message can say what happened and how to fix it.

export interface HashComment {
  /** 1-based line and column of the `#`. */
  readonly line: number;
  readonly col: number;
  /** The key before it, e.g. `colour`. */
  readonly key: string;
  /** What the author meant as the value, e.g. `#c60c30`. */
  readonly meant: string;
}

// `key: #value` where the `#` follows the colon and spaces and is followed by the value itself
// (`#c60c30`): a value that became a comment. `key: # a note` is an ordinary comment, left alone.
const KEY_THEN_HASH = /([A-Za-z_][A-Za-z0-9_-]*)\s*:[ \t]+(#[^\s,}\]]+)/;

/** The first `key: #…` on line `line` (1-based) of `text`, if any. */
export function hashCommentOnLine(text: string, line: number): HashComment | null {
  const lines = text.split('\n');
  const source = lines[line - 1];
  if (source === undefined) return null;
  // A `#` inside quotes is text, not a comment: only look before the first quotation mark.
  const quote = source.search(/["']/);
  const head = quote < 0 ? source : source.slice(0, quote);
  const m = KEY_THEN_HASH.exec(head);
  // A key inside a comment (`# colour: #c60c30`) is no value at all.
  if (!m || /(^|\s)#/.test(head.slice(0, m.index))) return null;
  const meant = m[2] ?? '';
  return { line, col: m.index + m[0].length - meant.length + 1, key: m[1] ?? '', meant };
}

/** The sentence that explains it. */
export function hashCommentAdvice(found: HashComment): string {
  return `'#' starts a comment in YAML, so '${found.key}' has no value here: quote it, ${found.key}: "${found.meant}"`;
}
