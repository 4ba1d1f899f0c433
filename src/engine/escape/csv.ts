// One CSV field (RFC 4180) that a spreadsheet opens as text. A cell starting with = + - @ (or a tab or
// carriage return, which some spreadsheets skip before reading a formula) is run as a formula by Excel,
// LibreOffice and Google Sheets, so text that starts that way is prefixed with ' (OWASP's advice on CSV
// injection). Numbers, negative ones included, are left as they are so they stay numbers.

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The text with a leading ' when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** The text as one CSV field: formula-safe, and quoted when it holds a comma, quote or line break. */
export function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
