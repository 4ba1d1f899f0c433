// A problem found in a scenario file, located so an editor or a teacher can jump to it.

export type PathSegment = string | number;

export const PROBLEM_CODES = [
  'too-large',
  'not-utf8',
  'yaml-syntax',
  'yaml-tag',
  'too-deep',
  'too-many-aliases',
  'forbidden-key',
  'not-a-map',
  'schema',
  'duplicate-id',
  'unknown-reference',
  'incomplete-values',
  'council',
  'inconsistent',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ScenarioProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Field path in the file, e.g. `actors[3].values.mandate`; empty for whole-file problems. */
  readonly path: string;
  readonly code: ProblemCode;
  readonly message: string;
}

/** `actors[3].values.mandate` from ['actors', 3, 'values', 'mandate']. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The line editors and CI parse: `file:line:col: error: path: message`. */
export function formatProblem(problem: ScenarioProblem): string {
  const where = problem.path === '' ? '' : `${problem.path}: `;
  return `${problem.file}:${problem.line}:${problem.col}: error: ${where}${problem.message}`;
}

/** Problems in reading order, so the first one printed is the first one in the file. */
export function sortProblems(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.col - b.col || a.message.localeCompare(b.message));
}
