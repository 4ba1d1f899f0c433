// "Every number accounted for" (issue #13 item 5): every judgement number a scenario file states,
// with the basis that covers it. Pure: it reads the file's data as written (before defaults are
// filled in, so a default never passes for a label) and reports; the CLI adds lines and prints.
//
// A number's basis is the `basis` of the innermost block around it that covers it: a text covers
// every number of its block; a map covers the numbers under its most specific matching field path.
// An actor's `sources` list is a bibliography, not a basis.
import { own } from '../engine/own.ts';
import type { PathSegment } from './problems.ts';

export type BasisKind = 'source' | 'prior' | 'unlabelled';

export type NumberBasis =
  | { readonly kind: 'source'; readonly source: string; readonly text: string }
  | { readonly kind: 'prior'; readonly text: string }
  | { readonly kind: 'unlabelled'; readonly text?: string };

export interface JudgementNumber {
  /** Path in the file's data, for locating it (`['actors', 3, 'values', 'mandate', 'none']`). */
  readonly path: readonly PathSegment[];
  /** The same path with list items named by their id: what a basis map's keys are written in. */
  readonly fieldPath: string;
  readonly value: number;
  readonly basis: NumberBasis;
  /** Path of the `basis` entry that covers it, when one does (for locating the label). */
  readonly basisAt?: readonly PathSegment[];
}

export interface BasisFinding {
  readonly path: readonly PathSegment[];
  readonly code: 'unknown-reference' | 'inconsistent';
  readonly target: 'key' | 'value';
  readonly message: string;
}

export interface ScenarioAudit {
  readonly numbers: readonly JudgementNumber[];
  readonly findings: readonly BasisFinding[];
}

/**
 * Numbers that are not judgements: the format version, paragraph numbers, and the settings of play
 * (rounds, the simulation's horizon). Ids and dates are text. Sources and drafts hold no judgement.
 */
const NOT_JUDGEMENTS: readonly (readonly string[])[] = [
  ['draftroom'],
  ['issues', '*', 'paragraph'],
  ['procedure', 'rounds'],
  ['ceasefire', 'horizon_months'],
  ['sources'],
  ['drafts'],
  // What the author expects the model to say, checked against it: claims to test, not inputs.
  ['expectations'],
];

const excluded = (keys: readonly string[]) =>
  NOT_JUDGEMENTS.some(
    (pattern) => pattern.length <= keys.length && pattern.every((p, i) => p === '*' || p === keys[i]),
  );

const SOURCE_ID_THEN_COLON = /^([a-z][a-z0-9_-]*)\s*:/;
const FIRST_WORD = /^([A-Za-z][A-Za-z0-9_-]*)/;

/**
 * What a basis text says: `prior…` is a design judgement; a text that starts with a source's id cites
 * it; anything else (free text in an older file) labels nothing.
 */
export function classifyBasis(text: string, sourceIds: ReadonlySet<string>): NumberBasis {
  const trimmed = text.trim();
  const word = FIRST_WORD.exec(trimmed)?.[1];
  if (word === 'prior') return { kind: 'prior', text: trimmed };
  if (word !== undefined && sourceIds.has(word)) return { kind: 'source', source: word, text: trimmed };
  return { kind: 'unlabelled', text: trimmed };
}

type Data = Record<string, unknown>;
const isObject = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);

interface Block {
  readonly basis: string | Readonly<Record<string, unknown>>;
  readonly path: readonly PathSegment[];
  /** The path as one string, for marking its keys used. */
  readonly at: string;
  /** How many field-path segments lead to the block: a key is matched against the rest. */
  readonly depth: number;
}

/** The longest pattern above: deeper paths were cut off at their excluded prefix already. */
const EXCLUDED_DEPTH = Math.max(...NOT_JUDGEMENTS.map((p) => p.length));

/** Every judgement number in a scenario file's data, and every basis that is wrong. */
export function auditScenarioData(data: unknown): ScenarioAudit {
  const root = isObject(data) ? data : {};
  const sourceIds = new Set(
    (Array.isArray(root.sources) ? root.sources : [])
      .map((s) => (isObject(s) ? s.id : undefined))
      .filter((id): id is string => typeof id === 'string'),
  );
  const numbers: JudgementNumber[] = [];
  const findings: BasisFinding[] = [];
  const usedKeys = new Set<string>();
  const mapKeys: { path: readonly PathSegment[]; key: string }[] = [];

  const checkText = (text: string, path: readonly PathSegment[]) => {
    const id = SOURCE_ID_THEN_COLON.exec(text.trim())?.[1];
    if (id !== undefined && id !== 'prior' && !sourceIds.has(id)) {
      findings.push({
        path,
        code: 'unknown-reference',
        target: 'value',
        message: `unknown source '${id}': a basis starts with 'prior' or the id of one of the scenario's sources (${[...sourceIds].join(', ') || 'none declared'})`,
      });
    }
  };

  const cover = (fields: readonly string[], blocks: readonly Block[]) => {
    let found: { text: string; at: readonly PathSegment[] } | undefined;
    for (let b = blocks.length - 1; b >= 0; b--) {
      const block = blocks[b]!;
      const rest = fields.slice(block.depth);
      if (typeof block.basis === 'string') {
        found ??= { text: block.basis, at: [...block.path, 'basis'] };
        continue;
      }
      // Each key that matches is marked used, even when a more specific one wins: a key that
      // covers nothing at all is a typo.
      let best: string | undefined;
      for (let n = rest.length; n >= 1; n--) {
        const key = rest.slice(0, n).join('.');
        const text = own(block.basis, key);
        if (typeof text !== 'string') continue;
        usedKeys.add(`${block.at}\u0000${key}`);
        best ??= key;
      }
      if (best !== undefined)
        found ??= { text: own(block.basis, best) as string, at: [...block.path, 'basis', best] };
    }
    return found;
  };

  const visit = (
    node: unknown,
    path: readonly PathSegment[],
    fields: readonly string[],
    blocks: readonly Block[],
  ): void => {
    if (fields.length <= EXCLUDED_DEPTH && excluded(fields)) return;
    if (typeof node === 'number') {
      const found = cover(fields, blocks);
      numbers.push({
        path,
        fieldPath: fields.join('.'),
        value: node,
        basis: found ? classifyBasis(found.text, sourceIds) : { kind: 'unlabelled' },
        ...(found ? { basisAt: found.at } : {}),
      });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        // List items are named by their id in a basis key (`red_lines.no-veto`), by position otherwise.
        const name = isObject(item) && typeof item.id === 'string' ? item.id : String(i);
        visit(item, [...path, i], [...fields, name], blocks);
      });
      return;
    }
    if (!isObject(node)) return;
    let inner = blocks;
    const basis = node.basis;
    if (typeof basis === 'string') {
      checkText(basis, [...path, 'basis']);
      inner = [...blocks, { basis, path, at: path.join('\u0000'), depth: fields.length }];
    } else if (isObject(basis)) {
      for (const [key, text] of Object.entries(basis)) {
        if (typeof text === 'string') checkText(text, [...path, 'basis', key]);
        mapKeys.push({ path, key });
      }
      inner = [...blocks, { basis, path, at: path.join('\u0000'), depth: fields.length }];
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'basis') continue;
      visit(value, [...path, key], [...fields, key], inner);
    }
  };
  visit(root, [], [], []);

  for (const { path, key } of mapKeys) {
    if (!usedKeys.has(`${path.join('\u0000')}\u0000${key}`)) {
      findings.push({
        path: [...path, 'basis', key],
        code: 'inconsistent',
        target: 'key',
        message: `the basis '${key}' covers no number of this block: a key is a field path inside the block, such as 'clout', 'salience' or 'values.CLAUSE'`,
      });
    }
  }
  return { numbers, findings };
}

export interface BasisCounts {
  readonly total: number;
  readonly source: number;
  readonly prior: number;
  readonly unlabelled: number;
  /** Priors that give no reason: the bare word `prior` (older files; still a label). */
  readonly priorWithoutRationale: number;
  /** Source id → how many numbers cite it. */
  readonly bySource: Readonly<Record<string, number>>;
}

export function countBases(numbers: readonly JudgementNumber[]): BasisCounts {
  const bySource: Record<string, number> = {};
  const counts = { source: 0, prior: 0, unlabelled: 0, priorWithoutRationale: 0 };
  for (const n of numbers) {
    counts[n.basis.kind]++;
    if (n.basis.kind === 'prior' && n.basis.text === 'prior') counts.priorWithoutRationale++;
    if (n.basis.kind === 'source') bySource[n.basis.source] = (own(bySource, n.basis.source) ?? 0) + 1;
  }
  return { total: numbers.length, ...counts, bySource };
}
