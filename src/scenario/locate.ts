// Maps a field path back to a line and column in the YAML source, so every problem is located even
// when it was found after the YAML became plain data.
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from './problems.ts';

export interface Position {
  readonly line: number;
  readonly col: number;
}

/** 'value': the node at the path; 'key': the key naming it (for unknown or misspelt keys). */
export type Target = 'value' | 'key';

export function createLocator(doc: Document, lineCounter: LineCounter) {
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const start: Position = { line: 1, col: 1 };

  /** The deepest node that exists along the path, with the key node that led to it. */
  function walk(path: readonly PathSegment[]): { node: Node | null; key: Node | null; complete: boolean } {
    let node: Node | null = (doc.contents as Node | null) ?? null;
    let key: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) return { node, key, complete: false };
        key = (pair.key as Node | null) ?? null;
        node = (pair.value as Node | null) ?? key;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return { node, key, complete: false };
        key = null;
        node = item;
      } else {
        return { node, key, complete: false };
      }
    }
    return { node, key, complete: true };
  }

  return {
    locate(path: readonly PathSegment[], target: Target = 'value'): Position {
      const { node, key, complete } = walk(path);
      const chosen = complete && target === 'key' && key ? key : node;
      const offset = chosen?.range?.[0];
      return offset === undefined ? start : at(offset);
    },
    /** Position of the key `name` inside the map at `path` (an unknown field, say). */
    locateKey(path: readonly PathSegment[], name: string): Position {
      const { node } = walk(path);
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === name,
        );
        const offset = (pair?.key as Node | undefined)?.range?.[0];
        if (offset !== undefined) return at(offset);
      }
      const offset = node?.range?.[0];
      return offset === undefined ? start : at(offset);
    },
    at,
  };
}
export type Locator = ReturnType<typeof createLocator>;
