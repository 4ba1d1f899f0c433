// `score`'s uncertainty: each actor's probability of each stance, P(adopted) and P(ground consent)
// over the scenario's sensitivity ranges (src/engine/analysis/stance-probabilities.ts), as a column
// and two lines of the readable output and as the `uncertainty` block of --json. A scenario without
// ranges gets a plain sentence saying so, never invented ranges.
import { stanceDrawsWork } from '../engine/analysis/budget.ts';
import { type StanceUncertainty, stanceShares, wholePercent } from '../engine/analysis/stance-shares.ts';
import { roundDeep } from '../engine/report.ts';
import { integerOption, requireBudget } from './args.ts';

export { type StanceUncertainty, stanceUncertainty } from '../engine/analysis/stance-shares.ts';

export const DEFAULT_DRAWS = 1000;

/** --draws N: 1 to the work budget's limit (checked by the budget, with its own sentence). */
export function drawsOption(value: string | true | undefined): number {
  const draws = integerOption(value, 'draws', 1, 1_000_000, DEFAULT_DRAWS);
  requireBudget(stanceDrawsWork(draws), '--draws');
  return draws;
}

const WHAT =
  'Share of plausible settings of the scenario’s sensitivity ranges (salience, thresholds, reservations; drawn jointly, uniformly) in which each stance is taken, the text adopted, the parties on the ground consent. Not a forecast: see docs/model.md.';

/** The `uncertainty` block of `score --json`. */
export function uncertaintyJson(u: StanceUncertainty) {
  if (!u.available) return { available: false, reason: u.reason };
  const r = u.result;
  return roundDeep({
    available: true,
    what: WHAT,
    draws: r.draws,
    seed: r.seed,
    basis: r.groups.map((g) => ({
      group: g.group,
      low: g.range.low,
      high: g.range.high,
      basis: g.range.basis,
      parameters: g.parameters,
    })),
    stanceProbabilities: Object.fromEntries(
      r.actors.map((a) => [a.actor, { stance: a.stance, ground: a.ground }]),
    ),
    pAdopted: r.pAdopted,
    pConsent: r.pConsent,
  });
}

/** The column of the actor table: its stances across the settings (ground stances after a slash). */
export function actorShares(u: StanceUncertainty, actor: string): string {
  if (!u.available) return '';
  const a = u.result.actors.find((x) => x.actor === actor);
  if (!a) return '';
  return a.ground ? `${stanceShares(a.stance)} / ${stanceShares(a.ground)}` : stanceShares(a.stance);
}

const signedPoints = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x)}`;
const range = (group: string, low: number, high: number) =>
  group === 'salience'
    ? `salience ×${low}–${high}`
    : `${group === 'reservation' ? 'reservations' : group} ${signedPoints(low)} to ${signedPoints(high)} points`;

/** The lines under the vote: P(adopted), P(consent) and what they are shares of. */
export function uncertaintyLines(u: StanceUncertainty): string[] {
  if (!u.available) return [`Uncertainty: none shown — ${u.reason}.`];
  const r = u.result;
  const ranges = r.groups.map((g) => range(g.group, g.range.low, g.range.high)).join(', ');
  return [
    `Across ${r.draws.toLocaleString('en')} plausible settings (seed ${r.seed}; ${ranges}, each drawn per clause, threshold or actor): ` +
      `adopted in ${wholePercent(r.pAdopted)}, ground consent in ${wholePercent(r.pConsent)}`,
  ];
}
