// applyAction: the game's only way forward. It returns the next state or a typed error, and never
// throws for bad input (actions may come from a save file or, later, over the network). A refused
// action leaves the state untouched.
import type { ActorId, IssueId } from '../ids.ts';
import type { Model } from '../model.ts';
import { own } from '../own.ts';
import { err, ok, type Result } from '../result.ts';
import { endRound } from './round.ts';
import { describeChange, withChanges } from './state.ts';
import {
  type Action,
  type Amendment,
  type Change,
  type GameError,
  type GameErrorCode,
  type GameState,
  type LogEntry,
  MAX_CHANGES,
  type Offer,
} from './types.ts';

const fail = (code: GameErrorCode, message: string): Result<never, GameError> => err({ code, message });
const isObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

function readChanges(
  model: Model,
  raw: unknown,
  field: string,
  allowEmpty: boolean,
): Result<Change[], GameError> {
  if (!Array.isArray(raw)) return fail('bad-action', `'${field}' must be a list of clause changes`);
  if (raw.length === 0 && !allowEmpty) return fail('no-change', `'${field}' changes no clause`);
  if (raw.length > MAX_CHANGES)
    return fail('too-many-changes', `at most ${MAX_CHANGES} clause changes at once (got ${raw.length})`);
  const seen = new Set<string>();
  const out: Change[] = [];
  for (const c of raw) {
    if (!isObject(c) || typeof c.issue !== 'string' || typeof c.option !== 'string') {
      return fail('bad-action', `each change in '${field}' needs an issue and an option`);
    }
    const k = model.issueIndex.get(c.issue as IssueId);
    if (k === undefined) return fail('unknown-clause', `there is no clause '${c.issue}'`);
    const issue = model.issues[k]!;
    if (!issue.options.some((o) => o.id === c.option)) {
      return fail(
        'unknown-option',
        `'${c.option}' is not an option of clause '${c.issue}' (options: ${issue.options.map((o) => o.id).join(', ')})`,
      );
    }
    if (seen.has(c.issue)) return fail('same-clause-twice', `clause '${c.issue}' is changed twice`);
    seen.add(c.issue);
    out.push({ issue: issue.id, option: issue.options.find((o) => o.id === c.option)!.id });
  }
  return ok(out);
}

/** Checks the shape of untrusted input; the reducer below then checks the rules of the game. */
export function readAction(model: Model, raw: unknown): Result<Action, GameError> {
  if (!isObject(raw) || typeof raw.type !== 'string')
    return fail('bad-action', 'an action is a map with a type');
  if (typeof raw.seat !== 'string' || !model.actorIndex.has(raw.seat as ActorId)) {
    return fail('unknown-actor', `'${String(raw.seat)}' is not an actor of this scenario`);
  }
  const seat = raw.seat as ActorId;
  const reason = typeof raw.reason === 'string' ? { reason: raw.reason } : {};
  const offerId = () =>
    Number.isInteger(raw.offer)
      ? ok(raw.offer as number)
      : fail('bad-action', 'an offer is named by its number');
  switch (raw.type) {
    case 'pass':
      return ok({ type: 'pass', seat, ...reason });
    case 'propose': {
      const changes = readChanges(model, raw.changes, 'changes', false);
      return changes.ok ? ok({ type: 'propose', seat, changes: changes.value, ...reason }) : changes;
    }
    case 'offer':
    case 'counter': {
      const give = readChanges(model, raw.give, 'give', true);
      if (!give.ok) return give;
      const ask = readChanges(model, raw.ask, 'ask', true);
      if (!ask.ok) return ask;
      if (give.value.length + ask.value.length === 0)
        return fail('no-change', 'a trade must change at least one clause');
      const clash = give.value.find((g) => ask.value.some((a) => a.issue === g.issue));
      if (clash) return fail('same-clause-twice', `clause '${clash.issue}' is on both sides of the trade`);
      const voteYes = raw.voteYes === true;
      if (raw.type === 'counter') {
        const id = offerId();
        return id.ok
          ? ok({
              type: 'counter',
              seat,
              offer: id.value,
              give: give.value,
              ask: ask.value,
              voteYes,
              ...reason,
            })
          : id;
      }
      const to = Array.isArray(raw.to) ? raw.to : [];
      if (to.length === 0) return fail('bad-action', 'a trade is offered to at least one actor');
      for (const t of to) {
        if (typeof t !== 'string' || !model.actorIndex.has(t as ActorId))
          return fail('unknown-actor', `'${String(t)}' is not an actor of this scenario`);
        if (t === seat) return fail('bad-action', 'you cannot offer a trade to yourself');
      }
      return ok({
        type: 'offer',
        seat,
        to: [...new Set(to as ActorId[])],
        give: give.value,
        ask: ask.value,
        voteYes,
        ...reason,
      });
    }
    case 'respond': {
      const id = offerId();
      if (!id.ok) return id;
      if (typeof raw.accept !== 'boolean') return fail('bad-action', 'a response says accept: true or false');
      return ok({ type: 'respond', seat, offer: id.value, accept: raw.accept, ...reason });
    }
    case 'withdraw': {
      const id = offerId();
      return id.ok ? ok({ type: 'withdraw', seat, offer: id.value }) : id;
    }
    case 'decide': {
      if (!Array.isArray(raw.adopt) || !raw.adopt.every((n) => Number.isInteger(n))) {
        return fail('bad-action', 'the pen holder lists the numbers of the amendments to adopt');
      }
      return ok({ type: 'decide', seat, adopt: [...new Set(raw.adopt as number[])], ...reason });
    }
    default:
      return fail('bad-action', `unknown action '${raw.type}'`);
  }
}

function logged(state: GameState, entry: Omit<LogEntry, 'step' | 'round'>): LogEntry[] {
  return [...state.log, { step: state.actions.length + 1, round: state.round, ...entry }];
}

const because = (action: { reason?: string }) => (action.reason ? ` ${action.reason}` : '');

function endTurn(state: GameState): GameState {
  const turn = state.turn + 1;
  return turn < state.order.length ? { ...state, turn } : { ...state, turn, phase: 'deciding' };
}

function openOffer(state: GameState, id: number): Result<Offer, GameError> {
  const offer = state.offers.find((o) => o.id === id);
  if (!offer) return fail('unknown-offer', `there is no trade T${id}`);
  if (offer.status !== 'open') return fail('offer-closed', `trade T${id} is ${offer.status}`);
  return ok(offer);
}

export function applyAction(model: Model, state: GameState, input: unknown): Result<GameState, GameError> {
  if (state.phase === 'finished') return fail('game-over', 'the game is over: the Council has voted');
  const read = readAction(model, input);
  if (!read.ok) return read;
  const action = read.value;
  const next = reduce(model, state, action);
  return next.ok ? ok({ ...next.value, actions: [...state.actions, action] }) : next;
}

function reduce(model: Model, state: GameState, action: Action): Result<GameState, GameError> {
  const penHolder = model.scenario.procedure.penHolder;
  const name = (id: ActorId) => model.scenario.actors.find((a) => a.id === id)?.short ?? id;
  const changesText = (changes: readonly Change[]) =>
    changes.map((c) => describeChange(model, state.text, c)).join('; ');
  const onTurn = state.phase === 'negotiating' ? state.order[state.turn] : undefined;
  const mustBeTurn = () =>
    state.phase !== 'negotiating'
      ? fail('wrong-phase', 'the round is over: the pen holder is deciding on the amendments')
      : action.seat !== onTurn
        ? fail('not-your-turn', `it is ${name(onTurn!)}'s turn, not ${name(action.seat)}'s`)
        : null;

  switch (action.type) {
    case 'pass': {
      const refused = mustBeTurn();
      if (refused) return refused;
      return ok(
        endTurn({
          ...state,
          log: logged(state, {
            kind: 'pass',
            actor: action.seat,
            text: `${name(action.seat)} passes.${because(action)}`,
          }),
        }),
      );
    }
    case 'propose': {
      const refused = mustBeTurn();
      if (refused) return refused;
      const real = action.changes.filter((c) => own(state.text, c.issue) !== c.option);
      if (real.length === 0) return fail('no-change', 'the text already says that');
      const amendment: Amendment = {
        id: state.amendments.length + 1,
        round: state.round,
        by: action.seat,
        with: [],
        changes: real,
        status: 'pending',
      };
      return ok(
        endTurn({
          ...state,
          amendments: [...state.amendments, amendment],
          log: logged(state, {
            kind: 'propose',
            actor: action.seat,
            text: `${name(action.seat)} proposes amendment A${amendment.id}: ${changesText(real)}.${because(action)}`,
          }),
        }),
      );
    }
    case 'offer':
    case 'counter': {
      let base = state;
      let to = action.type === 'offer' ? action.to : [];
      if (action.type === 'counter') {
        const original = openOffer(state, action.offer);
        if (!original.ok) return original;
        if (!original.value.to.includes(action.seat))
          return fail('not-addressed', `offer ${action.offer} was not made to ${name(action.seat)}`);
        to = [original.value.from];
        base = {
          ...state,
          offers: state.offers.map((o) =>
            o.id === action.offer ? { ...o, status: 'rejected' as const } : o,
          ),
        };
      } else {
        const refused = mustBeTurn();
        if (refused) return refused;
      }
      const idle = [...action.give, ...action.ask].find((c) => own(state.text, c.issue) === c.option);
      if (idle)
        return fail(
          'no-change',
          `the text already says ${idle.issue} = ${idle.option}: a trade must change it`,
        );
      const offer: Offer = {
        id: state.offers.length + 1,
        round: state.round,
        from: action.seat,
        to,
        give: action.give,
        ask: action.ask,
        voteYes: action.voteYes,
        accepted: [],
        status: 'open',
      };
      const text = `${name(action.seat)} ${action.type === 'counter' ? `counters trade T${action.offer} with` : 'offers'} trade T${offer.id} to ${to.map(name).join(', ')}: backs ${changesText(action.give) || 'nothing'} in return for ${changesText(action.ask) || 'nothing'}${action.voteYes ? ', asking for a yes vote' : ''}.${because(action)}`;
      const withOffer = {
        ...base,
        offers: [...base.offers, offer],
        log: logged(state, { kind: action.type, actor: action.seat, text }),
      };
      return ok(action.type === 'offer' ? endTurn(withOffer) : withOffer);
    }
    case 'respond': {
      // Offers can be answered until the pen holder closes the round.
      if (state.phase === 'finished') return fail('wrong-phase', 'the round is closed');
      const found = openOffer(state, action.offer);
      if (!found.ok) return found;
      const offer = found.value;
      if (!offer.to.includes(action.seat))
        return fail('not-addressed', `offer ${offer.id} was not made to ${name(action.seat)}`);
      if (offer.accepted.includes(action.seat))
        return fail('offer-closed', `${name(action.seat)} has already accepted offer ${offer.id}`);
      if (!action.accept) {
        const offers = state.offers.map((o) =>
          o.id === offer.id ? { ...o, status: 'rejected' as const } : o,
        );
        return ok({
          ...state,
          offers,
          log: logged(state, {
            kind: 'respond',
            actor: action.seat,
            text: `${name(action.seat)} rejects trade T${offer.id}.${because(action)}`,
          }),
        });
      }
      const accepted = [...offer.accepted, action.seat];
      const complete = offer.to.every((t) => accepted.includes(t));
      const updated: Offer = { ...offer, accepted, status: complete ? 'accepted' : 'open' };
      let next: GameState = { ...state, offers: state.offers.map((o) => (o.id === offer.id ? updated : o)) };
      if (complete) {
        const changes = [...offer.give, ...offer.ask].filter((c) => own(state.text, c.issue) !== c.option);
        if (changes.length > 0) {
          const amendment: Amendment = {
            id: state.amendments.length + 1,
            round: state.round,
            by: offer.from,
            with: offer.to,
            changes,
            status: 'pending',
          };
          next = { ...next, amendments: [...next.amendments, amendment] };
        }
        if (offer.voteYes) {
          next = {
            ...next,
            commitments: [
              ...next.commitments,
              ...offer.to.map((by) => ({ by, offer: offer.id, changes: [...offer.give, ...offer.ask] })),
            ],
          };
        }
      }
      const text = `${name(action.seat)} accepts trade T${offer.id}${complete ? `: it goes to the pen holder as joint amendment A${state.amendments.length + 1}` : ''}.${because(action)}`;
      return ok({ ...next, log: logged(state, { kind: 'respond', actor: action.seat, text }) });
    }
    case 'withdraw': {
      const found = openOffer(state, action.offer);
      if (!found.ok) return found;
      if (found.value.from !== action.seat)
        return fail('not-your-offer', `offer ${action.offer} is not ${name(action.seat)}'s to withdraw`);
      const offers = state.offers.map((o) =>
        o.id === action.offer ? { ...o, status: 'withdrawn' as const } : o,
      );
      return ok({
        ...state,
        offers,
        log: logged(state, {
          kind: 'withdraw',
          actor: action.seat,
          text: `${name(action.seat)} withdraws trade T${action.offer}.`,
        }),
      });
    }
    case 'decide': {
      if (state.phase !== 'deciding')
        return fail('wrong-phase', 'the pen holder decides only at the end of a round');
      if (action.seat !== penHolder)
        return fail(
          'not-pen-holder',
          `only the pen holder (${name(penHolder)}) decides which amendments enter the text`,
        );
      const pending = state.amendments.filter((a) => a.round === state.round && a.status === 'pending');
      const unknown = action.adopt.find((id) => !pending.some((a) => a.id === id));
      if (unknown !== undefined)
        return fail('unknown-amendment', `amendment A${unknown} is not before the pen holder this round`);
      let text = state.text;
      for (const a of pending) if (action.adopt.includes(a.id)) text = withChanges(text, a.changes);
      const amendments = state.amendments.map((a) =>
        a.round === state.round && a.status === 'pending'
          ? { ...a, status: action.adopt.includes(a.id) ? ('adopted' as const) : ('rejected' as const) }
          : a,
      );
      const adopted = pending.filter((a) => action.adopt.includes(a.id)).map((a) => a.id);
      const summary =
        adopted.length === 0
          ? 'keeps the text as it is'
          : `puts amendment${adopted.length > 1 ? 's' : ''} ${adopted.map((id) => `A${id}`).join(', ')} into the text`;
      const decided: GameState = {
        ...state,
        text,
        amendments,
        log: logged(state, {
          kind: 'decide',
          actor: action.seat,
          text: `${name(action.seat)}, holding the pen, ${summary}.${because(action)}`,
        }),
      };
      return ok(endRound(model, decided));
    }
  }
}
