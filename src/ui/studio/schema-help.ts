// Completion and hover help from the scenario format's JSON Schema (scenarios/draftroom.schema.json,
// generated from the checker's own schema by `npm run schema`): the field names a map may have, with
// their descriptions, and the values an enum allows. Pure functions of the schema and a cursor place.
import type { CursorPlace } from './yaml-path.ts';

/** The part of a JSON Schema (draft-07) this help reads. */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly default?: unknown;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

export interface FieldHelp {
  readonly name: string;
  /** "number 0–100", "one of: state, armed_group, organisation", … */
  readonly type: string;
  readonly description: string;
  readonly required: boolean;
}

const MAX_DEPTH = 40;

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  let n = node;
  for (let i = 0; i < 10 && n.$ref; i++) {
    const name = /^#\/definitions\/(.+)$/.exec(n.$ref)?.[1];
    const target = name === undefined ? undefined : root.definitions?.[name];
    if (!target) break;
    n = { ...target, ...(n.description ? { description: n.description } : {}) };
  }
  return n;
}

/** The node itself and every branch of its unions, resolved (a field may be a number or a map). */
function branches(root: SchemaNode, node: SchemaNode, depth = 0): SchemaNode[] {
  const n = resolve(root, node);
  const more = [...(n.anyOf ?? []), ...(n.oneOf ?? []), ...(n.allOf ?? [])];
  if (depth > MAX_DEPTH) return [n];
  return [n, ...more.flatMap((b) => branches(root, b, depth + 1))];
}

/** The schema of the value at `path` (keys, `[]` for a list item), or null where the schema has none. */
export function schemaAt(root: SchemaNode, path: readonly string[]): SchemaNode | null {
  let nodes: SchemaNode[] = [root];
  for (const segment of path) {
    const next: SchemaNode[] = [];
    for (const b of nodes.flatMap((n) => branches(root, n))) {
      if (segment === '[]') {
        if (b.items) next.push(b.items);
      } else if (b.properties && Object.hasOwn(b.properties, segment)) next.push(b.properties[segment]!);
      else if (typeof b.additionalProperties === 'object') next.push(b.additionalProperties);
    }
    if (next.length === 0) return null;
    nodes = next;
  }
  // Several candidates (a union): their branches, as one node.
  return nodes.length === 1 ? nodes[0]! : { anyOf: nodes };
}

const range = (n: SchemaNode): string => {
  const lo = n.minimum ?? n.exclusiveMinimum;
  if (lo !== undefined && n.maximum !== undefined) return ` ${lo}–${n.maximum}`;
  if (n.exclusiveMinimum !== undefined) return ` > ${n.exclusiveMinimum}`;
  if (n.minimum !== undefined) return ` ≥ ${n.minimum}`;
  if (n.maximum !== undefined) return ` ≤ ${n.maximum}`;
  return '';
};

/** The values an enum (or a set of constants) allows, as the file writes them. */
export function enumValues(root: SchemaNode, node: SchemaNode): string[] {
  const values = new Set<string>();
  for (const b of branches(root, node)) {
    for (const v of b.enum ?? []) values.add(String(v));
    if (b.const !== undefined) values.add(String(b.const));
    if (b.type === 'boolean') {
      values.add('true');
      values.add('false');
    }
  }
  return [...values];
}

/** A field's kind in a few words. */
export function describeType(root: SchemaNode, node: SchemaNode): string {
  const values = enumValues(root, node);
  if (values.length > 0 && !values.every((v) => v === 'true' || v === 'false'))
    return `one of: ${values.join(', ')}`;
  const kinds = new Set<string>();
  for (const b of branches(root, node)) {
    const types = typeof b.type === 'string' ? [b.type] : (b.type ?? []);
    for (const t of types) {
      if (t === 'array') kinds.add('list');
      else if (t === 'object') kinds.add('map');
      else if (t === 'number' || t === 'integer')
        kinds.add(`${t === 'integer' ? 'whole number' : 'number'}${range(b)}`);
      else kinds.add(t === 'boolean' ? 'true or false' : t);
    }
  }
  return [...kinds].join(' or ');
}

const describe = (root: SchemaNode, node: SchemaNode): string =>
  branches(root, node).find((b) => b.description)?.description ?? '';

/** The fields the map at `path` may have, with their help, in the schema's order. */
export function fieldsAt(root: SchemaNode, path: readonly string[]): FieldHelp[] {
  const node = schemaAt(root, path);
  if (!node) return [];
  const seen = new Map<string, FieldHelp>();
  for (const b of branches(root, node)) {
    for (const [name, field] of Object.entries(b.properties ?? {})) {
      if (seen.has(name)) continue;
      seen.set(name, {
        name,
        type: describeType(root, field),
        description: describe(root, field),
        required: b.required?.includes(name) ?? false,
      });
    }
  }
  return [...seen.values()];
}

/** The help for the field that ends `path` (a key the cursor is over). */
export function fieldHelp(root: SchemaNode, path: readonly string[]): FieldHelp | null {
  const name = path[path.length - 1];
  const node = schemaAt(root, path);
  if (name === undefined || name === '[]' || !node) return null;
  const parent = schemaAt(root, path.slice(0, -1));
  const required = parent ? branches(root, parent).some((b) => b.required?.includes(name)) : false;
  return { name, type: describeType(root, node), description: describe(root, node), required };
}

export interface Suggestion {
  readonly label: string;
  /** What is inserted. */
  readonly apply: string;
  readonly detail: string;
  readonly info: string;
  readonly kind: 'property' | 'enum';
}

/** What may be written where the cursor is: field names on a key, allowed values on a value. */
export function suggestionsAt(root: SchemaNode, place: CursorPlace | null): Suggestion[] {
  if (!place) return [];
  if (place.on === 'key')
    return fieldsAt(root, place.path).map((f) => ({
      label: f.name,
      apply: `${f.name}: `,
      detail: f.required ? `${f.type} (required)` : f.type,
      info: f.description,
      kind: 'property',
    }));
  const node = schemaAt(root, place.path);
  if (!node) return [];
  return enumValues(root, node).map((v) => ({
    label: v,
    // "yes" and "no" are quoted in the format's files, so YAML 1.1 tools do not read them as booleans.
    apply: /^(?:yes|no|on|off|y|n)$/i.test(v) ? JSON.stringify(v) : v,
    detail: describeType(root, node),
    info: describe(root, node),
    kind: 'enum',
  }));
}
