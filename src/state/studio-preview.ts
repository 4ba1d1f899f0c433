// What the scenario studio shows beside the text while an author writes: each actor's acceptance of
// the opening draft with its stance, the tally (margin to nine, vetoes) and consent on the ground —
// names, never ids, in the order people read actors. Computed in the studio's worker from the parsed
// scenario; plain data, so it crosses to the page as a structured clone.
import { assess } from '../engine/assess.ts';
import { actorsInDisplayOrder } from '../engine/display-order.ts';
import { compile } from '../engine/model.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { CouncilStance, GroundStance } from '../engine/stance.ts';

export interface PreviewActor {
  readonly name: string;
  /** 0–100, the engine's acceptance of the opening draft. */
  readonly acceptance: number;
  readonly stance: CouncilStance;
  /** Whether it votes (a member of the deciding body). */
  readonly votes: boolean;
  /** A party on the ground's stance; null for everyone else. */
  readonly ground: GroundStance | null;
}

/**
 * One expectation an author wrote about the opening draft, checked. The `expectations:` section is
 * being added to the format separately; until the parsed scenario carries it, `checkExpectations`
 * returns null and the panel says the file has none. This is the hook: fill it there.
 */
export interface ExpectationCheck {
  readonly text: string;
  readonly met: boolean;
  /** What the engine says instead, in words, when not met. */
  readonly actual: string;
}

export interface StudioPreview {
  readonly title: string;
  readonly forum: Scenario['procedure']['forum'];
  readonly actors: readonly PreviewActor[];
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  /** Votes needed to adopt (nine in the Security Council). */
  readonly needed: number;
  readonly adopted: boolean;
  /** Yes votes minus the votes needed (negative: short). */
  readonly margin: number;
  /** Names of the permanent members that veto. */
  readonly vetoes: readonly string[];
  readonly consent: boolean;
  /** Names of the parties on the ground that do not at least acquiesce. */
  readonly blockers: readonly string[];
  readonly expectations: readonly ExpectationCheck[] | null;
}

/** The hook for the `expectations:` section (see ExpectationCheck): none in this format version yet. */
export function checkExpectations(_scenario: Scenario): readonly ExpectationCheck[] | null {
  return null;
}

export function previewOf(scenario: Scenario): StudioPreview {
  const model = compile(scenario);
  const result = assess(model, model.opening);
  const byId = new Map(model.actors.map((a, i) => [a.actor.id as string, result.actors[i]!]));
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const actors = actorsInDisplayOrder(scenario).map((actor): PreviewActor => {
    const a = byId.get(actor.id)!;
    return {
      name: actor.name,
      acceptance: a.evaluation.acceptance,
      stance: a.stance,
      votes: a.vote !== null,
      ground: a.ground,
    };
  });
  const vote = result.vote;
  const needed = vote.yes.length - vote.marginToNine;
  return {
    title: scenario.title,
    forum: scenario.procedure.forum,
    actors,
    yes: vote.yes.length,
    no: vote.no.length,
    abstain: vote.abstain.length,
    needed,
    adopted: vote.adopted,
    margin: vote.marginToNine,
    vetoes: vote.vetoes.map(name),
    consent: result.groundConsent.holds,
    blockers: result.groundConsent.blockers.map(name),
    expectations: checkExpectations(scenario),
  };
}
