// What a draft does, in the terms an analyst compares drafts by: the tally, ground consent and the
// collapse risk, and for every actor how its acceptance and stance move from one draft to another.
import type { Assessment } from '../assess.ts';
import type { ActorId } from '../ids.ts';
import type { Model } from '../model.ts';
import { stanceOf } from './goal.ts';

export interface DraftOutcome {
  readonly adopted: boolean;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly marginToNine: number;
  readonly vetoes: readonly ActorId[];
  readonly groundConsent: boolean;
  readonly blockers: readonly ActorId[];
  /** P(collapse within 12 months) of the text that would be in force (Monte Carlo, the given seed and runs). */
  readonly risk: number;
}

export interface ActorMove {
  readonly actor: ActorId;
  readonly name: string;
  readonly before: number;
  readonly after: number;
  readonly stanceBefore: string;
  readonly stanceAfter: string;
}

export function outcomeOf(a: Assessment, risk: number): DraftOutcome {
  return {
    adopted: a.vote.adopted,
    yes: a.vote.yes.length,
    no: a.vote.no.length,
    abstain: a.vote.abstain.length,
    marginToNine: a.vote.marginToNine,
    vetoes: a.vote.vetoes,
    groundConsent: a.groundConsent.holds,
    blockers: a.groundConsent.blockers,
    risk,
  };
}

/** Every actor's acceptance and stance before and after, in the model's (canonical) order. */
export function movesBetween(model: Model, before: Assessment, after: Assessment): ActorMove[] {
  return model.actors.map((a, i) => ({
    actor: a.actor.id,
    name: a.actor.name,
    before: before.actors[i]!.evaluation.acceptance,
    after: after.actors[i]!.evaluation.acceptance,
    stanceBefore: stanceOf(before, i),
    stanceAfter: stanceOf(after, i),
  }));
}

/** Acceptance points lost by every actor except `spare` (the goal's own actor), summed: the harm of a change. */
export function harmBetween(before: Assessment, after: Assessment, spare = -1): number {
  let harm = 0;
  for (let i = 0; i < before.actors.length; i++) {
    if (i === spare) continue;
    const loss = before.actors[i]!.evaluation.acceptance - after.actors[i]!.evaluation.acceptance;
    if (loss > 0) harm += loss;
  }
  return harm;
}
