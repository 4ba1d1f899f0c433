// An actor's name for a panel or the table, from its id; an unknown id is shown as it is.
import { nameList } from '../engine/describe.ts';
import type { Scenario } from '../engine/scenario.ts';

export const actorName = (scenario: Scenario, id: string): string =>
  scenario.actors.find((a) => a.id === id)?.name ?? id;

export const actorShort = (scenario: Scenario, id: string): string =>
  scenario.actors.find((a) => a.id === id)?.short ?? id;

/**
 * Who holds the pen, for a sentence: "the pen holder (United States)", or, with co-pen holders,
 * "the pen holders (United States and Ecuador)".
 */
export function penHolderWords(scenario: Scenario): string {
  const { penHolder, coPenHolders = [] } = scenario.procedure;
  const names = [penHolder, ...coPenHolders].map((id) => actorName(scenario, id));
  return `the pen holder${names.length > 1 ? 's' : ''} (${nameList(names)})`;
}
