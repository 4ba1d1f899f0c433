// From acceptance to what an actor does: a Council member supports, abstains, rejects or (if
// permanent) vetoes; an actor outside the Council takes the same public stance without a vote; a
// party on the ground endorses, acquiesces, opposes or spoils. Thresholds come from the scenario.
import type { ActorEvaluation } from './acceptance.ts';
import type { Actor, Thresholds } from './scenario.ts';
import type { CouncilStance, GroundStance } from './vocabulary.ts';

export { COUNCIL_STANCES, type CouncilStance, GROUND_STANCES, type GroundStance } from './vocabulary.ts';

/** Permanent members abstain far more often than they veto: a veto needs a lower score or a red line. */
export function councilStance(actor: Actor, evaluation: ActorEvaluation, t: Thresholds): CouncilStance {
  const permanent = actor.seat === 'permanent';
  if (evaluation.absoluteRedLine) return permanent ? 'veto' : 'reject';
  const a = evaluation.acceptance;
  let stance: CouncilStance;
  if (a >= t.support) stance = 'support';
  else if (permanent) stance = a < t.veto ? 'veto' : 'abstain';
  else stance = a < t.abstain ? 'reject' : 'abstain';
  // Outside its domestic win-set, a government cannot vote yes.
  if (evaluation.domesticVeto && stance === 'support') stance = 'abstain';
  return stance;
}

export function groundStance(actor: Actor, evaluation: ActorEvaluation, t: Thresholds): GroundStance {
  const a = evaluation.acceptance;
  let stance: GroundStance;
  if (evaluation.absoluteRedLine) stance = actor.spoiler > 0 ? 'spoil' : 'oppose';
  else if (a >= t.endorse) stance = 'endorse';
  else if (a >= t.acquiesce) stance = 'acquiesce';
  else stance = actor.spoiler > 0 && a < t.spoil ? 'spoil' : 'oppose';
  if (evaluation.domesticVeto && (stance === 'endorse' || stance === 'acquiesce')) stance = 'oppose';
  return stance;
}

export const consents = (stance: GroundStance): boolean => stance === 'endorse' || stance === 'acquiesce';
