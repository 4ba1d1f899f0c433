// Parameter uncertainty (a probabilistic sensitivity analysis): instead of one parameter at a time,
// draw every parameter the scenario states a range for at once, uniformly within its range, many
// times; run the ceasefire for each draw on the same seed; and report how P12 spreads across the
// draws (the 2.5th to 97.5th percentile: an interval that reflects doubt about the numbers, which the
// Monte Carlo's own interval does not). Parameter draws are counter-based too: draw k of parameter i
// is uniform(seed, k, month 0, i), a month the ceasefire never uses, so they are reproducible and
// independent of the ceasefire's draws.
import type { ActorId } from '../ids.ts';
import type { Job } from '../jobs.ts';
import { uniform } from '../rng.ts';
import type { Draft, Scenario } from '../scenario.ts';
import type { CollapseRuns } from './collapse-runs.ts';
import { applyParameter, listParameters, type Parameter } from './parameters.ts';
import { type Outputs, outputMonth, outputsJob, SensitivityError, sharedDrawsJob } from './sensitivity.ts';
import type { Column, Table } from './table.ts';

export interface UncertaintyOptions {
  /** How many joint draws of the parameters. */
  readonly draws: number;
  /** Monte Carlo runs for each draw. */
  readonly runs: number;
  readonly seed: number;
  readonly actor?: ActorId;
  /** Only these parameter ids (default: every parameter with a stated range). */
  readonly parameters?: readonly string[];
}

export interface UncertaintyDraw extends Outputs {
  readonly values: readonly number[];
}

export interface Uncertainty {
  readonly seed: number;
  readonly runs: number;
  readonly month: number;
  readonly actor: ActorId | null;
  readonly parameters: readonly Parameter[];
  readonly baseline: Outputs;
  readonly draws: readonly UncertaintyDraw[];
  readonly p12: { readonly mean: number; readonly interval: readonly [number, number] };
  readonly adoptedShare: number;
  readonly consentShare: number;
}

/**
 * Draw k of a parameter: uniform within its stated range, from (seed, draw k, month 0, channel) alone.
 * `channel` is the parameter's place in the list drawn (`listParameters` unless filtered), so every
 * analysis that draws the full list on one seed sees the same joint settings (the stance
 * probabilities draw the parameters that move stances, on their channels in the full list).
 */
export function drawParameter(p: Parameter, seed: number, k: number, channel: number): number {
  return p.low + (p.high - p.low) * uniform(seed, k, 0, channel);
}

/** The q-quantile of sorted values, by linear interpolation (type 7, as R and numpy default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function* uncertaintyJob(
  scenario: Scenario,
  draft: Draft,
  options: UncertaintyOptions,
): Job<Uncertainty> {
  if (!scenario.sensitivity)
    throw new SensitivityError(
      `scenario '${scenario.id}' states no sensitivity ranges: add a 'sensitivity:' section (docs/scenario-format.md) — parameter uncertainty does not invent ranges`,
    );
  if (!Number.isInteger(options.draws) || options.draws < 2)
    throw new SensitivityError(`parameter uncertainty needs at least 2 draws (got ${options.draws})`);
  let parameters = listParameters(scenario);
  if (options.parameters) {
    const wanted = new Set(options.parameters);
    parameters = parameters.filter((p) => wanted.has(p.id));
  }
  const month = outputMonth(scenario);
  const total = options.draws + 1;
  const shared = yield* sharedDrawsJob(scenario, options, total);
  const run = {
    runs: options.runs,
    seed: options.seed,
    actor: options.actor,
    draws: shared,
    reuse: new Map<string, CollapseRuns>(),
  };
  const baseline = yield* outputsJob(scenario, draft, run);
  yield { done: 1, total };
  const draws: UncertaintyDraw[] = [];
  for (let k = 0; k < options.draws; k++) {
    const values = parameters.map((p, i) => drawParameter(p, options.seed, k, i));
    let changed = scenario;
    parameters.forEach((p, i) => {
      changed = applyParameter(changed, p.id, values[i]!);
    });
    const outputs = yield* outputsJob(changed, draft, run);
    draws.push({ values, ...outputs });
    yield { done: k + 2, total };
  }
  const p12s = draws.map((d) => d.p12).sort((a, b) => a - b);
  return {
    seed: options.seed,
    runs: options.runs,
    month,
    actor: options.actor ?? null,
    parameters,
    baseline,
    draws,
    p12: {
      mean: p12s.reduce((s, x) => s + x, 0) / p12s.length,
      interval: [quantile(p12s, 0.025), quantile(p12s, 0.975)],
    },
    adoptedShare: draws.filter((d) => d.adopted).length / draws.length,
    consentShare: draws.filter((d) => d.groundConsent).length / draws.length,
  };
}

const num = (id: string, label: string): Column => ({ id, label, numeric: true });

export function uncertaintyTables(u: Uncertainty): Table[] {
  const p = `P${u.month}`;
  const summary: Table = {
    id: 'uncertainty',
    title: `${p} when every parameter is uncertain at once (${u.draws.length} joint draws)`,
    columns: [
      num('p_as_written', `${p} as written`),
      num('p_mean', `${p} mean over draws`),
      num('p_low', `${p} 2.5%`),
      num('p_high', `${p} 97.5%`),
      num('adopted_share', 'Share adopted'),
      num('consent_share', 'Share with ground consent'),
    ],
    rows: [
      [u.baseline.p12, u.p12.mean, u.p12.interval[0], u.p12.interval[1], u.adoptedShare, u.consentShare],
    ],
    note:
      `Each draw sets all ${u.parameters.length} parameters uniformly within their stated ranges; ` +
      `every draw runs on seed ${u.seed}${u.runs > 0 ? ` with ${u.runs} runs` : ''}.`,
  };
  const draws: Table = {
    id: 'draws',
    title: 'Each joint draw of the parameters and its outputs',
    columns: [
      num('draw', 'Draw'),
      num(`p${u.month}`, p),
      num('margin_to_nine', 'Margin to nine'),
      { id: 'adopted', label: 'Adopted' },
      { id: 'ground_consent', label: 'Ground consent' },
      ...(u.actor === null ? [] : [num('acceptance', `${u.actor} acceptance`)]),
      ...u.parameters.map((x) => num(x.id, x.id)),
    ],
    rows: u.draws.map((d, k) => [
      k,
      d.p12,
      d.marginToNine,
      d.adopted ? 'yes' : 'no',
      d.groundConsent ? 'yes' : 'no',
      ...(u.actor === null ? [] : [d.acceptance]),
      ...d.values,
    ]),
  };
  return [summary, draws];
}
