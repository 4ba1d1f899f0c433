// The file's `expectations` as the engine reads them (src/engine/expectations.ts): each entry's
// claims in one fixed order, stances as lists. Entries keep the author's order: it is the order a
// reader sees them in, and nothing in the engine depends on it.
import type { ActorId, DraftId } from '../engine/ids.ts';
import type { Expectation, ExpectationClaim, ExpectationDraft } from '../engine/scenario.ts';
import type { RawExpectation } from './expectations-schema.ts';

const BUILT_IN = new Set<string>(['opening', 'status_quo', 'landing_zone']);

export function canonicalExpectation(raw: RawExpectation): Expectation {
  const claims: ExpectationClaim[] = [];
  if (raw.adopted !== undefined) claims.push({ kind: 'adopted', value: raw.adopted });
  if (raw.yes_at_least !== undefined) claims.push({ kind: 'yesAtLeast', value: raw.yes_at_least });
  if (raw.yes_at_most !== undefined) claims.push({ kind: 'yesAtMost', value: raw.yes_at_most });
  if (raw.ground_consent !== undefined) claims.push({ kind: 'groundConsent', value: raw.ground_consent });
  if (raw.collapse_12m !== undefined)
    claims.push({ kind: 'collapse12m', low: raw.collapse_12m[0], high: raw.collapse_12m[1] });
  // The checker has made sure an actor claim names an actor.
  const actor = (raw.actor ?? '') as ActorId;
  if (raw.stance !== undefined) claims.push({ kind: 'stance', actor, stances: [raw.stance].flat() });
  if (raw.ground !== undefined) claims.push({ kind: 'ground', actor, stances: [raw.ground].flat() });
  if (raw.acceptance !== undefined)
    claims.push({ kind: 'acceptance', actor, low: raw.acceptance[0], high: raw.acceptance[1] });
  const draft = (BUILT_IN.has(raw.draft) ? raw.draft : (raw.draft as DraftId)) as ExpectationDraft;
  return { label: raw.label, draft, claims };
}

/** Back to the file's form (the YAML writer): the fields the author would have written. */
export function rawExpectation(e: Expectation): RawExpectation {
  const raw: RawExpectation = { label: e.label, draft: e.draft };
  for (const c of e.claims) {
    if (c.kind === 'adopted') raw.adopted = c.value;
    else if (c.kind === 'yesAtLeast') raw.yes_at_least = c.value;
    else if (c.kind === 'yesAtMost') raw.yes_at_most = c.value;
    else if (c.kind === 'groundConsent') raw.ground_consent = c.value;
    else if (c.kind === 'collapse12m') raw.collapse_12m = [c.low, c.high];
    else {
      raw.actor = c.actor;
      if (c.kind === 'stance') raw.stance = [...c.stances];
      else if (c.kind === 'ground') raw.ground = [...c.stances];
      else raw.acceptance = [c.low, c.high];
    }
  }
  return raw;
}
