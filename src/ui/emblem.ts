// An actor's badge for cards and pages (Play as…, the briefing): its flag, or the neutral emblem of its
// initials, from the one flag helper the table uses too. Decorative: the name is always written beside it.
import type { Actor } from '../engine/scenario.ts';
import { flagElement } from './flag.ts';

export function actorEmblem(actor: Actor): HTMLElement {
  return flagElement(actor, { size: 36, decorative: true });
}
