import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { compile } from '../../src/engine/model.ts';
import { ceasefireOutlook } from '../../src/engine/montecarlo.ts';
import type { GameSetup } from '../../src/engine/negotiation/types.ts';
import type { VoteOutcome } from '../../src/engine/vote.ts';
import { layoutSeats } from '../../src/game/layout.ts';
import {
  fullProgress,
  NO_PROGRESS,
  revealCounts,
  tableView,
  votePhase,
  voteSteps,
} from '../../src/game/table-view.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { collapseWithin } from '../../src/state/ceasefire-view.ts';
import { currentAssessment } from '../../src/state/selectors.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { createGameStore, type GameStoreApi } from '../../src/state/store.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);
const order = layoutSeats(scenario, { width: 1280, height: 760 }).map((s) => s.actor);
const members = scenario.procedure.members;
const seats = (human: string | null) =>
  Object.fromEntries(
    scenario.actors.map((a) => [a.id, a.id === human ? 'human' : 'ai']),
  ) as GameSetup['seats'];
const id = (s: string) => s as ActorId;

describe('voteSteps', () => {
  const vote: VoteOutcome = {
    yes: [id('a'), id('c'), id('e')],
    no: [id('b')],
    abstain: [id('d')],
    vetoes: [id('b')],
    adopted: false,
    marginToNine: -6,
    pivotal: [],
  };
  const steps = voteSteps([id('a'), id('b'), id('c'), id('d'), id('e')], vote);

  it('casts the votes in seat order, yes from the left and the others from the right', () => {
    expect(steps.map((s) => [s.actor, s.vote, s.cell])).toEqual([
      ['a', 'yes', 0],
      ['b', 'no', 4],
      ['c', 'yes', 1],
      ['d', 'abstain', 3],
      ['e', 'yes', 2],
    ]);
    expect(steps.find((s) => s.actor === 'b')?.veto).toBe(true);
  });

  it('fills every cell exactly once', () => {
    expect(steps.map((s) => s.cell).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('votePhase', () => {
  it('runs none → voting → declaring → done', () => {
    expect(votePhase(false, NO_PROGRESS, 15, 2)).toBe('none');
    expect(votePhase(true, NO_PROGRESS, 15, 2)).toBe('voting');
    expect(votePhase(true, { revealed: 15, verdict: false, declared: 0 }, 15, 2)).toBe('voting');
    expect(votePhase(true, { revealed: 15, verdict: true, declared: 1 }, 15, 2)).toBe('declaring');
    expect(votePhase(true, fullProgress(15, 2), 15, 2)).toBe('done');
  });
});

describe('tableView during the game', () => {
  let store: GameStoreApi;
  beforeAll(async () => {
    store = createGameStore({ model, storage: memoryStorage() });
    await store.getState().start({ seats: seats('usa'), rounds: 1, seed: 7, difficulty: 'normal' });
  });

  it('shows the vote as it would fall now, the human seat and whose move it is', () => {
    const view = tableView(scenario, store.getState(), order, NO_PROGRESS)!;
    const assessment = currentAssessment(scenario, store.getState().game!);
    expect(view.phase).toBe('none');
    expect(view.tally.final).toBe(false);
    expect([view.tally.yes, view.tally.no, view.tally.abstain]).toEqual([
      assessment.vote.yes.length,
      assessment.vote.no.length,
      assessment.vote.abstain.length,
    ]);
    expect(view.tally.cells.filter(Boolean)).toHaveLength(members.length);
    expect(view.tally.needed).toBe(9);
    expect(view.tally.margin).toBe(assessment.vote.marginToNine);
    expect(view.toMove).toBe('usa');
    expect(view.seats.get(id('usa'))).toMatchObject({ human: true, toMove: true });
    expect([...view.seats.values()].filter((s) => s.toMove)).toHaveLength(1);
    expect(view.seats.get(id('ham'))?.mark).toBe(
      assessment.actors.find((a) => a.evaluation.actor === 'ham')?.ground,
    );
    expect(view.consent?.holds).toBe(assessment.groundConsent.holds);
  });

  it('says "estimating" until the outlook arrives, then reads its 12-month point', () => {
    expect(tableView(scenario, store.getState(), order, NO_PROGRESS)?.ceasefire.status).toBe('estimating');
    const game = store.getState().game!;
    const outlook = ceasefireOutlook(model, currentAssessment(scenario, game), {
      runs: 400,
      seed: 1,
      months: 24,
    });
    store.setState({ outlook });
    const ceasefire = tableView(scenario, store.getState(), order, NO_PROGRESS)?.ceasefire;
    expect(ceasefire).toMatchObject({ status: 'text', reading: collapseWithin(outlook) });
  });
});

describe('tableView after the vote', () => {
  let store: GameStoreApi;
  beforeAll(async () => {
    store = createGameStore({ model, storage: memoryStorage() });
    await store.getState().start({ seats: seats(null), rounds: 1, seed: 7, difficulty: 'normal' });
  });

  it('starts the reveal with every vote and declaration still to come', () => {
    const view = tableView(scenario, store.getState(), order, NO_PROGRESS)!;
    expect(view.phase).toBe('voting');
    expect(view.tally.cells.every((c) => c === null)).toBe(true);
    expect(view.tally.margin).toBeNull();
    expect(view.tally.verdict).toBeNull();
    for (const m of members) expect(view.seats.get(m)?.mark).toBe('pending');
    expect(view.seats.get(id('ham'))?.mark).toBe('pending');
    expect(view.consent).toBeNull();
    expect(view.ceasefire.status).toBe('awaiting-vote');
  });

  it('counts up as the members vote', () => {
    const view = tableView(scenario, store.getState(), order, { revealed: 5, verdict: false, declared: 0 })!;
    expect(view.tally.yes + view.tally.no + view.tally.abstain).toBe(5);
    expect(view.tally.cells.filter(Boolean)).toHaveLength(5);
    const firstFive = order.filter((a) => members.includes(a)).slice(0, 5);
    for (const m of firstFive) expect(view.seats.get(m)?.mark).not.toBe('pending');
  });

  it('ends with the final vote, the declarations, consent and the final ceasefire reading', () => {
    const state = store.getState();
    const result = state.game!.result!;
    const { voters, declarers } = revealCounts(scenario, state, order);
    expect(voters).toBe(members.length);
    expect(declarers).toBe(2);
    const view = tableView(scenario, state, order, fullProgress(voters, declarers))!;
    expect(view.phase).toBe('done');
    expect([view.tally.yes, view.tally.no, view.tally.abstain]).toEqual([
      result.vote.yes.length,
      result.vote.no.length,
      result.vote.abstain.length,
    ]);
    expect(view.tally.margin).toBe(result.vote.marginToNine);
    expect(view.tally.verdict).toBe(result.vote.adopted ? 'adopted' : 'not-adopted');
    expect(view.seats.get(id('ham'))?.mark).toBe(result.ground[id('ham')]);
    expect(view.seats.get(id('isr'))?.mark).toBe(result.ground[id('isr')]);
    expect(view.consent).toEqual(result.groundConsent);
    expect(view.ceasefire).toMatchObject({ status: 'final', reading: collapseWithin(result.ceasefire) });
    expect(view.toMove).toBeNull();
  });
});
