// What the analyst asks the solver for, and how the engine's own measures decide whether a draft
// meets it. `support` means the actor's public stance becomes support (a Council member's yes, or an
// outside actor's support) or, for a party on the ground, endorse. Weaker stances (abstain, acquiesce)
// are not offered as goals: ground consent already asks every party for at least acquiescence.
import type { Assessment } from '../assess.ts';
import { stanceText } from '../best-change.ts';
import type { ActorId } from '../ids.ts';
import type { Model } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import type { Scenario } from '../scenario.ts';

export type Goal =
  | { readonly kind: 'adopt' }
  | { readonly kind: 'consent' }
  | { readonly kind: 'support'; readonly actor: ActorId }
  | { readonly kind: 'risk'; readonly below: number };

export const GOAL_SYNTAX = 'adopt, consent, support:ACTOR or risk<P (P between 0 and 1, e.g. risk<0.3)';

/** Parses `adopt`, `consent`, `support:ACTOR` or `risk<0.3`; errors are sentences listing the choices. */
export function parseGoal(text: string, scenario: Scenario): Result<Goal, string> {
  const goal = text.trim();
  if (goal === 'adopt' || goal === 'consent') return ok({ kind: goal });
  const support = /^support:(.*)$/.exec(goal);
  if (support) {
    const id = (support[1] ?? '').trim();
    const actor = scenario.actors.find((a) => a.id === id);
    if (!actor)
      return err(
        `no actor '${id}' in the scenario; choose one of: ${scenario.actors.map((a) => a.id).join(', ')}`,
      );
    return ok({ kind: 'support', actor: actor.id });
  }
  const risk = /^risk\s*<\s*(.*)$/.exec(goal);
  if (risk) {
    const raw = (risk[1] ?? '').trim();
    const below = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
    if (!(below > 0 && below <= 1))
      return err(`the risk target must be a probability above 0 and at most 1 (got '${raw}'), e.g. risk<0.3`);
    return ok({ kind: 'risk', below });
  }
  return err(`unknown goal '${goal}'; goals are ${GOAL_SYNTAX}`);
}

/** The goal in words, actors by name: "Hamas endorses the text", "Israel supports the text". */
export function goalText(goal: Goal, scenario: Scenario): string {
  switch (goal.kind) {
    case 'adopt':
      return 'the resolution is adopted';
    case 'consent':
      return 'every party on the ground at least acquiesces (ground consent)';
    case 'support': {
      const actor = scenario.actors.find((a) => a.id === goal.actor);
      const name = actor?.name ?? goal.actor;
      // A party on the ground is won over when it endorses the text (see `meets`).
      return actor?.ground ? `${name} endorses the text` : `${name} supports the text`;
    }
    case 'risk':
      return `the chance of collapse within 12 months is below ${Number((goal.below * 100).toFixed(1))}%`;
  }
}

/**
 * How far past the goal a draft is, in the goal's own unit (≥ 0 when met, < 0 short of it): yes votes
 * beyond those needed (vetoes count as missing votes); the lowest ground party's acceptance above
 * the acquiescence threshold; the actor's acceptance above its support (endorse) threshold; the risk
 * target minus the risk. Used to rank answers and to say how close the best attempt came.
 */
export function goalMargin(model: Model, goal: Goal, a: Assessment, risk: number | null): number {
  const t = model.scenario.procedure.thresholds;
  switch (goal.kind) {
    case 'adopt':
      return a.vote.adopted ? a.vote.marginToNine : Math.min(a.vote.marginToNine, -a.vote.vetoes.length);
    case 'consent': {
      let lowest = Number.POSITIVE_INFINITY;
      a.actors.forEach((actor) => {
        if (actor.ground !== null) lowest = Math.min(lowest, actor.evaluation.acceptance - t.acquiesce);
      });
      // Acceptance alone can be above the threshold while a red line or domestic veto blocks consent.
      return a.groundConsent.holds ? Math.max(0, lowest) : Math.min(lowest, -1e-9);
    }
    case 'support': {
      const i = model.actorIndex.get(goal.actor) ?? -1;
      const actor = a.actors[i]!;
      const gap = actor.evaluation.acceptance - (actor.ground !== null ? t.endorse : t.support);
      return meets(model, goal, a, risk) ? Math.max(0, gap) : Math.min(gap, -1e-9);
    }
    case 'risk':
      return goal.below - (risk ?? 1);
  }
}

/** Does the assessed draft meet the goal? For `risk`, `risk` is its P(collapse within 12 months). */
export function meets(model: Model, goal: Goal, a: Assessment, risk: number | null): boolean {
  switch (goal.kind) {
    case 'adopt':
      return a.vote.adopted;
    case 'consent':
      return a.groundConsent.holds;
    case 'support': {
      const stance = stanceText(a, model.actorIndex.get(goal.actor) ?? -1);
      return stance === 'support' || stance === 'endorse';
    }
    case 'risk':
      return risk !== null && risk < goal.below;
  }
}
