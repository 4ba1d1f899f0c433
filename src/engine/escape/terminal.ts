// What reaches a terminal. A control character in a scenario name, a save's reason or an echoed
// argument is an instruction to the terminal: ESC starts sequences that clear the screen, recolour
// text or retitle the window; BEL rings; a lone CR overwrites the line; C1's CSI (U+009B) acts as ESC[.
// Each becomes its visible escape, `\u001b`: the person sees that something odd was there, and in
// --json output (where JSON.stringify already writes C0 that way) the result is still the same JSON,
// because a raw control character can only sit inside a JSON string and `\u00XX` means it there.

import { CONTROL, escapedCharacter } from './characters.ts';

/**
 * The loader's CONTROL class (C0 except tab and line feed, DEL, C1), but a CR that ends a CRLF line
 * (the CSV output's) is left alone: only a lone CR overwrites the line.
 */
const UNSAFE = new RegExp(`(?!\\r\\n)${CONTROL.source}`, 'gu');

/** The text with every terminal control shown as `\uXXXX` instead of obeyed. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escapedCharacter);
}
