// The amendment a player is writing but has not proposed, kept beside the game's save so a reload
// does not lose it. What is read back is untrusted (storage can hold anything): only changes to
// clauses and options the scenario has, one per clause, three at most, are put back.
import type { IssueId, OptionId } from '../engine/ids.ts';
import type { Change } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { KeyValueStorage } from './storage.ts';

const MAX_CHANGES = 3;
export const pendingSlot = (slot: string): string => `${slot}.pending`;

export function writePending(storage: KeyValueStorage, slot: string, changes: readonly Change[]): void {
  try {
    if (changes.length === 0) storage.removeItem(pendingSlot(slot));
    else
      storage.setItem(
        pendingSlot(slot),
        JSON.stringify(changes.map((c) => ({ issue: c.issue, option: c.option }))),
      );
  } catch {
    // Storage full or blocked: the amendment is still on the screen, only a reload would lose it.
  }
}

export function readPending(storage: KeyValueStorage, slot: string, scenario: Scenario): Change[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(pendingSlot(slot)) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const changes: Change[] = [];
  for (const item of parsed) {
    if (typeof item !== 'object' || item === null) continue;
    const { issue, option } = item as { issue?: unknown; option?: unknown };
    const clause = scenario.issues.find((i) => i.id === issue);
    if (!clause?.options.some((o) => o.id === option)) continue;
    if (changes.some((c) => c.issue === clause.id)) continue;
    changes.push({ issue: clause.id as IssueId, option: option as OptionId });
    if (changes.length === MAX_CHANGES) break;
  }
  return changes;
}
