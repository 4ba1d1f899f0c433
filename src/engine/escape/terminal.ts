// What reaches a terminal. A control character in a scenario name, a save's reason or an echoed
// argument is an instruction to the terminal: ESC starts sequences that clear the screen, recolour
// text or retitle the window; BEL rings; a lone CR overwrites the line; C1's CSI (U+009B) acts as ESC[.
// Each becomes its visible escape, `\u001b`: the person sees that something odd was there, and in
// --json output (where JSON.stringify already writes C0 that way) the result is still the same JSON,
// because a raw control character can only sit inside a JSON string and `\u00XX` means it there.

/** C0 except tab and line feed, DEL, C1; CR too unless it ends a CRLF line (the CSV output's). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

const visible = (char: string): string => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** The text with every terminal control shown as `\uXXXX` instead of obeyed. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, visible);
}
