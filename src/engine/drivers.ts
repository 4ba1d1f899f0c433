// The ceasefire model's drivers, each in 0–1, computed from the draft's clauses (their `sets`) and
// from how the actors take the draft. Definitions (docs/model.md §4):
//   peacekeeping   = adequacy × consent × mandate_fit × command_unity, where troops count only from
//                    contributors whose clause says yes, whose stated conditions the text meets
//                    (`deployment.serves_if`), who accept the text (acceptance ≥ 50) and whom no
//                    party on the ground vetoes (an absolute red line on their clause)
//   agreement      = ½ if a resolution is adopted + ½ if, in addition, every party on the ground at
//                    least acquiesces; 0 with no resolution in force (a bare truce)
//   guarantees     = written guarantees + the mean commitment of guarantor actors to an adopted text
//   spoilers       = Σ spoiler capacity × dissatisfaction below "as good as no deal"
//   disarmament, withdrawal, reconstruction, inclusion = as written in the text
// These are the values once everything is in place; build-up.ts gives them month by month (troops
// arrive, disarmament, withdrawal and reconstruction phase in).
import type { ActorEvaluation } from './acceptance.ts';
import type { ActorId } from './ids.ts';
import { memoByObject } from './memo.ts';
import { type CompiledCondition, type DraftIndex, holds, type Model } from './model.ts';
import { type Phase, phaseOf } from './phase.ts';
import { type Driver, PHASED_DRIVERS, type PhasedDriver } from './vocabulary.ts';

export type DriverValues = Readonly<Record<Driver, number>>;

export interface Contingent {
  readonly actor: ActorId;
  readonly pledged: number;
  /** Why the contingent does or does not count. */
  readonly status: 'deployed' | 'not-in-text' | 'vetoed' | 'declines' | 'unwilling';
  readonly vetoedBy?: ActorId;
  /** When its troops arrive, in months after adoption. */
  readonly arrives: Phase;
}

/** One clause's part of a phased driver, and how fast it takes effect. */
export interface PhasedPart {
  readonly driver: PhasedDriver;
  readonly amount: number;
  readonly phase: Phase;
}

export interface ForceReport {
  readonly contingents: readonly Contingent[];
  readonly pledged: number;
  readonly authorised: number | null;
  readonly deployed: number;
  readonly needed: number | null;
  readonly adequacy: number;
  readonly consent: number;
  readonly mandateFit: number;
  readonly commandUnity: number;
  /** How fast the force arrives when no contributor clause names its contingents. */
  readonly arrives: Phase;
}

export interface DriverReport {
  /** Once everything is in place (build-up.ts: month by month). */
  readonly values: DriverValues;
  readonly force: ForceReport;
  /** What the text sets of disarmament, withdrawal and reconstruction, clause by clause. */
  readonly phased: readonly PhasedPart[];
}

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));
/** Acceptance at which an actor is as happy with the text as with no resolution. */
const NO_DEAL = 50;

interface OptionSettings {
  readonly disarmament: number;
  readonly guarantees: number;
  readonly inclusion: number;
  readonly reconstruction: number;
  readonly withdrawal: number;
  readonly mandateFit: number;
  readonly commandUnity: number;
  readonly authorised: number | null;
  readonly needed: number | null;
  readonly phases: Readonly<Record<PhasedDriver, Phase>>;
}

/** What does not change from draft to draft: who contributes, who can veto whom, who guarantees. */
interface DriverPlan {
  readonly contributors: ReadonlyArray<{
    readonly issue: number;
    readonly actor: number;
    readonly id: ActorId;
    readonly troops: number;
    readonly servesIf: CompiledCondition | null;
    readonly arrives: Phase;
    /** Absolute red lines of parties on the ground that concern this clause. */
    readonly vetoes: ReadonlyArray<{ readonly by: ActorId; readonly when: CompiledCondition }>;
  }>;
  readonly ground: readonly number[];
  /** settings[k][o]: what option o of clause k sets, as numbers (null: sets nothing). */
  readonly settings: ReadonlyArray<ReadonlyArray<OptionSettings | null>>;
  readonly guarantors: ReadonlyArray<{ readonly actor: number; readonly clout: number }>;
  readonly spoilers: ReadonlyArray<{ readonly actor: number; readonly capacity: number }>;
  readonly forceArrives: Phase;
}

const planFor = memoByObject((model: Model): DriverPlan => {
  const groundActors = model.actors.filter((a) => a.actor.ground);
  const defaults = model.scenario.ceasefire.phaseIn ?? {};
  const forceArrives = phaseOf(defaults.peacekeeping);
  const plan: DriverPlan = {
    forceArrives,
    contributors: model.issues.flatMap((issue, k) => {
      const actor = issue.contributor === undefined ? undefined : model.actorIndex.get(issue.contributor);
      if (actor === undefined || issue.contributor === undefined) return [];
      const vetoes = groundActors.flatMap((g) =>
        g.redLines
          .filter((line, r) => g.actor.redLines[r]?.severity === 'absolute' && line.issues.includes(k))
          .map((line) => ({ by: g.actor.id, when: line.when })),
      );
      const compiled = model.actors[actor];
      const arrives = compiled?.actor.deployment?.arrives;
      return [
        {
          issue: k,
          actor,
          id: issue.contributor,
          troops: compiled?.actor.troops ?? 0,
          servesIf: compiled?.servesIf ?? null,
          arrives: arrives ? phaseOf(arrives) : forceArrives,
          vetoes,
        },
      ];
    }),
    ground: groundActors.map((a) => a.index),
    settings: model.issues.map((issue) =>
      issue.options.map((option) => {
        const sets = option.sets;
        if (Object.keys(sets).length === 0) return null;
        return {
          disarmament: sets.disarmament ?? 0,
          guarantees: sets.guarantees ?? 0,
          inclusion: sets.inclusion ?? 0,
          reconstruction: sets.reconstruction ?? 0,
          withdrawal: sets.withdrawal ?? 0,
          mandateFit: sets.mandate_fit ?? 1,
          commandUnity: sets.command_unity ?? 1,
          authorised: sets.troops_authorised ?? null,
          needed: sets.troops_needed ?? null,
          phases: Object.fromEntries(
            PHASED_DRIVERS.map((d) => [d, phaseOf(option.phaseIn?.[d] ?? defaults[d])]),
          ) as Record<PhasedDriver, Phase>,
        };
      }),
    ),
    guarantors: model.actors
      .filter((a) => a.actor.guarantor)
      .map((a) => ({ actor: a.index, clout: a.actor.clout })),
    spoilers: model.actors
      .filter((a) => a.actor.spoiler > 0)
      .map((a) => ({ actor: a.index, capacity: a.actor.spoiler })),
  };
  return plan;
});

export function computeDrivers(
  model: Model,
  draft: DraftIndex,
  evaluations: readonly ActorEvaluation[],
  outcome: { readonly adopted: boolean; readonly groundConsent: boolean },
): DriverReport {
  const { issues, scenario } = model;
  const t = scenario.procedure.thresholds;
  const written = { disarmament: 0, guarantees: 0, inclusion: 0, reconstruction: 0, withdrawal: 0 };
  let mandateFit = 1;
  let commandUnity = 1;
  let authorised: number | null = null;
  let needed: number | null = null;
  const plan = planFor(model);
  const phased: PhasedPart[] = [];
  for (let k = 0; k < draft.length; k++) {
    // Only options that set something are in the table; most options set nothing.
    const sets = plan.settings[k]?.[draft[k] ?? 0];
    if (!sets) continue;
    for (const d of PHASED_DRIVERS)
      if (sets[d] !== 0) phased.push({ driver: d, amount: sets[d], phase: sets.phases[d] });
    written.disarmament += sets.disarmament;
    written.guarantees += sets.guarantees;
    written.inclusion += sets.inclusion;
    written.reconstruction += sets.reconstruction;
    written.withdrawal += sets.withdrawal;
    mandateFit *= sets.mandateFit;
    commandUnity *= sets.commandUnity;
    if (sets.authorised !== null) authorised = sets.authorised;
    if (sets.needed !== null) needed = sets.needed;
  }

  const acceptance = (n: number) => evaluations[n]?.acceptance ?? 0;
  const contingents: Contingent[] = [];
  let pledged = 0;
  for (const c of plan.contributors) {
    const inText = issues[c.issue]?.options[draft[c.issue] ?? 0]?.id === 'yes';
    let vetoedBy: ActorId | undefined;
    for (const v of c.vetoes) {
      if (holds(v.when, draft)) {
        vetoedBy = v.by;
        break;
      }
    }
    let status: Contingent['status'] = 'deployed';
    if (!inText) status = 'not-in-text';
    else if (vetoedBy !== undefined) status = 'vetoed';
    else if (c.servesIf !== null && !holds(c.servesIf, draft)) status = 'declines';
    else if (acceptance(c.actor) < NO_DEAL) status = 'unwilling';
    if (status === 'deployed') pledged += c.troops;
    contingents.push({
      actor: c.id,
      pledged: c.troops,
      status,
      ...(vetoedBy === undefined ? {} : { vetoedBy }),
      arrives: c.arrives,
    });
  }
  // Without contributor clauses, the scenario assumes the authorised force is found.
  const deployed =
    contingents.length > 0 ? Math.min(pledged, authorised ?? Number.POSITIVE_INFINITY) : (authorised ?? 0);
  const adequacy = deployed <= 0 ? 0 : needed === null ? 1 : clamp01(deployed / needed);
  // Consent of the parties on the ground: 0 at the spoil threshold, 1 at the endorse threshold.
  const span = Math.max(1e-9, t.endorse - t.spoil);
  let consentProduct = 1;
  for (const g of plan.ground) consentProduct *= clamp01((acceptance(g) - t.spoil) / span);
  const consent = plan.ground.length === 0 ? 1 : consentProduct ** (1 / plan.ground.length);

  let guarantorSum = 0;
  const guarantorSpan = Math.max(1e-9, t.support - t.abstain);
  for (const g of plan.guarantors)
    guarantorSum += (g.clout / 100) * clamp01((acceptance(g.actor) - t.abstain) / guarantorSpan);
  // Guarantors commit to a text: with no resolution in force there is none to guarantee.
  const guarantorShare =
    plan.guarantors.length === 0 || !outcome.adopted ? 0 : guarantorSum / plan.guarantors.length;

  let spoilers = 0;
  for (const sp of plan.spoilers)
    spoilers += (sp.capacity / 100) * clamp01((NO_DEAL - acceptance(sp.actor)) / NO_DEAL);

  const values: Record<Driver, number> = {
    // ½ for an adopted resolution, ½ more if the parties on the ground consent to it; no resolution
    // (the bare truce of the baseline) scores 0 even though the parties "consent" to the status quo.
    agreement: outcome.adopted ? 0.5 + (outcome.groundConsent ? 0.5 : 0) : 0,
    disarmament: clamp01(written.disarmament),
    guarantees: clamp01(written.guarantees + guarantorShare),
    inclusion: clamp01(written.inclusion),
    peacekeeping: clamp01(adequacy * consent * mandateFit * commandUnity),
    reconstruction: clamp01(written.reconstruction),
    spoilers: clamp01(spoilers),
    withdrawal: clamp01(written.withdrawal),
  };
  return {
    values,
    force: {
      contingents,
      pledged,
      authorised,
      deployed,
      needed,
      adequacy,
      consent,
      mandateFit,
      commandUnity,
      arrives: plan.forceArrives,
    },
    phased,
  };
}
