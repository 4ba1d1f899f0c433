// An actor's flag, the same everywhere (set-up, table, debrief): the square SVG from flag-icons for
// a scenario's `flag:` (an ISO 3166 code), else a neutral emblem (the actor's colour and initials)
// for an actor without one, such as an armed group — never a party's own insignia.
// Every flag is its own file, emitted but not inlined: the browser fetches only the flags shown.
import type { Actor } from '../engine/scenario.ts';
import { h } from './dom.ts';
import './flag.css';

const FLAG_FILES = import.meta.glob<string>('/node_modules/flag-icons/flags/1x1/*.svg', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** The URL of the square flag for an ISO 3166 two-letter code, or null if flag-icons has none. */
export function flagUrl(code: string | undefined): string | null {
  if (code === undefined || !/^[a-z]{2}$/.test(code)) return null;
  return FLAG_FILES[`/node_modules/flag-icons/flags/1x1/${code}.svg`] ?? null;
}

/** Up to two initials of a name ("Palestinian Authority" → "PA", "Hamas" → "H"), for the emblem. */
export function initials(name: string): string {
  const words = name
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const chosen = capitals.length > 0 ? capitals : words;
  return chosen
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** White or ink initials on the emblem's colour, whichever reads better (WCAG relative luminance). */
export function emblemInk(colour: string): '#ffffff' | '#1d2733' {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(colour);
  if (!m) return '#ffffff';
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => {
    const c = Number.parseInt(x ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast against white (1.05 / (L + 0.05)) beats contrast against ink below L ≈ 0.18.
  return luminance < 0.18 ? '#ffffff' : '#1d2733';
}

const EMBLEM_FALLBACK = '#5b6573';

/** The emblem's background: the actor's colour when it is a plain #rrggbb, else a neutral grey. */
export const emblemColour = (colour: string): string =>
  /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : EMBLEM_FALLBACK;

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
