// The game's rules, one small function per kind of action (as boardgame.io writes its moves). Each
// takes an action already read by readAction (its shape and names are right) and checks the rules:
// whose turn, which phase, which offer. It returns the next state or a typed error; a refused action
// changes nothing. The log sentence of each move is written here, with names and labels, never ids.
import type { ActorId } from '../ids.ts';
import type { Model } from '../model.ts';
import { own } from '../own.ts';
import { err, ok, type Result } from '../result.ts';
import { endRound } from './round.ts';
import { describeChange, withChanges } from './state.ts';
import type {
  Action,
  Amendment,
  Change,
  GameError,
  GameErrorCode,
  GameState,
  LogEntry,
  Offer,
} from './types.ts';

const fail = (code: GameErrorCode, message: string): Result<never, GameError> => err({ code, message });

/** What every move needs besides its action: the model, the state, and words for people. */
export interface MoveContext {
  readonly model: Model;
  readonly state: GameState;
  readonly name: (id: ActorId) => string;
  readonly changesText: (changes: readonly Change[]) => string;
}

type Move<K extends Action['type']> = (
  ctx: MoveContext,
  action: Extract<Action, { type: K }>,
) => Result<GameState, GameError>;

export function moveContext(model: Model, state: GameState): MoveContext {
  return {
    model,
    state,
    name: (id) => model.scenario.actors.find((a) => a.id === id)?.short ?? id,
    changesText: (changes) => changes.map((c) => describeChange(model, state.text, c)).join('; '),
  };
}

function logged(state: GameState, entry: Omit<LogEntry, 'step' | 'round'>): LogEntry[] {
  return [...state.log, { step: state.actions.length + 1, round: state.round, ...entry }];
}

const because = (action: { reason?: string }) => (action.reason ? ` ${action.reason}` : '');

function endTurn(state: GameState): GameState {
  const turn = state.turn + 1;
  return turn < state.order.length ? { ...state, turn } : { ...state, turn, phase: 'deciding' };
}

/** Null when it is `seat`'s turn to move in the negotiating phase; otherwise why not. */
function refuseUnlessTurn({ state, name }: MoveContext, seat: ActorId): Result<never, GameError> | null {
  if (state.phase !== 'negotiating')
    return fail('wrong-phase', 'the round is over: the pen holder is deciding on the amendments');
  const onTurn = state.order[state.turn]!;
  return seat !== onTurn ? fail('not-your-turn', `it is ${name(onTurn)}'s turn, not ${name(seat)}'s`) : null;
}

function openOffer(state: GameState, id: number): Result<Offer, GameError> {
  const offer = state.offers.find((o) => o.id === id);
  if (!offer) return fail('unknown-offer', `there is no trade T${id}`);
  if (offer.status !== 'open') return fail('offer-closed', `trade T${id} is ${offer.status}`);
  return ok(offer);
}

const setOfferStatus = (state: GameState, id: number, status: Offer['status']): readonly Offer[] =>
  state.offers.map((o) => (o.id === id ? { ...o, status } : o));

export const pass: Move<'pass'> = (ctx, action) => {
  const refused = refuseUnlessTurn(ctx, action.seat);
  if (refused) return refused;
  const { state, name } = ctx;
  const text = `${name(action.seat)} passes.${because(action)}`;
  return ok(endTurn({ ...state, log: logged(state, { kind: 'pass', actor: action.seat, text }) }));
};

export const propose: Move<'propose'> = (ctx, action) => {
  const refused = refuseUnlessTurn(ctx, action.seat);
  if (refused) return refused;
  const { state, name, changesText } = ctx;
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
  const text = `${name(action.seat)} proposes amendment A${amendment.id}: ${changesText(real)}.${because(action)}`;
  return ok(
    endTurn({
      ...state,
      amendments: [...state.amendments, amendment],
      log: logged(state, { kind: 'propose', actor: action.seat, text }),
    }),
  );
};

/** An offer on the seat's turn, or a counter-offer to a trade made to it (which rejects that trade). */
export const offer: Move<'offer' | 'counter'> = (ctx, action) => {
  const { model, state, name, changesText } = ctx;
  let base = state;
  let to = action.type === 'offer' ? action.to : [];
  if (action.type === 'counter') {
    const original = openOffer(state, action.offer);
    if (!original.ok) return original;
    if (!original.value.to.includes(action.seat))
      return fail('not-addressed', `offer ${action.offer} was not made to ${name(action.seat)}`);
    to = [original.value.from];
    base = { ...state, offers: setOfferStatus(state, action.offer, 'rejected') };
  } else {
    const refused = refuseUnlessTurn(ctx, action.seat);
    if (refused) return refused;
  }
  const idle = [...action.give, ...action.ask].find((c) => own(state.text, c.issue) === c.option);
  if (idle) {
    const clause = model.scenario.issues.find((i) => i.id === idle.issue);
    const option = clause?.options.find((o) => o.id === idle.option);
    return fail(
      'no-change',
      `the text already says "${option?.label ?? idle.option}" on ${clause?.title ?? idle.issue}: a trade must change it`,
    );
  }
  const made: Offer = {
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
  const verb = action.type === 'counter' ? `counters trade T${action.offer} with` : 'offers';
  const text = `${name(action.seat)} ${verb} trade T${made.id} to ${to.map(name).join(', ')}: backs ${changesText(action.give) || 'nothing'} in return for ${changesText(action.ask) || 'nothing'}${action.voteYes ? ', asking for a yes vote' : ''}.${because(action)}`;
  const withOffer = {
    ...base,
    offers: [...base.offers, made],
    log: logged(state, { kind: action.type, actor: action.seat, text }),
  };
  return ok(action.type === 'offer' ? endTurn(withOffer) : withOffer);
};

/** Once every addressee has accepted, a trade becomes a joint amendment (and, asked for, yes votes). */
function completeTrade(state: GameState, next: GameState, trade: Offer): GameState {
  let out = next;
  const changes = [...trade.give, ...trade.ask].filter((c) => own(state.text, c.issue) !== c.option);
  if (changes.length > 0) {
    const amendment: Amendment = {
      id: state.amendments.length + 1,
      round: state.round,
      by: trade.from,
      with: trade.to,
      changes,
      status: 'pending',
    };
    out = { ...out, amendments: [...out.amendments, amendment] };
  }
  if (trade.voteYes) {
    const pledges = trade.to.map((by) => ({ by, offer: trade.id, changes: [...trade.give, ...trade.ask] }));
    out = { ...out, commitments: [...out.commitments, ...pledges] };
  }
  return out;
}

/** Offers can be answered until the pen holder closes the round; answering does not end a turn. */
export const respond: Move<'respond'> = ({ state, name }, action) => {
  if (state.phase === 'finished') return fail('wrong-phase', 'the round is closed');
  const found = openOffer(state, action.offer);
  if (!found.ok) return found;
  const trade = found.value;
  if (!trade.to.includes(action.seat))
    return fail('not-addressed', `offer ${trade.id} was not made to ${name(action.seat)}`);
  if (trade.accepted.includes(action.seat))
    return fail('offer-closed', `${name(action.seat)} has already accepted offer ${trade.id}`);
  if (!action.accept) {
    const text = `${name(action.seat)} rejects trade T${trade.id}.${because(action)}`;
    return ok({
      ...state,
      offers: setOfferStatus(state, trade.id, 'rejected'),
      log: logged(state, { kind: 'respond', actor: action.seat, text }),
    });
  }
  const accepted = [...trade.accepted, action.seat];
  const complete = trade.to.every((t) => accepted.includes(t));
  const updated: Offer = { ...trade, accepted, status: complete ? 'accepted' : 'open' };
  const answered: GameState = {
    ...state,
    offers: state.offers.map((o) => (o.id === trade.id ? updated : o)),
  };
  const next = complete ? completeTrade(state, answered, trade) : answered;
  const text = `${name(action.seat)} accepts trade T${trade.id}${complete ? `: it goes to the pen holder as joint amendment A${state.amendments.length + 1}` : ''}.${because(action)}`;
  return ok({ ...next, log: logged(state, { kind: 'respond', actor: action.seat, text }) });
};

export const withdraw: Move<'withdraw'> = ({ state, name }, action) => {
  const found = openOffer(state, action.offer);
  if (!found.ok) return found;
  if (found.value.from !== action.seat)
    return fail('not-your-offer', `offer ${action.offer} is not ${name(action.seat)}'s to withdraw`);
  return ok({
    ...state,
    offers: setOfferStatus(state, action.offer, 'withdrawn'),
    log: logged(state, {
      kind: 'withdraw',
      actor: action.seat,
      text: `${name(action.seat)} withdraws trade T${action.offer}.`,
    }),
  });
};

/** The pen holder, at the end of a round: the round's amendments it names enter the text. */
export const decide: Move<'decide'> = ({ model, state, name }, action) => {
  const penHolder = model.scenario.procedure.penHolder;
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
};
