// What counts as plain text in a scenario. Names, short names, titles and labels are shown on one
// line everywhere (the page, the terminal, exports), so they hold no control character at all, no
// bidirectional override (which reorders what a reader sees) and no invisible zero-width character,
// and they must have something visible. Longer texts (briefings, clause texts, notes) may hold line
// breaks and tabs but no other control character. Each refusal says which character and where.
import {
  ANY_CONTROL,
  BIDI_CONTROL,
  CONTROL,
  codePointName,
  findCharacter,
  ZERO_WIDTH,
} from '../engine/escape/characters.ts';

const NAMES = 'names, titles and labels must be plain text on one line';

function controlWord(char: string): string {
  if (char === '\n' || char === '\r') return 'a line break';
  if (char === '\t') return 'a tab';
  return 'a control character';
}

/** Why `text` is not a plain one-line name, or null when it is one. */
export function nameProblem(text: string): string | null {
  const control = findCharacter(text, ANY_CONTROL);
  if (control)
    return `contains ${controlWord(control.char)} (${codePointName(control.char)}) at position ${control.position}; ${NAMES}`;
  const bidi = findCharacter(text, BIDI_CONTROL);
  if (bidi)
    return `contains a bidirectional control (${codePointName(bidi.char)}) at position ${bidi.position}, which reorders how the text is shown; ${NAMES}`;
  const invisible = findCharacter(text, ZERO_WIDTH);
  if (invisible)
    return `contains an invisible zero-width character (${codePointName(invisible.char)}) at position ${invisible.position}; ${NAMES}`;
  if (text.length > 0 && text.trim() === '') return 'is only spaces; a name needs visible text';
  return null;
}

/** Why `text` is not acceptable running text (line breaks and tabs allowed), or null. */
export function textProblem(text: string): string | null {
  const control = findCharacter(text, CONTROL);
  if (!control) return null;
  return `contains ${control.char === '\r' ? 'a carriage return' : 'a control character'} (${codePointName(control.char)}) at position ${control.position}; text may hold line breaks and tabs but no other control character`;
}
