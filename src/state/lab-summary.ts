// What the lab shows at once for a free draft (no sampling, ~50 µs): every actor's acceptance and
// stance beside the starting draft's, the Council tally with its margin to nine and vetoes, and consent
// on the ground. Also the catalogue of drafts the analyst can start from or compare.
import { assess } from '../engine/assess.ts';
import { actorRanks } from '../engine/display-order.ts';
import type { ActorId, IssueId } from '../engine/ids.ts';
import { landingZone } from '../engine/landing.ts';
import { draftFromIndex, draftIndex, type Model } from '../engine/model.ts';
import { own } from '../engine/own.ts';
import type { Draft } from '../engine/scenario.ts';
import type { CouncilStance, GroundStance } from '../engine/stance.ts';
import type { AnalysisKind, LabDraft, LabTask } from './lab-tasks.ts';
import { type LabSettings, openingDraft } from './lab-url.ts';

export interface ActorRow {
  readonly id: ActorId;
  readonly name: string;
  readonly short: string;
  readonly member: boolean;
  readonly permanent: boolean;
  readonly acceptance: number;
  /** Acceptance now minus acceptance of the starting draft. */
  readonly change: number;
  readonly stance: CouncilStance;
  readonly startStance: CouncilStance;
  readonly ground: GroundStance | null;
  readonly startGround: GroundStance | null;
}

export interface LabSummary {
  readonly actors: readonly ActorRow[];
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly vetoes: readonly ActorId[];
  readonly adopted: boolean;
  readonly margin: number;
  readonly startMargin: number;
  readonly startAdopted: boolean;
  readonly consent: boolean;
  readonly blockers: readonly ActorId[];
  readonly startConsent: boolean;
  /** Clauses where the draft differs from the starting draft. */
  readonly changed: readonly IssueId[];
}

export function summarise(model: Model, draft: Draft, start: Draft): LabSummary {
  const now = assess(model, draftIndex(model, draft));
  const before = assess(model, draftIndex(model, start));
  const permanent = model.scenario.procedure.forum === 'unsc' ? model.scenario.procedure.permanent : [];
  const rank = actorRanks(model.scenario);
  // Listed as people read them (permanent members, elected, invited, parties on the ground), so the
  // panel and the report's table agree.
  const rows = model.actors.map((a, i): ActorRow => {
    const n = now.actors[i]!;
    const b = before.actors[i]!;
    return {
      id: a.actor.id,
      name: a.actor.name,
      short: a.actor.short,
      member: n.vote !== null,
      permanent: permanent.includes(a.actor.id),
      acceptance: n.evaluation.acceptance,
      change: n.evaluation.acceptance - b.evaluation.acceptance,
      stance: n.stance,
      startStance: b.stance,
      ground: n.ground,
      startGround: b.ground,
    };
  });
  const actors = rows.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return {
    actors,
    yes: now.vote.yes.length,
    no: now.vote.no.length,
    abstain: now.vote.abstain.length,
    vetoes: now.vote.vetoes,
    adopted: now.vote.adopted,
    margin: now.vote.marginToNine,
    startMargin: before.vote.marginToNine,
    startAdopted: before.vote.adopted,
    consent: now.groundConsent.holds,
    blockers: now.groundConsent.blockers,
    startConsent: before.groundConsent.holds,
    changed: model.issues.filter((i) => own(draft, i.id) !== own(start, i.id)).map((i) => i.id),
  };
}

export interface CatalogueEntry extends LabDraft {
  /** 'opening', 'landing', 'draft:<id>' or 'saved:<name>' (as LabSettings.start). */
  readonly key: string;
}

/** Every draft the analyst can start from or compare: opening, landing zone, named, their own. */
export function draftCatalogue(model: Model, saved: readonly LabDraft[]): CatalogueEntry[] {
  return [
    { key: 'opening', name: 'Opening draft', clauses: openingDraft(model) },
    { key: 'landing', name: 'Landing zone', clauses: draftFromIndex(model, landingZone(model).draft) },
    ...model.scenario.drafts.map((d) => ({
      key: `draft:${d.id}`,
      name: d.title,
      // A named draft may leave clauses out: those keep the opening text.
      clauses: draftFromIndex(model, draftIndex(model, d.clauses)),
    })),
    ...saved.map((d) => ({ key: `saved:${d.name}`, name: d.name, clauses: d.clauses })),
  ];
}

/** The task an analysis runs on these settings, or why it cannot run yet (in words). */
export function analysisTask(model: Model, kind: AnalysisKind, s: LabSettings): LabTask | string {
  const { draft, runs, seed } = s;
  switch (kind) {
    case 'compare': {
      const all = draftCatalogue(model, s.saved);
      const drafts = s.compare.flatMap((k) => all.filter((d) => d.key === k));
      if (drafts.length < 2) return 'Tick two or more drafts to compare.';
      // Short ids name the drafts in the tables' columns: opening, landing, us-draft, plan-b.
      const id = (key: string) => key.replace(/^(draft|saved):/, '');
      return {
        kind,
        drafts: drafts.map((d) => ({ id: id(d.key), name: d.name, clauses: d.clauses })),
        runs,
        seed,
      };
    }
    case 'tornado':
      if (s.tornado.output === 'acceptance' && !s.tornado.actor) return 'Choose whose acceptance to test.';
      return { kind, draft, output: s.tornado.output, actor: s.tornado.actor, runs, seed };
    case 'sweep':
      if (!s.sweep) return 'Choose a parameter to sweep.';
      if (s.tornado.output === 'acceptance' && !s.tornado.actor) return 'Choose whose acceptance to show.';
      return {
        kind,
        draft,
        sweep: s.sweep,
        output: s.tornado.output,
        actor: s.tornado.actor,
        runs,
        seed,
      };
    case 'solve':
      return { kind, draft, goal: s.goal, maxChanges: 3, runs, seed };
    case 'consensus':
      return { kind, draft, actors: s.pareto, runs, seed };
  }
}
