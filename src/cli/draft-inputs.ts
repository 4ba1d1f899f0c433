// What `score` and `simulate` share: one scenario file, a draft (named, built in or a file) and the
// Monte Carlo settings, read from the arguments with usage errors for anything wrong.

import { compile, type Model } from '../engine/model.ts';
import type { DraftLabel } from '../engine/report.ts';
import type { Draft } from '../engine/scenario.ts';
import { integerOption, parseArgs } from './args.ts';
import { type Io, UsageError } from './io.ts';
import { loadDraft, loadScenario } from './load.ts';

const SIMULATION_FLAGS = {
  draft: 'string',
  json: 'boolean',
  seed: 'string',
  runs: 'string',
  months: 'string',
} as const;

function simulationOptions(options: Readonly<Record<string, string | true>>, horizon: number) {
  return {
    seed: integerOption(options.seed, 'seed', 0, 4_294_967_295, 1),
    runs: integerOption(options.runs, 'runs', 1, 1_000_000, 10_000),
    months: integerOption(options.months, 'months', 1, 120, horizon),
  };
}

export interface DraftInputs {
  readonly model: Model;
  readonly draft: Draft;
  readonly label: DraftLabel;
  readonly settings: { readonly seed: number; readonly runs: number; readonly months: number };
  readonly options: Readonly<Record<string, string | true>>;
}

export async function readDraftInputs(
  args: readonly string[],
  usage: string,
  io: Io,
  extraFlags: Readonly<Record<string, 'boolean' | 'string'>> = {},
): Promise<DraftInputs> {
  const { positional, options } = parseArgs(args, { flags: { ...SIMULATION_FLAGS, ...extraFlags } }, usage);
  if (positional.length !== 1) throw new UsageError(`expected one scenario file\n${usage}`);
  const scenario = await loadScenario(positional[0]!, io);
  const settings = simulationOptions(options, scenario.ceasefire.horizonMonths);
  const { draft, label } = await loadDraft(scenario, options.draft === true ? undefined : options.draft, io);
  return { model: compile(scenario), draft, label, settings, options };
}
