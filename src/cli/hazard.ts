// `draftroom hazard SCENARIO [--vary CLAUSE=OPTION,…] [--runs N] [--seed S] [--json]`: the 12-month
// collapse risk of no resolution, the opening draft and the opening with one clause set to each given
// option, with its 95% interval and the hazard ratios it implies against no resolution, beside the
// ranges the scenario states for the baseline and for peacekeeping (docs/model.md §5–6).
import { HAZARD_MONTH, hazardVariants, type VariantRequest } from '../engine/analysis/hazard-variants.ts';
import { compile, type Model } from '../engine/model.ts';
import { roundDeep } from '../engine/report.ts';
import { integerOption, parseArgs } from './args.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { loadScenario } from './load.ts';
import { num, pct, table } from './text.ts';

export const HAZARD_USAGE =
  'usage: draftroom hazard SCENARIO.yaml [--vary CLAUSE=OPTION,OPTION...] [--runs N] [--seed S] [--json]';

function readVariants(model: Model, vary: string | undefined): VariantRequest[] {
  if (vary === undefined) return [];
  const [clause, list] = vary.split(/=(.*)/s, 2) as [string, string | undefined];
  const k = model.issueIndex.get(clause as never);
  const clauses = model.issues.map((i) => i.id).join(', ');
  if (k === undefined || list === undefined || list === '')
    throw new UsageError(`--vary takes CLAUSE=OPTION,OPTION... (clauses: ${clauses})\n${HAZARD_USAGE}`);
  const issue = model.issues[k]!;
  return list.split(',').map((option) => {
    const o = model.optionIndex[k]!.get(option as never);
    if (o === undefined)
      throw new UsageError(
        `clause '${issue.id}' has no option '${option}' (options: ${issue.options.map((x) => x.id).join(', ')})`,
      );
    const draft = Int32Array.from(model.opening);
    draft[k] = o;
    const label = issue.options[o]!.label;
    return { id: `${issue.id}=${option}`, label: `Opening, ${issue.id}: ${label}`, draft };
  });
}

export async function hazardCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(
    args,
    { flags: { vary: 'string', runs: 'string', seed: 'string', json: 'boolean' } },
    HAZARD_USAGE,
  );
  if (positional.length !== 1) throw new UsageError(`expected one scenario file\n${HAZARD_USAGE}`);
  const seed = integerOption(options.seed, 'seed', 0, 4_294_967_295, 1);
  const runs = integerOption(options.runs, 'runs', 1, 1_000_000, 20_000);
  const scenario = await loadScenario(positional[0]!, io);
  const model = compile(scenario);
  const variants = readVariants(model, options.vary === true ? undefined : options.vary);
  const result = hazardVariants(model, variants, { runs, seed });
  const ranges = scenario.sensitivity;
  const stated = {
    baseline: ranges?.baselineCollapse12m ?? null,
    peacekeeping: ranges?.hazardRatios.peacekeeping ?? null,
  };
  if (options.json) {
    io.out(JSON.stringify(roundDeep({ ...result, statedRanges: stated }), null, 2));
    return EXIT.ok;
  }
  const rows = result.rows.map((r) => [
    r.label,
    r.inForce === 'draft' ? (r.id === 'status_quo' ? '—' : 'adopted') : 'not adopted: no resolution',
    pct(r.collapse12),
    `${pct(r.ci95[0])}–${pct(r.ci95[1])}`,
    num(r.hazardRatio, 2),
    num(r.impliedHazardRatio12, 2),
    `${num(r.peacekeeping.value, 2)} (×${num(r.peacekeeping.hazardRatio, 2)})`,
  ]);
  const b = result.baseline;
  const method =
    result.runs > 0 ? `Monte Carlo, ${result.runs.toLocaleString('en')} runs, seed ${seed}` : 'exact';
  for (const line of [
    `${scenario.title} — collapse within ${HAZARD_MONTH} months (${method})`,
    `engine ${result.engine} · scenario ${result.scenario.id} ${result.scenario.hash}`,
    '',
    ...table(
      [
        [
          'Text',
          'Vote',
          `P(${HAZARD_MONTH} mo)`,
          '95% interval',
          'HR model',
          `HR ${HAZARD_MONTH} mo`,
          'Peacekeeping',
        ],
        ...rows,
      ],
      new Set([2, 4, 5]),
    ),
    '',
    'HR model: exp(S − S₀), the hazard ratio of the text in force against no resolution (drivers and rules).',
    `HR ${HAZARD_MONTH} mo: ln(1 − P) / ln(1 − P₀), the ratio of ${HAZARD_MONTH}-month cumulative hazards the risks imply, events included.`,
    `Baseline: a bare truce collapses within ${HAZARD_MONTH} months with ${pct(b.collapse12)}, events included (α ${num(b.alpha, 3)}; ${num(b.alphaWithoutEvents, 3)} without events; the events alone end ${pct(b.eventCollapses12)}).`,
    ...(stated.baseline
      ? [`Stated range, baseline: ${stated.baseline.low}–${stated.baseline.high} (${stated.baseline.basis})`]
      : []),
    ...(stated.peacekeeping
      ? [
          `Stated range, peacekeeping HR: ${stated.peacekeeping.low}–${stated.peacekeeping.high} (${stated.peacekeeping.basis})`,
        ]
      : []),
  ]) {
    io.out(line);
  }
  return EXIT.ok;
}
