// The plausible settings the stance probabilities are scored on, drawn one after another: the
// parameters that can move a stance (salience, thresholds, reservations) with their channels in the
// full parameter list, and a light copy of the compiled model for each draw (stance-probabilities.ts
// says why a copy and not applyParameter + compile; the tests check the two agree draw for draw).
import type { ActorId, IssueId } from '../ids.ts';
import { memoByObject } from '../memo.ts';
import { additiveUtility, type CompiledActor, holds, type Model } from '../model.ts';
import { own } from '../own.ts';
import type { Reservation, Thresholds } from '../scenario.ts';
import type { ThresholdName } from '../vocabulary.ts';
import { listParameters, type Parameter } from './parameters.ts';
import { drawParameter } from './uncertainty.ts';

/** The parameters that can move a stance, each with its channel: its place in the full list. */
export interface Drawn {
  readonly parameter: Parameter;
  readonly channel: number;
  /** Issue index (salience), actor index (reservation) or threshold name. */
  readonly target: number | ThresholdName;
}

export interface Prepared {
  readonly salience: readonly Drawn[];
  readonly thresholds: readonly Drawn[];
  readonly reservations: readonly Drawn[];
  /** rawSalience[n][k]: actor n's salience of issue k as written (0 if none). */
  readonly rawSalience: readonly Float64Array[];
  /** The best and the worst value of each clause for each actor (weights do not change them). */
  readonly rowMax: readonly Float64Array[];
  readonly rowMin: readonly Float64Array[];
  readonly members: ReadonlySet<ActorId>;
  /**
   * For an actor whose reservation is the status quo's value: the utility deltas of the rules that
   * hold for the status quo without testing acceptance, in rule order (they do not depend on the
   * weights, so they are found once); null for a fixed reservation.
   */
  readonly statusQuoRules: ReadonlyArray<readonly number[] | null>;
}

export const prepare = memoByObject((model: Model): Prepared => {
  const salience: Drawn[] = [];
  const thresholds: Drawn[] = [];
  const reservations: Drawn[] = [];
  listParameters(model.scenario).forEach((parameter, channel) => {
    const key = parameter.id.slice(parameter.id.indexOf('.') + 1);
    if (parameter.group === 'salience')
      salience.push({ parameter, channel, target: model.issueIndex.get(key as IssueId) ?? -1 });
    else if (parameter.group === 'reservation')
      reservations.push({ parameter, channel, target: model.actorIndex.get(key as ActorId) ?? -1 });
    else if (parameter.group === 'threshold')
      thresholds.push({ parameter, channel, target: key as ThresholdName });
  });
  const rows = (a: CompiledActor, pick: (row: Float64Array) => number) =>
    Float64Array.from(a.prefs.values, (row) => (row.length ? pick(row) : 0));
  return {
    salience,
    thresholds,
    reservations,
    rawSalience: model.actors.map((a) =>
      Float64Array.from(model.issues, (issue) => own(a.actor.salience, issue.id) ?? 0),
    ),
    rowMax: model.actors.map((a) => rows(a, (row) => Math.max(...row))),
    rowMin: model.actors.map((a) => rows(a, (row) => Math.min(...row))),
    members: new Set(model.scenario.procedure.members),
    statusQuoRules: model.actors.map((a, n) => {
      if (a.actor.reservation.kind === 'fixed') return null;
      const deltas: number[] = [];
      for (const rule of model.rules) {
        if (rule.usesAcceptance || !holds(rule.when, model.statusQuo)) continue;
        for (const [i, delta] of rule.utility) if (i === n) deltas.push(delta);
      }
      return deltas;
    }),
  };
});

/**
 * The settings of one call, drawn one after another into the same buffers: a setting is scored and
 * dropped before the next is drawn, and allocating 25 actors' weights 1,000 times cost more than
 * scoring them. Only the model object is new for each setting (the acceptance's reservation table
 * is memoised per model object, so it is computed afresh for each).
 */
interface MutablePreferences {
  weights: Float64Array;
  values: readonly Float64Array[];
  best: number;
  worst: number;
  ideal: Int32Array;
}

interface MutableReservation {
  kind: 'status_quo' | 'fixed';
  utility: number;
  shift: number;
}

export class Settings {
  private readonly factors: Float64Array;
  private readonly prefs: MutablePreferences[];
  private readonly reservations: MutableReservation[];
  /** Each actor with its own weights and reservation buffers, the same objects for every setting. */
  private readonly actors: CompiledActor[];
  private readonly thresholds: Record<string, number | string>;
  private readonly model: Model;
  private readonly prepared: Prepared;
  private readonly seed: number;

  constructor(model: Model, prepared: Prepared, seed: number) {
    this.model = model;
    this.prepared = prepared;
    this.seed = seed;
    this.factors = new Float64Array(model.issues.length).fill(1);
    this.prefs = model.actors.map((a) => ({ ...a.prefs, weights: Float64Array.from(a.prefs.weights) }));
    this.reservations = model.actors.map((a) => ({
      kind: a.actor.reservation.kind,
      utility: a.actor.reservation.kind === 'fixed' ? a.actor.reservation.utility : 0,
      shift: 0,
    }));
    for (let n = 0; n < this.reservations.length; n++) this.reserve(n);
    this.actors = model.actors.map((a, n) => ({
      ...a,
      prefs: this.prefs[n]!,
      actor: { ...a.actor, reservation: this.reservations[n] as Reservation },
    }));
    this.thresholds = { ...model.scenario.procedure.thresholds };
  }

  /** Setting k: a light copy of the model (valid until the next call) and its thresholds. */
  draw(k: number): { readonly model: Model; readonly thresholds: Thresholds } {
    const { prepared, seed, factors } = this;
    for (const d of prepared.salience) {
      // As applyParameter: a factor below 0 is 0.
      const factor = Math.max(0, drawParameter(d.parameter, seed, k, d.channel));
      if (typeof d.target === 'number' && d.target >= 0) factors[d.target] = factor;
    }
    // Factors of exactly 1 leave the scenario's own weights, to the last bit (a collapsed range).
    const scaled = factors.some((f) => f !== 1);
    for (let n = 0; n < this.prefs.length; n++) {
      if (scaled) this.rescale(n);
      else this.restore(n);
    }
    for (let n = 0; n < this.prefs.length; n++) this.reserve(n);
    for (const d of prepared.reservations) {
      const shift = Math.min(100, Math.max(-100, drawParameter(d.parameter, seed, k, d.channel)));
      if (typeof d.target === 'number' && d.target >= 0) this.reservations[d.target]!.shift = shift;
    }
    for (const d of prepared.thresholds)
      this.thresholds[d.target] = Math.min(100, Math.max(0, drawParameter(d.parameter, seed, k, d.channel)));
    // A new model object for each setting: the reservation table is memoised per model object.
    return { model: { ...this.model, actors: this.actors }, thresholds: this.thresholds as Thresholds };
  }

  /**
   * A status-quo reservation as the acceptance computes it (the status quo's utility under this
   * setting's weights, plus the rules found once, kept within 0–100), handed over as a fixed number:
   * the same value, without testing every rule's condition for every setting.
   */
  private reserve(n: number): void {
    const rules = this.prepared.statusQuoRules[n];
    if (!rules) return;
    let r = additiveUtility(this.prefs[n]!, this.model.statusQuo);
    for (const delta of rules) r += delta;
    const reservation = this.reservations[n]!;
    reservation.kind = 'fixed';
    reservation.utility = r < 0 ? 0 : Math.min(r, 100);
  }

  private restore(n: number): void {
    const own = this.model.actors[n]!.prefs;
    const prefs = this.prefs[n]!;
    prefs.weights.set(own.weights);
    prefs.best = own.best;
    prefs.worst = own.worst;
  }

  /** Weights as `applyParameter` renormalises them: raw salience × factor over their sum. */
  private rescale(n: number): void {
    const raw = this.prepared.rawSalience[n]!;
    const max = this.prepared.rowMax[n]!;
    const min = this.prepared.rowMin[n]!;
    const prefs = this.prefs[n]!;
    const weights = prefs.weights;
    let total = 0;
    for (let k = 0; k < raw.length; k++) {
      weights[k] = raw[k]! * this.factors[k]!;
      total += weights[k]!;
    }
    let best = 0;
    let worst = 0;
    for (let k = 0; k < raw.length; k++) {
      weights[k] = total > 0 ? weights[k]! / total : 0;
      best += weights[k]! * max[k]!;
      worst += weights[k]! * min[k]!;
    }
    // The best option of each clause does not depend on the weights: `ideal` is shared.
    prefs.best = best;
    prefs.worst = worst;
  }
}
