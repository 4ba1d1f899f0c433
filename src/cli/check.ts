// `draftroom check SCENARIO.yaml [--json]`: every expectation the scenario states (its `expectations:`
// section, docs/scenario-format.md §8c), held or failed, with the figure the engine found. Exit 0 when
// every expectation holds, 1 when one fails, 2 when the file cannot be read or is not a valid scenario
// (its problems printed as `validate` prints them), so a script can tell a broken file from a model
// that no longer says what its author expects.
import { actualWords, claimWords, draftWords, methodWords } from '../engine/expectation-words.ts';
import { checkExpectations, EXPECTATION_MONTH } from '../engine/expectations.ts';
import { compile } from '../engine/model.ts';
import { roundDeep } from '../engine/report.ts';
import { ENGINE_VERSION, hash53 } from '../engine/version.ts';
import { LIMITS } from '../scenario/limits.ts';
import { parseScenario } from '../scenario/parse.ts';
import { formatProblem } from '../scenario/problems.ts';
import { parseArgs } from './args.ts';
import { EXIT, type Io, readCapped, UsageError } from './io.ts';

export const CHECK_USAGE = 'usage: draftroom check SCENARIO.yaml [--json]';

export async function checkCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { flags: { json: 'boolean' } }, CHECK_USAGE);
  if (positional.length !== 1) throw new UsageError(`expected one scenario file\n${CHECK_USAGE}`);
  const file = positional[0]!;
  const read = await readCapped(file, LIMITS.bytes);
  if (!read.ok) {
    io.err(`draftroom check: ${read.message}`);
    return EXIT.usage;
  }
  const parsed = parseScenario(read.bytes, file);
  if (!parsed.ok) {
    for (const problem of parsed.error) io.out(formatProblem(problem));
    io.err(`${file}: ${parsed.error.length} problem(s); fix them first (draftroom validate ${file})`);
    return EXIT.usage;
  }
  const scenario = parsed.value;
  const report = checkExpectations(compile(scenario));
  const stamp = {
    scenario: { id: scenario.id, title: scenario.title, hash: hash53(JSON.stringify(scenario)) },
    engine: { version: ENGINE_VERSION },
  };
  if (options.json) {
    io.out(JSON.stringify(roundDeep({ ...stamp, month: EXPECTATION_MONTH, ...report }), null, 2));
  } else {
    io.out(`${scenario.title} — expectations`);
    io.out(`engine ${ENGINE_VERSION} · scenario ${stamp.scenario.hash} · ${methodWords(report)}`);
    io.out('');
    if (report.results.length === 0)
      io.out('This scenario states no expectations (docs/scenario-format.md §8c).');
    for (const r of report.results) {
      io.out(`${r.held ? '✓ held  ' : '✗ FAILED'}  ${r.label} (${draftWords(scenario, r.draft)})`);
      for (const c of r.claims)
        io.out(
          `            ${c.held ? '✓' : '✗'} ${claimWords(scenario, c.claim)} (found: ${actualWords(c)})`,
        );
    }
    io.out('');
    io.out(`${report.held} held, ${report.failed} failed`);
  }
  return report.failed > 0 ? EXIT.invalid : EXIT.ok;
}
