// The `draftroom` command line. Bad input never shows a stack trace: usage errors exit 2 with a
// sentence and the usage line; an unexpected failure is reported in one line and exits 3.
import { AUDIT_USAGE, auditCommand } from './audit.ts';
import { CHECK_USAGE, checkCommand } from './check.ts';
import { COMPARE_USAGE, compareCommand } from './compare.ts';
import { HAZARD_USAGE, hazardCommand } from './hazard.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { Reported } from './load.ts';
import { NEW_USAGE, newCommand } from './new.ts';
import { PLAY_USAGE, playCommand } from './play.ts';
import { REPLAY_USAGE, replayCommand } from './replay.ts';
import { SCORE_USAGE, scoreCommand } from './score.ts';
import { SIMULATE_USAGE, simulateCommand } from './simulate.ts';
import { SOLVE_USAGE, solveCommand } from './solve.ts';
import { SWEEP_USAGE, sweepCommand } from './sweep.ts';
import { terminalIo } from './text.ts';
import { TORNADO_USAGE, tornadoCommand } from './tornado.ts';
import { VALIDATE_USAGE, validateCommand } from './validate.ts';

const COMMANDS: Record<
  string,
  { readonly usage: string; readonly run: (args: readonly string[], io: Io) => Promise<number> }
> = {
  new: { usage: NEW_USAGE, run: newCommand },
  validate: { usage: VALIDATE_USAGE, run: validateCommand },
  audit: { usage: AUDIT_USAGE, run: auditCommand },
  check: { usage: CHECK_USAGE, run: checkCommand },
  score: { usage: SCORE_USAGE, run: scoreCommand },
  simulate: { usage: SIMULATE_USAGE, run: simulateCommand },
  hazard: { usage: HAZARD_USAGE, run: hazardCommand },
  play: { usage: PLAY_USAGE, run: playCommand },
  replay: { usage: REPLAY_USAGE, run: replayCommand },
  solve: { usage: SOLVE_USAGE, run: solveCommand },
  compare: { usage: COMPARE_USAGE, run: compareCommand },
  tornado: { usage: TORNADO_USAGE, run: tornadoCommand },
  sweep: { usage: SWEEP_USAGE, run: sweepCommand },
};

const HELP = [
  'draftroom — negotiate a Security Council resolution clause by clause',
  '',
  'commands:',
  ...Object.values(COMMANDS).map((c) => `  ${c.usage.replace(/^usage: /, '')}`),
  '',
  'Scenario format: docs/scenario-format.md',
].join('\n');

export { terminalText } from './text.ts';

export async function main(argv: readonly string[], terminal: Io): Promise<number> {
  // Every line leaves through this wrapper: untrusted text cannot drive the terminal.
  const io = terminalIo(terminal);
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? io.err : io.out)(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.err(`draftroom: unknown command '${command}'\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await entry.run(args, io);
  } catch (error) {
    if (error instanceof Reported) return error.code;
    if (error instanceof UsageError) {
      io.err(`draftroom ${command}: ${error.message}`);
      return EXIT.usage;
    }
    io.err(
      `draftroom ${command}: internal error: ${error instanceof Error ? error.message : String(error)} (please report this)`,
    );
    return EXIT.internal;
  }
}
