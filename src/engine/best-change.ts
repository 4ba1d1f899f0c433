// For each actor, the single clause change that would raise its acceptance most, and what that
// change does to the actors the outcome hinges on (pivotal voters, veto risks, parties on the ground).
import { type Assessment, assess } from './assess.ts';
import type { ActorId, IssueId, OptionId } from './ids.ts';
import type { Model } from './model.ts';

export interface ClauseChange {
  readonly issue: IssueId;
  readonly from: OptionId;
  readonly to: OptionId;
}

export interface SideEffect {
  readonly actor: ActorId;
  readonly before: number;
  readonly after: number;
  readonly stanceBefore: string;
  readonly stanceAfter: string;
}

export interface BestChange {
  readonly change: ClauseChange;
  readonly acceptance: number;
  readonly gain: number;
  readonly adoptedAfter: boolean;
  readonly groundConsentAfter: boolean;
  readonly sideEffects: readonly SideEffect[];
}

/** An actor's stance as reported: a party on the ground's stance on the ground, else its public stance. */
export const stanceText = (a: Assessment, i: number): string => {
  const actor = a.actors[i]!;
  return actor.ground ?? actor.stance;
};

/** Every single-clause change from the assessed draft, assessed. */
export function neighbours(
  model: Model,
  base: Assessment,
): Array<{ change: ClauseChange; assessment: Assessment }> {
  const out: Array<{ change: ClauseChange; assessment: Assessment }> = [];
  model.issues.forEach((issue, k) => {
    issue.options.forEach((option, o) => {
      if (o === base.draft[k]) return;
      const draft = base.draft.slice();
      draft[k] = o;
      out.push({
        change: { issue: issue.id, from: issue.options[base.draft[k] ?? 0]!.id, to: option.id },
        assessment: assess(model, draft),
      });
    });
  });
  return out;
}

/** Best single change per actor index (null when no change raises it). Ties: first in canonical order. */
export function bestChanges(model: Model, base: Assessment): Array<BestChange | null> {
  const candidates = neighbours(model, base);
  const watched = new Set<ActorId>([...base.vote.pivotal, ...base.vetoRisk, ...base.groundConsent.blockers]);
  for (const a of model.actors) if (a.actor.ground) watched.add(a.actor.id);
  return model.actors.map((_, i) => {
    const before = base.actors[i]!.evaluation.acceptance;
    let best: { change: ClauseChange; assessment: Assessment } | null = null;
    let bestValue = before;
    for (const candidate of candidates) {
      const value = candidate.assessment.actors[i]!.evaluation.acceptance;
      if (value > bestValue + 1e-9) [best, bestValue] = [candidate, value];
    }
    if (!best) return null;
    const after = best.assessment;
    return {
      change: best.change,
      acceptance: bestValue,
      gain: bestValue - before,
      adoptedAfter: after.vote.adopted,
      groundConsentAfter: after.groundConsent.holds,
      sideEffects: model.actors
        .map((a, j) => ({ a, j }))
        .filter(({ a, j }) => j !== i && watched.has(a.actor.id))
        .map(({ a, j }) => ({
          actor: a.actor.id,
          before: base.actors[j]!.evaluation.acceptance,
          after: after.actors[j]!.evaluation.acceptance,
          stanceBefore: stanceText(base, j),
          stanceAfter: stanceText(after, j),
        })),
    };
  });
}
