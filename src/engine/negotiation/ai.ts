// AI actors: deterministic and honest about their numbers. On its turn an AI proposes the amendment
// (one to three clause changes) that best serves its objective without lowering its own acceptance;
// failing that it offers a trade in which both sides gain; failing that it passes. It answers offers
// by a concession curve over the rounds (its `style`). The pen holder's decision is in pen-holder.ts.
// Every action carries its reason, built from the engine's numbers.
import type { Assessment } from '../assess.ts';
import type { ActorId } from '../ids.ts';
import { type DraftIndex, draftIndex, type Model } from '../model.ts';
import { assessWith, compareObjectives, objective } from './objective.ts';
import { penHolderWouldAdopt } from './pen-holder.ts';
import { describeChange, shiftArray, withChanges } from './state.ts';
import { type Action, type Change, type Difficulty, type GameState, MAX_CHANGES } from './types.ts';

/** Smallest own gain (acceptance points) an AI asks of a trade at the start; it falls over the rounds. */
const OPENING_DEMAND: Readonly<Record<Difficulty, number>> = { easy: 0.5, normal: 2, hard: 4 };
/** An AI proposes an amendment only if it gains at least this much itself (acceptance points). */
const MIN_OWN_GAIN = 0.1;
/** Clauses an AI considers changing two at a time: the ones it cares most about. */
const PAIR_CLAUSES = 6;

const fmt = (x: number) => x.toFixed(1);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

interface Context {
  readonly model: Model;
  readonly state: GameState;
  readonly shift: Float64Array;
  readonly current: DraftIndex;
  readonly base: Assessment;
}

function context(model: Model, state: GameState): Context {
  const shift = shiftArray(model, state.shifts);
  const current = draftIndex(model, state.text);
  return { model, state, shift, current, base: assessWith(model, current, shift) };
}

/** The least gain an actor demands of a trade now: high early for a Boulware, falling fast for a Conceder. */
export function demand(state: GameState, style: number): number {
  const progress = Math.min(1, (state.round - 1) / Math.max(1, state.setup.rounds - 1));
  return OPENING_DEMAND[state.setup.difficulty] * (1 - progress ** (1 / style));
}

function changesOf(model: Model, from: DraftIndex, to: DraftIndex): Change[] {
  const out: Change[] = [];
  model.issues.forEach((issue, k) => {
    if (from[k] !== to[k]) out.push({ issue: issue.id, option: issue.options[to[k] ?? 0]!.id });
  });
  return out;
}

function voteLine(a: Assessment): string {
  return `${a.vote.yes.length} yes${a.vote.adopted ? '' : ', not adoptable'}; ${a.groundConsent.holds ? 'ground consent holds' : 'no ground consent'}`;
}

/** Best amendment for `actor` by local search over one- and two-clause changes, then one more. */
export function bestAmendment(
  c: Context,
  actor: number,
): { draft: DraftIndex; assessment: Assessment } | null {
  const { model, shift } = c;
  const me = c.base.actors[actor]!.evaluation.acceptance;
  let best = { draft: c.current, assessment: c.base, score: objective(model, c.base, actor) };
  // Only what the pen holder would take: an amendment it would leave out changes nothing.
  const consider = (draft: DraftIndex) => {
    const assessment = assessWith(model, draft, shift);
    if (assessment.actors[actor]!.evaluation.acceptance < me + MIN_OWN_GAIN) return;
    const score = objective(model, assessment, actor);
    if (compareObjectives(score, best.score) > 0 && penHolderWouldAdopt(model, c.base, assessment))
      best = { draft, assessment, score };
  };
  const singles = (from: DraftIndex) => {
    model.issues.forEach((issue, k) => {
      issue.options.forEach((_, o) => {
        if (o === from[k]) return;
        const d = from.slice();
        d[k] = o;
        consider(d);
      });
    });
  };
  singles(c.current);
  const weights = model.actors[actor]!.prefs.weights;
  const top = [...weights.keys()]
    .filter((k) => (weights[k] ?? 0) > 0)
    .sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b)
    .slice(0, PAIR_CLAUSES);
  for (let x = 0; x < top.length; x++) {
    for (let y = x + 1; y < top.length; y++) {
      const [k, l] = [top[x]!, top[y]!];
      model.issues[k]!.options.forEach((_, o) => {
        model.issues[l]!.options.forEach((_, p) => {
          if (o === c.current[k] || p === c.current[l]) return;
          const d = c.current.slice();
          d[k] = o;
          d[l] = p;
          consider(d);
        });
      });
    }
  }
  if (best.draft === c.current) return null;
  if (changesOf(model, c.current, best.draft).length < MAX_CHANGES) singles(best.draft);
  return { draft: best.draft, assessment: best.assessment };
}

function proposeReason(c: Context, actor: number, after: Assessment, name: string): string {
  const before = c.base.actors[actor]!.evaluation.acceptance;
  const now = after.actors[actor]!.evaluation.acceptance;
  return `Reason: it takes ${name} from ${fmt(before)} to ${fmt(now)} (${signed(now - before)}); with it: ${voteLine(after)} (now: ${voteLine(c.base)}).`;
}

/** A trade with one partner in which both gain: screened on utility, confirmed on acceptance. */
function bestTrade(
  c: Context,
  actor: number,
): { to: number; give: Change; ask: Change; after: Assessment } | null {
  const { model } = c;
  const me = model.actors[actor]!.prefs;
  const minimum = demand(c.state, model.actors[actor]!.actor.style);
  const moves: Array<{ k: number; o: number }> = [];
  model.issues.forEach((issue, k) => {
    issue.options.forEach((_, o) => {
      if (o !== c.current[k]) moves.push({ k, o });
    });
  });
  const delta = (prefs: typeof me, m: { k: number; o: number }) =>
    (prefs.weights[m.k] ?? 0) *
    ((prefs.values[m.k]?.[m.o] ?? 0) - (prefs.values[m.k]?.[c.current[m.k] ?? 0] ?? 0));
  let best: { to: number; give: Change; ask: Change; after: Assessment; value: number } | null = null;
  const self = model.actors[actor]!.actor;
  const offeredBefore = new Set(
    c.state.offers.filter((o) => o.from === self.id).map((o) => JSON.stringify([o.to, o.give, o.ask])),
  );
  for (const partner of model.actors) {
    if (partner.index === actor) continue;
    // Armed groups are dealt with through the guarantors of the truce, not directly by every state.
    const armed = partner.actor.kind === 'armed_group' || self.kind === 'armed_group';
    if (armed && !partner.actor.guarantor && !self.guarantor) continue;
    const shortlist: Array<{ give: (typeof moves)[number]; ask: (typeof moves)[number]; value: number }> = [];
    for (const give of moves) {
      const partnerGain = delta(partner.prefs, give);
      // A real exchange: each side gives up something it values to get something it values more.
      if (partnerGain <= 0 || delta(me, give) >= 0) continue;
      for (const ask of moves) {
        if (ask.k === give.k || delta(partner.prefs, ask) >= 0) continue;
        const mine = delta(me, ask) + delta(me, give);
        const theirs = partnerGain + delta(partner.prefs, ask);
        if (mine > 0 && theirs > 0) shortlist.push({ give, ask, value: Math.min(mine, theirs) });
      }
    }
    shortlist.sort((a, b) => b.value - a.value);
    for (const candidate of shortlist.slice(0, 3)) {
      const d = c.current.slice();
      d[candidate.give.k] = candidate.give.o;
      d[candidate.ask.k] = candidate.ask.o;
      const after = assessWith(model, d, c.shift);
      const mineGain =
        after.actors[actor]!.evaluation.acceptance - c.base.actors[actor]!.evaluation.acceptance;
      const theirGain =
        after.actors[partner.index]!.evaluation.acceptance -
        c.base.actors[partner.index]!.evaluation.acceptance;
      const value = Math.min(mineGain, theirGain);
      if (
        mineGain <= 0 ||
        mineGain < minimum ||
        theirGain <= 0 ||
        compareObjectives(objective(model, after, actor), objective(model, c.base, actor)) < 0 ||
        !penHolderWouldAdopt(model, c.base, after)
      )
        continue;
      const issueOf = (m: { k: number; o: number }): Change => ({
        issue: model.issues[m.k]!.id,
        option: model.issues[m.k]!.options[m.o]!.id,
      });
      const key = JSON.stringify([[partner.actor.id], [issueOf(candidate.give)], [issueOf(candidate.ask)]]);
      if (offeredBefore.has(key)) continue;
      if (!best || value > best.value + 1e-9) {
        best = {
          to: partner.index,
          give: issueOf(candidate.give),
          ask: issueOf(candidate.ask),
          after,
          value,
        };
      }
    }
  }
  return best;
}

/** The main action of an AI actor whose turn it is. */
export function aiTurn(model: Model, state: GameState, seat: ActorId): Action {
  const c = context(model, state);
  const actor = model.actorIndex.get(seat)!;
  const name = model.actors[actor]!.actor.short;
  const amendment = bestAmendment(c, actor);
  if (amendment) {
    const changes = changesOf(model, c.current, amendment.draft);
    const duplicate = state.amendments.some(
      (a) =>
        a.round === state.round &&
        a.status === 'pending' &&
        JSON.stringify(a.changes) === JSON.stringify(changes),
    );
    if (!duplicate)
      return { type: 'propose', seat, changes, reason: proposeReason(c, actor, amendment.assessment, name) };
  }
  const trade = bestTrade(c, actor);
  if (trade) {
    const partner = model.actors[trade.to]!;
    const wantsVote = c.base.actors[trade.to]!.vote !== null && c.base.actors[trade.to]!.vote !== 'yes';
    const gain = (i: number) =>
      trade.after.actors[i]!.evaluation.acceptance - c.base.actors[i]!.evaluation.acceptance;
    return {
      type: 'offer',
      seat,
      to: [partner.actor.id],
      give: [trade.give],
      ask: [trade.ask],
      voteYes: wantsVote,
      reason: `Reason: a logroll — ${describeChange(model, state.text, trade.give)} is worth ${signed(gain(trade.to))} to ${partner.actor.short}, ${describeChange(model, state.text, trade.ask)} with it ${signed(gain(actor))} to ${name}.`,
    };
  }
  return {
    type: 'pass',
    seat,
    reason: `Reason: no change ${name} could propose would improve its position without costing it.`,
  };
}

/** An AI's answer to an offer made to it. */
export function aiResponse(model: Model, state: GameState, seat: ActorId, offerId: number): Action {
  const offer = state.offers.find((o) => o.id === offerId)!;
  const c = context(model, state);
  const actor = model.actorIndex.get(seat)!;
  const me = model.actors[actor]!;
  const after = assessWith(
    model,
    draftIndex(model, withChanges(state.text, [...offer.give, ...offer.ask])),
    c.shift,
  );
  const before = c.base.actors[actor]!.evaluation.acceptance;
  const now = after.actors[actor]!.evaluation;
  const need = demand(state, me.actor.style);
  const t = model.scenario.procedure.thresholds;
  let refusal: string | null = null;
  if (now.absoluteRedLine)
    refusal = `it would cross ${me.actor.short}'s red line: ${now.redLines.find((r) => r.severity === 'absolute')?.text ?? ''}`;
  else if (now.acceptance - before <= 0 || now.acceptance - before < need)
    refusal = `${signed(now.acceptance - before)} for ${me.actor.short} is less than the ${fmt(need)} it needs at this stage`;
  else if (offer.voteYes && c.base.actors[actor]!.vote !== null && now.acceptance < t.abstain)
    refusal = `it cannot promise a yes vote for a text it scores ${fmt(now.acceptance)}`;
  const reason = refusal
    ? `Reason: ${refusal}.`
    : `Reason: ${signed(now.acceptance - before)} for ${me.actor.short} (it needs ${fmt(need)} at this stage).`;
  return { type: 'respond', seat, offer: offerId, accept: refusal === null, reason };
}
