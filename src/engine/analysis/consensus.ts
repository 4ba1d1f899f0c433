// The consensus set: drafts near the base draft and near the landing zone that are adopted and keep
// every party on the ground at least acquiescent, reduced to those no other such draft beats for
// every actor the analyst picks (the Pareto set over their acceptance). It shows the room for a deal
// and what each choice within it costs whom.
import { assess } from '../assess.ts';
import type { ClauseChange } from '../best-change.ts';
import { actorShort, describeChanges, nameList } from '../describe.ts';
import type { ActorId } from '../ids.ts';
import type { Job } from '../jobs.ts';
import { landingZone } from '../landing.ts';
import { type DraftIndex, draftFromIndex, draftIndex, type Model } from '../model.ts';
import type { Draft, Scenario } from '../scenario.ts';
import { collapseJob } from './collapse.ts';
import { type DraftOutcome, outcomeOf } from './effects.ts';
import { changeSets, changesBetween, countChangeSets, draftKey } from './neighbourhood.ts';
import type { Table } from './table.ts';

export interface ConsensusOptions {
  /** Whose acceptance the Pareto set is over (default: the parties on the ground). */
  readonly actors?: readonly ActorId[];
  /** Changes searched around the base draft and around the landing zone: 1–3 (default 2). */
  readonly maxChanges?: number;
  /** Members listed in full (default 20), ranked by the lowest picked acceptance, highest first. */
  readonly limit?: number;
  /** Monte Carlo of the listed members' collapse risk (default 2,000 runs, seed 1). */
  readonly runs?: number;
  readonly seed?: number;
}

export interface ConsensusMember {
  readonly draft: Draft;
  /** Changes from the base draft. */
  readonly changes: readonly ClauseChange[];
  /** Acceptance of each picked actor, in the order of `ConsensusSet.actors`. */
  readonly acceptance: readonly number[];
  readonly outcome: DraftOutcome;
}

export interface ConsensusSet {
  readonly actors: readonly ActorId[];
  readonly maxChanges: number;
  readonly runs: number;
  readonly seed: number;
  /** Distinct drafts scored, and those adopted with ground consent. */
  readonly searched: number;
  readonly feasible: number;
  readonly members: readonly ConsensusMember[];
  /** Pareto members not listed. */
  readonly more: number;
}

interface Point {
  readonly draft: DraftIndex;
  readonly values: Float64Array;
  readonly sum: number;
  readonly lowest: number;
}

/** b dominates a: at least as good for every picked actor and better for one. */
function dominates(b: Point, a: Point): boolean {
  let better = false;
  for (let i = 0; i < a.values.length; i++) {
    if (b.values[i]! < a.values[i]!) return false;
    if (b.values[i]! > a.values[i]!) better = true;
  }
  return better;
}

/** The non-dominated points. Only a point with a larger (or equal) sum can dominate another. */
export function paretoFront<P extends Point>(points: readonly P[]): P[] {
  const sorted = [...points].sort((a, b) => b.sum - a.sum);
  const front: P[] = [];
  for (const p of sorted) if (!front.some((q) => dominates(q, p))) front.push(p);
  return front;
}

export function* consensusJob(model: Model, base: Draft, options: ConsensusOptions = {}): Job<ConsensusSet> {
  const maxChanges = Math.max(1, Math.min(3, options.maxChanges ?? 2));
  const limit = options.limit ?? 20;
  const settings = { runs: options.runs ?? 2000, seed: options.seed ?? 1 };
  const actors =
    options.actors && options.actors.length > 0
      ? [...options.actors]
      : model.actors.filter((a) => a.actor.ground).map((a) => a.actor.id);
  const picked = actors.map((id) => model.actorIndex.get(id) ?? -1);
  const baseIndex = draftIndex(model, base);
  const centres = [baseIndex, landingZone(model).draft];
  let total = 0;
  for (let k = 0; k <= maxChanges; k++) total += centres.length * (k === 0 ? 1 : countChangeSets(model, k));

  const seen = new Set<string>();
  const feasible: Point[] = [];
  let done = 0;
  for (const centre of centres) {
    for (let size = 0; size <= maxChanges; size++) {
      const drafts = size === 0 ? [{ draft: centre }] : changeSets(model, centre, size);
      for (const { draft } of drafts) {
        done++;
        if (done % 100 === 0) yield { done, total };
        const key = draftKey(draft);
        if (seen.has(key)) continue;
        seen.add(key);
        // The numbers only: the per-clause explanation is half the cost and not needed here.
        const a = assess(model, draft, { explain: false });
        if (!a.vote.adopted || !a.groundConsent.holds) continue;
        const values = Float64Array.from(picked, (i) => a.actors[i]?.evaluation.acceptance ?? 0);
        let sum = 0;
        let lowest = Number.POSITIVE_INFINITY;
        for (const v of values) {
          sum += v;
          lowest = Math.min(lowest, v);
        }
        feasible.push({ draft: draft.slice(), values, sum, lowest });
      }
    }
  }
  const front = paretoFront(feasible).sort((a, b) => b.lowest - a.lowest || b.sum - a.sum);
  const members: ConsensusMember[] = [];
  for (const p of front.slice(0, limit)) {
    const a = assess(model, p.draft);
    const risk = yield* collapseJob(model, a, settings);
    members.push({
      draft: draftFromIndex(model, p.draft),
      changes: changesBetween(model, baseIndex, p.draft),
      acceptance: [...p.values],
      outcome: outcomeOf(a, risk),
    });
  }
  return {
    actors,
    maxChanges,
    ...settings,
    searched: seen.size,
    feasible: feasible.length,
    members,
    more: front.length - members.length,
  };
}

/** The set as a table: changes and actors in words for people, with the ids kept in key columns. */
export function consensusTables(c: ConsensusSet, scenario: Scenario): Table[] {
  const short = (id: string) => actorShort(scenario, id);
  return [
    {
      id: 'consensus',
      title: 'Consensus set',
      columns: [
        { id: 'member', label: '#', numeric: true },
        { id: 'changes', label: 'Change ids', key: true },
        { id: 'changes_text', label: 'Changes from the base draft' },
        ...c.actors.map((id) => ({
          id: `acceptance_${id}`,
          label: short(id),
          numeric: true,
          unit: 'points' as const,
        })),
        { id: 'margin_to_nine', label: 'Margin to nine', numeric: true },
        { id: 'risk', label: 'P(collapse 12 mo)', numeric: true, unit: 'percent' },
      ],
      rows: c.members.map((m, i) => [
        i + 1,
        m.changes.map((ch) => `${ch.issue}: ${ch.from} → ${ch.to}`).join('; ') || '(the base draft)',
        describeChanges(scenario, m.changes) || '(the base draft)',
        ...m.acceptance,
        m.outcome.marginToNine,
        m.outcome.risk,
      ]),
      note:
        `Drafts within ${c.maxChanges} changes of the base draft or of the landing zone that are adopted and keep every party on the ground at least acquiescent ` +
        `(${c.feasible} of ${c.searched} scored), reduced to those no other beats for every one of ${nameList(c.actors.map(short))}. ` +
        `${c.members.length + c.more} such drafts${c.more > 0 ? `, ${c.members.length} listed` : ''}, best-off least satisfied actor first. ` +
        `Risk: Monte Carlo, ${c.runs} runs, seed ${c.seed}.`,
    },
  ];
}
