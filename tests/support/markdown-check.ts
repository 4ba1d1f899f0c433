// Checks on generated Markdown without a Markdown renderer (none is a dependency): text outside the
// raw HTML blocks we write on purpose (<figure> … </figure>) must hold no character a renderer would
// read as HTML, a link or a code span unless it is backslash-escaped, and every table row must stay on
// one line with as many cells as its header.

/** The lines of `markdown` with the chart figures (our own SVG, checked separately) taken out. */
export function linesOutsideFigures(markdown: string): string[] {
  const lines: string[] = [];
  let inFigure = false;
  for (const line of markdown.split('\n')) {
    if (line === '<figure>') inFigure = true;
    else if (line === '</figure>') inFigure = false;
    else if (!inFigure) lines.push(line);
  }
  return lines;
}

/** The characters of `line` that are not backslash-escaped (an escaped backslash escapes nothing). */
export function unescaped(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i += 1;
    else out += line[i];
  }
  return out;
}

/** Unescaped '|' in a line: the cell separators a GFM table reads. */
export const pipes = (line: string): number => [...unescaped(line)].filter((c) => c === '|').length;

/** Every table in the Markdown as its lines (header, rule, rows), one array per table. */
export function tables(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push(line);
    } else if (current) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}
