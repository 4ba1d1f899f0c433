// The ceasefire drivers month by month while a text is being put in place (docs/model.md §4a):
// contingents arrive on their schedules, and disarmament, withdrawal and reconstruction phase in.
// drivers.ts gives the values once everything is in place; from `buildUpMonths(model)` on, every
// month has those values, so callers cache months up to there and reuse the last.
import type { Assessment } from './assess.ts';
import type { DriverReport, DriverValues } from './drivers.ts';
import { logHazardWith } from './hazard.ts';
import { memoByObject } from './memo.ts';
import type { Model } from './model.ts';
import { phaseOf, phaseShare } from './phase.ts';
import type { Ramp } from './scenario.ts';
import { PHASED_DRIVERS } from './vocabulary.ts';

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

/** The first month from which no text of the scenario still builds up anything (1: nothing phased). */
export const buildUpMonths = memoByObject((model: Model): number => {
  const ramps: Array<Ramp | undefined> = [];
  const s = model.scenario;
  for (const r of Object.values(s.ceasefire.phaseIn ?? {})) ramps.push(r);
  for (const issue of s.issues)
    for (const option of issue.options) for (const r of Object.values(option.phaseIn ?? {})) ramps.push(r);
  for (const actor of s.actors) ramps.push(actor.deployment?.arrives);
  return ramps.reduce((last, r) => Math.max(last, phaseOf(r).full), 1);
});

/** Troops in place in `month`: each deployed contingent on its schedule, within the authorised ceiling. */
export function troopsInPlace(report: DriverReport, month: number): number {
  const f = report.force;
  if (f.contingents.length === 0) return f.deployed * phaseShare(f.arrives, month);
  let arrived = 0;
  for (const c of f.contingents)
    if (c.status === 'deployed') arrived += c.pledged * phaseShare(c.arrives, month);
  return Math.min(arrived, f.authorised ?? Number.POSITIVE_INFINITY);
}

/** The drivers in `month` (1-based). From `buildUpMonths(model)` on, exactly `report.values`. */
export function driversAt(report: DriverReport, month: number): DriverValues {
  const full = report.values;
  const f = report.force;
  const inPlace = troopsInPlace(report, month);
  let peacekeeping = full.peacekeeping;
  if (inPlace < f.deployed) {
    // The adequacy of the troops in place; without a stated need, the share of the force that arrived.
    const adequacy =
      inPlace <= 0 ? 0 : f.needed === null ? inPlace / f.deployed : clamp01(inPlace / f.needed);
    peacekeeping = clamp01(adequacy * f.consent * f.mandateFit * f.commandUnity);
  }
  const phased = { disarmament: 0, withdrawal: 0, reconstruction: 0 };
  let changed = peacekeeping !== full.peacekeeping;
  for (const part of report.phased) {
    const share = phaseShare(part.phase, month);
    if (share < 1) changed = true;
    phased[part.driver] += part.amount * share;
  }
  if (!changed) return full;
  const values: Record<string, number> = { ...full, peacekeeping };
  for (const d of PHASED_DRIVERS) values[d] = clamp01(phased[d]);
  return values as DriverValues;
}

/**
 * The text in force's log hazard in months 1 … buildUpMonths − 1 (index t − 1); empty when nothing
 * builds up. Later months have `a.hazard.logHazard`.
 */
export function buildUpLogHazards(model: Model, a: Assessment): Float64Array {
  const months = buildUpMonths(model) - 1;
  const out = new Float64Array(months);
  for (let t = 1; t <= months; t++) {
    const values = driversAt(a.drivers, t);
    out[t - 1] = values === a.drivers.values ? a.hazard.logHazard : logHazardWith(model, a.hazard, values);
  }
  return out;
}

/** What is in place in one month of the build-up: troops, and the drivers that build up (0–1). */
export interface BuildUpMonth {
  readonly month: number;
  readonly troops: number;
  readonly peacekeeping: number;
  readonly disarmament: number;
  readonly withdrawal: number;
  readonly reconstruction: number;
}

/** The text in force month by month until everything is in place (or the horizon), and at full strength. */
export interface BuildUpReport {
  readonly months: readonly BuildUpMonth[];
  readonly full: Omit<BuildUpMonth, 'month'> & { readonly needed: number | null };
}

function inPlace(report: DriverReport, month: number): BuildUpMonth {
  const v = driversAt(report, month);
  return {
    month,
    troops: troopsInPlace(report, month),
    peacekeeping: v.peacekeeping,
    disarmament: v.disarmament,
    withdrawal: v.withdrawal,
    reconstruction: v.reconstruction,
  };
}

/** undefined when the scenario builds nothing up: every month is the first. */
export function buildUpReport(model: Model, a: Assessment, horizon: number): BuildUpReport | undefined {
  const last = Math.min(horizon, buildUpMonths(model));
  if (buildUpMonths(model) <= 1) return undefined;
  const { month: _, ...full } = inPlace(a.drivers, buildUpMonths(model));
  return {
    months: Array.from({ length: last }, (_, i) => inPlace(a.drivers, i + 1)),
    full: { ...full, needed: a.drivers.force.needed },
  };
}
