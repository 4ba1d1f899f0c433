// A comparison as tables: acceptance (with differences against the first draft), stances, the vote,
// the collapse risk with paired intervals, and the hazard's parts. The first table is the main one.
// Drafts are named by their labels and actors by name in people's columns; ids stay in the key
// columns (CSV and JSON) and the column ids. Actors are listed in the display order.
import { actorRanks } from '../display-order.ts';
import type { Scenario } from '../scenario.ts';
import type { Comparison } from './compare.ts';
import type { Cell, Column, Table } from './table.ts';

const num = (id: string, label: string, unit?: Column['unit']): Column => ({
  id,
  label,
  numeric: true,
  ...(unit ? { unit } : {}),
});
/** −0 (a zero driver times a negative β) written as 0, so JSON round-trips to the same number. */
const z = (x: number) => (x === 0 ? 0 : x);

export function comparisonTables(c: Comparison, scenario: Scenario): Table[] {
  const drafts = c.drafts;
  const first = drafts[0];
  const rest = drafts.slice(1);
  const names = new Map<string, string>(c.actors.map((a) => [a.id, a.name]));
  const nameList = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join('; ');
  const rank = actorRanks(scenario) as ReadonlyMap<string, number>;
  // Row indices of the actors in display order (the comparison's own lists are in id order).
  const order = c.actors
    .map((a, i) => ({ i, r: rank.get(a.id) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.i);
  const firstLabel = first?.label ?? 'the first draft';

  const acceptance: Table = {
    id: 'acceptance',
    title: 'Acceptance by actor (0 = worst, 50 = as good as no resolution, 100 = ideal)',
    columns: [
      { id: 'actor', label: 'Actor id', key: true },
      { id: 'name', label: 'Actor' },
      ...drafts.map((d) => num(d.id, d.label, 'points')),
      ...rest.map((d) => num(`delta_${d.id}`, `Δ ${d.label}`, 'points')),
    ],
    rows: order.map((i) => {
      const a = c.actors[i]!;
      return [
        a.id,
        a.name,
        ...drafts.map((d) => d.actors[i]!.acceptance),
        ...rest.map((d) => z(d.actors[i]!.acceptance - (first?.actors[i]?.acceptance ?? 0))),
      ];
    }),
    note: `Δ: the draft's acceptance minus the first draft's (${firstLabel}).`,
  };

  const stances: Table = {
    id: 'stances',
    title: 'Votes and public stances (ground parties: their stance on the ground after the slash)',
    columns: [
      { id: 'actor', label: 'Actor id', key: true },
      { id: 'name', label: 'Actor' },
      ...drafts.map((d) => ({ id: d.id, label: d.label })),
    ],
    rows: order.map((i) => {
      const a = c.actors[i]!;
      return [
        a.id,
        a.name,
        ...drafts.map((d) => {
          const x = d.actors[i]!;
          const main = x.vote ?? `(${x.stance})`;
          const shown = x.vote !== null && x.stance === 'veto' ? `${main} (veto)` : main;
          return x.ground === null ? shown : `${shown}/${x.ground}`;
        }),
      ];
    }),
    note: 'Council members show their vote; others their public stance in brackets.',
  };

  const vote: Table = {
    id: 'vote',
    title: 'The vote and consent on the ground',
    columns: [
      { id: 'draft', label: 'Draft id', key: true },
      { id: 'draft_name', label: 'Draft' },
      num('yes', 'Yes'),
      num('no', 'No'),
      num('abstain', 'Abstain'),
      num('margin_to_nine', 'Margin to nine'),
      { id: 'vetoes', label: 'Vetoes' },
      { id: 'adopted', label: 'Adopted' },
      { id: 'ground_consent', label: 'Ground consent' },
      { id: 'blockers', label: 'Would not go along' },
    ],
    rows: drafts.map((d) => [
      d.id,
      d.label,
      d.tally.yes,
      d.tally.no,
      d.tally.abstain,
      d.tally.marginToNine,
      nameList(d.tally.vetoes),
      d.tally.adopted ? 'yes' : 'no',
      d.groundConsent.holds ? 'holds' : 'not held',
      nameList(d.groundConsent.blockers),
    ]),
    note: 'Margin to nine: yes votes beyond the nine needed (negative: short of nine).',
  };

  const collapseRows: Cell[][] = [];
  drafts.forEach((d, i) => {
    d.collapse.forEach((p, j) => {
      const diff = c.differences[i]?.collapse[j];
      collapseRows.push([
        d.id,
        d.label,
        p.month,
        p.probability,
        p.ci95[0],
        p.ci95[1],
        i === 0 ? null : (diff?.estimate ?? null),
        i === 0 ? null : (diff?.ci95[0] ?? null),
        i === 0 ? null : (diff?.ci95[1] ?? null),
      ]);
    });
  });
  const method =
    c.method === 'analytic'
      ? 'Exact (the scenario has no random events): intervals have zero width.'
      : `Monte Carlo, ${c.runs} runs, seed ${c.seed}, the same random numbers for every draft.`;
  const collapse: Table = {
    id: 'collapse',
    title: 'Chance the ceasefire collapses by month, and the difference against the first draft',
    columns: [
      { id: 'draft', label: 'Draft id', key: true },
      { id: 'draft_name', label: 'Draft' },
      num('month', 'Month'),
      num('p', 'P(collapse)', 'percent'),
      num('p_low', '95% low', 'percent'),
      num('p_high', '95% high', 'percent'),
      num('diff', `Δ vs ${firstLabel}`, 'percent'),
      num('diff_low', 'Δ 95% low', 'percent'),
      num('diff_high', 'Δ 95% high', 'percent'),
    ],
    rows: collapseRows,
    note: `${method} Δ intervals are paired: an interval that excludes 0 is a difference the runs bear out.`,
  };

  const driverIds = first?.hazard.drivers.map((d) => d.driver) ?? [];
  const ruleIds = [...new Set(drafts.flatMap((d) => d.hazard.rules.map((r) => r.rule)))].sort();
  const hazard: Table = {
    id: 'hazard',
    title: 'What moves the monthly hazard: each part β·x of the log hazard (negative protects)',
    columns: [
      { id: 'part', label: 'Part id', key: true },
      { id: 'part_name', label: 'Part' },
      ...drafts.map((d) => num(d.id, d.label)),
    ],
    rows: [
      ...driverIds.map((driver, k) => [
        driver,
        `driver: ${driver}`,
        ...drafts.map((d) => z(d.hazard.drivers[k]?.logHazard ?? 0)),
      ]),
      ...ruleIds.map((rule) => [
        `rule ${rule}`,
        `rule: ${scenario.rules.find((r) => r.id === rule)?.text ?? rule}`,
        ...drafts.map((d) => z(d.hazard.rules.find((r) => r.rule === rule)?.logHazard ?? 0)),
      ]),
      ['floor adjustment', 'floor adjustment', ...drafts.map((d) => z(d.hazard.floorAdjustment))],
      ['total (log hazard ratio)', 'total (log hazard ratio)', ...drafts.map((d) => z(d.hazard.logHazard))],
      [
        'hazard ratio vs a bare truce',
        'hazard ratio vs a bare truce',
        ...drafts.map((d) => d.hazard.hazardRatio),
      ],
    ],
    note: 'A text that is not adopted leaves the ceasefire without a resolution: its column shows that case.',
  };

  return [acceptance, stances, vote, collapse, hazard];
}
