// The tornado and the sweeps as tables. The first table of each is the main one (the CLI's default
// for --csv); a two-way sweep adds its collapse probabilities as a grid, as a heatmap shows them.
import type { Outputs, Sweep, Tornado } from './sensitivity.ts';
import type { Cell, Column, Table } from './table.ts';

const num = (id: string, label: string): Column => ({ id, label, numeric: true });
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export function tornadoTables(t: Tornado): Table[] {
  const withActor = t.actor !== null;
  const outputsOf = (o: Outputs): Cell[] => [
    o.p12,
    o.marginToNine,
    yesNo(o.adopted),
    yesNo(o.groundConsent),
    ...(withActor ? [o.acceptance] : []),
  ];
  const side = (prefix: 'low' | 'high'): Column[] => [
    num(`p${t.month}_${prefix}`, `P${t.month} at ${prefix}`),
    num(`margin_${prefix}`, `Margin at ${prefix}`),
    { id: `adopted_${prefix}`, label: `Adopted at ${prefix}` },
    { id: `consent_${prefix}`, label: `Consent at ${prefix}` },
    ...(withActor ? [num(`acceptance_${prefix}`, `${t.actor} at ${prefix}`)] : []),
  ];
  const tornado: Table = {
    id: 'tornado',
    title: `What drives the answer: each parameter at its low and high value (P${t.month} = P(collapse within ${t.month} months))`,
    columns: [
      { id: 'parameter', label: 'Parameter' },
      num('base', 'Base'),
      num('low', 'Low'),
      num('high', 'High'),
      num('swing', `P${t.month} swing`),
      ...side('low'),
      ...side('high'),
      { id: 'basis', label: 'Basis of the range' },
    ],
    rows: t.bars.map((b) => [
      b.parameter.id,
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
      num(`p${t.month}`, `P${t.month}`),
      num('margin_to_nine', 'Margin to nine'),
      { id: 'adopted', label: 'Adopted' },
      { id: 'ground_consent', label: 'Ground consent' },
      ...(withActor ? [num('acceptance', `${t.actor} acceptance`)] : []),
    ],
    rows: [outputsOf(t.baseline)],
  };
  return [tornado, baseline];
}

export function sweepTables(s: Sweep): Table[] {
  const withActor = s.actor !== null;
  const two = s.param2 !== null;
  const sweep: Table = {
    id: 'sweep',
    title: two
      ? `Two-way sweep of ${s.param.id} × ${s.param2?.id}`
      : `One-way sweep of ${s.param.id} (${s.param.label})`,
    columns: [
      num('value', s.param.id),
      ...(two ? [num('value2', s.param2?.id ?? '')] : []),
      num(`p${s.month}`, `P${s.month}`),
      num('margin_to_nine', 'Margin to nine'),
      { id: 'adopted', label: 'Adopted' },
      { id: 'ground_consent', label: 'Ground consent' },
      ...(withActor ? [num('acceptance', `${s.actor} acceptance`)] : []),
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
    title: `P${s.month} by ${s.param.id} (rows) and ${s.param2?.id} (columns)`,
    columns: [
      { id: s.param.id, label: `${s.param.id} \\ ${s.param2?.id}` },
      ...s.values2.map((v, j) => num(`v${j}`, String(Number(v.toFixed(4))))),
    ],
    rows: s.values.map((v, i) => [v, ...s.points.slice(i * width, (i + 1) * width).map((p) => p.p12)]),
  };
  return [sweep, grid];
}
