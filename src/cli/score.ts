// `draftroom score SCENARIO [--draft NAME|FILE] [--json] [--seed S] [--runs N] [--months H]`:
// every actor's acceptance and stance with its best single change, the vote, consent on the ground,
// and the ceasefire outlook. Readable by default; --json gives the full explained report.
import { compile } from '../engine/model.ts';
import { type ScoreReport, scoreReport } from '../engine/report.ts';
import { integerOption, parseArgs } from './args.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { loadDraft, loadScenario } from './load.ts';
import { num, pct, signed, table } from './text.ts';

export const SCORE_USAGE =
  'usage: draftroom score SCENARIO.yaml [--draft NAME|FILE] [--json] [--seed S] [--runs N] [--months H]';
export const SIMULATION_FLAGS = {
  draft: 'string',
  json: 'boolean',
  seed: 'string',
  runs: 'string',
  months: 'string',
} as const;

export function simulationOptions(options: Readonly<Record<string, string | true>>, horizon: number) {
  return {
    seed: integerOption(options.seed, 'seed', 0, 4_294_967_295, 1),
    runs: integerOption(options.runs, 'runs', 1, 1_000_000, 10_000),
    months: integerOption(options.months, 'months', 1, 120, horizon),
  };
}

export function outlookLine(c: ScoreReport['ceasefire']): string {
  const method =
    c.method === 'analytic'
      ? 'exact (no random events)'
      : `Monte Carlo, ${c.runs.toLocaleString('en')} runs, seed ${c.seed}`;
  const at = (m: number) => {
    const i = c.collapse.months.indexOf(m);
    if (i < 0) return null;
    const p = c.collapse.probability[i] ?? 0;
    const [lo, hi] = c.collapse.ci95[i] ?? [p, p];
    return `${m} mo ${pct(p)}${c.method === 'analytic' ? '' : ` [${pct(lo)}–${pct(hi)}]`}`;
  };
  const points = [3, 6, 12, 24, c.horizonMonths].filter(
    (m, i, all) => all.indexOf(m) === i && m <= c.horizonMonths,
  );
  return `Ceasefire collapse (${method}): ${points.map(at).filter(Boolean).join(' · ')}`;
}

export function renderScore(report: ScoreReport): string[] {
  const names = new Map<string, string>(report.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  const rows = [
    ['Actor', 'Accept', 'Stance', 'Ground', 'Best single change'],
    ...[...report.actors]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((a) => [
        a.name,
        num(a.acceptance),
        a.stance + (a.redLines.some((r) => r.severity === 'absolute') ? ' (red line)' : ''),
        a.ground ?? '',
        a.bestChange
          ? `${a.bestChange.change.issue}: ${a.bestChange.change.from} → ${a.bestChange.change.to} (${signed(a.bestChange.gain)})`
          : '—',
      ]),
  ];
  const v = report.vote;
  const c = report.ceasefire;
  const drivers = c.drivers
    .filter((d) => d.value !== 0)
    .map((d) => `${d.driver} ${num(d.value, 2)} (${signed(d.logHazard, 2)})`)
    .join(', ');
  return [
    `${report.scenario.title} — ${report.draft.title} [${report.draft.name}]`,
    `engine ${report.engine.version} · scenario ${report.scenario.hash}`,
    '',
    ...table(rows, new Set([1])),
    '',
    `Vote: ${v.adopted ? 'ADOPTED' : 'NOT ADOPTED'} — ${v.yes.length} yes, ${v.no.length} no, ${v.abstain.length} abstain; margin to nine ${signed(v.marginToNine, 0)}` +
      (v.vetoes.length ? `; vetoed by ${v.vetoes.map(name).join(', ')}` : ''),
    `Pivotal: ${v.pivotal.map(name).join(', ') || 'none'}${v.vetoRisk.length ? ` · veto risk: ${v.vetoRisk.map(name).join(', ')}` : ''}`,
    `Ground consent: ${report.groundConsent.holds ? 'holds' : `NOT HELD — ${report.groundConsent.blockers.map(name).join(', ')} would not go along`}`,
    outlookLine(c),
    `Hazard ratio vs a bare truce ${num(c.hazardRatio, 2)}; log-hazard parts: ${drivers || 'none'}` +
      (c.floorAdjustment ? `, floor ${signed(c.floorAdjustment, 2)}` : ''),
    `Force: ${c.force.deployed.toLocaleString('en')} deployed of ${c.force.needed?.toLocaleString('en') ?? 'no stated'} needed`,
  ];
}

export async function scoreCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, { flags: SIMULATION_FLAGS }, SCORE_USAGE);
  if (positional.length !== 1) throw new UsageError(`expected one scenario file\n${SCORE_USAGE}`);
  const scenario = await loadScenario(positional[0]!, io);
  const settings = simulationOptions(options, scenario.ceasefire.horizonMonths);
  const { draft, label } = await loadDraft(scenario, options.draft === true ? undefined : options.draft, io);
  const report = scoreReport(compile(scenario), draft, { ...settings, label });
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of renderScore(report)) io.out(line);
  return EXIT.ok;
}
