// Stance probabilities: how often each actor takes each stance, the text is adopted and the parties
// on the ground consent, across the plausible settings of the scenario's own judgement numbers. A
// "plausible setting" is one joint draw of every parameter the scenario's `sensitivity` section gives
// a range for and that can move a stance: each clause's salience, each stance threshold and what no
// resolution is worth to each actor (its reservation). The share is over those settings, not a
// forecast of the vote (docs/model.md, "Stance probabilities").
//
// The draws are the parameter uncertainty analysis's own (`drawParameter`, counter-based on the seed):
// draw k of a parameter uses its channel in the full parameter list, so these are the settings
// `tornado --uncertainty` draws, and every draft is scored on the same settings (common random
// numbers: a comparison of two drafts is paired). Nothing here runs the ceasefire: stances and the
// vote do not depend on the hazard, which keeps 1,000 draws within a few tens of milliseconds.
//
// Speed: compiling a changed scenario costs milliseconds, so each setting is a light copy of the
// compiled model instead, changing only what these parameters touch: each actor's weights (salience
// renormalised, as `applyParameter` does) with its best and worst utility, its reservation shift,
// and the thresholds. The tests check it against `applyParameter` + `compile` on the same draws.
import { evaluate } from '../acceptance.ts';
import type { ActorId } from '../ids.ts';
import type { DraftIndex, Model } from '../model.ts';
import type { Scenario, SensitivityRange } from '../scenario.ts';
import {
  COUNCIL_STANCES,
  type CouncilStance,
  consents,
  councilStance,
  GROUND_STANCES,
  type GroundStance,
  groundStance,
} from '../stance.ts';
import { adopts, type Vote, voteOf } from '../vote.ts';
import { type Prepared, prepare, Settings } from './stance-settings.ts';

export interface StanceProbabilityOptions {
  /** Joint draws of the parameters (the CLI's default is 1,000). */
  readonly draws: number;
  readonly seed: number;
  /** Council members bound to vote yes (a trade's commitment), unless an absolute red line forbids it. */
  readonly forceYes?: ReadonlySet<ActorId>;
  /** Extra utility per actor index, as the game's events give it (see EvaluateOptions). */
  readonly utilityShift?: Float64Array;
}

export interface ActorStanceProbability {
  readonly actor: ActorId;
  /** Share of the settings in which the actor takes each stance (votes so, if a member). Sums to 1. */
  readonly stance: Readonly<Record<CouncilStance, number>>;
  /** The same for its stance on the ground; null for an actor not on the ground. */
  readonly ground: Readonly<Record<GroundStance, number>> | null;
}

/** A group of parameters drawn, with the range and basis the scenario states for it. */
export interface DrawnGroup {
  readonly group: 'salience' | 'thresholds' | 'reservation';
  readonly range: SensitivityRange;
  readonly parameters: number;
}

export interface StanceProbabilities {
  readonly draws: number;
  readonly seed: number;
  /** What was drawn, for the stamp on every output: groups, their ranges and bases. */
  readonly groups: readonly DrawnGroup[];
  readonly actors: readonly ActorStanceProbability[];
  /** Share of the settings in which the text is adopted. */
  readonly pAdopted: number;
  /** Share of the settings in which every party on the ground at least acquiesces. */
  readonly pConsent: number;
}

/**
 * Why no stance probabilities can be given for this scenario, or null when they can. Ranges are never
 * invented: without a stated range for salience, thresholds or reservations there is nothing to draw.
 */
export function stanceUncertaintyProblem(scenario: Scenario): string | null {
  const s = scenario.sensitivity;
  if (!s)
    return `scenario '${scenario.id}' states no sensitivity ranges, so no uncertainty can be shown: the stances below are its numbers as written (add a 'sensitivity:' section, docs/scenario-format.md §8a)`;
  if (!s.salience && !s.thresholds && !s.reservation)
    return `scenario '${scenario.id}' states no range for salience, thresholds or reservations, the numbers stances rest on, so no uncertainty can be shown (docs/scenario-format.md §8a)`;
  return null;
}

const zeroCounts = <S extends string>(stances: readonly S[]) =>
  Object.fromEntries(stances.map((s) => [s, 0])) as Record<S, number>;

function groupsOf(scenario: Scenario, prepared: Prepared): DrawnGroup[] {
  const s = scenario.sensitivity;
  const out: DrawnGroup[] = [];
  if (s?.salience && prepared.salience.length)
    out.push({ group: 'salience', range: s.salience, parameters: prepared.salience.length });
  if (s?.thresholds && prepared.thresholds.length)
    out.push({ group: 'thresholds', range: s.thresholds, parameters: prepared.thresholds.length });
  if (s?.reservation && prepared.reservations.length)
    out.push({ group: 'reservation', range: s.reservation, parameters: prepared.reservations.length });
  return out;
}

function checkOptions(model: Model, options: StanceProbabilityOptions): void {
  const problem = stanceUncertaintyProblem(model.scenario);
  if (problem) throw new Error(problem);
  if (!Number.isInteger(options.draws) || options.draws < 1)
    throw new Error(`stance probabilities need at least 1 draw (got ${options.draws})`);
}

/** What one setting gives: each actor's stance indices (ground −1 off the ground), adoption, consent. */
interface DrawOutcome {
  readonly council: Int8Array;
  readonly ground: Int8Array;
  adopted: boolean;
  consent: boolean;
}

/** Scores the draft on settings 0 … draws−1 in turn; `visit` sees each outcome (reused: copy what you keep). */
function eachSetting(
  model: Model,
  draft: DraftIndex,
  options: StanceProbabilityOptions,
  visit: (k: number, outcome: DrawOutcome) => void,
): Prepared {
  checkOptions(model, options);
  const prepared = prepare(model);
  const procedure = model.scenario.procedure;
  const n = model.actors.length;
  const outcome: DrawOutcome = {
    council: new Int8Array(n),
    ground: new Int8Array(n),
    adopted: false,
    consent: false,
  };
  const votes = new Map<ActorId, Vote>();
  const settings = new Settings(model, prepared, options.seed);
  for (let k = 0; k < options.draws; k++) {
    const { model: drawn, thresholds } = settings.draw(k);
    const evaluation = evaluate(drawn, draft, {
      explain: false,
      ...(options.utilityShift ? { utilityShift: options.utilityShift } : {}),
    });
    votes.clear();
    outcome.consent = true;
    for (let i = 0; i < n; i++) {
      const actor = drawn.actors[i]!.actor;
      const ev = evaluation.actors[i]!;
      const bound = options.forceYes?.has(actor.id) === true && !ev.absoluteRedLine;
      const stance = bound ? 'support' : councilStance(actor, ev, thresholds);
      outcome.council[i] = COUNCIL_STANCES.indexOf(stance);
      if (prepared.members.has(actor.id)) votes.set(actor.id, voteOf(stance));
      outcome.ground[i] = -1;
      if (actor.ground) {
        const g = groundStance(actor, ev, thresholds);
        outcome.ground[i] = GROUND_STANCES.indexOf(g);
        if (!consents(g)) outcome.consent = false;
      }
    }
    outcome.adopted = adopts(procedure, votes);
    visit(k, outcome);
  }
  return prepared;
}

/**
 * Each actor's probability of each stance, P(adopted) and P(ground consent) for one draft, over
 * `draws` joint settings of the parameters that move stances. Same seed → the same settings, for
 * every draft. Throws when the scenario states no range to draw (see stanceUncertaintyProblem).
 */
export function stanceProbabilities(
  model: Model,
  draft: DraftIndex,
  options: StanceProbabilityOptions,
): StanceProbabilities {
  const n = model.actors.length;
  const council = Array.from({ length: n }, () => new Float64Array(COUNCIL_STANCES.length));
  const ground = Array.from({ length: n }, () => new Float64Array(GROUND_STANCES.length));
  let adopted = 0;
  let consent = 0;
  const prepared = eachSetting(model, draft, options, (_, outcome) => {
    for (let i = 0; i < n; i++) {
      council[i]![outcome.council[i]!]! += 1;
      const g = outcome.ground[i]!;
      if (g >= 0) ground[i]![g]! += 1;
    }
    if (outcome.adopted) adopted++;
    if (outcome.consent) consent++;
  });
  const share = <S extends string>(stances: readonly S[], counts: Float64Array) => {
    const out = zeroCounts(stances);
    stances.forEach((s, j) => {
      out[s] = counts[j]! / options.draws;
    });
    return out;
  };
  return {
    draws: options.draws,
    seed: options.seed,
    groups: groupsOf(model.scenario, prepared),
    actors: model.actors.map((a, i) => ({
      actor: a.actor.id,
      stance: share(COUNCIL_STANCES, council[i]!),
      ground: a.actor.ground ? share(GROUND_STANCES, ground[i]!) : null,
    })),
    pAdopted: adopted / options.draws,
    pConsent: consent / options.draws,
  };
}

/**
 * Setting by setting, whether the draft is adopted (bit 1) and has ground consent (bit 2): two drafts
 * scored with one seed are on the same settings, so these compare them draw by draw (paired).
 */
export function outcomesByDraw(
  model: Model,
  draft: DraftIndex,
  options: StanceProbabilityOptions,
): Uint8Array {
  const out = new Uint8Array(options.draws);
  eachSetting(model, draft, options, (k, outcome) => {
    out[k] = (outcome.adopted ? 1 : 0) | (outcome.consent ? 2 : 0);
  });
  return out;
}
