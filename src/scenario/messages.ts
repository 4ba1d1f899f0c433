// Turns the schema checker's findings into sentences a teacher understands, each at the right place
// in the file. zod's own messages ("Invalid input: expected number, received string") are not used.
import type { z } from 'zod';
import { visibleCharacters } from '../engine/escape/characters.ts';
import { FORMAT_VERSIONS } from '../engine/vocabulary.ts';
import type { Locator } from './locate.ts';
import type { PathSegment } from './problems.ts';

type Issue = z.core.$ZodIssue;

export interface SchemaFinding {
  readonly path: readonly PathSegment[];
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  object: 'a map of fields (key: value)',
  record: 'a map of fields (key: value)',
  array: 'a list',
  boolean: 'true or false',
  literal: 'a fixed value',
};

export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `text '${visibleCharacters(value.length > 40 ? `${value.slice(0, 40)}…` : value)}'`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a map of fields';
  return String(value);
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The schema node that describes the data at `path` (used to suggest field names). */
function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let current = s;
    for (;;) {
      const def = current._zod.def as { type: string; innerType?: z.ZodType };
      if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
        current = def.innerType;
      } else return current;
    }
  };
  for (const segment of path) {
    if (!node) return undefined;
    let def = unwrap(node)._zod.def as {
      type: string;
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
      valueType?: z.ZodType;
      options?: z.ZodType[];
    };
    // A union (a condition, a stance or a map of values): follow the branch that has this field.
    if (def.type === 'union' && def.options) {
      const branch = def.options
        .map((o) => unwrap(o)._zod.def as typeof def)
        .find((d) => (d.type === 'object' && d.shape && String(segment) in d.shape) || d.type === 'record');
      if (!branch) return undefined;
      def = branch;
    }
    if (def.type === 'object' && def.shape) node = def.shape[String(segment)];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return undefined;
  }
  return node ? unwrap(node) : undefined;
}

function knownKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  const node = schemaAt(schema, path);
  const def = node?._zod.def as
    | { type: string; shape?: Record<string, unknown>; options?: z.ZodType[] }
    | undefined;
  if (def?.type === 'union' && def.options) {
    // Every field of every form: `equals` in a condition should still find `is`.
    const keys = def.options.flatMap((o) => {
      const d = o._zod.def as { type: string; shape?: Record<string, unknown> };
      return d.type === 'object' && d.shape ? Object.keys(d.shape) : [];
    });
    return [...new Set(keys)];
  }
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** Words authors write for a field whose name is not close in spelling: `equals:` for `is:`. */
const MEANT: Readonly<Record<string, string>> = {
  equals: 'is',
  equal: 'is',
  eq: 'is',
  in: 'is',
  option: 'is',
  options: 'is',
  value: 'is',
  one_of: 'is',
  and: 'all',
  or: 'any',
  color: 'colour',
  country: 'flag',
  weight: 'salience',
  preferences: 'values',
};

/** "did you mean 'colour'?" when a known name is close enough to be the intended one. */
export function suggest(word: string, candidates: readonly string[]): string {
  const meant = Object.hasOwn(MEANT, word.toLowerCase()) ? MEANT[word.toLowerCase()] : undefined;
  if (meant !== undefined && candidates.includes(meant)) return ` (did you mean '${meant}'?)`;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3))
    ? ` (did you mean '${best}'?)`
    : '';
}

function rangeMessage(issue: Issue & { code: 'too_big' | 'too_small' }, value: unknown): string {
  const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'array' || issue.origin === 'set') {
    const count = Array.isArray(value) ? value.length : 0;
    if (issue.code === 'too_small')
      return bound <= 1 ? 'must not be empty' : `needs at least ${bound} entries (has ${count})`;
    return `has ${count} entries; the limit is ${bound}`;
  }
  if (issue.origin === 'string') {
    const length = typeof value === 'string' ? value.length : 0;
    if (issue.code === 'too_small') return 'must not be empty';
    return `is too long (${length} characters; the limit is ${bound})`;
  }
  const got = ` (got ${describeValue(value).replace(/^the number /, '')})`;
  if (issue.code === 'too_big') return `must be ${inclusive ? 'at most' : 'less than'} ${bound}${got}`;
  if (bound === 0 && !inclusive) return `must be greater than 0${got}`;
  return `must be ${inclusive ? 'at least' : 'greater than'} ${bound}${got}`;
}

function formatMessage(issue: Issue & { code: 'invalid_format' }, value: unknown): string {
  const got = ` (got ${describeValue(value)})`;
  switch (issue.format) {
    case 'regex':
      return issue.message === 'an id'
        ? `must be an id: lowercase letters, digits, - and _, starting with a letter${got}`
        : `must be ${issue.message}${got}`;
    case 'date':
      return `must be a date written YYYY-MM-DD, like 2025-10-24${got}`;
    case 'url':
      return `must be a web address starting with https://${got}`;
    default:
      return `is not valid ${issue.format}${got}`;
  }
}

/**
 * Flattens union failures: keep the branch that came closest, i.e. with the fewest findings. A
 * branch of the wrong type altogether (a text where a map was meant, as with `basis`) is furthest.
 */
function closestBranch(issue: Issue & { code: 'invalid_union' }): Issue[] {
  let best: Issue[] | undefined;
  for (const branch of issue.errors) {
    const penalty = (issues: readonly Issue[]) =>
      issues.length +
      issues.filter(
        (i) => (i.code === 'unrecognized_keys' || i.code === 'invalid_type') && i.path.length === 0,
      ).length *
        10;
    if (!best || penalty(branch) < penalty(best)) best = branch;
  }
  return (best ?? []).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
}

export function describeIssues(
  issues: readonly Issue[],
  data: unknown,
  schema: z.ZodType,
  locator: Locator,
): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const add = (path: readonly PathSegment[], message: string, target: 'value' | 'key' = 'value') => {
    const position = locator.locate(path, target);
    findings.push({ path, ...position, message });
  };

  const visit = (issue: Issue) => {
    const path = issue.path as PathSegment[];
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'invalid_type': {
        if (value === undefined) {
          const field = path[path.length - 1];
          const parent = path.slice(0, -1);
          add(parent, typeof field === 'string' ? `missing required field '${field}'` : 'is missing');
        } else {
          add(path, `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(value)}`);
        }
        return;
      }
      case 'too_big':
      case 'too_small':
        add(path, rangeMessage(issue, value));
        return;
      case 'invalid_format':
        add(path, formatMessage(issue, value));
        return;
      case 'invalid_value': {
        if (path.length === 1 && path[0] === 'draftroom' && value === undefined) {
          add(
            [],
            "missing required field 'draftroom': start the file with the format version, 'draftroom: 1'",
          );
          return;
        }
        if (path.length === 1 && path[0] === 'draftroom') {
          add(
            path,
            `unknown format version ${describeValue(value).replace(/^the number /, '')}; this Draftroom reads version ${FORMAT_VERSIONS.join(', ')}`,
          );
          return;
        }
        const allowed = issue.values.map(String);
        add(
          path,
          `must be one of: ${allowed.join(', ')} (got ${describeValue(value)})${typeof value === 'string' ? suggest(value, allowed) : ''}`,
        );
        return;
      }
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const position = locator.locateKey(path, key);
          const message = `unknown field '${visibleCharacters(key)}'${suggest(key, known)}${known.length > 0 && known.length <= 30 ? ` — allowed here: ${known.join(', ')}` : ''}`;
          findings.push({ path: [...path, key], ...position, message });
        }
        return;
      }
      case 'invalid_key': {
        // Every map keyed by the author (values, salience, clauses…) is keyed by ids, except a
        // `basis` map, keyed by field paths (ids joined by dots).
        const key = String(path[path.length - 1]);
        add(
          path,
          path[path.length - 2] === 'basis'
            ? `'${visibleCharacters(key)}' is not a field path: ids and field names joined by dots, such as values.mandate`
            : `'${visibleCharacters(key)}' is not a valid id: use lowercase letters, digits, - and _, starting with a letter`,
          'key',
        );
        return;
      }
      case 'invalid_union':
        for (const inner of closestBranch(issue)) visit(inner);
        return;
      default:
        add(path, issue.message);
    }
  };
  for (const issue of issues) visit(issue);
  // A misspelt field also leaves the right one missing: say it once, at the misspelling.
  const where = (path: readonly PathSegment[], name: string) => `${JSON.stringify(path)}#${name}`;
  const misspelt = new Set<string>();
  for (const f of findings) {
    const meant = /did you mean '([^']+)'\?/.exec(f.message)?.[1];
    if (meant !== undefined) misspelt.add(where(f.path.slice(0, -1), meant));
  }
  return findings.filter((f) => {
    const missing = /^missing required field '([^']+)'/.exec(f.message)?.[1];
    return missing === undefined || !misspelt.has(where(f.path, missing));
  });
}
