// The nesting depth limit, checked on the concrete syntax tree before the YAML is composed: the yaml
// library composes nodes recursively, so 1,200 nested `[` or indented maps overflowed the stack and
// came out as "YAML syntax: Maximum call stack size exceeded" instead of the documented limit. The
// CST parser keeps an explicit stack, and this walk does too, so any depth is measured safely.
import { Composer, type CST, type Document, LineCounter, Parser, YAMLParseError } from 'yaml';

interface Where {
  readonly line: number;
  readonly col: number;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Where the first node deeper than `limit` levels starts, or null. Levels are counted as the
 * composed tree counts them (parse.ts screenTree): the document's top node is level 1, each value
 * of a collection one level deeper; a plain key belongs to its map's level.
 */
export function firstTooDeep(text: string, limit: number): Where | null {
  const lines = new LineCounter();
  return deepIn(new Parser(lines.addNewLine).parse(text), lines, limit);
}

function deepIn(tokens: Iterable<CST.Token>, lines: LineCounter, limit: number): Where | null {
  const stack: Array<{ token: CST.Token; depth: number }> = [];
  for (const token of tokens) {
    if (token.type === 'document' && token.value) stack.push({ token: token.value, depth: 1 });
    while (stack.length > 0) {
      const { token: node, depth } = stack.pop()!;
      if (depth > limit) {
        // The parser has read the whole text by now, so every line start is known.
        const { line, col } = lines.linePos(node.offset);
        return { line, col };
      }
      if (!COLLECTIONS.has(node.type)) continue;
      const items = (node as CST.BlockMap | CST.BlockSequence | CST.FlowCollection).items;
      // Pushed in reverse, so the first node in the text is the first one found too deep.
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i]!;
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
        const key = (item as { key?: CST.Token | null }).key;
        if (key && COLLECTIONS.has(key.type)) stack.push({ token: key, depth: depth + 1 });
      }
    }
  }
  return null;
}

/**
 * `parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' })`,
 * with the depth checked on its syntax tree in between (one parse of the text, not two).
 */
export function parseYamlWithin(
  text: string,
  limit: number,
): { readonly doc: Document.Parsed; readonly lines: LineCounter } | { readonly tooDeep: Where } {
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const tooDeep = deepIn(tokens, lines, limit);
  if (tooDeep) return { tooDeep };
  const composer = new Composer({ uniqueKeys: true, prettyErrors: false, version: '1.2' });
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      // As parseDocument does: a scenario is one document.
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  // compose(…, true, …) always ends with a document, so doc is set here.
  return { doc: doc as Document.Parsed, lines };
}
