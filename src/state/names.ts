// An actor's name for a panel or the table, from its id; an unknown id is shown as it is.
import type { Scenario } from '../engine/scenario.ts';

export const actorName = (scenario: Scenario, id: string): string =>
  scenario.actors.find((a) => a.id === id)?.name ?? id;

export const actorShort = (scenario: Scenario, id: string): string =>
  scenario.actors.find((a) => a.id === id)?.short ?? id;
