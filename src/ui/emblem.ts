// An actor's badge for cards and lists: its flag where it has one, else an emblem of its initials on
// its colour. Decorative (the name is always written beside it), so hidden from screen readers.
import type { Actor } from '../engine/scenario.ts';
import { h } from './dom.ts';

const initials = (actor: Actor): string =>
  actor.short
    .replace(/[^\p{L}\p{N}]/gu, '')
    .slice(0, 3)
    .toUpperCase();

export function actorEmblem(actor: Actor): HTMLElement {
  return h(
    'span',
    { class: 'emblem', 'aria-hidden': 'true', style: `--actor-colour:${actor.colour}` },
    initials(actor),
  );
}
