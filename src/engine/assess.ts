// Everything the engine says about one draft, without sampling: each actor's acceptance and stance,
// the vote, consent on the ground, the ceasefire drivers and the hazard they imply.
import { type ActorEvaluation, type EvaluateOptions, type Evaluation, evaluate } from './acceptance.ts';
import { computeDrivers, type DriverReport } from './drivers.ts';
import { breakdown, type HazardBreakdown } from './hazard.ts';
import type { ActorId } from './ids.ts';
import { memoByObject } from './memo.ts';
import type { DraftIndex, Model } from './model.ts';
import { type CouncilStance, consents, councilStance, type GroundStance, groundStance } from './stance.ts';
import { resolveVote, type Vote, type VoteOutcome, voteOf } from './vote.ts';

export interface ActorAssessment {
  readonly evaluation: ActorEvaluation;
  /** Council members vote by it; others take it as their public stance. */
  readonly stance: CouncilStance;
  readonly vote: Vote | null;
  readonly ground: GroundStance | null;
}

export interface GroundConsent {
  readonly holds: boolean;
  /** Parties on the ground that do not at least acquiesce. */
  readonly blockers: readonly ActorId[];
}

export interface Assessment {
  readonly draft: DraftIndex;
  readonly evaluation: Evaluation;
  readonly actors: readonly ActorAssessment[];
  readonly vote: VoteOutcome;
  readonly groundConsent: GroundConsent;
  /** Permanent members in the veto zone: not supporting, and below the abstain threshold. */
  readonly vetoRisk: readonly ActorId[];
  /**
   * What the ceasefire runs under: the draft if it is adopted (or if it is the status quo), and
   * otherwise no resolution at all. Drivers and hazard describe that text.
   */
  readonly inForce: {
    readonly text: 'draft' | 'status_quo';
    readonly draft: DraftIndex;
    /**
     * What the drivers use: whether a resolution is in force (adopted, and not the status quo), and
     * whether the parties on the ground consent to it (false when no resolution is in force).
     */
    readonly adopted: boolean;
    readonly groundConsent: boolean;
  };
  readonly drivers: DriverReport;
  readonly hazard: HazardBreakdown;
}

const memberSet = memoByObject(
  (model: Model): ReadonlySet<ActorId> => new Set(model.scenario.procedure.members),
);

interface Decision {
  readonly evaluation: Evaluation;
  readonly actors: readonly ActorAssessment[];
  readonly vote: VoteOutcome;
  readonly groundConsent: GroundConsent;
  readonly vetoRisk: readonly ActorId[];
}

/** Stances, the vote and consent on the ground for one draft. */
export interface AssessOptions extends EvaluateOptions {
  /** Council members bound to vote yes (a trade's commitment), unless an absolute red line forbids it. */
  readonly forceYes?: ReadonlySet<ActorId>;
}

function decide(model: Model, draft: DraftIndex, options: AssessOptions): Decision {
  const scenario = model.scenario;
  const t = scenario.procedure.thresholds;
  const evaluation = evaluate(model, draft, options);
  const members = memberSet(model);
  const actors: ActorAssessment[] = model.actors.map((a, i) => {
    const ev = evaluation.actors[i]!;
    const bound = options.forceYes?.has(a.actor.id) === true && !ev.absoluteRedLine;
    const stance = bound ? 'support' : councilStance(a.actor, ev, t);
    return {
      evaluation: ev,
      stance,
      vote: members.has(a.actor.id) ? voteOf(stance) : null,
      ground: a.actor.ground ? groundStance(a.actor, ev, t) : null,
    };
  });
  const votes = new Map<ActorId, Vote>();
  for (const a of actors) if (a.vote !== null) votes.set(a.evaluation.actor, a.vote);
  const vote = resolveVote(scenario.procedure, votes);
  const blockers = actors
    .filter((a) => a.ground !== null && !consents(a.ground))
    .map((a) => a.evaluation.actor);
  const procedure = scenario.procedure;
  const vetoRisk =
    procedure.forum === 'unsc'
      ? actors
          .filter((a) => a.evaluation.acceptance < t.abstain && a.stance !== 'support')
          .map((a) => a.evaluation.actor)
          .filter((id) => procedure.permanent.includes(id))
      : [];
  return { evaluation, actors, vote, groundConsent: { holds: blockers.length === 0, blockers }, vetoRisk };
}

const noResolution = memoByObject((model: Model) => decide(model, model.statusQuo, {}));
/** The status quo's decision is the same for every draft (unless events shift utilities): computed once. */
function statusQuoDecision(model: Model, options: AssessOptions): Decision {
  return options.utilityShift || options.forceYes
    ? decide(model, model.statusQuo, options)
    : noResolution(model);
}

const sameDraft = (a: DraftIndex, b: DraftIndex) => a.length === b.length && a.every((x, i) => x === b[i]);

export function assess(model: Model, draft: DraftIndex, options: AssessOptions = {}): Assessment {
  const decision = decide(model, draft, options);
  // A text that is not adopted changes nothing on the ground: the ceasefire runs without a resolution.
  const adoptedOrNoText = decision.vote.adopted || sameDraft(draft, model.statusQuo);
  const world = adoptedOrNoText ? decision : statusQuoDecision(model, options);
  const inForce = adoptedOrNoText ? draft : model.statusQuo;
  // No resolution in force is the bare truce the baseline describes: no agreement, no guarantor of
  // a text (docs/model.md §4). Only an adopted text that is not the status quo earns that credit.
  const resolution = world.vote.adopted && !sameDraft(inForce, model.statusQuo);
  const drivers = computeDrivers(model, inForce, world.evaluation.actors, {
    adopted: resolution,
    groundConsent: resolution && world.groundConsent.holds,
  });
  return {
    draft,
    ...decision,
    inForce: {
      text: adoptedOrNoText ? 'draft' : 'status_quo',
      draft: inForce,
      adopted: resolution,
      groundConsent: resolution && world.groundConsent.holds,
    },
    drivers,
    hazard: breakdown(model, drivers.values, world.evaluation.firedRules),
  };
}
