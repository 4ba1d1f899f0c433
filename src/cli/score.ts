// `draftroom score SCENARIO [--draft NAME|FILE] [--json] [--seed S] [--runs N] [--months H]`:
// every actor's acceptance and stance with its best single change, the vote, consent on the ground,
// and the ceasefire outlook. Readable by default; --json gives the full explained report.

import { actorShort, describeChange } from '../engine/describe.ts';
import { draftIndex } from '../engine/model.ts';
import { type ScoreReport, scoreReport } from '../engine/report.ts';
import type { Scenario } from '../engine/scenario.ts';
import { readDraftInputs } from './draft-inputs.ts';
import { EXIT, type Io } from './io.ts';
import {
  actorShares,
  drawsOption,
  type StanceUncertainty,
  stanceUncertainty,
  uncertaintyJson,
  uncertaintyLines,
} from './stance-uncertainty.ts';
import { num, pct, signed, table } from './text.ts';

export const SCORE_USAGE =
  'usage: draftroom score SCENARIO.yaml [--draft NAME|FILE] [--text] [--json] [--seed S] [--runs N] [--months H] [--draws N]';

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

const VOTE_WORDS: Readonly<Record<string, string>> = {
  yes: 'votes yes',
  no: 'votes no',
  abstain: 'abstains',
};

/** Members first, then actors invited to the table, then the parties on the ground; by name within each. */
function seatingOrder(a: ScoreReport['actors'][number]): number {
  if ('vote' in a) return 0;
  return 'ground' in a ? 2 : 1;
}

function actorTable(report: ScoreReport, uncertainty: StanceUncertainty, scenario: Scenario): string[] {
  const spread = uncertainty.available;
  const rows = [
    [
      'Actor',
      'Accept',
      'Vote or public stance',
      'On the ground',
      ...(spread ? ['In plausible settings'] : []),
      'Single change that would win it over most',
    ],
    ...[...report.actors]
      .sort((a, b) => seatingOrder(a) - seatingOrder(b) || (a.name < b.name ? -1 : 1))
      .map((a) => {
        const redLine = a.redLines.some((r) => r.severity === 'absolute') ? ', red line crossed' : '';
        const stance =
          'vote' in a && a.vote !== undefined
            ? `${VOTE_WORDS[a.vote] ?? a.vote}${a.stance === 'veto' ? ' (veto)' : ''}${redLine}`
            : `(${a.stance}${redLine})`;
        const change = a.bestChange
          ? `${describeChange(scenario, a.bestChange.change)} (${signed(a.bestChange.gain)})`
          : '— (already at its best)';
        const shares = spread ? [actorShares(uncertainty, a.id)] : [];
        // The short name: a long official name in every row stretched the table past 200 columns.
        return [actorShort(scenario, a.id), num(a.acceptance), stance, a.ground ?? '', ...shares, change];
      }),
  ];
  return table(rows, new Set([1]));
}

/** The drivers as hazard multipliers: "peacekeeping ×0.78" reads better than a log-hazard. */
function riskFactors(c: ScoreReport['ceasefire']): string {
  const parts = c.drivers
    .filter((d) => d.logHazard !== 0)
    .map((d) => `${d.driver} ×${num(Math.exp(d.logHazard), 2)}`);
  for (const r of c.rules) parts.push(`rule ${r.rule} ×${num(Math.exp(r.logHazard), 2)}`);
  if (c.floorAdjustment) parts.push(`floor ×${num(Math.exp(c.floorAdjustment), 2)}`);
  const idle = c.drivers.filter((d) => d.logHazard === 0).map((d) => d.driver);
  return `What moves the risk (monthly hazard ×${num(c.hazardRatio, 2)} against a bare truce): ${parts.join(', ') || 'nothing'}${idle.length ? `; not in play: ${idle.join(', ')}` : ''}`;
}

function forceLine(c: ScoreReport['ceasefire'], name: (id: string) => string): string {
  const f = c.force;
  const declined = f.contingents.filter((x) => x.status === 'declines').map((x) => name(x.actor));
  // The first month with every deployed soldier in place (within the ceiling), from the build-up.
  const complete =
    f.deployed > 0 ? c.buildUp?.months.find((m) => m.troops >= f.deployed - 1e-9)?.month : undefined;
  const arrival = complete === undefined ? '' : ` (the force is complete in month ${complete})`;
  const notServing =
    declined.length === 0 ? '' : `; named but will not serve under this text: ${declined.sort().join(', ')}`;
  const needed =
    f.needed === null ? 'no strength set by the text' : `${f.needed.toLocaleString('en')} needed`;
  const peacekeeping = c.drivers.find((d) => d.driver === 'peacekeeping')?.value ?? 0;
  return (
    `Force: ${f.deployed.toLocaleString('en')} troops deployed, ${needed} (adequacy ${pct(f.adequacy, 0)}); ` +
    `consent of the parties ${pct(f.consent, 0)}, mandate fit ${num(f.mandateFit, 2)}, command unity ${num(f.commandUnity, 2)} ` +
    `→ peacekeeping ${num(peacekeeping, 2)} at full strength${arrival}${notServing}`
  );
}

export const KEY = [
  "Key: acceptance 0 = the actor's worst, 50 = as good as no resolution, 100 = its ideal.",
  '     Pivotal = members whose vote alone decides the outcome; margin to nine = yes votes beyond the nine needed.',
  '     Veto risk = permanent members below the abstain threshold. Details of every number: --json, or docs/model.md.',
];

export function renderScore(
  report: ScoreReport,
  uncertainty: StanceUncertainty,
  scenario: Scenario,
): string[] {
  const names = new Map<string, string>(report.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  const byName = (ids: readonly string[]) => ids.map(name).sort();
  const v = report.vote;
  const c = report.ceasefire;
  return [
    `${report.scenario.title} — ${report.draft.title} [${report.draft.name}]`,
    `engine ${report.engine.version} · scenario ${report.scenario.hash}`,
    '',
    ...actorTable(report, uncertainty, scenario),
    '',
    `Vote: ${v.adopted ? 'ADOPTED' : 'NOT ADOPTED'} — ${v.yes.length} yes, ${v.no.length} no, ${v.abstain.length} abstain; margin to nine ${signed(v.marginToNine, 0)}` +
      (v.vetoes.length ? `; vetoed by ${byName(v.vetoes).join(', ')}` : ''),
    `Pivotal: ${byName(v.pivotal).join(', ') || 'none'}${v.vetoRisk.length ? ` · veto risk: ${byName(v.vetoRisk).join(', ')}` : ''}`,
    `Ground consent: ${report.groundConsent.holds ? 'holds' : `NOT HELD — ${byName(report.groundConsent.blockers).join(', ')} would not go along`}`,
    ...uncertaintyLines(uncertainty),
    ...(c.inForce === 'status_quo'
      ? ['The text is not adopted, so the ceasefire runs with no resolution:']
      : []),
    outlookLine(c),
    riskFactors(c),
    forceLine(c, name),
    '',
    ...KEY,
    ...(uncertainty.available
      ? [
          "     In plausible settings = share of joint draws of the scenario's sensitivity ranges giving each stance (not a forecast).",
        ]
      : []),
  ];
}

export function renderResolution(report: ScoreReport): string[] {
  const r = report.resolution;
  return [
    '',
    'The Security Council,',
    ...r.preamble.map((p) => `    ${p}`),
    ...r.operative.map((p) => `${String(p.number).padStart(3)}. ${p.text}`),
  ];
}

export async function scoreCommand(args: readonly string[], io: Io): Promise<number> {
  const { model, draft, label, settings, options } = await readDraftInputs(args, SCORE_USAGE, io, {
    text: 'boolean',
    draws: 'string',
  });
  const draws = drawsOption(options.draws);
  const report = scoreReport(model, draft, { ...settings, label });
  // The parameter draws use the Monte Carlo's seed: one --seed makes the whole output reproducible.
  const uncertainty = stanceUncertainty(model, draftIndex(model, draft), { draws, seed: settings.seed });
  if (options.json) io.out(JSON.stringify({ ...report, uncertainty: uncertaintyJson(uncertainty) }, null, 2));
  else
    for (const line of [
      ...renderScore(report, uncertainty, model.scenario),
      ...(options.text ? renderResolution(report) : []),
    ])
      io.out(line);
  return EXIT.ok;
}
