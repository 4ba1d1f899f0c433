// Plain-text rendering for the terminal: aligned columns, percentages, signed numbers, and the one
// sink every line passes through on its way out, which shows control characters instead of obeying them.
import { terminalText } from '../engine/escape/terminal.ts';
import type { Io } from './io.ts';

export { alignRows as table } from '../engine/analysis/table.ts';
export { terminalText };

export const pct = (p: number, digits = 1) => `${(p * 100).toFixed(digits)}%`;
export const signed = (x: number, digits = 1) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
export const num = (x: number, digits = 1) => x.toFixed(digits);

/**
 * The same Io with every string it writes passed through terminalText: scenario text, a save's
 * reasons, echoed arguments and quoted file content all reach the terminal as inert text. `main`
 * wraps its Io once, so no command can write around it. The progress line keeps the carriage
 * returns it redraws with; JSON output stays the same JSON (see terminal.ts).
 */
export function terminalIo(io: Io): Io {
  const { prompt, status } = io;
  return {
    ...io,
    out: (line) => io.out(terminalText(line)),
    err: (line) => io.err(terminalText(line)),
    ...(prompt ? { prompt: (question: string) => prompt(terminalText(question)) } : {}),
    ...(status ? { status: (text: string) => status(text.split('\r').map(terminalText).join('\r')) } : {}),
  };
}
