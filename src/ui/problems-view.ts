// A scenario file's problems, each with its line and column and a short excerpt of the offending
// lines, so a teacher can fix the file without opening an editor at the right place first.
import type { ScenarioProblem } from '../scenario/problems.ts';
import { h } from './dom.ts';

/** The line of the problem and the one before it, with a caret under the column. */
export function excerpt(text: string, line: number, col: number): string {
  const lines = text.split(/\r?\n/);
  const shown: string[] = [];
  for (let n = Math.max(1, line - 1); n <= Math.min(lines.length, line); n++) {
    shown.push(`${String(n).padStart(4)} | ${lines[n - 1] ?? ''}`);
  }
  shown.push(`     | ${' '.repeat(Math.max(0, col - 1))}^`);
  return shown.join('\n');
}

export function renderProblemList(
  file: string,
  text: string,
  problems: readonly ScenarioProblem[],
): HTMLElement {
  return h(
    'section',
    { class: 'problems-view', role: 'alert', 'aria-labelledby': 'problems-heading' },
    h('h2', { id: 'problems-heading' }, `${file} could not be loaded`),
    h(
      'p',
      {},
      `${problems.length} problem${problems.length === 1 ? '' : 's'} found. Nothing else has changed.`,
    ),
    h(
      'ol',
      { class: 'problems' },
      ...problems.map((p) =>
        h(
          'li',
          { 'data-line': String(p.line), 'data-col': String(p.col) },
          h('span', { class: 'where' }, `Line ${p.line}, column ${p.col}`),
          h('span', { class: 'what' }, `${p.path ? `${p.path}: ` : ''}${p.message}`),
          h('pre', { class: 'excerpt' }, excerpt(text, p.line, p.col)),
        ),
      ),
    ),
  );
}
