// An actor's flag, the same everywhere (set-up, table, debrief): the square SVG from flag-icons for
// a scenario's `flag:` (an ISO 3166 code), else a neutral emblem (the actor's colour and initials)
// for an actor without one, such as an armed group — never a party's own insignia.
// Every flag is its own file, emitted but not inlined: the browser fetches only the flags shown.
import type { Actor } from '../engine/scenario.ts';
import { emblemColour, emblemInk, flagUrl, initials } from '../state/flag-urls.ts';
import { h } from './dom.ts';
import './flag.css';

export { emblemColour, emblemInk, flagUrl, initials } from '../state/flag-urls.ts';

export type FlagActor = Pick<Actor, 'name' | 'short' | 'colour' | 'flag'>;

export interface FlagOptions {
  /** Side in CSS pixels (default 20). */
  readonly size?: number;
  /** True where the name is written next to the flag: the flag is then hidden from screen readers. */
  readonly decorative?: boolean;
}

/**
 * The actor's flag as an element: an `<img>` (alt text: the actor's name) or, for an actor without a
 * flag, an emblem `<span role="img">` labelled with the name. Names are set as text or attributes,
 * never as HTML.
 */
export function flagElement(actor: FlagActor, options: FlagOptions = {}): HTMLElement {
  const size = options.size ?? 20;
  const label = options.decorative ? {} : { 'aria-label': actor.name };
  const url = flagUrl(actor.flag);
  if (url) {
    const img = h('img', {
      class: 'flag',
      src: url,
      alt: options.decorative ? '' : actor.name,
      width: String(size),
      height: String(size),
      loading: 'lazy',
      decoding: 'async',
    });
    return img;
  }
  const emblem = h(
    'span',
    {
      class: 'flag flag-emblem',
      ...(options.decorative ? { 'aria-hidden': 'true' } : { role: 'img', ...label }),
      title: actor.name,
    },
    initials(actor.short || actor.name),
  );
  emblem.style.setProperty('--flag-size', `${size}px`);
  const colour = emblemColour(actor.colour);
  emblem.style.setProperty('--emblem-colour', colour);
  emblem.style.setProperty('--emblem-ink', emblemInk(colour));
  return emblem;
}
