// What an AI actor wants from a text, in order (DESIGN.md §4): first no absolute red line of its own,
// then a text that can be adopted, then its own acceptance blended with a Nash term over the actors
// the outcome needs (pivotal voters and parties on the ground). Consent on the ground is wanted
// through that Nash term, not above the actor's own interests: a pen holder does not hand a party on
// the ground a veto over its core clauses. (Counting consenting parties breaks remaining ties.)
import { type Assessment, assess } from '../assess.ts';
import type { ActorId } from '../ids.ts';
import type { DraftIndex, Model } from '../model.ts';

/** How much of the last tier is the Nash term over the needed actors (the rest is own acceptance). */
export const NASH_SHARE = 0.3;
/** Acceptance points above "as good as no deal" below which the Nash term treats an actor as lost. */
const NASH_FLOOR = 0.5;

export type Objective = readonly [number, number, number, number]; // red line, adoption, blend, consent

export function objective(model: Model, a: Assessment, actor: number): Objective {
  const me = a.actors[actor]!;
  const margin = Math.min(a.vote.marginToNine, 2);
  const adoption = (a.vote.adopted ? 3 : 0) + margin;
  const consenting = a.actors.filter((x) => x.ground === 'endorse' || x.ground === 'acquiesce').length;
  const needed = new Set<ActorId>([...a.vote.pivotal, ...a.groundConsent.blockers]);
  for (const c of model.actors) if (c.actor.ground) needed.add(c.actor.id);
  needed.delete(me.evaluation.actor);
  let nash = 0;
  let count = 0;
  for (const x of a.actors) {
    if (!needed.has(x.evaluation.actor)) continue;
    nash += Math.log(Math.max(NASH_FLOOR, x.evaluation.acceptance - 50 + 1));
    count++;
  }
  const own = me.evaluation.acceptance;
  const blended = count === 0 ? own : (1 - NASH_SHARE) * own + NASH_SHARE * (nash / count) * 10;
  return [me.evaluation.absoluteRedLine ? 0 : 1, adoption, blended, consenting];
}

/** Lexicographic comparison; differences below 1e-9 in the blended tier count as ties. */
export function compareObjectives(a: Objective, b: Objective): number {
  for (let i = 0; i < 2; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  const d = (a[2] ?? 0) - (b[2] ?? 0);
  if (Math.abs(d) >= 1e-9) return d;
  return (a[3] ?? 0) - (b[3] ?? 0);
}

/** Assesses a text under the events' utility shifts (none: the cached no-resolution decision applies). */
export function assessWith(model: Model, draft: DraftIndex, shift: Float64Array): Assessment {
  return shift.some((x) => x !== 0) ? assess(model, draft, { utilityShift: shift }) : assess(model, draft);
}
