// How much each actor accepts a draft, and exactly why. Utility is salience × value summed over the
// clauses plus the deltas of the rules that fire; acceptance re-anchors utility so that 50 means "as
// good as no resolution", 100 the actor's ideal and 0 its worst; then red lines, domestic pressure
// and cueing on other actors adjust it. Every part is returned so that the explanation adds up to the
// number shown. The model and its sources: docs/model.md.
import type { ActorId, ConstituencyId, IssueId, OptionId, RedLineId, RuleId } from './ids.ts';
import { memoByObject } from './memo.ts';
import { additiveUtility, type DraftIndex, holds, type Model } from './model.ts';
import type { Severity } from './vocabulary.ts';

export interface Term {
  readonly issue: IssueId;
  readonly option: OptionId;
  readonly weight: number;
  readonly value: number;
  /** weight × value: this clause's share of the utility. */
  readonly points: number;
  readonly reference: OptionId;
  /** weight × (value − value of the reference draft's option). */
  readonly vsReference: number;
  readonly best: OptionId;
  /** weight × (value of the best option − value): what the actor gives up on this clause. */
  readonly lostVsBest: number;
}

export interface RuleEffect {
  readonly rule: RuleId;
  readonly text: string;
  readonly delta: number;
}

export interface RedLineHit {
  readonly id: RedLineId;
  readonly text: string;
  readonly severity: Severity;
  readonly penalty: number;
}

export interface ConstituencyCheck {
  readonly id: ConstituencyId;
  readonly name: string;
  readonly acceptance: number;
  readonly threshold: number;
  readonly weight: number;
  readonly veto: boolean;
  /** Points this constituency pulls the actor's acceptance down: λ × weight × shortfall. */
  readonly pressure: number;
  /** A veto constituency below its threshold: the actor is outside its domestic win-set. */
  readonly vetoBroken: boolean;
}

export interface Cue {
  readonly actor: ActorId;
  readonly weight: number;
  readonly otherAcceptance: number;
  readonly delta: number;
}

export type StepKind = 'red-line' | 'domestic' | 'cue' | 'bounds' | 'absolute-red-line';
export interface Step {
  readonly kind: StepKind;
  readonly label: string;
  readonly delta: number;
}

export interface ActorEvaluation {
  readonly actor: ActorId;
  /** Σ terms' points + Σ rule deltas + utilityShift + utilityBoundsAdjustment (which keeps it in 0–100). */
  readonly utility: number;
  /** Utility added from outside the draft (a ceasefire event); 0 when scoring a draft. */
  readonly utilityShift: number;
  readonly utilityBoundsAdjustment: number;
  readonly reservation: number;
  readonly best: number;
  readonly worst: number;
  /** Acceptance from utility alone, before red lines, domestic pressure and cueing. */
  readonly baseAcceptance: number;
  /** baseAcceptance + Σ steps' deltas. */
  readonly acceptance: number;
  readonly terms: readonly Term[];
  readonly rules: readonly RuleEffect[];
  readonly redLines: readonly RedLineHit[];
  readonly absoluteRedLine: boolean;
  readonly constituencies: readonly ConstituencyCheck[];
  readonly domesticVeto: boolean;
  readonly cues: readonly Cue[];
  readonly steps: readonly Step[];
}

export interface Evaluation {
  readonly actors: readonly ActorEvaluation[];
  /** Indices of the rules that fired, in canonical order. */
  readonly firedRules: readonly number[];
}

/**
 * Utilities closer than this are the same utility: a sum of weights × values carries rounding of
 * ~1e-14 (weights summing to 1.0000000000000002), and dividing by a span of that size would turn
 * rounding into a score.
 */
const ROUNDING = 1e-9;

/** Piecewise-linear re-anchoring: worst → 0, reservation → 50, best → 100. */
export function anchorAcceptance(utility: number, reservation: number, best: number, worst: number): number {
  if (utility >= reservation) {
    const span = best - reservation;
    if (span <= ROUNDING) return utility > reservation + ROUNDING ? 100 : 50;
    return Math.min(100, 50 + (50 * (utility - reservation)) / span);
  }
  const span = reservation - worst;
  if (span <= ROUNDING) return utility < reservation - ROUNDING ? 0 : 50;
  return Math.max(0, (50 * (utility - worst)) / span);
}

const clamp100 = (x: number) => (x < 0 ? 0 : Math.min(x, 100));

/**
 * Reservation utility: the status-quo draft's value (with rules that do not test acceptance), or a
 * fixed number; plus the shift a sensitivity analysis adds (none in a scenario as written).
 */
function reservationOf(model: Model, actor: number): number {
  const a = model.actors[actor];
  if (!a) return 50;
  const reservation = a.actor.reservation;
  const shift = reservation.shift ?? 0;
  if (reservation.kind === 'fixed')
    return shift === 0 ? reservation.utility : clamp100(reservation.utility + shift);
  let r = additiveUtility(a.prefs, model.statusQuo);
  for (const rule of model.rules) {
    if (rule.usesAcceptance || !holds(rule.when, model.statusQuo)) continue;
    for (const [n, delta] of rule.utility) if (n === actor) r += delta;
  }
  return shift === 0 ? clamp100(r) : clamp100(clamp100(r) + shift);
}

const reservationTable = memoByObject((model: Model) =>
  Float64Array.from(model.actors, (_, n) => reservationOf(model, n)),
);

export interface EvaluateOptions {
  /** Terms report their change against this draft (default: the status quo, i.e. no resolution). */
  readonly reference?: DraftIndex;
  /** Extra utility per actor index (scenario events shift utilities during the ceasefire). */
  readonly utilityShift?: Float64Array;
  /** false: leave `terms` empty (the Monte Carlo and the searches need the numbers, not the explanation). */
  readonly explain?: boolean;
}

export function evaluate(model: Model, draft: DraftIndex, options: EvaluateOptions = {}): Evaluation {
  const { issues, actors } = model;
  const reference = options.reference ?? model.statusQuo;
  const reservation = reservationTable(model);
  const n = actors.length;

  // Pass 1: additive utility and the acceptance it gives alone; rules that test acceptance read it.
  const additive: number[] = new Array(n).fill(0);
  const preRule: number[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    const a = actors[i]!;
    additive[i] = additiveUtility(a.prefs, draft) + (options.utilityShift?.[i] ?? 0); // shift: see ActorEvaluation
    preRule[i] = anchorAcceptance(clamp100(additive[i]!), reservation[i]!, a.prefs.best, a.prefs.worst);
  }
  const firedRules: number[] = [];
  // Most actors are touched by no rule: they share one empty list until one is.
  const none: readonly RuleEffect[] = [];
  const ruleEffects: Array<readonly RuleEffect[]> = new Array(n).fill(none);
  const acceptanceBeforeRules = (i: number) => preRule[i] ?? 50;
  for (let r = 0; r < model.rules.length; r++) {
    const rule = model.rules[r]!;
    if (!holds(rule.when, draft, acceptanceBeforeRules)) continue;
    firedRules.push(r);
    const source = model.scenario.rules[r]!;
    for (const [i, delta] of rule.utility) {
      ruleEffects[i] = [...(ruleEffects[i] ?? none), { rule: source.id, text: source.text, delta }];
    }
  }

  // Pass 2: base acceptance from utility with rules, for everyone (cueing reads these, order-free).
  const rawUtility: number[] = new Array(n).fill(0);
  const base: number[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    let u = additive[i]!;
    for (const effect of ruleEffects[i]!) u += effect.delta;
    rawUtility[i] = u;
    base[i] = anchorAcceptance(clamp100(u), reservation[i]!, actors[i]!.prefs.best, actors[i]!.prefs.worst);
  }

  const lambda = model.scenario.procedure.domesticPressure;
  const out: ActorEvaluation[] = [];
  for (let i = 0; i < n; i++) {
    const a = actors[i]!;
    const prefs = a.prefs;
    const terms: Term[] = [];
    for (let k = 0; options.explain !== false && k < issues.length; k++) {
      const weight = prefs.weights[k] ?? 0;
      if (weight === 0) continue;
      const issue = issues[k]!;
      const o = draft[k] ?? 0;
      const row = prefs.values[k]!;
      const value = row[o] ?? 0;
      const ref = reference[k] ?? 0;
      const best = prefs.ideal[k] ?? 0;
      terms.push({
        issue: issue.id,
        option: issue.options[o]!.id,
        weight,
        value,
        points: weight * value,
        reference: issue.options[ref]!.id,
        vsReference: weight * (value - (row[ref] ?? 0)),
        best: issue.options[best]!.id,
        lostVsBest: weight * ((row[best] ?? 0) - value),
      });
    }
    const utility = clamp100(rawUtility[i]!);
    const steps: Step[] = [];
    const redLines: RedLineHit[] = [];
    let absolute = false;
    for (let r = 0; r < a.redLines.length; r++) {
      if (!holds(a.redLines[r]!.when, draft)) continue;
      const source = a.actor.redLines[r]!;
      redLines.push({ id: source.id, text: source.text, severity: source.severity, penalty: source.penalty });
      if (source.severity === 'absolute') absolute = true;
      else steps.push({ kind: 'red-line', label: `red line: ${source.text}`, delta: -source.penalty });
    }
    const constituencies: ConstituencyCheck[] = a.constituencies.map((prefsC, c) => {
      const source = a.actor.constituencies[c]!;
      const reservationC = a.constituencyReservations[c] ?? 0;
      const acceptance = anchorAcceptance(
        additiveUtility(prefsC, draft),
        reservationC,
        prefsC.best,
        prefsC.worst,
      );
      const shortfall = Math.max(0, source.threshold - acceptance);
      return {
        id: source.id,
        name: source.name,
        acceptance,
        threshold: source.threshold,
        weight: source.weight,
        veto: source.veto,
        pressure: lambda * source.weight * shortfall,
        vetoBroken: source.veto && shortfall > 0,
      };
    });
    for (const c of constituencies) {
      if (c.pressure > 0)
        steps.push({ kind: 'domestic', label: `domestic pressure: ${c.name}`, delta: -c.pressure });
    }
    const cues: Cue[] = a.affinity.map(([j, weight]) => ({
      actor: actors[j]!.actor.id,
      weight,
      otherAcceptance: base[j]!,
      delta: weight * (base[j]! - 50),
    }));
    let cueing = 0;
    for (const cue of cues) cueing += cue.delta;
    if (cueing !== 0)
      steps.push({ kind: 'cue', label: 'follows the actors it looks to (see cues)', delta: cueing });
    let acceptance = base[i]!;
    for (const step of steps) acceptance += step.delta;
    const bounded = clamp100(acceptance);
    if (bounded !== acceptance)
      steps.push({ kind: 'bounds', label: 'kept within 0–100', delta: bounded - acceptance });
    acceptance = bounded;
    if (absolute && acceptance !== 0) {
      steps.push({ kind: 'absolute-red-line', label: 'absolute red line crossed', delta: -acceptance });
      acceptance = 0;
    }
    out.push({
      actor: a.actor.id,
      utility,
      utilityShift: options.utilityShift?.[i] ?? 0,
      utilityBoundsAdjustment: utility - rawUtility[i]!,
      reservation: reservation[i]!,
      best: prefs.best,
      worst: prefs.worst,
      baseAcceptance: base[i]!,
      acceptance,
      terms,
      rules: ruleEffects[i]!,
      redLines,
      absoluteRedLine: absolute,
      constituencies,
      domesticVeto: constituencies.some((c) => c.vetoBroken),
      cues,
      steps,
    });
  }
  return { actors: out, firedRules };
}
