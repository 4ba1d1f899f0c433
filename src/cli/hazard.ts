// `draftroom hazard SCENARIO [--draft NAME] [--vary CLAUSE=OPTION,…] [--runs N] [--seed S] [--json]`:
// the 12-month collapse risk of no resolution, the opening draft, another draft if given, and that
// draft (the opening by default) with one clause set to each given option, with its 95% interval, the
// hazard ratios it implies against no resolution and the troops in place as the force builds up,
// beside the ranges the scenario states for the baseline and for peacekeeping (docs/model.md §5–6a).
import {
  HAZARD_MONTH,
  type HazardVariantRow,
  hazardVariants,
  type VariantRequest,
} from '../engine/analysis/hazard-variants.ts';
import type { ActorId } from '../engine/ids.ts';
import { compile, type DraftIndex, draftIndex, type Model } from '../engine/model.ts';
import { roundDeep } from '../engine/report.ts';
import { integerOption, parseArgs } from './args.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { loadDraft, loadScenario } from './load.ts';
import { num, pct, table } from './text.ts';

export const HAZARD_USAGE =
  'usage: draftroom hazard SCENARIO.yaml [--draft NAME] [--vary CLAUSE=OPTION,OPTION...] [--runs N] [--seed S] [--json]';

interface BaseText {
  readonly id: string;
  readonly label: string;
  readonly draft: DraftIndex;
}

function readVariants(model: Model, base: BaseText, vary: string | undefined): VariantRequest[] {
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
    const draft = Int32Array.from(base.draft);
    draft[k] = o;
    const label = issue.options[o]!.label;
    return {
      id: `${base.id}:${issue.id}=${option}`,
      label: `${base.label}, ${issue.title}: ${label}`,
      draft,
    };
  });
}

/** The troops in place at 3, 6 and 12 months, as one short cell: "2,500 / 8,000 / 10,000 of 10,000". */
function troopCell(t: HazardVariantRow['troops']): string {
  const n = (x: number) => Math.round(x).toLocaleString('en');
  if (t.month12 <= 0) return 'none';
  return `${n(t.month3)} / ${n(t.month6)} / ${n(t.month12)}${t.needed === null ? '' : ` of ${n(t.needed)}`}`;
}

export async function hazardCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(
    args,
    { flags: { draft: 'string', vary: 'string', runs: 'string', seed: 'string', json: 'boolean' } },
    HAZARD_USAGE,
  );
  if (positional.length !== 1) throw new UsageError(`expected one scenario file\n${HAZARD_USAGE}`);
  const seed = integerOption(options.seed, 'seed', 0, 4_294_967_295, 1);
  const runs = integerOption(options.runs, 'runs', 1, 1_000_000, 20_000);
  const scenario = await loadScenario(positional[0]!, io);
  const model = compile(scenario);
  const named = await loadDraft(scenario, options.draft === true ? undefined : options.draft, io);
  const isOpening = named.label.name === 'opening';
  const base: BaseText = {
    id: named.label.name,
    label: isOpening ? 'Opening' : named.label.title,
    draft: draftIndex(model, named.draft),
  };
  const variants = readVariants(model, base, options.vary === true ? undefined : options.vary);
  const texts = isOpening ? variants : [{ ...base, label: named.label.title }, ...variants];
  const result = hazardVariants(model, texts, { runs, seed });
  const nameOf = (id: ActorId) => scenario.actors.find((a) => a.id === id)?.name ?? id;
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
    troopCell(r.troops),
    r.declined.length === 0 ? '—' : r.declined.map(nameOf).join(', '),
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
          'Troops at 3 / 6 / 12 mo',
          'Named but will not serve',
        ],
        ...rows,
      ],
      new Set([2, 4, 5]),
    ),
    'Peacekeeping: the driver at full strength (its factor of the hazard); troops arrive over months, and the hazard each month follows what is in place.',
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
