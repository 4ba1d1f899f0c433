// Plain text (scenario titles, names, clause texts) written into Markdown. A Markdown renderer reads
// `<img …>` as HTML, `[x](javascript:…)` as a link, `|` as a table column and a line break as the end
// of a table row; escaped here, the text is shown exactly as written and cannot become markup.

/**
 * Every ASCII character that can start or end inline markup (a backslash before any of them is a
 * literal), and `&` only where it would start a character reference (`&lt;`, `&#60;`), so "Q&A" stays
 * as it is.
 */
const SPECIALS = /[\\`*_[\]<>|~#]|&(?=#?[A-Za-z0-9]+;)/g;
/** A line that starts like a list item, setext underline or ordered item would change the block. */
const BLOCK_START = /^([-+=])|^(\d{1,9})([.)])/;

/**
 * The text as one line of Markdown that renders as the same characters: line breaks become spaces
 * (so a table keeps one row per line), markup characters are backslash-escaped.
 */
export function escapeMarkdownText(text: string): string {
  // Split rather than one regex around the break: linear even on a long run of spaces.
  return text
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(SPECIALS, '\\$&')
    .replace(BLOCK_START, (_all, sign?: string, digits?: string, dot?: string) =>
      sign ? `\\${sign}` : `${digits}\\${dot}`,
    );
}
