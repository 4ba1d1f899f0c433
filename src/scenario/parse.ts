// parseScenario: YAML text → a canonical Scenario, or every problem found, each located. The same
// function serves shipped scenarios, uploads in the browser and the command line.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { err, ok, type Result } from '../engine/result.ts';
import type { Scenario } from '../engine/scenario.ts';
import { auditScenarioData, type ScenarioAudit } from './audit.ts';
import { canonicalise } from './canonicalise.ts';
import { crossCheck } from './cross-check.ts';
import { decodeUtf8 } from './decode.ts';
import { parseYamlWithin } from './depth.ts';
import { hashCommentAdvice, hashCommentOnLine } from './hash-comment.ts';
import { FORBIDDEN_KEYS, LIMITS, TOO_DEEP_MESSAGE, tooLargeMessage } from './limits.ts';
import { createLocator, type Locator } from './locate.ts';
import { describeIssues } from './messages.ts';
import { locateInFile, partialScenario } from './partial.ts';
import {
  formatPath,
  type PathSegment,
  type ProblemCode,
  type ScenarioProblem,
  sortProblems,
} from './problems.ts';
import { type RawScenario, scenarioSchema } from './schema.ts';
import { friendlyYamlMessage } from './yaml-messages.ts';

export type ParseResult = Result<Scenario, readonly ScenarioProblem[]>;

/** A valid scenario with what the audit needs: every judgement number, and where each line is. */
export interface ParsedScenario {
  readonly scenario: Scenario;
  readonly audit: ScenarioAudit;
  /** The file's data as written, before defaults (what the audit and its messages read). */
  readonly data: unknown;
  readonly locator: Locator;
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Walks the syntax tree once for what must be refused before the YAML becomes data. */
function screenTree(
  doc: Document,
  locator: Locator,
  problem: (code: ProblemCode, line: number, col: number, message: string) => void,
) {
  let aliases = 0;
  let tooDeepReported = false;
  const where = (node: Node | null | undefined) => locator.at(node?.range?.[0] ?? 0);
  const visit = (node: unknown, depth: number): void => {
    if (node === null || node === undefined) return;
    if (depth > LIMITS.depth) {
      if (!tooDeepReported) {
        const { line, col } = where(node as Node);
        problem('too-deep', line, col, TOO_DEEP_MESSAGE);
        tooDeepReported = true;
      }
      return;
    }
    if (isAlias(node)) {
      aliases++;
      return;
    }
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && !tag.startsWith('tag:yaml.org,2002:')) {
      const { line, col } = where(node as Node);
      problem('yaml-tag', line, col, `custom YAML tags such as '${tag}' are not allowed`);
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
          const { line, col } = where(pair.key);
          problem('forbidden-key', line, col, `the key '${String(pair.key.value)}' is not allowed`);
        }
        // A plain key is part of its map's level; only a collection used as a key nests deeper.
        if (!isScalar(pair.key)) visit(pair.key, depth + 1);
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    } else if (isPair(node)) {
      visit(node.value, depth + 1);
    }
  };
  visit(doc.contents, 1);
  if (aliases > LIMITS.aliases) {
    problem(
      'too-many-aliases',
      1,
      1,
      `the file uses ${aliases} aliases (*name); the limit is ${LIMITS.aliases}`,
    );
  }
}

/**
 * A scenario from its text, or from the file's bytes as read (the CLI, the browser's file picker):
 * bytes are measured against the size limit before anything else and must be UTF-8.
 */
export function parseScenario(source: string | Uint8Array, file: string): ParseResult {
  const result = parseScenarioDetailed(source, file);
  return result.ok ? ok(result.value.scenario) : result;
}

/** parseScenario, keeping the audit of its numbers and the locator (`draftroom audit`). */
export function parseScenarioDetailed(
  source: string | Uint8Array,
  file: string,
): Result<ParsedScenario, readonly ScenarioProblem[]> {
  const problems: ScenarioProblem[] = [];
  const problem = (code: ProblemCode, line: number, col: number, message: string, path = '') =>
    problems.push({ file, line, col, path, code, message });

  const tooLarge = () => {
    problem('too-large', 1, 1, tooLargeMessage());
    return err(problems);
  };
  let text: string;
  if (typeof source === 'string') {
    if (source.length > LIMITS.bytes || utf8Length(source) > LIMITS.bytes) return tooLarge();
    text = source;
  } else {
    if (source.length > LIMITS.bytes) return tooLarge();
    const decoded = decodeUtf8(source);
    if (!decoded.ok) {
      problem('not-utf8', decoded.line, decoded.col, decoded.message);
      return err(problems);
    }
    text = decoded.text;
  }

  // The depth is checked before composing: the yaml library composes recursively and overflows on
  // very deep nesting (depth.ts).
  const parsedYaml = parseYamlWithin(text, LIMITS.depth);
  if ('tooDeep' in parsedYaml) {
    const { line, col } = parsedYaml.tooDeep;
    problem('too-deep', line, col, TOO_DEEP_MESSAGE);
    return err(problems);
  }

  const { doc, lines: lineCounter } = parsedYaml;
  const locator = createLocator(doc, lineCounter);
  // Only the first syntax error is reliable: the ones after it usually follow from it.
  const [firstError] = doc.errors;
  if (firstError) {
    const at = locator.at(firstError.pos[0]);
    const further = doc.errors.length - 1;
    // An unquoted `#` a line or two above is the usual cause of a syntax error in a `{ … }` map.
    const hash =
      firstError.code === 'DUPLICATE_KEY'
        ? null
        : [at.line, at.line - 1, at.line - 2]
            .map((l) => hashCommentOnLine(text, l))
            .find((found) => found !== null);
    const { line, col } = hash ?? at;
    const message =
      firstError.code === 'DUPLICATE_KEY'
        ? `the key '${wordAt(text, firstError.pos[0])}' appears twice in the same map (map keys must be unique)`
        : hash
          ? `YAML syntax: ${hashCommentAdvice(hash)} (the rest of line ${hash.line} is ignored, which breaks the file at line ${at.line})`
          : friendlyYamlMessage(firstError.message);
    problem(
      'yaml-syntax',
      line,
      col,
      further > 0
        ? `${message} (fix this first: the ${further} syntax error${further > 1 ? 's' : ''} reported after it may follow from it)`
        : message,
    );
    for (const error of doc.errors.slice(1)) {
      if (error.code !== 'DUPLICATE_KEY') continue;
      const at = locator.at(error.pos[0]);
      problem(
        'yaml-syntax',
        at.line,
        at.col,
        `the key '${wordAt(text, error.pos[0])}' appears twice in the same map (map keys must be unique)`,
      );
    }
  }
  for (const warning of doc.warnings) {
    const { line, col } = locator.at(warning.pos[0]);
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      problem(
        'yaml-tag',
        line,
        col,
        `custom YAML tags such as '${wordAt(text, warning.pos[0])}' are not allowed`,
      );
    } else problem('yaml-syntax', line, col, warning.message.split('\n')[0] ?? '');
  }
  if (problems.length > 0) return err(sortProblems(problems));

  screenTree(doc, locator, problem);
  if (problems.length > 0) return err(sortProblems(dedupe(problems)));

  if (!isMap(doc.contents)) {
    const what = doc.contents === null ? 'empty' : isSeq(doc.contents) ? 'a list' : 'a single value';
    problem(
      'not-a-map',
      1,
      1,
      `the file is ${what}; a scenario is a YAML map that starts with 'draftroom: 1'`,
    );
    return err(problems);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch {
    // yaml throws when aliases expand past the limit (a "billion laughs" file).
    problem(
      'too-many-aliases',
      1,
      1,
      `aliases (*name) expand into too much data; the limit is ${LIMITS.aliases} alias expansions`,
    );
    return err(problems);
  }

  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    for (const finding of describeIssues(parsed.error.issues, data, scenarioSchema, locator)) {
      const hash = finding.message.endsWith('not an empty value')
        ? hashCommentOnLine(text, finding.line)
        : null;
      problem(
        'schema',
        finding.line,
        finding.col,
        (hash ? `${finding.message}: ${hashCommentAdvice(hash)}` : finding.message) +
          whose(data, finding.path),
        formatPath(finding.path),
      );
    }
    // Stage two still runs on every part whose shape is right (partial.ts), and the bases are read
    // from the file as written; only what lies inside a part with shape errors is left out.
    const partial = partialScenario(data as Record<string, unknown>);
    const later = [
      ...(partial.referencesCheckable
        ? locateInFile(partial, crossCheck(partial.raw, partial.shapeless))
        : []),
      ...auditScenarioData(data).findings.filter((f) => !partial.insideShapeless(f.path)),
    ];
    for (const finding of later) {
      const { line, col } = locator.locate(finding.path, finding.target);
      problem(finding.code, line, col, finding.message + whose(data, finding.path), formatPath(finding.path));
    }
    return err(sortProblems(dedupe(problems)));
  }

  const raw: RawScenario = parsed.data;
  for (const finding of crossCheck(raw)) {
    const { line, col } = locator.locate(finding.path, finding.target);
    problem(finding.code, line, col, finding.message + whose(data, finding.path), formatPath(finding.path));
  }
  // Bases are read from the file as written: a default filled in by the schema is not a label.
  const audit = auditScenarioData(data);
  for (const finding of audit.findings) {
    const { line, col } = locator.locate(finding.path, finding.target);
    problem(finding.code, line, col, finding.message + whose(data, finding.path), formatPath(finding.path));
  }
  if (problems.length > 0) return err(sortProblems(dedupe(problems)));
  return ok({ scenario: canonicalise(raw), audit, data, locator });
}

const LIST_WORDS: Readonly<Record<string, string>> = {
  actors: 'actor',
  issues: 'clause',
  rules: 'rule',
  drafts: 'draft',
  sources: 'source',
  events: 'event',
};

/** " (in actor 'tur')": names the entry a path points into, since "actors[15]" means little to a reader. */
function whose(data: unknown, path: readonly PathSegment[]): string {
  let node = data;
  let found = '';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const list = path[i - 1];
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[segment]
        : undefined;
    if (
      typeof segment === 'number' &&
      typeof list === 'string' &&
      list in LIST_WORDS &&
      i < path.length - 1
    ) {
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string') found = ` (in ${LIST_WORDS[list]} '${id}')`;
    }
  }
  return found;
}

/** The token starting at `offset` (a key or a tag), for messages that name it. */
function wordAt(text: string, offset: number): string {
  return /^[^\s:,{}[\]]+/.exec(text.slice(offset, offset + 80))?.[0] ?? '';
}

function dedupe(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.col}:${p.path}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
