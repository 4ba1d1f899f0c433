// applyAction: the game's only way forward. It returns the next state or a typed error, and never
// throws for bad input (actions may come from a save file, a command line or a classroom server's
// network message). readAction checks the shape; the move for the action's kind (moves.ts for a
// seat's, chair.ts for the chair's) checks the rules. A refused action leaves the state untouched.
import type { Model } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { callVote, inject } from './chair.ts';
import { decide, type MoveContext, moveContext, offer, pass, propose, respond, withdraw } from './moves.ts';
import { readAction } from './read-action.ts';
import type { GameAction, GameError, GameState } from './types.ts';

export { readAction } from './read-action.ts';

function reduce(ctx: MoveContext, action: GameAction): Result<GameState, GameError> {
  switch (action.type) {
    case 'pass':
      return pass(ctx, action);
    case 'propose':
      return propose(ctx, action);
    case 'offer':
    case 'counter':
      return offer(ctx, action);
    case 'respond':
      return respond(ctx, action);
    case 'withdraw':
      return withdraw(ctx, action);
    case 'decide':
      return decide(ctx, action);
    case 'call-vote':
      return callVote(ctx, action);
    case 'inject':
      return inject(ctx, action);
  }
}

export function applyAction(model: Model, state: GameState, input: unknown): Result<GameState, GameError> {
  if (state.phase === 'finished')
    return err({ code: 'game-over', message: 'the game is over: the Council has voted' });
  const read = readAction(model, input);
  if (!read.ok) return read;
  const next = reduce(moveContext(model, state), read.value);
  return next.ok ? ok({ ...next.value, actions: [...state.actions, read.value] }) : next;
}
