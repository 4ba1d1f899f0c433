// The characters that make text other than plain text: terminal controls, invisible characters and
// the bidirectional overrides that reorder what a reader sees. One list, shared by the scenario loader
// (which refuses them in names) and by every output sink (which neutralises them), so the two agree.

/** C0 controls other than tab and line feed, DEL, and the C1 controls (U+0080–U+009F). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** Any C0 control (tab and line feed included), DEL or C1: nothing of the kind belongs in a name. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for
export const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/** Embeddings, overrides and isolates: they reorder the text around them as it is displayed. */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

/** Zero-width space, non-joiner, joiner, word joiner and the byte-order mark: invisible in a name. */
export const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;

/** "U+001B": how a message names a character nobody can see. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface FoundCharacter {
  readonly char: string;
  /** 1-based, counted in characters (code points) as a reader counts them. */
  readonly position: number;
}

/** The first character of `text` that `pattern` matches, with its position, or null. */
export function findCharacter(text: string, pattern: RegExp): FoundCharacter | null {
  let position = 0;
  for (const char of text) {
    position += 1;
    if (pattern.test(char)) return { char, position };
  }
  return null;
}

/** A character as its JavaScript/JSON escape, `\u001b`: what the reader sees in its place. */
export const escapedCharacter = (char: string): string =>
  `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** The text with every control, bidirectional and zero-width character written as `\u001b`, so a
 * message that quotes it shows what is there, in the page as in the terminal. */
export function visibleCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const hidden = ANY_CONTROL.test(char) || BIDI_CONTROL.test(char) || ZERO_WIDTH.test(char);
    out += hidden ? escapedCharacter(char) : char;
  }
  return out;
}
