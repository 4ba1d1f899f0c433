// The lab's settings as a URL (#lab?scenario=…&draft=…): what "Copy link" gives a colleague, and what
// the lab saves to localStorage to survive a reload. Reading checks every field against the scenario;
// a field that does not fit is reported by name ("in 'draft': …") and the lab opens at its defaults.
import { budgetRuns, checkWork, compareWork, formatCount, sweepWork } from '../engine/analysis/budget.ts';
import { sweepRangeProblem } from '../engine/analysis/parameter-bounds.ts';
import type { ActorId, IssueId, OptionId } from '../engine/ids.ts';
import type { Model } from '../engine/model.ts';
import { own } from '../engine/own.ts';
import type { Draft } from '../engine/scenario.ts';
import type { AnalysisKind, LabDraft, SweepSpec, TornadoOutput } from './lab-tasks.ts';

export interface LabSettings {
  /** The shipped scenario's file name; null for a file loaded from disk (it cannot go in a URL). */
  readonly scenario: string | null;
  readonly draft: Draft;
  /** Which draft the changes are measured from: 'opening', 'landing', 'draft:<id>' or 'saved:<name>'. */
  readonly start: string;
  readonly saved: readonly LabDraft[];
  /** Keys (as `start`) of the drafts ticked for comparison. */
  readonly compare: readonly string[];
  readonly seed: number;
  readonly runs: number;
  readonly tornado: { readonly output: TornadoOutput; readonly actor: ActorId | null };
  readonly sweep: SweepSpec | null;
  /** adopt | consent | support:<actor> | risk<<probability> */
  readonly goal: string;
  /** Whose acceptance the consensus set is a Pareto set over (empty: the parties on the ground). */
  readonly pareto: readonly ActorId[];
  /** The analyses the analyst ran, run again when the link is opened. */
  readonly ran: readonly AnalysisKind[];
}

export const LAB_HASH = '#lab';
export const DEFAULT_SEED = 1;
export const DEFAULT_RUNS = 2000;
export const MAX_RUNS = 20000;
const MIN_RUNS = 100;
/**
 * What a link may hold. A hostile link of 90,000 saved drafts took minutes to read; these keep reading
 * any link well under a second, and are far above what an analyst saves (a draft of the default
 * scenario is about 300 characters in a link).
 */
export const LAB_LIMITS = {
  /** Characters in the whole link (or the saved lab in localStorage). */
  linkChars: 256 * 1024,
  /** Saved drafts in one lab. */
  saved: 100,
  /** Drafts ticked for comparison (every saved one and the scenario's own). */
  compare: 200,
} as const;
/** The notice names this many problems of a broken link, then counts the rest. */
const SHOWN_PROBLEMS = 20;
const RAN_KINDS: readonly AnalysisKind[] = ['compare', 'tornado', 'sweep', 'solve', 'consensus'];
const OUTPUTS: readonly TornadoOutput[] = ['collapse', 'margin', 'acceptance'];

export function openingDraft(model: Model): Draft {
  return Object.fromEntries(model.issues.map((i) => [i.id, i.opening])) as Draft;
}

export function defaultSettings(model: Model, scenario: string | null): LabSettings {
  return {
    scenario,
    draft: openingDraft(model),
    start: 'opening',
    saved: [],
    compare: [],
    seed: DEFAULT_SEED,
    runs: DEFAULT_RUNS,
    tornado: { output: 'collapse', actor: null },
    sweep: null,
    goal: 'adopt',
    pareto: [],
    ran: [],
  };
}

/** Clauses that differ from the opening draft, as `issue.option` pairs. */
function draftText(model: Model, draft: Draft): string {
  return model.issues
    .filter((i) => own(draft, i.id) !== undefined && own(draft, i.id) !== i.opening)
    .map((i) => `${i.id}.${own(draft, i.id)}`)
    .join(',');
}

const sweepText = (s: { param: string; from: number; to: number; steps: number }) =>
  [s.param, s.from, s.to, s.steps].join(',');

export function encodeLab(model: Model, s: LabSettings): string {
  const q = new URLSearchParams();
  if (s.scenario) q.set('scenario', s.scenario);
  q.set('draft', draftText(model, s.draft));
  q.set('start', s.start);
  for (const d of s.saved) q.append('saved', `${d.name}~${draftText(model, d.clauses)}`);
  for (const key of s.compare) q.append('compare', key);
  q.set('seed', String(s.seed));
  q.set('runs', String(s.runs));
  q.set('tornado', s.tornado.actor ? `${s.tornado.output}:${s.tornado.actor}` : s.tornado.output);
  if (s.sweep) {
    q.set('sweep', sweepText(s.sweep));
    const { param2, from2, to2, steps2 } = s.sweep;
    if (param2 !== undefined && from2 !== undefined && to2 !== undefined && steps2 !== undefined)
      q.set('sweep2', sweepText({ param: param2, from: from2, to: to2, steps: steps2 }));
  }
  q.set('goal', s.goal);
  if (s.pareto.length > 0) q.set('pareto', s.pareto.join(','));
  if (s.ran.length > 0) q.set('run', s.ran.join(','));
  return `${LAB_HASH}?${q.toString()}`;
}

export type LabDecoded =
  | { readonly ok: true; readonly settings: LabSettings }
  | { readonly ok: false; readonly problems: readonly string[]; readonly settings: LabSettings };

/** The `scenario` field of a lab hash (undefined if the hash names none, or is not a lab hash). */
export function scenarioOfHash(hash: string): string | undefined {
  if (!isLabHash(hash)) return undefined;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('scenario') ?? undefined;
}

export const isLabHash = (hash: string): boolean => hash === LAB_HASH || hash.startsWith(`${LAB_HASH}?`);

export const validGoal = (model: Model, goal: string): boolean => {
  if (goal === 'adopt' || goal === 'consent') return true;
  const support = /^support:(.+)$/.exec(goal);
  if (support) return model.actorIndex.has(support[1] as ActorId);
  const risk = /^risk<(0(\.\d+)?|1)$/.exec(goal);
  return risk !== null && Number(risk[1]) > 0;
};

/**
 * Reads a lab hash for this scenario. Every field that does not fit is named in `problems`; then the
 * settings are the defaults (a half-read link would show a state nobody chose).
 */
export function decodeLab(model: Model, hash: string, scenario: string | null): LabDecoded {
  const defaults = defaultSettings(model, scenario);
  if (!isLabHash(hash))
    return { ok: false, problems: ['the link is not a lab link (#lab?…)'], settings: defaults };
  if (hash.length > LAB_LIMITS.linkChars)
    return {
      ok: false,
      problems: [
        `the link is ${formatCount(hash.length)} characters long; the limit is ${formatCount(LAB_LIMITS.linkChars)}`,
      ],
      settings: defaults,
    };
  const q = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  const problems: string[] = [];
  // The notice names the first few problems: a link can hold thousands of bad entries.
  let unnamed = 0;
  const where = (field: string, what: string) => {
    if (problems.length < SHOWN_PROBLEMS) problems.push(`in '${field}': ${what}`);
    else unnamed++;
  };

  const readDraft = (field: string, text: string): Draft => {
    const clauses: Record<string, string> = { ...openingDraft(model) };
    for (const pair of text.split(',').filter((p) => p !== '')) {
      const dot = pair.indexOf('.');
      const issue = dot < 0 ? pair : pair.slice(0, dot);
      const option = dot < 0 ? '' : pair.slice(dot + 1);
      const k = model.issueIndex.get(issue as IssueId);
      if (k === undefined) where(field, `'${issue}' is not a clause of this scenario`);
      else if (!model.optionIndex[k]?.has(option as OptionId))
        where(field, `clause '${issue}' has no option '${option}'`);
      else clauses[issue] = option;
    }
    return clauses as Draft;
  };
  const readInt = (field: string, min: number, max: number, fallback: number): number => {
    const text = q.get(field);
    if (text === null) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) {
      where(field, `'${text}' is not a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };

  const draft = readDraft('draft', q.get('draft') ?? '');
  const saved: LabDraft[] = [];
  const savedEntries = q.getAll('saved');
  if (savedEntries.length > LAB_LIMITS.saved)
    where('saved', `${savedEntries.length} saved drafts; the limit is ${LAB_LIMITS.saved}`);
  // A set, not a search of the list: the check stays linear however many entries a link holds.
  const names = new Set<string>();
  for (const entry of savedEntries.slice(0, LAB_LIMITS.saved)) {
    const cut = entry.indexOf('~');
    const name = (cut < 0 ? entry : entry.slice(0, cut)).trim();
    if (cut < 0 || name === '') where('saved', `'${entry}' is not name~clauses`);
    else if (names.has(name)) where('saved', `the name '${name}' is used twice`);
    else {
      names.add(name);
      saved.push({ name, clauses: readDraft(`saved ${name}`, entry.slice(cut + 1)) });
    }
  }
  const keys = new Set(['opening', 'landing', ...model.scenario.drafts.map((d) => `draft:${d.id}`)]);
  for (const d of saved) keys.add(`saved:${d.name}`);
  const start = q.get('start') ?? 'opening';
  if (!keys.has(start)) where('start', `'${start}' is not one of the drafts`);
  const compare = q.getAll('compare');
  if (compare.length > LAB_LIMITS.compare)
    where('compare', `${compare.length} drafts to compare; the limit is ${LAB_LIMITS.compare}`);
  else for (const key of compare) if (!keys.has(key)) where('compare', `'${key}' is not one of the drafts`);

  const [outputText = '', actorText] = (q.get('tornado') ?? 'collapse').split(':');
  const output = outputText as TornadoOutput;
  if (!OUTPUTS.includes(output)) where('tornado', `'${outputText}' is not collapse, margin or acceptance`);
  if (actorText !== undefined && !model.actorIndex.has(actorText as ActorId))
    where('tornado', `'${actorText}' is not an actor of this scenario`);

  const readSweep = (field: string) => {
    const text = q.get(field);
    if (text === null) return undefined;
    const [param = '', ...numbers] = text.split(',');
    const [from, to, steps] = numbers.map(Number);
    if (param === '' || numbers.length !== 3 || [from, to, steps].some((n) => !Number.isFinite(n))) {
      where(field, `'${text}' is not parameter,from,to,steps`);
      return undefined;
    }
    if (!Number.isInteger(steps) || (steps ?? 0) < 2 || (steps ?? 0) > 50)
      where(field, `${steps} steps: give 2 to 50`);
    const range = sweepRangeProblem(param, from ?? 0, to ?? 0);
    if (range) where(field, range);
    return { param, from: from ?? 0, to: to ?? 0, steps: steps ?? 2 };
  };
  const one = readSweep('sweep');
  const two = readSweep('sweep2');
  const sweep: SweepSpec | null = one
    ? two
      ? { ...one, param2: two.param, from2: two.from, to2: two.to, steps2: two.steps }
      : one
    : null;

  const goal = q.get('goal') ?? 'adopt';
  if (!validGoal(model, goal)) where('goal', `'${goal}' is not adopt, consent, support:ACTOR or risk<P`);
  const pareto = (q.get('pareto') ?? '').split(',').filter((a) => a !== '') as ActorId[];
  for (const a of pareto)
    if (!model.actorIndex.has(a)) where('pareto', `'${a}' is not an actor of this scenario`);
  const ran = (q.get('run') ?? '').split(',').filter((r) => r !== '') as AnalysisKind[];
  for (const r of ran) if (!RAN_KINDS.includes(r)) where('run', `'${r}' is not an analysis`);

  const seed = readInt('seed', 0, 2 ** 31 - 1, DEFAULT_SEED);
  const runs = readInt('runs', MIN_RUNS, MAX_RUNS, DEFAULT_RUNS);
  // Analyses that could never run within the work budget are refused with the link, not on a click.
  const counted = budgetRuns(model.scenario, runs);
  for (const [field, work] of [
    ['sweep', sweep ? sweepWork(sweep.steps, sweep.steps2, counted) : null],
    ['compare', compare.length > 0 ? compareWork(compare.length, counted) : null],
  ] as const) {
    const check = work ? checkWork({ ...work, lower: 'the runs' }) : null;
    if (check && !check.ok) where(field, check.message);
  }

  const settings: LabSettings = {
    scenario,
    draft,
    start,
    saved,
    compare,
    seed,
    runs,
    tornado: { output, actor: (actorText as ActorId | undefined) ?? null },
    sweep,
    goal,
    pareto: [...new Set(pareto)],
    ran: [...new Set(ran)],
  };
  if (unnamed > 0) problems.push(`and ${formatCount(unnamed)} more`);
  return problems.length === 0 ? { ok: true, settings } : { ok: false, problems, settings: defaults };
}
