// The tornado and the sweeps as tables. The first table of each is the main one (the CLI's default
// for --csv); a two-way sweep adds its collapse probabilities as a grid, as a heatmap shows them.
// Parameters and actors are named in words for people; their ids stay in key columns and column ids.
import { actorShort } from '../describe.ts';
import type { Scenario } from '../scenario.ts';
import type { Outputs, Sweep, Tornado } from './sensitivity.ts';
import type { Cell, Column, Table } from './table.ts';

const num = (id: string, label: string, unit?: Column['unit']): Column => ({
  id,
  label,
  numeric: true,
  ...(unit ? { unit } : {}),
});
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export function tornadoTables(t: Tornado, scenario: Scenario): Table[] {
  const withActor = t.actor !== null;
  const who = t.actor === null ? '' : actorShort(scenario, t.actor);
  const outputsOf = (o: Outputs): Cell[] => [
    o.p12,
    o.marginToNine,
    yesNo(o.adopted),
    yesNo(o.groundConsent),
    ...(withActor ? [o.acceptance] : []),
  ];
  const side = (prefix: 'low' | 'high'): Column[] => [
    num(`p${t.month}_${prefix}`, `P${t.month} at ${prefix}`, 'percent'),
    num(`margin_${prefix}`, `Margin at ${prefix}`),
    { id: `adopted_${prefix}`, label: `Adopted at ${prefix}` },
    { id: `consent_${prefix}`, label: `Consent at ${prefix}` },
    ...(withActor ? [num(`acceptance_${prefix}`, `${who} at ${prefix}`, 'points')] : []),
  ];
  const tornado: Table = {
    id: 'tornado',
    title: `What drives the answer: each parameter at its low and high value (P${t.month} = P(collapse within ${t.month} months))`,
    columns: [
      { id: 'parameter', label: 'Parameter id', key: true },
      { id: 'parameter_name', label: 'Parameter' },
      num('base', 'Base'),
      num('low', 'Low'),
      num('high', 'High'),
      num('swing', `P${t.month} swing`, 'percent'),
      ...side('low'),
      ...side('high'),
      { id: 'basis', label: 'Basis of the range' },
    ],
    rows: t.bars.map((b) => [
      b.parameter.id,
      b.parameter.label,
      b.parameter.base,
      b.parameter.low,
      b.parameter.high,
      b.swing,
      ...outputsOf(b.low),
      ...outputsOf(b.high),
      b.parameter.basis,
    ]),
    note:
      `Sorted by the swing |P${t.month}(high) − P${t.month}(low)|. Every setting runs on seed ${t.seed}` +
      (t.runs > 0 ? ` with ${t.runs} runs (common random numbers).` : ' (exact).'),
  };
  const baseline: Table = {
    id: 'baseline',
    title: 'The scenario as written (the tornado’s centre line)',
    columns: [
      num(`p${t.month}`, `P${t.month}`, 'percent'),
      num('margin_to_nine', 'Margin to nine'),
      { id: 'adopted', label: 'Adopted' },
      { id: 'ground_consent', label: 'Ground consent' },
      ...(withActor ? [num('acceptance', `${who} acceptance`, 'points')] : []),
    ],
    rows: [outputsOf(t.baseline)],
  };
  return [tornado, baseline];
}

export function sweepTables(s: Sweep, scenario: Scenario): Table[] {
  const withActor = s.actor !== null;
  const who = s.actor === null ? '' : actorShort(scenario, s.actor);
  const two = s.param2 !== null;
  const sweep: Table = {
    id: 'sweep',
    title: two
      ? `Two-way sweep of ${s.param.label} × ${s.param2?.label}`
      : `One-way sweep of ${s.param.label}`,
    columns: [
      num('value', s.param.label),
      ...(two ? [num('value2', s.param2?.label ?? '')] : []),
      num(`p${s.month}`, `P${s.month}`, 'percent'),
      num('margin_to_nine', 'Margin to nine'),
      { id: 'adopted', label: 'Adopted' },
      { id: 'ground_consent', label: 'Ground consent' },
      ...(withActor ? [num('acceptance', `${who} acceptance`, 'points')] : []),
    ],
    rows: s.points.map((p) => [
      p.value,
      ...(two ? [p.value2] : []),
      p.p12,
      p.marginToNine,
      yesNo(p.adopted),
      yesNo(p.groundConsent),
      ...(withActor ? [p.acceptance] : []),
    ]),
    note:
      `P${s.month} = P(collapse within ${s.month} months); ` +
      (s.runs > 0 ? `${s.runs} runs on seed ${s.seed} at every point.` : 'exact.'),
  };
  if (!two || !s.values2) return [sweep];
  const width = s.values2.length;
  const grid: Table = {
    id: 'grid',
    title: `P${s.month} by ${s.param.label} (rows) and ${s.param2?.label} (columns)`,
    columns: [
      { id: s.param.id, label: `${s.param.label} \\ ${s.param2?.label}` },
      ...s.values2.map((v, j) => num(`v${j}`, String(Number(v.toFixed(4))), 'percent')),
    ],
    rows: s.values.map((v, i) => [v, ...s.points.slice(i * width, (i + 1) * width).map((p) => p.p12)]),
  };
  return [sweep, grid];
}
