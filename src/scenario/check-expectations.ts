// Cross-checks of `expectations` (docs/scenario-format.md §8c): each entry names a draft that exists,
// states at least one claim, names an actor exactly when it makes a claim about one, and claims only
// what the engine can compute for that actor and this scenario.
import { type CheckableScenario, type Checks, quoteList, type Report } from './check-context.ts';
import type { RawExpectation } from './expectations-schema.ts';

export const BUILT_IN_EXPECTATION_DRAFTS = ['opening', 'status_quo', 'landing_zone'] as const;

const DRAFT_CLAIMS = ['adopted', 'yes_at_least', 'yes_at_most', 'ground_consent', 'collapse_12m'] as const;
const ACTOR_CLAIMS = ['stance', 'ground', 'acceptance'] as const;

/**
 * The number of members who vote, as the engine will count them; null when the procedure's shape is
 * wrong (its own problems are reported, and the count is not checked).
 */
function memberCount(raw: CheckableScenario): number | null {
  const p = raw.procedure;
  if (!p) return null;
  return p.forum === 'unsc'
    ? raw.actors.filter((a) => a.seat !== 'none').length
    : new Set(p.members ?? []).size;
}

export function checkExpectations(raw: CheckableScenario, report: Report, { checkActorRef }: Checks): void {
  const drafts = new Set<string>([...BUILT_IN_EXPECTATION_DRAFTS, ...raw.drafts.map((d) => d.id)]);
  const members = memberCount(raw);
  const horizon = raw.ceasefire?.horizon_months ?? null;
  (raw.expectations ?? []).forEach((e: RawExpectation, i) => {
    const at = ['expectations', i] as const;
    if (!drafts.has(e.draft))
      report(
        [...at, 'draft'],
        'unknown-reference',
        `unknown draft '${e.draft}' (drafts: ${quoteList(drafts)})`,
      );
    const actorClaims = ACTOR_CLAIMS.filter((k) => e[k] !== undefined);
    const draftClaims = DRAFT_CLAIMS.filter((k) => e[k] !== undefined);
    if (actorClaims.length === 0 && draftClaims.length === 0)
      report(
        at,
        'inconsistent',
        `an expectation states nothing to check: add one of ${quoteList([...DRAFT_CLAIMS, ...ACTOR_CLAIMS])}`,
      );
    if (e.actor === undefined && actorClaims.length > 0)
      report(
        [...at, actorClaims[0]!],
        'inconsistent',
        `'${actorClaims[0]}' is about one actor: name it with 'actor'`,
        'key',
      );
    if (e.actor !== undefined && actorClaims.length === 0)
      report(
        [...at, 'actor'],
        'inconsistent',
        `'actor' needs a claim about the actor: ${quoteList(ACTOR_CLAIMS)}`,
        'key',
      );
    for (const key of ['collapse_12m', 'acceptance'] as const) {
      const r = e[key];
      if (r && r[0] > r[1])
        report([...at, key], 'inconsistent', `the range [${r[0]}, ${r[1]}] must run from low to high`);
    }
    if (e.collapse_12m && horizon !== null && horizon < 12)
      report(
        [...at, 'collapse_12m'],
        'inconsistent',
        `the scenario's horizon is ${horizon} months: 'collapse_12m' needs at least 12`,
      );
    for (const key of ['yes_at_least', 'yes_at_most'] as const) {
      const n = e[key];
      if (n !== undefined && members !== null && n > members)
        report([...at, key], 'inconsistent', `${n} is more than the ${members} members who vote`);
    }
    if (e.yes_at_least !== undefined && e.yes_at_most !== undefined && e.yes_at_least > e.yes_at_most)
      report(
        [...at, 'yes_at_most'],
        'inconsistent',
        `yes_at_most (${e.yes_at_most}) must not be below yes_at_least (${e.yes_at_least})`,
      );
    if (e.actor === undefined) return;
    checkActorRef(e.actor, [...at, 'actor']);
    const actor = raw.actors.find((a) => a.id === e.actor);
    if (!actor) return;
    const stances = e.stance === undefined ? [] : [e.stance].flat();
    if (stances.includes('veto') && actor.seat !== 'permanent')
      report(
        [...at, 'stance'],
        'inconsistent',
        `only a permanent member can veto; '${actor.id}' is not one (its stances: support, abstain, reject)`,
      );
    if (e.ground !== undefined && !actor.ground)
      report(
        [...at, 'ground'],
        'inconsistent',
        `'${actor.id}' is not a party on the ground (ground: true), so it has no stance on the ground`,
        'key',
      );
  });
}
