// Where a number is, said the way a person reads the scenario: actors by name, clauses by title,
// options by label, rules, events and red lines by the start of their text. Internal ids never
// reach the reader (issue #13: names, not ids); field names are the format's own words.
import type { PathSegment } from './problems.ts';

type Data = Record<string, unknown>;
const isObject = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const list = (x: unknown): Data[] => (Array.isArray(x) ? x.filter(isObject) : []);

/** The first words of a text, on one line. */
function excerpt(text: string | undefined, fallback: string): string {
  if (text === undefined || text.trim() === '') return fallback;
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > 60 ? `${line.slice(0, 57)}…` : line}"`;
}

/** Names for the ids a path can pass through. */
export function createDescriber(data: unknown): (path: readonly PathSegment[]) => string {
  const root = isObject(data) ? data : {};
  const actorName = new Map(list(root.actors).map((a) => [str(a.id), str(a.name) ?? str(a.id) ?? '?']));
  const issues = new Map(list(root.issues).map((i) => [str(i.id), i]));
  const clauseTitle = (id: string) => str(issues.get(id)?.title) ?? id;
  const optionLabel = (clause: string, id: string) =>
    str(list(issues.get(clause)?.options).find((o) => o.id === id)?.label) ?? id;
  const NAMED_BY_ACTOR = new Set(['affinity', 'utility']);

  return (path) => {
    const parts: string[] = [];
    let node: unknown = root;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const parent = path[i - 1];
      const grand = path[i - 2];
      const child = isObject(node) || Array.isArray(node) ? (node as Data)[segment as string] : undefined;
      if (typeof segment === 'number' && isObject(child)) {
        const kind =
          parent === 'actors'
            ? `actor ${str(child.name) ?? segment + 1}`
            : parent === 'issues'
              ? `clause ${str(child.title) ?? segment + 1}`
              : parent === 'options'
                ? `option ${str(child.label) ?? segment + 1}`
                : parent === 'constituencies'
                  ? `constituency ${str(child.name) ?? segment + 1}`
                  : parent === 'rules'
                    ? `rule ${excerpt(str(child.text), String(segment + 1))}`
                    : parent === 'events'
                      ? `event ${excerpt(str(child.text), String(segment + 1))}`
                      : parent === 'red_lines'
                        ? `red line ${excerpt(str(child.text), String(segment + 1))}`
                        : `item ${segment + 1}`;
        parts[parts.length - 1] = kind;
      } else if (typeof segment === 'number') {
        parts.push(`item ${segment + 1}`);
      } else if (parent === 'values' || parent === 'salience') {
        parts.push(`clause ${clauseTitle(segment)}`);
      } else if (grand === 'values' && typeof parent === 'string') {
        parts.push(`option ${optionLabel(parent, segment)}`);
      } else if (typeof parent === 'string' && NAMED_BY_ACTOR.has(parent)) {
        parts.push(actorName.get(segment) ?? segment);
      } else {
        parts.push(segment);
      }
      node = child;
    }
    return parts.join(' › ');
  };
}
