// Plain-data reports of a draft, for the command line's --json, exports and the browser. Numbers are
// rounded here (and only here) to 4 decimals, so outputs are compact and byte-identical across runs.

import { type Assessment, assess } from './assess.ts';
import { type BestChange, bestChanges } from './best-change.ts';
import { derivedValueNote } from './describe.ts';
import { draftFromIndex, draftIndex, type Model } from './model.ts';
import { type CeasefireOutlook, ceasefireOutlook, type SimulationOptions } from './montecarlo.ts';
import { resolutionText } from './resolution.ts';
import type { Draft } from './scenario.ts';
import { ENGINE_VERSION, hash53 } from './version.ts';

const round = (x: number): number => {
  const r = Math.round(x * 10_000) / 10_000;
  return Object.is(r, -0) ? 0 : r;
};

/** Rounds every number in a plain-data tree. */
export function roundDeep<T>(value: T): T {
  if (typeof value === 'number') return round(value) as T;
  if (Array.isArray(value)) return value.map(roundDeep) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)])) as T;
  }
  return value;
}

export interface DraftLabel {
  /** 'opening', 'status_quo', a named draft's id, a file name, or 'landing_zone'. */
  readonly name: string;
  readonly title: string;
}

function header(model: Model, label: DraftLabel, draft: Draft) {
  const s = model.scenario;
  return {
    scenario: { id: s.id, title: s.title, asOf: s.asOf, hash: hash53(JSON.stringify(s)) },
    draft: { name: label.name, title: label.title, clauses: draft },
    engine: { version: ENGINE_VERSION },
  };
}

function actorRows(model: Model, a: Assessment, best: ReadonlyArray<BestChange | null>) {
  return model.actors.map((compiled, i) => {
    const actor = compiled.actor;
    const x = a.actors[i]!;
    const e = x.evaluation;
    return {
      id: actor.id,
      name: actor.name,
      acceptance: e.acceptance,
      utility: e.utility,
      reservation: e.reservation,
      baseAcceptance: e.baseAcceptance,
      stance: x.stance,
      ...(x.vote === null ? {} : { vote: x.vote }),
      ...(x.ground === null ? {} : { ground: x.ground }),
      // A value derived from the actor's stance says so (`derived`); written values are unchanged.
      terms: e.terms.map((t) => {
        const derived = derivedValueNote(model.scenario, actor.id, t.issue, t.option);
        return derived === null ? t : { ...t, derived };
      }),
      rules: e.rules,
      redLines: e.redLines,
      constituencies: e.constituencies,
      cues: e.cues,
      steps: e.steps,
      bestChange: best[i] ?? null,
    };
  });
}

function ceasefireBlock(model: Model, a: Assessment, outlook: CeasefireOutlook) {
  const c = model.scenario.ceasefire;
  return {
    /** 'draft' if the text is adopted; 'status_quo' if not, and the ceasefire runs without it. */
    inForce: a.inForce.text,
    method: outlook.method,
    runs: outlook.runs,
    seed: outlook.seed,
    horizonMonths: outlook.collapse.length,
    collapse: {
      months: outlook.collapse.map((p) => p.month),
      probability: outlook.collapse.map((p) => p.probability),
      ci95: outlook.collapse.map((p) => p.ci95),
    },
    medianMonth: outlook.medianMonth,
    hazardRatio: a.hazard.hazardRatio,
    logHazard: a.hazard.logHazard,
    drivers: a.hazard.drivers.map((d) => ({ ...d, basis: c.drivers[d.driver].basis })),
    rules: a.hazard.rules,
    floorAdjustment: a.hazard.floorAdjustment,
    force: a.drivers.force,
    events: outlook.events,
    ...(outlook.buildUp === undefined ? {} : { buildUp: outlook.buildUp }),
  };
}

export interface ScoreOptions extends SimulationOptions {
  readonly label: DraftLabel;
}

export function scoreReport(model: Model, draft: Draft, options: ScoreOptions) {
  const index = draftIndex(model, draft);
  const a = assess(model, index);
  const outlook = ceasefireOutlook(model, a, options);
  return roundDeep({
    ...header(model, options.label, draftFromIndex(model, index)),
    actors: actorRows(model, a, bestChanges(model, a)),
    vote: {
      yes: a.vote.yes,
      no: a.vote.no,
      abstain: a.vote.abstain,
      vetoes: a.vote.vetoes,
      adopted: a.vote.adopted,
      marginToNine: a.vote.marginToNine,
      pivotal: a.vote.pivotal,
      vetoRisk: a.vetoRisk,
    },
    groundConsent: a.groundConsent,
    ceasefire: ceasefireBlock(model, a, outlook),
    resolution: resolutionText(model.scenario, draftFromIndex(model, index)),
  });
}
export type ScoreReport = ReturnType<typeof scoreReport>;

export function simulationReport(model: Model, draft: Draft, options: ScoreOptions) {
  const index = draftIndex(model, draft);
  const a = assess(model, index);
  const outlook = ceasefireOutlook(model, a, options);
  return roundDeep({
    ...header(model, options.label, draftFromIndex(model, index)),
    vote: { adopted: a.vote.adopted, marginToNine: a.vote.marginToNine },
    groundConsent: a.groundConsent,
    ceasefire: {
      ...ceasefireBlock(model, a, outlook),
      survival: outlook.survival,
      events: outlook.events.map((e) => ({
        ...e,
        text: model.scenario.ceasefire.events.find((x) => x.id === e.id)?.text ?? '',
      })),
    },
  });
}
export type SimulationReport = ReturnType<typeof simulationReport>;
