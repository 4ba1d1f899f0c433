// What one seat may see of a game. Trades are private between their parties: another seat learns
// that a trade was made or answered, and by whom, but not to whom, on what, or why. An accepted
// trade becomes a joint amendment, which is public like every amendment. The instructor sees all.
import type { ActorId } from '../engine/ids.ts';
import type { Model } from '../engine/model.ts';
import type { GameAction, GameState, LogEntry, Offer } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';

const PRIVATE_KINDS = new Set(['offer', 'counter', 'respond', 'withdraw']);

/** The offer each action is about (offer ids are given in the order offers and counters are made). */
function offerOfAction(state: GameState): Array<Offer | undefined> {
  let made = 0;
  return state.actions.map((action) => {
    if (action.type === 'offer' || action.type === 'counter') return state.offers[made++];
    if (action.type === 'respond' || action.type === 'withdraw') return state.offers[action.offer - 1];
    return undefined;
  });
}

const party = (offer: Offer | undefined, seat: ActorId) =>
  offer !== undefined && (offer.from === seat || offer.to.includes(seat));

// A masked item is the same for every seat that may not see it: made once per item.
const maskedActions = new WeakMap<GameAction, GameAction>();
const maskedEntries = new WeakMap<LogEntry, LogEntry>();

function maskAction(action: GameAction): GameAction {
  let masked = maskedActions.get(action);
  if (masked) return masked;
  if (action.type === 'offer')
    masked = { type: 'offer', seat: action.seat, to: [], give: [], ask: [], voteYes: false };
  else if (action.type === 'counter')
    masked = { type: 'counter', seat: action.seat, offer: 0, give: [], ask: [], voteYes: false };
  else if (action.type === 'respond')
    masked = { type: 'respond', seat: action.seat, offer: 0, accept: false };
  else if (action.type === 'withdraw') masked = { type: 'withdraw', seat: action.seat, offer: 0 };
  else masked = action;
  maskedActions.set(action, masked);
  return masked;
}

const PRIVATE_WORDS: Record<string, string> = {
  offer: 'made a private offer',
  counter: 'answered a private offer with another',
  respond: 'answered a private offer',
  withdraw: 'withdrew a private offer',
};

function maskEntry(model: Model, entry: LogEntry): LogEntry {
  let masked = maskedEntries.get(entry);
  if (masked) return masked;
  const name = entry.actor ? (model.scenario.actors.find((a) => a.id === entry.actor)?.name ?? '') : '';
  masked = { ...entry, text: `${name} ${PRIVATE_WORDS[entry.kind] ?? 'made a private move'}.` };
  maskedEntries.set(entry, masked);
  return masked;
}

/** The game as `seat` may see it; `null` is the instructor, who sees everything. */
export function viewFor(model: Model, state: GameState, seat: ActorId | null): GameState {
  if (seat === null || !state.actions.some((a) => PRIVATE_KINDS.has(a.type))) return state;
  const about = offerOfAction(state);
  const hidden = (i: number) => PRIVATE_KINDS.has(state.actions[i]?.type ?? '') && !party(about[i], seat);
  const visibleOffers = state.offers.filter((o) => party(o, seat));
  return {
    ...state,
    offers: visibleOffers.length === state.offers.length ? state.offers : visibleOffers,
    commitments: state.commitments.filter((c) => c.by === seat || party(state.offers[c.offer - 1], seat)),
    actions: state.actions.map((a, i) => (hidden(i) ? maskAction(a) : a)),
    log: state.log.map((e) =>
      e.step > 0 && PRIVATE_KINDS.has(e.kind) && hidden(e.step - 1) ? maskEntry(model, e) : e,
    ),
  };
}

/**
 * The scenario as `seat` may read it: every other actor's private briefing removed (the console,
 * `null`, reads them all). Everything the engine scores with stays, so a client's own analyses (the
 * ceasefire outlook, the why panel) are the server's.
 */
export function scenarioFor(scenario: Scenario, seat: ActorId | null): Scenario {
  if (seat === null) return scenario;
  return {
    ...scenario,
    actors: scenario.actors.map((a) => (a.id === seat || a.briefing === '' ? a : { ...a, briefing: '' })),
  };
}
