import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { StanceUncertainty } from '../../src/engine/analysis/stance-shares.ts';
import type { IssueId, OptionId } from '../../src/engine/ids.ts';
import { compile } from '../../src/engine/model.ts';
import type { GameSetup, GameState } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { type EngineService, inProcessEngine } from '../../src/state/engine-service.ts';
import { gameStances } from '../../src/state/game-stances.ts';
import { STANCE_DRAWS } from '../../src/state/lab-stances.ts';
import { type KeyValueStorage, memoryStorage } from '../../src/state/storage.ts';
import { AI_LABEL, createGameStore, EMPTY_TRADE, OUTLOOK_LABEL } from '../../src/state/store.ts';

const result = parseScenario(readFileSync('scenarios/_template.yaml', 'utf8'), '_template.yaml');
if (!result.ok) throw new Error('template must be valid');
const model = compile(result.value);
const human = model.scenario.actors.find((a) => a.ground)!.id;
const setup: GameSetup = {
  seats: Object.fromEntries(model.scenario.actors.map((a) => [a.id, a.id === human ? 'human' : 'ai'])),
  rounds: 2,
  seed: 4,
  difficulty: 'normal',
};
const change = (issue: string, option: string) => ({ issue: issue as IssueId, option: option as OptionId });

describe('the game store', () => {
  it('plays the AI seats until the human must act, and autosaves every step', async () => {
    const storage = memoryStorage();
    const store = createGameStore({ model, storage });
    expect(await store.getState().start(setup)).toBe(true);
    const game = store.getState().game!;
    expect(game.order[game.turn]).toBe(human);
    expect(JSON.parse(storage.getItem(`draftroom.save.${model.scenario.id}`)!).actions).toHaveLength(
      game.actions.length,
    );
    expect(await store.getState().dispatch({ type: 'pass', seat: human })).toBe(true);
    expect(store.getState().game!.actions.length).toBeGreaterThan(game.actions.length);
  });

  it('refuses a bad action with a notice and leaves the game untouched', async () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    await store.getState().start(setup);
    const before = store.getState().game;
    expect(
      await store.getState().dispatch({ type: 'propose', seat: human, changes: [change('size', 'nope')] }),
    ).toBe(false);
    expect(store.getState().game).toBe(before);
    expect(store.getState().notice).toEqual({
      kind: 'error',
      text: expect.stringMatching(/'nope' is not an option/),
    });
  });

  it('undoes and redoes the amendment a human is composing', () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    const s = () => store.getState();
    s().setChange(change('size', 'small'));
    s().setChange(change('mission', 'observers'));
    s().setChange(change('size', 'large'));
    expect(s().pendingChanges).toEqual([change('mission', 'observers'), change('size', 'large')]);
    s().undo();
    expect(s().pendingChanges).toEqual([change('size', 'small'), change('mission', 'observers')]);
    s().undo();
    s().redo();
    expect(s().pendingChanges).toEqual([change('size', 'small'), change('mission', 'observers')]);
    s().removeChange('size' as IssueId);
    expect(s().pendingChanges).toEqual([change('mission', 'observers')]);
    expect(s().composing.future).toEqual([]);
  });

  it('holds at most three pending changes, one per clause, and puts an unsent amendment back', () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    const s = () => store.getState();
    // The store checks only the count and the clauses: whether an option exists is the rules' call.
    const pick = (i: number) => change(`clause${i}`, 'first');
    expect([0, 1, 2].map((i) => s().setChange(pick(i)))).toEqual([true, true, true]);
    expect(s().setChange(pick(3))).toBe(false);
    expect(s().pendingChanges).toEqual([pick(0), pick(1), pick(2)]);
    // Changing a clause already in the amendment is not a fourth change.
    const other = change('clause1', 'second');
    expect(s().setChange(other)).toBe(true);
    expect(s().pendingChanges).toEqual([pick(0), pick(2), other]);
    s().setPendingChanges([pick(3), pick(3), pick(4), pick(5), pick(6)]);
    expect(s().pendingChanges).toEqual([pick(3), pick(4), pick(5)]);
    expect(s().composing).toEqual({ past: [], future: [] });
  });

  it('restores the autosaved game after a reload, falling back to the previous save if the last is damaged', async () => {
    const storage = memoryStorage();
    const first = createGameStore({ model, storage });
    await first.getState().start(setup);
    await first.getState().dispatch({ type: 'pass', seat: human });
    const saved = first.getState().game;
    const reloaded = createGameStore({ model, storage });
    expect(await reloaded.getState().restore()).toEqual({ restored: true });
    expect(reloaded.getState().game).toEqual(saved);
    storage.setItem(`draftroom.save.${model.scenario.id}`, '{ damaged');
    const again = createGameStore({ model, storage });
    expect(await again.getState().restore()).toMatchObject({ restored: false, previous: { round: 1 } });
    expect(await again.getState().restorePrevious()).toEqual({ restored: true });
    expect(again.getState().notice?.text).toMatch(/continues from the previous save/);
  });

  it('keeps the previous good save when a write fails, and says so', async () => {
    const inner = memoryStorage();
    let full = false;
    const storage: KeyValueStorage = {
      ...inner,
      setItem: (key, value) => {
        if (full) throw new Error('QuotaExceededError');
        inner.setItem(key, value);
      },
    };
    const store = createGameStore({ model, storage });
    await store.getState().start(setup);
    const good = inner.getItem(`draftroom.save.${model.scenario.id}`);
    full = true;
    await store.getState().dispatch({ type: 'pass', seat: human });
    expect(inner.getItem(`draftroom.save.${model.scenario.id}`)).toBe(good);
    expect(store.getState().notice?.text).toMatch(/could not be saved/);
  });

  it('refuses a foreign or corrupted save file and keeps the current game', async () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    await store.getState().start(setup);
    const before = store.getState().game;
    for (const text of ['not json', '{"format":"draftroom-save","version":1,"scenario":{"id":"other"}}']) {
      expect(await store.getState().load(text)).toBe(false);
      expect(store.getState().game).toBe(before);
      expect(store.getState().notice?.text).toMatch(/could not be loaded/);
    }
  });

  it('shows the AI moving as progress, refuses moves meanwhile, then computes the outlook of the new text', async () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    const seen: Array<{ label: string; done: number; total: number }> = [];
    store.subscribe((s) => {
      if (s.busy) seen.push({ label: s.busy.label, done: s.busy.done, total: s.busy.total });
    });
    const started = store.getState().start(setup);
    expect(store.getState().busy?.label).toBe(AI_LABEL);
    expect(await store.getState().dispatch({ type: 'pass', seat: human })).toBe(false);
    expect(store.getState().notice?.text).toMatch(/AI actors are still moving/);
    expect(await started).toBe(true);
    expect(seen.some((b) => b.label === AI_LABEL && b.done > 0)).toBe(true);
    // Then the ceasefire outlook of the text on the table, in runs.
    expect(store.getState().outlook).toBeNull();
    expect(store.getState().busy?.label).toBe(OUTLOOK_LABEL);
    await vi.waitFor(() => expect(store.getState().outlook).not.toBeNull(), { timeout: 10_000 });
    expect(store.getState().busy).toBeNull();
    const game = store.getState().game!;
    expect(store.getState().outlook).toEqual(await inProcessEngine(model).outlook(game));
    expect(seen.filter((b) => b.label === OUTLOOK_LABEL).at(-1)).toEqual({
      label: OUTLOOK_LABEL,
      done: 2000,
      total: 2000,
    });
  });

  it('keeps the outlook while the text and the shifts stay as they were, and recomputes it when they change', async () => {
    const local = inProcessEngine(model);
    let outlooks = 0;
    let amend = false;
    // Stand-in AI seats: they change one clause of the text when told to, and otherwise do nothing.
    const engine: EngineService = {
      ...local,
      advance: async (game) => {
        if (!amend) return game;
        const issue = model.scenario.issues.find((i) => i.options.length > 1)!;
        const option = issue.options.find((o) => o.id !== game.text[issue.id])!;
        return { ...game, text: { ...game.text, [issue.id]: option.id } };
      },
      outlook: (game, progress) => {
        outlooks++;
        return local.outlook(game, progress);
      },
    };
    const store = createGameStore({ model, storage: memoryStorage(), engine });
    await store.getState().start(setup);
    await vi.waitFor(() => expect(store.getState().outlook).not.toBeNull());
    const first = store.getState().outlook;
    expect(await store.getState().dispatch({ type: 'pass', seat: human })).toBe(false); // not its turn now
    const turn = store.getState().game!;
    expect(await store.getState().dispatch({ type: 'pass', seat: turn.order[turn.turn]! })).toBe(true);
    expect(store.getState().outlook).toBe(first);
    expect(outlooks).toBe(1);
    amend = true;
    const next = store.getState().game!;
    expect(await store.getState().dispatch({ type: 'pass', seat: next.order[next.turn]! })).toBe(true);
    expect(store.getState().outlook).toBeNull();
    await vi.waitFor(() => expect(store.getState().outlook).not.toBeNull());
    expect(outlooks).toBe(2);
    expect(store.getState().outlook).toEqual(await local.outlook(store.getState().game!));
  });

  it('shows the stance shares the engine gives, keeps them while the text stays, and drops an answer for an older text', async () => {
    const local = inProcessEngine(model);
    const asked: GameState[] = [];
    const answer: Array<(shares: StanceUncertainty) => void> = [];
    let amend = false;
    // Stand-in AI seats (as above) and an engine whose stance shares arrive when the test says.
    const engine: EngineService = {
      ...local,
      advance: async (game) => {
        if (!amend) return game;
        const issue = model.scenario.issues.find((i) => i.options.length > 1)!;
        const option = issue.options.find((o) => o.id !== game.text[issue.id])!;
        return { ...game, text: { ...game.text, [issue.id]: option.id } };
      },
      stances: (game) => {
        asked.push(game);
        return new Promise((resolve) => answer.push(resolve));
      },
    };
    const store = createGameStore({ model, storage: memoryStorage(), engine });
    await store.getState().start(setup);
    expect(asked).toHaveLength(1);
    expect(store.getState().stances).toBeNull();
    const turn = store.getState().game!;
    expect(await store.getState().dispatch({ type: 'pass', seat: turn.order[turn.turn]! })).toBe(true);
    expect(asked).toHaveLength(1); // the same text: nothing new to compute
    amend = true;
    const next = store.getState().game!;
    expect(await store.getState().dispatch({ type: 'pass', seat: next.order[next.turn]! })).toBe(true);
    expect(asked).toHaveLength(2);
    // The first answer is for the text before the amendment: it is never shown.
    answer[0]!(await local.stances(asked[0]!));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().stances).toBeNull();
    const shares = await local.stances(asked[1]!);
    answer[1]!(shares);
    await vi.waitFor(() => expect(store.getState().stances).toBe(shares));
    expect(asked[1]).toBe(store.getState().game);
  });

  it('gives the stance shares of the text on the table through the in-process engine by default', async () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    await store.getState().start(setup);
    await vi.waitFor(() => expect(store.getState().stances).not.toBeNull());
    const game = store.getState().game!;
    expect(store.getState().stances).toEqual(gameStances(model, game));
    const shares = store.getState().stances!;
    expect(shares.available).toBe(true);
    if (shares.available) expect(shares.result).toMatchObject({ draws: STANCE_DRAWS, seed: setup.seed });
  });

  it('runs the engine through the injected service', async () => {
    const local = inProcessEngine(model);
    const calls: string[] = [];
    const logged = <T>(name: string, work: T): T => {
      calls.push(name);
      return work;
    };
    const engine: EngineService = {
      apply: (g, a) => logged('apply', local.apply(g, a)),
      advance: (g, p) => logged('advance', local.advance(g, p)),
      outlook: (g, p) => logged('outlook', local.outlook(g, p)),
      load: (t) => logged('load', local.load(t)),
    };
    const store = createGameStore({ model, storage: memoryStorage(), engine });
    await store.getState().start(setup);
    await store.getState().dispatch({ type: 'pass', seat: human });
    expect(calls.slice(0, 4)).toEqual(['advance', 'outlook', 'apply', 'advance']);
  });

  it('keeps the trade being composed, sends it as an offer, and clears it once the game takes it', async () => {
    const store = createGameStore({ model, storage: memoryStorage() });
    const s = () => store.getState();
    await s().start(setup);
    const game = s().game!;
    const partner = model.scenario.actors.find((a) => a.id !== human)!.id;
    const giveIssue = model.issues[0]!;
    const give = change(giveIssue.id, giveIssue.options.find((o) => o.id !== game.text[giveIssue.id])!.id);
    s().editTrade({ to: [], give: [give] });
    expect(s().trade).toEqual({ to: [], give: [give], ask: [], voteYes: false, counter: null });
    // Refused by the rules (nobody to offer it to): the draft stays for the player to fix.
    expect(await s().sendTrade(human)).toBe(false);
    expect(s().trade.give).toEqual([give]);
    expect(s().notice?.text).toMatch(/at least one actor/);
    s().editTrade({ to: [partner] });
    expect(await s().sendTrade(human)).toBe(true);
    expect(s().game!.actions[game.actions.length]).toEqual({
      type: 'offer',
      seat: human,
      to: [partner],
      give: [give],
      ask: [],
      voteYes: false,
    });
    expect(s().trade).toEqual(EMPTY_TRADE);
    s().editTrade({ voteYes: true, counter: 3 });
    s().clearTrade();
    expect(s().trade).toBe(EMPTY_TRADE);
  });
});
