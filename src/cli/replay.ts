// `draftroom replay SAVE.json [--to STEP] [--scenario FILE] [--json]`: re-runs a saved game through the
// same reducer, to the end or to a step, and prints the transcript (or the state as JSON).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../engine/model.ts';
import { parseSave, replay, SAVE_FORMAT } from '../engine/negotiation/save.ts';
import { roundDeep } from '../engine/report.ts';
import { integerOption, parseArgs } from './args.ts';
import { EXIT, type Io, readTextFile, SAVE_BYTES, UsageError } from './io.ts';
import { loadScenario } from './load.ts';
import { renderLog, renderResult } from './transcript.ts';

/** The shipped scenario file whose top-level `id:` is `id` (a quick scan, not a full parse). */
function findScenario(id: string): string | null {
  if (!existsSync('scenarios')) return null;
  for (const file of readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const match = /^id:\s*["']?([\w-]+)/m.exec(readFileSync(join('scenarios', file), 'utf8'));
    if (match?.[1] === id) return join('scenarios', file);
  }
  return null;
}

export const REPLAY_USAGE = 'usage: draftroom replay SAVE.json [--to STEP] [--scenario FILE.yaml] [--json]';

export async function replayCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = { to: 'string', scenario: 'string', json: 'boolean' } as const;
  const { positional, options } = parseArgs(args, { flags }, REPLAY_USAGE);
  if (positional.length !== 1) throw new UsageError(`expected one save file\n${REPLAY_USAGE}`);
  const read = await readTextFile(positional[0]!, SAVE_BYTES);
  if (!read.ok && read.invalid) {
    io.err(`draftroom replay: ${read.message}`);
    return EXIT.invalid;
  }
  if (!read.ok) throw new UsageError(read.message);
  let scenarioId = '';
  try {
    const data = JSON.parse(read.text) as { format?: unknown; scenario?: { id?: unknown } } | null;
    if (!data || data.format !== SAVE_FORMAT) throw new Error('not a save');
    scenarioId = String(data.scenario?.id ?? '');
  } catch {
    io.err(`draftroom replay: ${positional[0]}: this is not a Draftroom save`);
    return EXIT.invalid;
  }
  const scenarioFile = typeof options.scenario === 'string' ? options.scenario : findScenario(scenarioId);
  if (!scenarioFile) {
    throw new UsageError(
      `no scenario with id '${scenarioId}' in scenarios/: name its file with --scenario FILE.yaml`,
    );
  }
  const model = compile(await loadScenario(scenarioFile, io));
  const loaded = parseSave(model, read.text);
  if (!loaded.ok) {
    io.err(`draftroom replay: ${positional[0]}: ${loaded.error}`);
    return EXIT.invalid;
  }
  const { save, warnings } = loaded.value;
  // On stderr, so that --json output stays parseable; the replay goes on (see docs/game.md, Saves).
  for (const warning of warnings) io.err(`draftroom replay: ${positional[0]}: warning: ${warning}`);
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
