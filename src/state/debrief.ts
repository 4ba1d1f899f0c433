// The debrief of a finished game as plain data: scores per seat, acceptance by round, the final text
// clause by clause beside the landing zone, the timeline by round, the vote and the ceasefire, and a
// stamp that lets anyone reproduce the game (the save file rides along). Pure and deterministic: the
// date is an input, numbers are rounded once here, and records are written in a fixed key order, so
// the same game always gives the same exports, byte for byte.

import { clausesInParagraphOrder } from '../engine/display-order.ts';
import type { ActorId, IssueId } from '../engine/ids.ts';
import type { Model } from '../engine/model.ts';
import { makeSave, scenarioHash } from '../engine/negotiation/save.ts';
import { SCORE_WEIGHTS, scoreSentence } from '../engine/negotiation/scores.ts';
import type { GameState } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import { resolutionText } from '../engine/resolution.ts';
import type { Draft, Scenario } from '../engine/scenario.ts';
import { ENGINE_VERSION } from '../engine/version.ts';

import {
  type ClauseText,
  DEBRIEF_FORMAT,
  DEBRIEF_VERSION,
  type DebriefClause,
  type DebriefData,
  type DebriefRound,
  type DebriefSeat,
} from './debrief-types.ts';
import { actorShort } from './names.ts';

export type * from './debrief-types.ts';
export { DEBRIEF_FORMAT, DEBRIEF_VERSION };

/** One decimal: what a reader can tell apart, and free of floating-point noise. */
export const round1 = (x: number): number => Math.round(x * 10) / 10 + 0;

const percent = (p: number): number => round1(100 * p);
const byId = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Names joined for a sentence: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function clauseTexts(scenario: Scenario, draft: Draft): Map<IssueId, ClauseText> {
  const resolution = resolutionText(scenario, draft);
  const numbered = new Map(resolution.operative.map((p) => [p.issue, p]));
  // A negotiable preambular paragraph has text but no number.
  const preambular = new Map(resolution.preambleClauses.map((p) => [p.issue, p.text]));
  return new Map(
    scenario.issues.map((issue) => {
      const option = issue.options.find((o) => o.id === own(draft, issue.id)) ?? issue.options[0]!;
      const p = numbered.get(issue.id);
      return [
        issue.id,
        {
          option: option.id,
          label: option.label,
          paragraph: p?.number ?? null,
          text: p?.text ?? preambular.get(issue.id) ?? '',
        },
      ];
    }),
  );
}

function clauses(scenario: Scenario, game: GameState, final: Draft, landing: Draft): DebriefClause[] {
  const finalTexts = clauseTexts(scenario, final);
  const landingTexts = clauseTexts(scenario, landing);
  // Adopted amendments enter the text in id order (the reducer applies them so): the last one that
  // touched a clause wrote what stands.
  const setBy = new Map<IssueId, NonNullable<DebriefClause['setBy']>>();
  for (const a of game.amendments.filter((x) => x.status === 'adopted'))
    for (const c of a.changes)
      setBy.set(c.issue, { amendment: a.id, round: a.round, by: a.by, with: [...a.with] });
  return clausesInParagraphOrder(scenario).map((issue) => ({
    issue: issue.id,
    title: issue.title,
    final: finalTexts.get(issue.id)!,
    landing: landingTexts.get(issue.id)!,
    differs: own(final, issue.id) !== own(landing, issue.id),
    fromOpening: own(final, issue.id) === own(scenario.openingDraft, issue.id),
    setBy: setBy.get(issue.id) ?? null,
  }));
}

function timeline(game: GameState): DebriefRound[] {
  const rounds: DebriefRound[] = [];
  for (let r = 1; r <= game.setup.rounds; r++) {
    const offers = game.offers.filter((o) => o.round === r);
    const amendments = game.amendments.filter((a) => a.round === r);
    rounds.push({
      round: r,
      title: `Round ${r} of ${game.setup.rounds}`,
      amendments: {
        proposed: amendments.length,
        adopted: amendments.filter((a) => a.status === 'adopted').length,
      },
      trades: { offered: offers.length, accepted: offers.filter((o) => o.status === 'accepted').length },
      // The round headings say what the round-start lines say.
      entries: game.log
        .filter((e) => e.round === r && e.kind !== 'round-start' && e.kind !== 'vote')
        .map((e) => ({ step: e.step, kind: e.kind, actor: e.actor, text: e.text })),
    });
  }
  rounds.push({
    round: null,
    title: 'The vote',
    amendments: { proposed: 0, adopted: 0 },
    trades: { offered: 0, accepted: 0 },
    entries: game.log
      .filter((e) => e.kind === 'vote')
      .map((e) => ({ step: e.step, kind: e.kind, actor: e.actor, text: e.text })),
  });
  return rounds;
}

export interface DebriefOptions {
  /** The day of the debrief, YYYY-MM-DD; the caller reads the clock, this module never does. */
  readonly date: string;
}

export function buildDebrief(model: Model, game: GameState, options: DebriefOptions): DebriefData {
  const result = game.result;
  if (game.phase !== 'finished' || !result) throw new Error('the debrief needs a finished game');
  const scenario = model.scenario;
  const short = (id: string) => actorShort(scenario, id);
  const v = result.vote;
  const members = new Set<string>(scenario.procedure.members);
  const permanent = new Set<string>(scenario.procedure.forum === 'unsc' ? scenario.procedure.permanent : []);
  const voteOf = (id: ActorId) =>
    v.yes.includes(id) ? 'yes' : v.no.includes(id) ? 'no' : v.abstain.includes(id) ? 'abstain' : null;

  const unranked = result.scores.map((s) => {
    const actor = scenario.actors.find((a) => a.id === s.actor)!;
    const proposed = game.amendments.filter((a) => a.by === s.actor);
    return {
      rank: 0,
      actor: s.actor,
      name: actor.name,
      short: actor.short,
      player: own(game.setup.seats, s.actor) ?? 'ai',
      council: permanent.has(s.actor) ? 'permanent' : members.has(s.actor) ? 'elected' : 'none',
      vote: voteOf(s.actor),
      ground: own(result.ground, s.actor) ?? null,
      acceptance: round1(s.acceptance),
      opening: round1(s.opening),
      best: round1(s.best),
      gain: round1(s.gain),
      adoption: round1(s.adoption),
      survival: round1(s.survival),
      total: round1(s.total),
      why: scoreSentence(model, s, v.adopted),
      amendmentsProposed: proposed.length,
      amendmentsAdopted: proposed.filter((a) => a.status === 'adopted').length,
    } satisfies DebriefSeat;
  });
  unranked.sort((a, b) => b.total - a.total || (a.actor < b.actor ? -1 : 1));
  // Equal (rounded) totals share a rank: 1, 2, 2, 4.
  const seats = unranked.map((s) => ({
    ...s,
    rank: unranked.findIndex((t) => t.total === s.total) + 1,
  }));

  const outlook = result.ceasefire;
  const at12 = outlook.collapse[Math.min(11, outlook.collapse.length - 1)];
  const atHorizon = outlook.collapse.at(-1);
  const clauseList = clauses(scenario, game, result.text, result.landingZone);
  const landingSame = clauseList.filter((c) => !c.differs).length;
  const collapse12 = percent(at12?.probability ?? 0);
  const names = (ids: readonly ActorId[]) => listNames(ids.map(short));
  const summary = [
    `${v.adopted ? 'Adopted' : 'Not adopted'}: ${v.yes.length} in favour, ${v.no.length} against, ${v.abstain.length} abstaining${v.vetoes.length ? ` (vetoed by ${names(v.vetoes)})` : ''}.`,
    result.groundConsent.holds
      ? 'On the ground, every party goes along.'
      : `On the ground, ${names(result.groundConsent.blockers)} will not go along.`,
    `Risk the ceasefire collapses within ${at12?.month ?? 12} months: ${collapse12}%.`,
  ].join(' ');

  const human = Object.values(game.setup.seats).filter((k) => k === 'human').length;
  const save = makeSave(model, game);
  return {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_VERSION,
    stamp: {
      engine: ENGINE_VERSION,
      scenario: { id: scenario.id, title: scenario.title, hash: scenarioHash(model), asOf: scenario.asOf },
      seed: game.setup.seed,
      rounds: game.setup.rounds,
      difficulty: game.setup.difficulty,
      humanSeats: human,
      aiSeats: scenario.actors.length - human,
      moves: game.actions.length,
      date: options.date,
    },
    headline: {
      adopted: v.adopted,
      yes: [...v.yes],
      no: [...v.no],
      abstain: [...v.abstain],
      vetoes: [...v.vetoes],
      pivotal: [...v.pivotal],
      needed: v.yes.length - v.marginToNine,
      groundHolds: result.groundConsent.holds,
      groundBlockers: [...result.groundConsent.blockers],
      commitmentsHonoured: [...result.commitmentsHonoured],
      ceasefire: {
        method: outlook.method,
        runs: outlook.runs,
        collapse12,
        collapse12Ci95: [percent(at12?.ci95[0] ?? 0), percent(at12?.ci95[1] ?? 0)],
        horizonMonths: atHorizon?.month ?? 0,
        collapseAtHorizon: percent(atHorizon?.probability ?? 0),
        medianMonth: outlook.medianMonth,
        collapseByMonth: outlook.collapse.map((p) => percent(p.probability)),
      },
      landingSame,
      clauses: clauseList.length,
      summary,
    },
    weights: { ...SCORE_WEIGHTS },
    seats,
    trajectory: {
      labels: game.trajectory.map((_, i) => (i === 0 ? 'Start' : `Round ${i}`)),
      series: scenario.actors.map((a) => ({
        actor: a.id,
        short: a.short,
        player: own(game.setup.seats, a.id) ?? 'ai',
        values: game.trajectory.map((point) => round1(own(point, a.id) ?? 0)),
      })),
    },
    // The final text's preamble: the fixed paragraphs and the negotiable ones as adopted.
    preamble: [...resolutionText(scenario, result.text).preamble],
    clauses: clauseList,
    timeline: timeline(game),
    // Seats in id order, so the same game gives the same bytes however its set-up was typed.
    save: { ...save, setup: { ...save.setup, seats: byId(save.setup.seats) } },
  };
}
