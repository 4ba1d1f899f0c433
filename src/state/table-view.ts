// What the table shows, worked out from the store without Phaser (so it is tested in Node): each
// seat's meter, mark and turn, the Council tally, consent on the ground and the ceasefire reading.
// After the game, the vote is revealed step by step: `VoteProgress` says how far the reveal has got,
// and the same function draws any moment of it — a store change mid-reveal redraws the same moment.
import type { ActorId } from '../engine/ids.ts';
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import { whoseMove } from '../engine/negotiation/state.ts';
import { own } from '../engine/own.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { Vote, VoteOutcome } from '../engine/vote.ts';
import { type CollapseReading, collapseWithin } from './ceasefire-view.ts';
import { currentAssessment } from './selectors.ts';
import type { GameStore } from './store.ts';

export type MarkKind =
  | 'support'
  | 'abstain'
  | 'reject'
  | 'veto'
  | 'endorse'
  | 'acquiesce'
  | 'oppose'
  | 'spoil'
  /** Not yet known: a vote not yet cast, a declaration not yet made. */
  | 'pending';

/** The mark in words, for the ground panel and the key. */
export const MARK_WORD: Readonly<Record<MarkKind, string>> = {
  support: 'yes',
  abstain: 'abstains',
  reject: 'no',
  veto: 'veto',
  endorse: 'endorses',
  acquiesce: 'goes along',
  oppose: 'opposes',
  spoil: 'spoiler',
  pending: '…',
};

export interface VoteStep {
  readonly actor: ActorId;
  readonly vote: Vote;
  readonly veto: boolean;
  /** Yes votes fill the tally from the left, the others from the right, in the order cast. */
  readonly cell: number;
}

export interface VoteProgress {
  /** Council members whose vote has been shown. */
  readonly revealed: number;
  readonly verdict: boolean;
  /** Parties on the ground whose declaration has been shown. */
  readonly declared: number;
}

export type VotePhase = 'none' | 'voting' | 'declaring' | 'done';

export interface SeatState {
  readonly acceptance: number;
  readonly mark: MarkKind;
  readonly human: boolean;
  readonly toMove: boolean;
}

export interface TallyView {
  readonly final: boolean;
  readonly cells: ReadonlyArray<MarkKind | null>;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly needed: number;
  /** Yes votes minus those needed; null until every vote is in. */
  readonly margin: number | null;
  readonly vetoes: readonly ActorId[];
  /** Whether the text is (or, before the vote, would be) adopted. */
  readonly adopted: boolean;
  /** The announced result: null until the reveal reaches it (and before the vote). */
  readonly verdict: 'adopted' | 'not-adopted' | null;
}

export interface TableView {
  readonly phase: VotePhase;
  readonly round: number;
  readonly rounds: number;
  readonly stage: 'negotiating' | 'deciding' | 'finished';
  readonly toMove: ActorId | null;
  readonly seats: ReadonlyMap<ActorId, SeatState>;
  readonly tally: TallyView;
  /** Null while the declarations are still being made. */
  readonly consent: { readonly holds: boolean; readonly blockers: readonly ActorId[] } | null;
  readonly ceasefire:
    | { readonly status: 'estimating' | 'awaiting-vote' }
    | {
        readonly status: 'text' | 'final';
        readonly reading: CollapseReading;
        readonly outlook: CeasefireOutlook;
      };
}

const GROUND_MARKS: ReadonlySet<string> = new Set(['endorse', 'acquiesce', 'oppose', 'spoil']);
const groundMark = (declared: string | undefined, fallback: MarkKind): MarkKind =>
  declared !== undefined && GROUND_MARKS.has(declared) ? (declared as MarkKind) : fallback;

export const NO_PROGRESS: VoteProgress = { revealed: 0, verdict: false, declared: 0 };

export function voteSteps(order: readonly ActorId[], vote: VoteOutcome): VoteStep[] {
  const cast = new Map<ActorId, Vote>();
  for (const id of vote.yes) cast.set(id, 'yes');
  for (const id of vote.no) cast.set(id, 'no');
  for (const id of vote.abstain) cast.set(id, 'abstain');
  const voters = order.filter((id) => cast.has(id));
  let yes = 0;
  let others = 0;
  return voters.map((actor) => {
    const v = cast.get(actor)!;
    const cell = v === 'yes' ? yes++ : voters.length - 1 - others++;
    return { actor, vote: v, veto: vote.vetoes.includes(actor), cell };
  });
}

export const voteMark = (step: Pick<VoteStep, 'vote' | 'veto'>): MarkKind =>
  step.vote === 'yes' ? 'support' : step.vote === 'abstain' ? 'abstain' : step.veto ? 'veto' : 'reject';

export function votePhase(
  finished: boolean,
  progress: VoteProgress,
  voters: number,
  declarers: number,
): VotePhase {
  if (!finished) return 'none';
  if (progress.revealed < voters || !progress.verdict) return 'voting';
  return progress.declared < declarers ? 'declaring' : 'done';
}

/** The progress at the end of the reveal: what reduced motion, or a finished show, displays. */
export const fullProgress = (voters: number, declarers: number): VoteProgress => ({
  revealed: voters,
  verdict: true,
  declared: declarers,
});

function tallyOf(
  steps: readonly VoteStep[],
  size: number,
  needed: number,
  final: boolean,
  adopted: boolean,
  verdict: 'adopted' | 'not-adopted' | null,
): TallyView {
  const cells: Array<MarkKind | null> = new Array(size).fill(null);
  for (const step of steps) cells[step.cell] = voteMark(step);
  const count = (v: Vote) => steps.filter((s) => s.vote === v).length;
  const yes = count('yes');
  return {
    final,
    cells,
    yes,
    no: count('no'),
    abstain: count('abstain'),
    needed,
    margin: steps.length === size ? yes - needed : null,
    vetoes: steps.filter((s) => s.veto).map((s) => s.actor),
    adopted,
    verdict,
  };
}

/**
 * `order`: the table's seat order (members in the order they vote, parties on the ground in the order
 * they declare). `progress` matters only once the game is finished.
 */
export function tableView(
  scenario: Scenario,
  store: GameStore,
  order: readonly ActorId[],
  progress: VoteProgress,
): TableView | null {
  const game = store.game;
  if (!game) return null;
  const assessment = currentAssessment(scenario, game);
  const members = new Set<ActorId>(scenario.procedure.members);
  const memberOrder = order.filter((id) => members.has(id));
  const result = game.phase === 'finished' ? game.result : null;
  const vote = result ? result.vote : assessment.vote;
  const needed = vote.yes.length - vote.marginToNine;
  const steps = voteSteps(memberOrder, vote);
  const groundSeats = new Set(
    order.filter((id) => !members.has(id) && scenario.actors.find((a) => a.id === id)?.ground),
  );
  // The parties in the ground panel declare one by one (a member on the ground votes instead).
  const groundOrder = order.filter(
    (id) => groundSeats.has(id) && result !== null && own(result.ground, id) !== undefined,
  );
  const next = whoseMove(game, scenario.procedure.penHolder);
  const toMove = next.kind === 'finished' ? null : next.actor;
  const revealed = new Map(
    steps.slice(0, result ? progress.revealed : steps.length).map((s) => [s.actor, s]),
  );
  const declared = new Set(groundOrder.slice(0, progress.declared));

  const seats = new Map<ActorId, SeatState>();
  for (const a of assessment.actors) {
    const id = a.evaluation.actor;
    let mark: MarkKind = groundSeats.has(id) && a.ground ? a.ground : a.stance;
    if (result) {
      const step = revealed.get(id);
      if (members.has(id)) mark = step ? voteMark(step) : 'pending';
      else if (groundSeats.has(id))
        mark = declared.has(id) ? groundMark(own(result.ground, id), mark) : 'pending';
    }
    seats.set(id, {
      acceptance: a.evaluation.acceptance,
      mark,
      human: own(game.setup.seats, id) === 'human',
      toMove: id === toMove,
    });
  }

  const phase = votePhase(result !== null, progress, steps.length, groundOrder.length);
  const shown = result ? steps.slice(0, progress.revealed) : steps;
  const verdict = result && progress.verdict ? (vote.adopted ? 'adopted' : 'not-adopted') : null;
  const tally = tallyOf(shown, memberOrder.length, needed, result !== null, vote.adopted, verdict);
  const consent = result
    ? phase === 'done'
      ? result.groundConsent
      : null
    : { holds: assessment.groundConsent.holds, blockers: assessment.groundConsent.blockers };

  let ceasefire: TableView['ceasefire'];
  const outlook = result ? result.ceasefire : store.outlook;
  const reading = outlook ? collapseWithin(outlook) : null;
  if (result && phase !== 'done') ceasefire = { status: 'awaiting-vote' };
  else if (outlook && reading) ceasefire = { status: result ? 'final' : 'text', reading, outlook };
  else ceasefire = { status: 'estimating' };

  return {
    phase,
    round: game.round,
    rounds: game.setup.rounds,
    stage: game.phase,
    toMove,
    seats,
    tally,
    consent,
    ceasefire,
  };
}

/** How many votes and declarations the reveal of a finished game has to show. */
export function revealCounts(
  scenario: Scenario,
  store: GameStore,
  order: readonly ActorId[],
): { readonly voters: number; readonly declarers: number } {
  const full = tableView(
    scenario,
    store,
    order,
    fullProgress(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY),
  );
  const result = store.game?.result;
  if (!full || !result) return { voters: 0, declarers: 0 };
  const members = new Set<ActorId>(scenario.procedure.members);
  const declarers = order.filter(
    (id) =>
      !members.has(id) &&
      own(result.ground, id) !== undefined &&
      scenario.actors.find((a) => a.id === id)?.ground,
  ).length;
  return { voters: full.tally.yes + full.tally.no + full.tally.abstain, declarers };
}
