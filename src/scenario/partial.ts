// "Every problem at once" across both stages of checking (issue #16 item 2). When the file's shape is
// wrong somewhere, every part whose shape is right is still cross-checked: each top-level section,
// and each entry of each list, is read on its own; the ones that fail are left out (their shape
// errors are reported already) and the rest go through the cross-references as usual. So a wrong
// option id in a draft, a missing penalty and an unknown pen holder appear in the same run as a
// misspelt field in an actor.
import type { z } from 'zod';
import type { CheckableScenario, CrossFinding, Shapeless } from './check-context.ts';
import type { PathSegment } from './problems.ts';
import { scenarioSchema } from './schema.ts';

/** The lists whose entries are read one by one, with where they sit in the file. */
const LISTS = [['sources'], ['actors'], ['issues'], ['rules'], ['drafts'], ['ceasefire', 'events']] as const;

type Data = Record<string, unknown>;
const isObject = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);

/** A schema without its `.optional()` / `.default()` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) current = def.innerType;
    else return current;
  }
}

const fieldSchema = (key: string): z.ZodType =>
  (scenarioSchema.shape as Record<string, z.ZodType>)[key] as z.ZodType;
const elementOf = (schema: z.ZodType): z.ZodType =>
  (unwrap(schema)._zod.def as unknown as { element: z.ZodType }).element;

export interface PartialCheck {
  /** The parts whose shape is right, ready for crossCheck. */
  readonly raw: CheckableScenario;
  readonly shapeless: Shapeless;
  /** A finding's path in the partial scenario → its path in the file (list entries renumbered). */
  readonly inFile: (path: readonly PathSegment[]) => readonly PathSegment[];
  /** Whether a path lies inside a part left out for its shape (its other findings would follow from it). */
  readonly insideShapeless: (path: readonly PathSegment[]) => boolean;
  /**
   * False when the actors or the clauses are not a list at all (missing, misspelt, a map): every
   * reference to them would be "unknown", so stage two would only repeat that one problem.
   */
  readonly referencesCheckable: boolean;
}

const idOf = (entry: unknown): string | undefined =>
  isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;

/** The well-formed parts of a file whose whole does not pass the schema. */
export function partialScenario(data: Data): PartialCheck {
  const raw: Data = {};
  const shapelessPaths: PathSegment[][] = [];
  const shapelessIds = { actors: new Set<string>(), issues: new Set<string>(), sources: new Set<string>() };
  // For each list: the index in the file of each entry kept.
  const kept = new Map<string, number[]>();

  const readList = (key: string, items: unknown, schema: z.ZodType, at: readonly PathSegment[]) => {
    const element = elementOf(schema);
    const out: unknown[] = [];
    const indices: number[] = [];
    (Array.isArray(items) ? items : []).forEach((item, index) => {
      const parsed = element.safeParse(item);
      if (parsed.success) {
        out.push(parsed.data);
        indices.push(index);
      } else {
        shapelessPaths.push([...at, index]);
        const id = idOf(item);
        if (id !== undefined && key in shapelessIds) shapelessIds[key as keyof typeof shapelessIds].add(id);
      }
    });
    kept.set(at.join('.'), indices);
    return out;
  };

  for (const key of Object.keys(scenarioSchema.shape)) {
    const schema = fieldSchema(key);
    const value = data[key];
    if (key === 'ceasefire') {
      // The ceasefire's events are entries of their own; the rest of the block is one part.
      const { events, ...block } = isObject(value) ? value : { events: undefined };
      const parsed = schema.safeParse({ ...block, events: [] });
      const eventSchema = (unwrap(schema)._zod.def as unknown as { shape: Record<string, z.ZodType> }).shape
        .events as z.ZodType;
      const wellFormed = readList('events', events, eventSchema, ['ceasefire', 'events']);
      if (parsed.success) raw.ceasefire = { ...(parsed.data as Data), events: wellFormed };
      else shapelessPaths.push(['ceasefire']);
      continue;
    }
    if (LISTS.some((l) => l.length === 1 && l[0] === key)) {
      raw[key] = readList(key, value, schema, [key]);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) raw[key] = parsed.data;
    else shapelessPaths.push([key]);
  }

  const inFile = (path: readonly PathSegment[]): readonly PathSegment[] => {
    for (const list of LISTS) {
      const index = path[list.length];
      if (typeof index !== 'number' || !list.every((k, i) => path[i] === k)) continue;
      const original = kept.get(list.join('.'))?.[index];
      if (original !== undefined)
        return [...path.slice(0, list.length), original, ...path.slice(list.length + 1)];
    }
    return path;
  };
  const insideShapeless = (path: readonly PathSegment[]) =>
    shapelessPaths.some((prefix) => prefix.length <= path.length && prefix.every((p, i) => path[i] === p));

  return {
    raw: raw as unknown as CheckableScenario,
    shapeless: { ...shapelessIds, seats: leftOutSeats(data.actors, shapelessPaths) },
    inFile,
    insideShapeless,
    referencesCheckable: Array.isArray(data.actors) && Array.isArray(data.issues),
  };
}

const SEATS = new Set(['permanent', 'elected', 'none']);

/** The seats of the actors left out, as written (`none` when absent); null if one cannot be read. */
function leftOutSeats(
  actors: unknown,
  shapelessPaths: readonly PathSegment[][],
): { id: string; seat: string }[] | null {
  const out: { id: string; seat: string }[] = [];
  for (const path of shapelessPaths) {
    if (path[0] !== 'actors' || typeof path[1] !== 'number') continue;
    const entry = Array.isArray(actors) ? actors[path[1]] : undefined;
    const seat = isObject(entry) ? (entry.seat ?? 'none') : undefined;
    const id = idOf(entry);
    if (typeof seat !== 'string' || !SEATS.has(seat) || id === undefined) return null;
    out.push({ id, seat });
  }
  return out;
}

/** Cross-check findings of a partial scenario, renumbered to the file's own list positions. */
export const locateInFile = (check: PartialCheck, findings: readonly CrossFinding[]): CrossFinding[] =>
  findings.map((f) => ({ ...f, path: check.inFile(f.path) }));
