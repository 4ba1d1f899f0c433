// Between rounds: open offers lapse, a scenario event may fire (seeded), every actor's acceptance is
// recorded; after the last round the Council votes, the parties on the ground declare, the ceasefire
// runs its horizon and the seats are scored (scores.ts).
import { assess } from '../assess.ts';
import type { ActorId, EventId } from '../ids.ts';
import { landingZone } from '../landing.ts';
import { draftFromIndex, draftIndex, type Model } from '../model.ts';
import { ceasefireOutlook } from '../montecarlo.ts';
import { own } from '../own.ts';
import { uniform } from '../rng.ts';
import { scoreSeats } from './scores.ts';
import { acceptanceOf, shiftArray } from './state.ts';
import type { GameResult, GameState, LogEntry } from './types.ts';

/** Channels of the counter-based random function used by the game (the ceasefire uses 0 and up). */
const EVENT_CHANNEL_BASE = 1_000_000;
/** Monte Carlo runs for the ceasefire horizon at the end of a game. */
export const FINAL_RUNS = 4000;

export { SCORE_WEIGHTS } from './scores.ts';

/** A scenario event's utility shifts added to `shifts`, and the words for the log (no period). */
export function eventShift(
  model: Model,
  shifts: Readonly<Record<ActorId, number>>,
  e: number,
): { shifts: Record<ActorId, number>; text: string } {
  const event = model.scenario.ceasefire.events[e]!;
  const next: Record<ActorId, number> = { ...shifts };
  const moved: string[] = [];
  for (const [actor, delta] of Object.entries(event.effects.utility)) {
    next[actor as ActorId] = (own(next, actor as ActorId) ?? 0) + delta;
    moved.push(`${actor} ${delta > 0 ? '+' : ''}${delta}`);
  }
  return { shifts: next, text: `${event.text}${moved.length ? ` (utility ${moved.join(', ')})` : ''}` };
}

function fireEvents(
  model: Model,
  state: GameState,
): { shifts: Record<ActorId, number>; entries: { event: EventId; text: string }[] } {
  let shifts: Record<ActorId, number> = { ...state.shifts };
  const entries: { event: EventId; text: string }[] = [];
  model.scenario.ceasefire.events.forEach((event, e) => {
    if (uniform(state.setup.seed, state.round, 0, EVENT_CHANNEL_BASE + e) >= event.chance) return;
    const fired = eventShift(model, shifts, e);
    shifts = fired.shifts;
    entries.push({ event: event.id, text: `Event: ${fired.text}` });
  });
  return { shifts, entries };
}

export function finish(model: Model, state: GameState): GameResult {
  const index = draftIndex(model, state.text);
  const utilityShift = shiftArray(model, state.shifts);
  // A Council member who traded for a yes vote keeps its word if the final text contains the trade.
  const members = new Set<ActorId>(model.scenario.procedure.members);
  const honoured = [
    ...new Set(
      state.commitments
        .filter((c) => members.has(c.by) && c.changes.every((ch) => own(state.text, ch.issue) === ch.option))
        .map((c) => c.by),
    ),
  ];
  const final = assess(model, index, { utilityShift, forceYes: new Set(honoured) });
  const a = final;
  const vote = final.vote;
  const ceasefire = ceasefireOutlook(model, final, {
    runs: FINAL_RUNS,
    seed: state.setup.seed,
    months: model.scenario.ceasefire.horizonMonths,
  });
  const survival12 = 1 - (ceasefire.collapse[Math.min(11, ceasefire.collapse.length - 1)]?.probability ?? 0);
  const scores = scoreSeats(model, {
    opening: model.opening,
    final: index,
    shift: utilityShift,
    adopted: vote.adopted,
    acceptance: a.actors.map((x) => x.evaluation.acceptance),
    survival12,
  });
  return {
    text: state.text,
    vote,
    commitmentsHonoured: honoured,
    groundConsent: a.groundConsent,
    ground: Object.fromEntries(
      a.actors.filter((x) => x.ground !== null).map((x) => [x.evaluation.actor, x.ground ?? '']),
    ),
    ceasefire,
    scores,
    landingZone: draftFromIndex(model, landingZone(model).draft),
  };
}

export function endRound(model: Model, state: GameState): GameState {
  const offers = state.offers.map((o) => (o.status === 'open' ? { ...o, status: 'expired' as const } : o));
  const { shifts, entries } =
    state.round < state.setup.rounds ? fireEvents(model, state) : { shifts: state.shifts, entries: [] };
  const log: LogEntry[] = [...state.log];
  for (const { event, text } of entries)
    log.push({ step: state.actions.length + 1, round: state.round, kind: 'event', actor: null, text, event });
  const base: GameState = { ...state, offers, shifts, log };
  if (state.round >= state.setup.rounds) return vote(model, base);
  log.push({
    step: state.actions.length + 1,
    round: state.round + 1,
    kind: 'round-start',
    actor: null,
    text: `Round ${state.round + 1} of ${state.setup.rounds}.`,
  });
  const trajectory = [...state.trajectory, acceptanceOf(model, state.text, shifts)];
  return { ...base, trajectory, round: state.round + 1, turn: 0, phase: 'negotiating' };
}

/**
 * The Council votes on the text on the table, now: after the last round, or when the chair calls the
 * vote early. Open offers lapse; the trajectory gets the text's acceptance as it goes to the vote.
 */
export function vote(model: Model, state: GameState): GameState {
  const offers = state.offers.map((o) => (o.status === 'open' ? { ...o, status: 'expired' as const } : o));
  const trajectory = [...state.trajectory, acceptanceOf(model, state.text, state.shifts)];
  const base: GameState = { ...state, offers, trajectory };
  const result = finish(model, base);
  const names = (ids: readonly ActorId[]) =>
    ids.map((id) => model.scenario.actors.find((a) => a.id === id)?.short ?? id).join(', ');
  const v = result.vote;
  const log: LogEntry[] = [...state.log];
  const add = (text: string) =>
    log.push({ step: state.actions.length + 1, round: state.round, kind: 'vote', actor: null, text });
  add(
    `The Council votes: ${v.yes.length} in favour, ${v.no.length} against, ${v.abstain.length} abstaining — ${v.adopted ? 'adopted' : 'not adopted'}${v.vetoes.length ? ` (vetoed by ${names(v.vetoes)})` : ''}.`,
  );
  add(
    result.groundConsent.holds
      ? 'On the ground, every party goes along.'
      : `On the ground, ${names(result.groundConsent.blockers)} will not go along.`,
  );
  return { ...base, log, phase: 'finished', result };
}
