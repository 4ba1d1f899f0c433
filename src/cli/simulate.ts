// `draftroom simulate SCENARIO [--draft …] [--runs N] [--seed S] [--months H] [--json]`: the ceasefire
// over its horizon — the survival curve with 95% intervals, and which events preceded collapses.

import { simulationReport } from '../engine/report.ts';
import { readDraftInputs } from './draft-inputs.ts';
import { EXIT, type Io } from './io.ts';
import { outlookLine } from './score.ts';
import { pct, table } from './text.ts';

export const SIMULATE_USAGE =
  'usage: draftroom simulate SCENARIO.yaml [--draft NAME|FILE] [--runs N] [--seed S] [--months H] [--json]';

export async function simulateCommand(args: readonly string[], io: Io): Promise<number> {
  const { model, draft, label, settings, options } = await readDraftInputs(args, SIMULATE_USAGE, io);
  const report = simulationReport(model, draft, { ...settings, label });
  if (options.json) {
    io.out(JSON.stringify(report, null, 2));
    return EXIT.ok;
  }
  const c = report.ceasefire;
  const curve = c.collapse.months.map((m, i) => {
    const [lo, hi] = c.collapse.ci95[i] ?? [0, 0];
    return [
      String(m),
      pct(c.collapse.probability[i] ?? 0),
      c.method === 'analytic' ? '' : `${pct(lo)}–${pct(hi)}`,
      pct(c.survival[i] ?? 0),
    ];
  });
  const events = c.events.map((e) => [e.id, e.firedPerRun.toFixed(2), pct(e.precededCollapse, 0), e.text]);
  for (const line of [
    `${report.scenario.title} — ${report.draft.title} [${report.draft.name}]`,
    `engine ${report.engine.version} · scenario ${report.scenario.hash}`,
    outlookLine(c),
    ...(c.inForce === 'status_quo'
      ? ['The text is not adopted, so the ceasefire runs with no resolution.']
      : []),
    `Median time to collapse: ${c.medianMonth === null ? `beyond ${c.horizonMonths} months` : `month ${c.medianMonth}`}`,
    '',
    ...table([['Month', 'P(collapse by)', '95% interval', 'Survival'], ...curve], new Set([0, 1, 3])),
    ...(events.length
      ? [
          '',
          ...table(
            [['Event', 'Times per run', 'Share of collapses it preceded', ''], ...events],
            new Set([1, 2]),
          ),
        ]
      : []),
  ]) {
    io.out(line);
  }
  return EXIT.ok;
}
