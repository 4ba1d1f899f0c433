// The command line run in-process for tests: what it printed, its exit code and how long it took.
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  readonly code: number;
  /** stdout, its lines joined by line breaks. */
  readonly out: string;
  /** stderr, likewise. */
  readonly err: string;
  readonly ms: number;
}

/**
 * Runs `draftroom …argv`. With `input`, a person at the terminal types its lines at the prompts (and
 * ends the input when they run out); without it nobody can answer, as when stdin is not a terminal.
 */
export async function runCli(argv: readonly string[], input?: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const lines = input ? [...input] : null;
  const started = performance.now();
  const code = await main(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: process.cwd(),
    ...(lines ? { prompt: async () => lines.shift() ?? null } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), ms: performance.now() - started };
}
