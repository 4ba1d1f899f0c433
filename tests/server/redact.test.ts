// A seat's view of the game: other seats' trades are masked (who moved stays, what and to whom
// goes), its own are whole, and the instructor sees everything. And the patches that carry views
// rebuild each view exactly.
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { applyAction } from '../../src/engine/negotiation/reducer.ts';
import { nextAiAction } from '../../src/engine/negotiation/runner.ts';
import { newGame } from '../../src/engine/negotiation/state.ts';
import type { GameSetup, GameState } from '../../src/engine/negotiation/types.ts';
import { applyViewPatch, diffView } from '../../src/net/view-patch.ts';
import { scenarioFor, viewFor } from '../../src/server/redact.ts';
import { shippedModel } from '../support/room-players.ts';

const model = shippedModel();

/** Every state of an all-AI game, from the opening to the vote. */
function allStates(seed: number): GameState[] {
  const seats = Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai'])) as GameSetup['seats'];
  const start = newGame(model, { seats, rounds: 2, seed, difficulty: 'normal' });
  if (!start.ok) throw new Error(start.error.message);
  const states = [start.value];
  for (;;) {
    const last = states[states.length - 1] as GameState;
    const action = nextAiAction(model, last);
    if (!action) return states;
    const next = applyAction(model, last, action);
    if (!next.ok) throw new Error(next.error.message);
    states.push(next.value);
  }
}

const states = allStates(11);
const final = states[states.length - 1] as GameState;

describe('viewFor', () => {
  const offer = final.offers[0];
  it('the game has trades to hide', () => {
    expect(offer).toBeDefined();
  });
  const outsider = model.scenario.actors.find((a) => offer && a.id !== offer.from && !offer.to.includes(a.id))
    ?.id as ActorId;

  it('hides another seat’s trade from an outsider, keeping who moved', () => {
    const view = viewFor(model, final, outsider);
    expect(view.offers.every((o) => o.from === outsider || o.to.includes(outsider))).toBe(true);
    const made = view.actions.find((a) => a.type === 'offer' && a.seat === offer?.from);
    expect(made).toMatchObject({ type: 'offer', to: [], give: [], ask: [] });
    expect(JSON.stringify(view)).not.toContain(JSON.stringify(offer?.give));
    const entry = view.log.find((e) => e.kind === 'offer' && e.actor === offer?.from);
    expect(entry?.text).toMatch(/made a private offer\.$/);
    expect(view.actions.length).toBe(final.actions.length);
  });

  it('shows the parties their own trade, and the instructor everything', () => {
    const party = viewFor(model, final, offer?.from as ActorId);
    expect(party.offers).toContainEqual(offer);
    expect(viewFor(model, final, null)).toBe(final);
  });
});

describe('view patches', () => {
  it('rebuild every seat’s view, move by move, exactly', () => {
    for (const seat of [null, outsiderOf(final), 'usa' as ActorId]) {
      let client = viewFor(model, states[0] as GameState, seat);
      let sent = client;
      for (const state of states.slice(1)) {
        const view = viewFor(model, state, seat);
        const patch = diffView(sent, view);
        client = applyViewPatch(client, JSON.parse(JSON.stringify(patch)));
        sent = view;
        expect(client).toEqual(JSON.parse(JSON.stringify(view)));
      }
    }
  });

  it('send the new log entries, not the whole log', () => {
    const a = states[states.length - 2] as GameState;
    const patch = diffView(a, final);
    expect(patch.append.log?.length ?? 0).toBeLessThan(final.log.length);
    expect(patch.set.log).toBeUndefined();
  });
});

function outsiderOf(state: GameState): ActorId {
  const o = state.offers[0];
  return model.scenario.actors.find((a) => o && a.id !== o.from && !o.to.includes(a.id))?.id as ActorId;
}

describe('scenarioFor', () => {
  const [mine, other] = model.scenario.actors;
  it("a seat reads its own private briefing and no one else's; the console reads all", () => {
    if (!mine || !other) throw new Error('the scenario has two actors');
    expect(other.briefing.length).toBeGreaterThan(0);
    const seen = scenarioFor(model.scenario, mine.id);
    expect(seen.actors.find((a) => a.id === mine.id)?.briefing).toBe(mine.briefing);
    expect(seen.actors.filter((a) => a.id !== mine.id).every((a) => a.briefing === '')).toBe(true);
    expect(JSON.stringify(seen)).not.toContain(other.briefing.slice(0, 60));
    expect(scenarioFor(model.scenario, null)).toBe(model.scenario);
  });
  it('keeps everything the engine scores with', () => {
    if (!mine) throw new Error('no actor');
    const seen = scenarioFor(model.scenario, mine.id);
    expect(seen.issues).toBe(model.scenario.issues);
    expect(seen.actors.map((a) => ({ ...a, briefing: '' }))).toEqual(
      model.scenario.actors.map((a) => ({ ...a, briefing: '' })),
    );
  });
});
