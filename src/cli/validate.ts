// `draftroom validate FILE...`: every problem as `file:line:col: error: message`, the format editors
// and CI understand. Exit 0 when every file is valid, 1 when any is not, 2 when a file cannot be read.
// A valid file may also get warnings (`file:line:col: warning: …`, src/scenario/warnings.ts): printed,
// never failing the run.
import { LIMITS } from '../scenario/limits.ts';
import { parseScenarioDetailed } from '../scenario/parse.ts';
import { formatProblem } from '../scenario/problems.ts';
import { formatWarning, scenarioWarnings } from '../scenario/warnings.ts';
import { EXIT, type Io, readCapped, UsageError } from './io.ts';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const VALIDATE_USAGE = 'usage: draftroom validate FILE.yaml [FILE.yaml ...]';

export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const unknown = args.filter((a) => a.startsWith('-'));
  if (unknown.length > 0) throw new UsageError(`unknown option '${unknown[0]}'\n${VALIDATE_USAGE}`);
  if (files.length === 0) throw new UsageError(`no file given\n${VALIDATE_USAGE}`);
  let exit: number = EXIT.ok;
  for (const file of files) {
    // At most the size limit and one byte: the parser refuses the rest without reading it all.
    const read = await readCapped(file, LIMITS.bytes);
    if (!read.ok) {
      io.err(`draftroom: ${read.message}`);
      exit = EXIT.usage;
      continue;
    }
    const result = parseScenarioDetailed(read.bytes, file);
    if (result.ok) {
      const s = result.value.scenario;
      const warnings = scenarioWarnings(result.value, file);
      for (const warning of warnings) io.out(formatWarning(warning));
      io.out(
        `${file}: ok — ${s.title} (${[count(s.actors.length, 'actor'), count(s.issues.length, 'clause'), count(s.rules.length, 'rule'), count(s.drafts.length, 'draft')].join(', ')})${warnings.length ? `, ${count(warnings.length, 'warning')}` : ''}`,
      );
    } else {
      for (const problem of result.error) io.out(formatProblem(problem));
      io.out(`${file}: ${result.error.length} problem${result.error.length === 1 ? '' : 's'}`);
      if (exit === EXIT.ok) exit = EXIT.invalid;
    }
  }
  return exit;
}
