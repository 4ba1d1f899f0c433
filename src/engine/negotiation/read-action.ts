// Reading an action from untrusted input (a save file, a command line, a network message): the shape
// and the scenario's names are checked here, before the reducer checks the rules of the game. Never
// throws; a refused action comes back as a typed error with a sentence.
import type { ActorId, EventId, IssueId } from '../ids.ts';
import type { Model } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import {
  type ChairAction,
  type Change,
  type GameAction,
  type GameError,
  type GameErrorCode,
  MAX_CHANGES,
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

/** The chair's actions name no seat: the vote called now, or one of the scenario's events now. */
function readChairAction(model: Model, raw: Record<string, unknown>): Result<ChairAction, GameError> {
  const reason = typeof raw.reason === 'string' ? { reason: raw.reason } : {};
  if (raw.seat !== undefined) return fail('bad-action', `'${raw.type}' is the chair's action, for no seat`);
  if (raw.type === 'call-vote') return ok({ type: 'call-vote', ...reason });
  const event = model.scenario.ceasefire.events.find((e) => e.id === raw.event);
  if (!event)
    return fail(
      'unknown-event',
      typeof raw.event === 'string'
        ? `there is no event '${raw.event}' in this scenario`
        : "an inject names one of the scenario's events",
    );
  return ok({ type: 'inject', event: event.id as EventId, ...reason });
}

/** Checks the shape of untrusted input; the reducer below then checks the rules of the game. */
export function readAction(model: Model, raw: unknown): Result<GameAction, GameError> {
  if (!isObject(raw) || typeof raw.type !== 'string')
    return fail('bad-action', 'an action is a map with a type');
  if (raw.type === 'call-vote' || raw.type === 'inject') return readChairAction(model, raw);
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
