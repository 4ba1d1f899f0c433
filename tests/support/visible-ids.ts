// "No internal id reaches a person", as a check on visible text: every actor, clause and option id of
// a scenario, looked for as a whole word (case-sensitive). An id that is also one of the scenario's
// own words — its label, or a word its names, titles, labels and briefings use ("are" for the United
// Arab Emirates, "mandate" for the mandate clause) — cannot be told from the text and is not looked for.
import type { Scenario } from '../../src/engine/scenario.ts';

/** Every word of the scenario's prose: each text in it that has a space (names, labels, briefings, events…). */
function humanWords(scenario: Scenario): Set<string> {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/\s/.test(value.trim())) texts.push(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(scenario);
  for (const a of scenario.actors) texts.push(a.name, a.short);
  for (const i of scenario.issues) texts.push(i.title, ...i.options.map((o) => o.label));
  return new Set(texts.join(' ').split(/[^\p{L}\p{N}_-]+/u));
}

const ENGLISH = ['yes', 'no', 'none', 'all', 'full', 'open', 'partial'];

/** The ids that would be a leak if seen: those that are not also words of the scenario's own text. */
export function telltaleIds(scenario: Scenario): string[] {
  const words = humanWords(scenario);
  // Ids that are everyday English words the app itself writes ("14 yes", "none of them"): seeing one
  // says nothing about a leak.
  for (const word of ENGLISH) words.add(word);
  const ids = new Set<string>([
    ...scenario.actors.map((a) => a.id),
    ...scenario.issues.flatMap((i) => [i.id, ...i.options.map((o) => o.id)]),
  ]);
  return [...ids].filter((id) => !words.has(id));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The telltale ids found in `text`, each with a little of the text around it. */
export function leakedIds(scenario: Scenario, text: string): string[] {
  const found: string[] = [];
  for (const id of telltaleIds(scenario)) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(id)}(?![\\p{L}\\p{N}_-])`, 'u').exec(text);
    if (m) found.push(`${id}: …${text.slice(Math.max(0, m.index - 40), m.index + id.length + 40)}…`);
  }
  return found;
}
