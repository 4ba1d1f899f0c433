// What the scenario studio shows beside the text while an author writes: each actor's acceptance of
// the opening draft with its stance, the tally (margin to nine, vetoes) and consent on the ground —
// names, never ids, in the order people read actors — and the file's expectations, checked. Computed
// in the studio's worker from the parsed scenario; plain data, so it crosses to the page as a
// structured clone.
import { assess } from '../engine/assess.ts';
import { actorsInDisplayOrder } from '../engine/display-order.ts';
import { actualWords, claimWords, draftWords } from '../engine/expectation-words.ts';
import { checkExpectations } from '../engine/expectations.ts';
import { compile, type Model } from '../engine/model.ts';
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

/** One of the file's expectations (its `expectations:` section), checked as `draftroom check` does. */
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

/**
 * The file's expectations checked as `draftroom check` and the lab check them (the same engine
 * function, its fixed seed and runs): null when the file states none.
 */
export function expectationChecks(model: Model): readonly ExpectationCheck[] | null {
  const scenario = model.scenario;
  if (!scenario.expectations?.length) return null;
  return checkExpectations(model).results.map((r) => ({
    text: `${r.label} (${draftWords(scenario, r.draft)})`,
    met: r.held,
    actual: r.claims
      .filter((c) => !c.held)
      .map((c) => `${claimWords(scenario, c.claim)} was asked, found ${actualWords(c)}`)
      .join('; '),
  }));
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
    expectations: expectationChecks(model),
  };
}
