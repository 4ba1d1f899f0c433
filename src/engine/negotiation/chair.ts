// The chair's actions, for no seat: what whoever runs the game (the instructor of a classroom) may do
// besides the seats' moves, one small function each, as the seats' moves are (moves.ts). They go into
// the game's list of actions like any move, so a replay repeats them.
import { err, ok, type Result } from '../result.ts';
import type { MoveContext } from './moves.ts';
import { eventShift, vote } from './round.ts';
import type { ChairAction, GameError, GameState, LogEntry } from './types.ts';

type ChairMove<K extends ChairAction['type']> = (
  ctx: MoveContext,
  action: Extract<ChairAction, { type: K }>,
) => Result<GameState, GameError>;

const because = (action: { reason?: string }) => (action.reason ? ` ${action.reason}` : '');

function logged(state: GameState, entry: Omit<LogEntry, 'step' | 'round' | 'actor'>): LogEntry[] {
  return [...state.log, { step: state.actions.length + 1, round: state.round, actor: null, ...entry }];
}

/**
 * The vote now, on the text on the table: the rounds left are not played. Amendments still before the
 * pen holder were not decided, so they stay out of the text (and pending); open offers lapse.
 */
export const callVote: ChairMove<'call-vote'> = ({ model, state }, action) => {
  const undecided = state.amendments.filter((a) => a.status === 'pending').map((a) => `A${a.id}`);
  const many = undecided.length > 1;
  const left =
    undecided.length === 0
      ? ''
      : ` Amendment${many ? 's' : ''} ${undecided.join(', ')}, not decided by the pen holder, stay${many ? '' : 's'} out of the text.`;
  const text = `The chair calls the vote in round ${state.round} of ${state.setup.rounds}: the text on the table goes to the Council now.${left}${because(action)}`;
  return ok(vote(model, { ...state, log: logged(state, { kind: 'vote', text }) }));
};

/**
 * One of the scenario's events, now (an inject): its utility shifts stay for the rest of the game, as
 * when the seeded draw between rounds fires it. Refused for an event that has already happened in
 * this game (injected, or drawn); the draws between rounds go on as before.
 */
export const inject: ChairMove<'inject'> = ({ model, state }, action) => {
  const e = model.scenario.ceasefire.events.findIndex((x) => x.id === action.event);
  if (e < 0) return err({ code: 'unknown-event', message: `there is no event '${action.event}'` });
  if (state.log.some((entry) => entry.kind === 'event' && entry.event === action.event))
    return err({
      code: 'event-fired',
      message: `the event '${action.event}' has already happened in this game`,
    });
  const fired = eventShift(model, state.shifts, e);
  const text = `Event, brought in by the chair: ${fired.text}${because(action)}`;
  return ok({
    ...state,
    shifts: fired.shifts,
    log: logged(state, { kind: 'event', text, event: action.event }),
  });
};
