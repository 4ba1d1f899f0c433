// parseDraft: a draft file (YAML `{ clause: option }`) checked against a scenario. Clauses it does
// not mention keep the opening draft's option. Unknown clauses and options are located errors.
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { IssueId, OptionId } from '../engine/ids.ts';
import { err, ok, type Result } from '../engine/result.ts';
import type { Draft, Scenario } from '../engine/scenario.ts';
import { firstTooDeep } from './depth.ts';
import { LIMITS, TOO_DEEP_MESSAGE } from './limits.ts';
import { suggest } from './messages.ts';
import type { ScenarioProblem } from './problems.ts';

export function parseDraft(
  text: string,
  file: string,
  scenario: Scenario,
): Result<Draft, readonly ScenarioProblem[]> {
  const problems: ScenarioProblem[] = [];
  const lineCounter = new LineCounter();
  const at = (node: Node | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0);
  const problem = (node: Node | null | undefined, path: string, message: string) => {
    const { line, col } = at(node);
    problems.push({ file, line, col, path, code: 'unknown-reference', message });
  };
  if (text.length > LIMITS.bytes) {
    problems.push({
      file,
      line: 1,
      col: 1,
      path: '',
      code: 'too-large',
      message: 'the draft file is larger than 1 MiB',
    });
    return err(problems);
  }
  // Before composing, which recurses: 1,200 nested `[` overflowed the stack (depth.ts).
  const deep = firstTooDeep(text, LIMITS.depth);
  if (deep) {
    problems.push({ file, ...deep, path: '', code: 'too-deep', message: TOO_DEEP_MESSAGE });
    return err(problems);
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, version: '1.2' });
  for (const e of doc.errors) {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    problems.push({
      file,
      line,
      col,
      path: '',
      code: 'yaml-syntax',
      message: `YAML syntax: ${e.message.split('\n')[0]}`,
    });
  }
  if (problems.length > 0) return err(problems);
  if (!isMap(doc.contents)) {
    problems.push({
      file,
      line: 1,
      col: 1,
      path: '',
      code: 'not-a-map',
      message: 'a draft file is a YAML map of clause: option lines',
    });
    return err(problems);
  }
  const clauses: Record<string, OptionId> = { ...scenario.openingDraft };
  const issueIds = scenario.issues.map((i) => i.id as string);
  for (const pair of doc.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const issue = scenario.issues.find((i) => i.id === key);
    if (!issue) {
      problem(
        pair.key,
        key,
        `unknown clause '${key}'${suggest(key, issueIds)} (clauses: ${issueIds.join(', ')})`,
      );
      continue;
    }
    const value = isScalar(pair.value) ? String(pair.value.value) : undefined;
    const optionIds = issue.options.map((o) => o.id as string);
    if (value === undefined || !optionIds.includes(value)) {
      const shown = value === undefined ? 'this' : `'${value}'`;
      problem(
        (pair.value as Node | null) ?? pair.key,
        key,
        `${shown} is not an option of clause '${key}'${value ? suggest(value, optionIds) : ''} (options: ${optionIds.join(', ')})`,
      );
      continue;
    }
    clauses[issue.id as IssueId] = value as OptionId;
  }
  return problems.length > 0 ? err(problems) : ok(Object.freeze(clauses) as Draft);
}
