// Everything the engine says about one draft, without sampling: each actor's acceptance and stance,
// the vote, consent on the ground, the ceasefire drivers and the hazard they imply.
import { type ActorEvaluation, type EvaluateOptions, type Evaluation, evaluate } from './acceptance.ts';
import { computeDrivers, type DriverReport } from './drivers.ts';
import { breakdown, type HazardBreakdown } from './hazard.ts';
import type { ActorId } from './ids.ts';
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
  readonly drivers: DriverReport;
  readonly hazard: HazardBreakdown;
}

const memberSets = new WeakMap<Model, ReadonlySet<ActorId>>();
function memberSet(model: Model): ReadonlySet<ActorId> {
  let set = memberSets.get(model);
  if (!set) {
    set = new Set(model.scenario.procedure.members);
    memberSets.set(model, set);
  }
  return set;
}

export function assess(model: Model, draft: DraftIndex, options: EvaluateOptions = {}): Assessment {
  const scenario = model.scenario;
  const t = scenario.procedure.thresholds;
  const evaluation = evaluate(model, draft, options);
  const members = memberSet(model);
  const actors: ActorAssessment[] = model.actors.map((a, i) => {
    const ev = evaluation.actors[i]!;
    const stance = councilStance(a.actor, ev, t);
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
  const groundConsent = { holds: blockers.length === 0, blockers };
  const vetoRisk =
    scenario.procedure.forum === 'unsc'
      ? actors
          .filter((a) => a.evaluation.acceptance < t.abstain && a.stance !== 'support')
          .map((a) => a.evaluation.actor)
          .filter((id) => scenario.procedure.forum === 'unsc' && scenario.procedure.permanent.includes(id))
      : [];
  const drivers = computeDrivers(model, draft, evaluation.actors, {
    adopted: vote.adopted,
    groundConsent: groundConsent.holds,
  });
  return {
    draft,
    evaluation,
    actors,
    vote,
    groundConsent,
    vetoRisk,
    drivers,
    hazard: breakdown(model, drivers.values, evaluation.firedRules),
  };
}
