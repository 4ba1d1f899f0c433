// Loading what the commands work on: a scenario file, and a draft named in it or given as a file.
import { existsSync } from 'node:fs';
import { landingZone } from '../engine/landing.ts';
import { compile, draftFromIndex } from '../engine/model.ts';
import type { DraftLabel } from '../engine/report.ts';
import type { Draft, Scenario } from '../engine/scenario.ts';
import { parseDraft } from '../scenario/draft.ts';
import { LIMITS } from '../scenario/limits.ts';
import { parseScenario } from '../scenario/parse.ts';
import { formatProblem } from '../scenario/problems.ts';
import { EXIT, type Io, readCapped, readTextFile, UsageError } from './io.ts';

/** Thrown after the problems have been printed: the command exits with `code`. */
export class Reported extends Error {
  readonly code: number;
  constructor(code: number) {
    super('reported');
    this.code = code;
  }
}

export async function loadScenario(file: string, io: Io): Promise<Scenario> {
  // The bytes, not text: the parser measures them against the size limit and reports bad UTF-8.
  const read = await readCapped(file, LIMITS.bytes);
  if (!read.ok) throw new UsageError(read.message);
  const result = parseScenario(read.bytes, file);
  if (!result.ok) {
    for (const problem of result.error) io.out(formatProblem(problem));
    io.err(`${file}: ${result.error.length} problem(s); fix them first (draftroom validate ${file})`);
    throw new Reported(EXIT.invalid);
  }
  return result.value;
}

export const BUILT_IN_DRAFTS = ['opening', 'status_quo', 'landing_zone'] as const;

export async function loadDraft(
  scenario: Scenario,
  name: string | undefined,
  io: Io,
): Promise<{ draft: Draft; label: DraftLabel }> {
  if (name === undefined || name === 'opening') {
    return {
      draft: scenario.openingDraft,
      label: { name: 'opening', title: "the pen holder's opening draft" },
    };
  }
  if (name === 'status_quo')
    return { draft: scenario.statusQuoDraft, label: { name, title: 'no resolution (status quo)' } };
  if (name === 'landing_zone') {
    const model = compile(scenario);
    return {
      draft: draftFromIndex(model, landingZone(model).draft),
      label: { name, title: 'landing zone (compromise model)' },
    };
  }
  const named = scenario.drafts.find((d) => d.id === name);
  if (named) return { draft: named.clauses, label: { name, title: named.title } };
  if (!existsSync(name)) {
    const known = [...BUILT_IN_DRAFTS, ...scenario.drafts.map((d) => d.id)].join(', ');
    throw new UsageError(`--draft '${name}' is neither a draft of the scenario (${known}) nor a file`);
  }
  const read = await readTextFile(name);
  if (!read.ok && read.invalid) {
    io.out(read.message);
    throw new Reported(EXIT.invalid);
  }
  if (!read.ok) throw new UsageError(read.message);
  const result = parseDraft(read.text, name, scenario);
  if (!result.ok) {
    for (const problem of result.error) io.out(formatProblem(problem));
    throw new Reported(EXIT.invalid);
  }
  return { draft: result.value, label: { name, title: `draft file ${name}` } };
}
