// Where each flag's file is, and the emblem for an actor without a flag: shared by the table drawn
// on the canvas (src/game) and the panels (src/ui/flag.ts), which may not import each other.
// Every flag is its own file, emitted but not inlined: the browser fetches only the flags shown.
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
