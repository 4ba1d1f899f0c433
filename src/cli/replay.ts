// `draftroom replay SAVE.json [--to STEP] [--scenario FILE] [--json]`: re-runs a saved game through the
// same reducer, to the end or to a step, and prints the transcript (or the state as JSON).
import { parseSave, replay } from '../engine/game/save.ts';
import { compile } from '../engine/model.ts';
import { roundDeep } from '../engine/report.ts';
import { integerOption, parseArgs } from './args.ts';
import { EXIT, type Io, readTextFile, UsageError } from './io.ts';
import { loadScenario } from './load.ts';
import { renderLog, renderResult } from './transcript.ts';

export const REPLAY_USAGE = 'usage: draftroom replay SAVE.json [--to STEP] [--scenario FILE.yaml] [--json]';

export async function replayCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = { to: 'string', scenario: 'string', json: 'boolean' } as const;
  const { positional, options } = parseArgs(args, { flags }, REPLAY_USAGE);
  if (positional.length !== 1) throw new UsageError(`expected one save file\n${REPLAY_USAGE}`);
  const read = await readTextFile(positional[0]!);
  if (!read.ok) throw new UsageError(read.message);
  let scenarioId = '';
  try {
    scenarioId = String((JSON.parse(read.text) as { scenario?: { id?: unknown } })?.scenario?.id ?? '');
  } catch {
    io.err(`draftroom replay: ${positional[0]}: this is not a Draftroom save: it is not valid JSON`);
    return EXIT.invalid;
  }
  const scenarioFile =
    typeof options.scenario === 'string' ? options.scenario : `scenarios/${scenarioId}.yaml`;
  const model = compile(await loadScenario(scenarioFile, io));
  const loaded = parseSave(model, read.text);
  if (!loaded.ok) {
    io.err(`draftroom replay: ${positional[0]}: ${loaded.error}`);
    return EXIT.invalid;
  }
  const { save } = loaded.value;
  const to = integerOption(options.to, 'to', 0, save.actions.length, save.actions.length);
  const state = replay(model, save.setup, save.actions, to);
  if (!state.ok) {
    io.err(`draftroom replay: ${state.error}`);
    return EXIT.invalid;
  }
  if (options.json) {
    io.out(JSON.stringify(roundDeep({ step: to, state: state.value }), null, 2));
    return EXIT.ok;
  }
  io.out(`Replay of ${positional[0]} to step ${to} of ${save.actions.length}`);
  for (const line of [...renderLog(state.value), ...renderResult(model, state.value)]) io.out(line);
  return EXIT.ok;
}
