// The shipped scenarios, as the title screen shows them before the YAML parser has loaded (it is a
// chunk of its own, loaded on demand): title, date, summary, size and play time read from the raw
// text. The parser checks each file fully when it is opened; here a field that cannot be read is
// only left out of the card. Each file's text is a chunk of its own too (they are large: the first
// page must stay light), fetched when the title or a link needs it.

export interface ShippedScenario {
  /** The key the text is kept under (`/scenarios/<file>`). */
  readonly key: string;
  /** The file name, as a link names it (`gaza-isf-2025.yaml`). */
  readonly file: string;
  readonly title: string;
  /** The summary's first two sentences. */
  readonly summary: string;
  /** The scenario's "as of" date, e.g. "24 October 2025"; empty when it cannot be read. */
  readonly date: string;
  readonly forum: string;
  readonly actors: number;
  readonly rounds: number;
  /** A rough length for a first game, in minutes (see playMinutes). */
  readonly minutes: number;
}

import { own } from '../engine/own.ts';
import { longDate } from '../state/dates.ts';

const loaders = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });
const raw: Record<string, string> = {};

/** The text of a shipped scenario once loaded (own keys only: keys come from storage and links). */
export function shippedText(key: string): string | undefined {
  return own(raw, key);
}

/** Loads one shipped scenario's text; undefined when `key` names none. */
export async function loadShippedText(key: string): Promise<string | undefined> {
  const load = own(loaders, key);
  if (load === undefined) return undefined;
  raw[key] ??= await load();
  return raw[key];
}

/** Loads every shipped scenario's text (in parallel), for the title's cards. */
export async function loadAllShipped(): Promise<void> {
  await Promise.all(Object.keys(loaders).map(loadShippedText));
}

export const fileName = (key: string): string => key.split('/').pop() ?? key;
export const keyOf = (file: string): string => `/scenarios/${file}`;

/** A top-level one-line field, unquoted. */
function field(text: string, name: string): string {
  const value = new RegExp(`^${name}:[ \\t]*(.+)$`, 'm').exec(text)?.[1] ?? '';
  return value.trim().replace(/^["']|["']$/g, '');
}

/** The first `count` sentences of the top-level `summary`, folded or plain. */
export function firstSentences(text: string, count: number): string {
  const block = /^summary:[ \t]*(?:[>|][-+]?[ \t]*\n((?:[ \t]+.*\n?)+)|(.*))/m.exec(text);
  const body = block?.[1] ?? block?.[2] ?? '';
  const flat = body
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']|["']$/g, '');
  const sentences = flat.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [flat];
  return sentences
    .slice(0, count)
    .map((s) => s.trim())
    .join(' ');
}

export { longDate } from '../state/dates.ts';

const FORUMS: Readonly<Record<string, string>> = {
  unsc: 'UN Security Council',
  consensus: 'By consensus',
};

/**
 * A first game's length: ten minutes to read the briefing, then about eight minutes a round (one
 * move each, the pen holder's decision, the events). Measured on our own play-throughs, not a rule.
 */
export const playMinutes = (rounds: number): number => 10 + 8 * rounds;

function actorCount(text: string): number {
  const section = /^actors:[^\n]*\n([\s\S]*?)(?=^\S|$(?![\s\S]))/m.exec(text)?.[1] ?? '';
  return section.match(/^ {2}- id:/gm)?.length ?? 0;
}

export function shippedScenarios(): ShippedScenario[] {
  return Object.entries(raw)
    .filter(([key]) => !key.endsWith('/_template.yaml'))
    .map(([key, text]) => {
      const rounds = Number(/^procedure:[\s\S]*?^ {2}rounds:\s*(\d+)/m.exec(text)?.[1] ?? '4');
      const forum = /^procedure:[\s\S]*?^ {2}forum:\s*([a-z_]+)/m.exec(text)?.[1] ?? '';
      return {
        key,
        file: fileName(key),
        title: field(text, 'title') || fileName(key),
        summary: firstSentences(text, 2),
        date: longDate(field(text, 'as_of')),
        forum: FORUMS[forum] ?? forum,
        actors: actorCount(text),
        rounds,
        minutes: playMinutes(rounds),
      };
    });
}
