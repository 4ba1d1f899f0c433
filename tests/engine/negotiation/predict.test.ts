// The trade prediction a player sees before sending: it must say exactly what the AI will then do,
// explain it in a sentence, and give the joint amendment's effect on the offerer and addressees.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess.ts';
import type { ActorId, IssueId, OptionId } from '../../../src/engine/ids.ts';
import { compile, draftIndex } from '../../../src/engine/model.ts';
import { predictOffer } from '../../../src/engine/negotiation/predict.ts';
import { applyAction } from '../../../src/engine/negotiation/reducer.ts';
import { nextAiAction, runAi } from '../../../src/engine/negotiation/runner.ts';
import { newGame, withChanges } from '../../../src/engine/negotiation/state.ts';
import type { Change, GameState } from '../../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../../src/scenario/parse.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const model = compile(parsed.value);
const ids = model.scenario.actors.map((a) => a.id);
const id = (x: string) => x as ActorId;
const change = (issue: string, option: string): Change => ({
  issue: issue as IssueId,
  option: option as OptionId,
});

/** Egypt (the first actor open to players in turn order) is human; play the AI seats up to its turn. */
function atTurnOf(humans: readonly string[], human = humans[0]!): GameState {
  const seats = Object.fromEntries(ids.map((a) => [a, humans.includes(a) ? 'human' : 'ai'] as const));
  const start = newGame(model, { seats, rounds: 2, seed: 1, difficulty: 'normal' });
  if (!start.ok) throw new Error(start.error.message);
  const played = runAi(model, start.value);
  if (!played.ok) throw new Error(played.error.message);
  expect(played.value.order[played.value.turn]).toBe(human);
  return played.value;
}

const landingTrade = { give: [change('aid', 'bop_with_un')], ask: [change('police', 'pa_police')] };

describe('predictOffer', () => {
  const state = atTurnOf(['egy']);

  it('predicts an AI acceptance, and the AI then accepts: the trade becomes a joint amendment', () => {
    const p = predictOffer(model, state, id('egy'), { to: [id('are')], ...landingTrade, voteYes: false });
    if (!p.ok) throw new Error(p.error.message);
    expect(p.value.reactions).toHaveLength(1);
    const uae = p.value.reactions[0]!;
    expect(uae).toMatchObject({ actor: 'are', seat: 'ai', wouldAccept: true });
    expect(uae.reason).toMatch(/^UAE would accept: \+\d+\.\d for UAE \(it needs 2\.0 at this stage\)\.$/);
    expect(uae.after).toBeGreaterThan(uae.before + 2);
    expect(p.value.offerer.after).toBeGreaterThan(p.value.offerer.before);
    expect(p.value.jointAmendment).toBe(true);

    const sent = applyAction(model, state, {
      type: 'offer',
      seat: 'egy',
      to: ['are'],
      ...landingTrade,
      voteYes: false,
    });
    if (!sent.ok) throw new Error(sent.error.message);
    const answered = answerOnce(sent.value);
    const offer = answered.value.offers.find((o) => o.from === 'egy')!;
    expect(offer.status).toBe('accepted');
    expect(
      answered.value.amendments.find((a) => a.by === 'egy' && a.with.includes(id('are')))?.changes,
    ).toEqual([...landingTrade.give, ...landingTrade.ask]);
  });

  it('gives the joint amendment’s effect on the offerer and every addressee, as the engine scores it', () => {
    const p = predictOffer(model, state, id('egy'), {
      to: [id('are'), id('usa')],
      ...landingTrade,
      voteYes: true,
    });
    if (!p.ok) throw new Error(p.error.message);
    const now = assess(model, draftIndex(model, state.text));
    const then = assess(
      model,
      draftIndex(model, withChanges(state.text, [...landingTrade.give, ...landingTrade.ask])),
    );
    const acceptance = (a: typeof now, actor: string) =>
      a.actors[model.actorIndex.get(id(actor))!]!.evaluation.acceptance;
    expect(p.value.offerer).toEqual({
      actor: 'egy',
      before: acceptance(now, 'egy'),
      after: acceptance(then, 'egy'),
    });
    expect(p.value.reactions.map((r) => [r.actor, r.before, r.after])).toEqual([
      ['are', acceptance(now, 'are'), acceptance(then, 'are')],
      ['usa', acceptance(now, 'usa'), acceptance(then, 'usa')],
    ]);
    expect(p.value.yesVotes).toEqual({ before: now.vote.yes.length, after: then.vote.yes.length });
  });

  it('says the same as the AI actually answers, for accepted and refused trades alike', () => {
    const options = (issue: string) =>
      model.issues
        .find((i) => i.id === issue)!
        .options.map((o) => o.id)
        .filter((o) => state.text[issue as IssueId] !== o);
    const clauses = ['aid', 'police', 'mandate', 'self_determination', 'disarmament'];
    const seen = { accept: 0, refuse: 0 };
    for (const partner of ['are', 'isr', 'usa', 'chn', 'qat']) {
      for (const [g, a] of [
        [0, 1],
        [2, 3],
        [4, 0],
        [1, 2],
      ] as const) {
        for (const option of options(clauses[a]!).slice(0, 2)) {
          const trade = {
            to: [id(partner)],
            give: [change(clauses[g]!, options(clauses[g]!)[0]!)],
            ask: [change(clauses[a]!, option)],
            voteYes: false,
          };
          const p = predictOffer(model, state, id('egy'), trade);
          if (!p.ok) throw new Error(p.error.message);
          const sent = applyAction(model, state, { type: 'offer', seat: 'egy', ...trade });
          if (!sent.ok) throw new Error(sent.error.message);
          const answered = answerOnce(sent.value);
          const status = answered.value.offers[sent.value.offers.length - 1]!.status;
          expect(status, JSON.stringify(trade)).toBe(
            p.value.reactions[0]!.wouldAccept ? 'accepted' : 'rejected',
          );
          seen[p.value.reactions[0]!.wouldAccept ? 'accept' : 'refuse']++;
          if (!p.value.reactions[0]!.wouldAccept)
            expect(p.value.reactions[0]!.reason).toMatch(
              / would refuse: (.+ is less than the .+ it needs|it would cross)/,
            );
        }
      }
    }
    expect(seen.accept).toBeGreaterThan(0);
    expect(seen.refuse).toBeGreaterThan(0);
  });

  it('leaves a human addressee to decide, but shows what the trade does to it', () => {
    const two = atTurnOf(['egy', 'isr'], 'egy');
    const p = predictOffer(model, two, id('egy'), { to: [id('isr')], ...landingTrade, voteYes: false });
    if (!p.ok) throw new Error(p.error.message);
    const israel = p.value.reactions[0]!;
    expect(israel.seat).toBe('human');
    expect(israel.reason).toMatch(
      /^It is up to Israel, a human player: the trade takes it from \d+\.\d to \d+\.\d \([+−]\d+\.\d\); an AI in its place would (accept|refuse)\.$/,
    );
    expect(p.value.jointAmendment).toBe(false);
  });

  it('predicts a counter-offer to the author of an open trade', () => {
    const sent = applyAction(model, atTurnOf(['egy', 'isr'], 'egy'), {
      type: 'offer',
      seat: 'egy',
      to: ['isr'],
      ...landingTrade,
      voteYes: false,
    });
    if (!sent.ok) throw new Error(sent.error.message);
    const offer = sent.value.offers[sent.value.offers.length - 1]!;
    const p = predictOffer(model, sent.value, id('isr'), {
      to: [],
      give: landingTrade.ask,
      ask: [change('disarmament', options0('disarmament', sent.value))],
      voteYes: false,
      counter: offer.id,
    });
    if (!p.ok) throw new Error(p.error.message);
    expect(p.value.reactions.map((r) => [r.actor, r.seat])).toEqual([['egy', 'human']]);
    expect(p.value.offerer.actor).toBe('isr');
  });

  it('gives the rules’ error for a trade the game would refuse, and changes nothing', () => {
    const before = JSON.stringify(state);
    const both = predictOffer(model, state, id('egy'), {
      to: [id('are')],
      give: [change('aid', 'bop_with_un')],
      ask: [change('aid', options0('aid', state, 'bop_with_un'))],
      voteYes: false,
    });
    expect(both.ok ? null : both.error.code).toBe('same-clause-twice');
    const idle = predictOffer(model, state, id('egy'), {
      to: [id('are')],
      give: [change('aid', state.text['aid' as IssueId]!)],
      ask: [],
      voteYes: false,
    });
    expect(idle.ok ? null : idle.error.code).toBe('no-change');
    // The sentence names the clause and the option as a person reads them, not by their ids.
    const aid = model.scenario.issues.find((i) => i.id === 'aid')!;
    const current = aid.options.find((o) => o.id === state.text['aid' as IssueId])!;
    expect(idle.ok ? '' : idle.error.message).toBe(
      `the text already says "${current.label}" on ${aid.title}: a trade must change it`,
    );
    const early = predictOffer(model, state, id('isr'), { to: [id('are')], ...landingTrade, voteYes: false });
    expect(early.ok ? null : early.error.code).toBe('not-your-turn');
    expect(JSON.stringify(state)).toBe(before);
  });
});

/** The AI's next move after an offer is its answer (the runner answers offers first): apply it. */
function answerOnce(state: GameState): { value: GameState } {
  const action = nextAiAction(model, state);
  expect(action?.type).toBe('respond');
  const next = applyAction(model, state, action);
  if (!next.ok) throw new Error(next.error.message);
  return next;
}

/** The first option of a clause that the text does not already have (and is not `besides`). */
function options0(issue: string, state: GameState, besides?: string): string {
  return model.issues
    .find((i) => i.id === issue)!
    .options.map((o) => o.id as string)
    .find((o) => o !== state.text[issue as IssueId] && o !== besides)!;
}
