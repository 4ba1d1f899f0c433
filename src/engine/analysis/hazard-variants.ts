// The collapse risk of a few texts side by side, with the hazard ratios they imply against no
// resolution (docs/model.md §5–6): no resolution, the opening draft, and the opening with one clause
// set to each of some options (e.g. a consent-based and an enforcement mandate). All texts share the
// seed's random numbers, so the differences are not noise from different draws.
import { assess } from '../assess.ts';
import { calibrateBaseline } from '../baseline.ts';
import { troopsInPlace } from '../build-up.ts';
import type { ActorId, IssueId, OptionId } from '../ids.ts';
import { type DraftIndex, draftFromIndex, type Model } from '../model.ts';
import { ceasefireOutlook } from '../montecarlo.ts';
import { ENGINE_VERSION, hash53 } from '../version.ts';

/** P(collapse) is read at this month. */
export const HAZARD_MONTH = 12;

export interface HazardVariantRow {
  readonly id: string;
  readonly label: string;
  /** What the ceasefire runs under: the text if adopted (or if it is no resolution), else no resolution. */
  readonly inForce: 'draft' | 'status_quo';
  readonly adopted: boolean;
  /** P(collapse within 12 months) and its 95% interval (exact, with no events, or Monte Carlo). */
  readonly collapse12: number;
  readonly ci95: readonly [number, number];
  /** exp(S − S₀): the model's hazard ratio of the text in force against no resolution. */
  readonly hazardRatio: number;
  /**
   * ln(1 − P₁₂) / ln(1 − P₁₂ of no resolution): the ratio of 12-month cumulative hazards the risks
   * imply, events included.
   */
  readonly impliedHazardRatio12: number;
  /** The peacekeeping driver (0–1) at full strength and its factor of the hazard. */
  readonly peacekeeping: { readonly value: number; readonly hazardRatio: number };
  /** Troops in place in months 3, 6 and 12 (build-up.ts), and the force the mandate needs. */
  readonly troops: {
    readonly month3: number;
    readonly month6: number;
    readonly month12: number;
    readonly needed: number | null;
  };
  /** Contributors the text names that do not serve under it (their stated conditions fail). */
  readonly declined: readonly ActorId[];
  readonly draft: Readonly<Record<IssueId, OptionId>>;
}

export interface HazardVariants {
  readonly engine: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: number;
  readonly runs: number;
  readonly month: number;
  /** α with and without the events (the baseline is net of them), and the events' own collapses. */
  readonly baseline: {
    readonly collapse12: number;
    readonly alpha: number;
    readonly alphaWithoutEvents: number;
    readonly eventCollapses12: number;
  };
  readonly rows: readonly HazardVariantRow[];
}

export interface VariantRequest {
  readonly id: string;
  readonly label: string;
  readonly draft: DraftIndex;
}

/**
 * No resolution, the opening draft, then `texts` (e.g. another draft and its variants), in that
 * order; a text with the id 'opening' or 'status_quo' is not repeated.
 */
export function hazardVariants(
  model: Model,
  variants: readonly VariantRequest[],
  settings: { readonly runs: number; readonly seed: number },
): HazardVariants {
  const texts: VariantRequest[] = [
    { id: 'status_quo', label: 'No resolution', draft: model.statusQuo },
    { id: 'opening', label: 'Opening draft', draft: model.opening },
    ...variants.filter((v) => v.id !== 'opening' && v.id !== 'status_quo'),
  ];
  const results = texts.map((t) => {
    const a = assess(model, t.draft);
    const outlook = ceasefireOutlook(model, a, { ...settings, months: HAZARD_MONTH });
    return { t, a, point: outlook.collapse[HAZARD_MONTH - 1]! };
  });
  const none = results[0]!;
  const cumulative = (p: number) => -Math.log1p(-Math.min(p, 1 - 1e-12));
  const calibration = calibrateBaseline(model);
  return {
    engine: ENGINE_VERSION,
    scenario: { id: model.scenario.id, hash: hash53(JSON.stringify(model.scenario)) },
    seed: settings.seed,
    runs: model.scenario.ceasefire.events.length > 0 ? settings.runs : 0,
    month: HAZARD_MONTH,
    baseline: {
      collapse12: model.scenario.ceasefire.baselineCollapse12m,
      alpha: calibration.alpha,
      alphaWithoutEvents: calibration.alphaWithoutEvents,
      eventCollapses12: calibration.eventCollapses,
    },
    rows: results.map(({ t, a, point }) => {
      const pk = a.hazard.drivers.find((d) => d.driver === 'peacekeeping');
      return {
        id: t.id,
        label: t.label,
        inForce: a.inForce.text,
        adopted: a.vote.adopted,
        collapse12: point.probability,
        ci95: point.ci95,
        hazardRatio: Math.exp(a.hazard.logHazard - none.a.hazard.logHazard),
        impliedHazardRatio12: cumulative(point.probability) / cumulative(none.point.probability),
        peacekeeping: { value: pk?.value ?? 0, hazardRatio: Math.exp(pk?.logHazard ?? 0) },
        troops: {
          month3: troopsInPlace(a.drivers, 3),
          month6: troopsInPlace(a.drivers, 6),
          month12: troopsInPlace(a.drivers, 12),
          needed: a.drivers.force.needed,
        },
        declined: a.drivers.force.contingents.filter((c) => c.status === 'declines').map((c) => c.actor),
        draft: draftFromIndex(model, t.draft),
      };
    }),
  };
}
