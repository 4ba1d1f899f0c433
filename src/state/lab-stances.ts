// The lab's stance probabilities of the current draft: each actor's stances across the plausible
// settings of the scenario's sensitivity ranges, P(adopted) and P(consent). A lab task like the
// outlook (it follows every edit), so it runs in the engine worker; 1,000 draws take ~25–35 ms.

import { type StanceUncertainty, stanceUncertainty } from '../engine/analysis/stance-shares.ts';
import type { Table } from '../engine/analysis/table.ts';
import type { Job } from '../engine/jobs.ts';
import { draftIndex, type Model } from '../engine/model.ts';
import type { Draft } from '../engine/scenario.ts';
import { COUNCIL_STANCES, GROUND_STANCES } from '../engine/stance.ts';

/** Joint draws for the lab's and the game's stance probabilities (as the CLI's default). */
export const STANCE_DRAWS = 1000;

export interface StancesTask {
  readonly kind: 'stances';
  readonly draft: Draft;
  readonly draws: number;
  readonly seed: number;
}

export function stancesTable(model: Model, u: StanceUncertainty): Table {
  if (!u.available)
    return { id: 'stances', title: 'Stance probabilities', columns: [], rows: [], note: u.reason };
  const r = u.result;
  const ground = model.actors.some((a) => a.actor.ground);
  return {
    id: 'stances',
    title: `Stances across ${r.draws} plausible settings of the sensitivity ranges`,
    columns: [
      { id: 'actor', label: 'Actor' },
      ...COUNCIL_STANCES.map((s) => ({ id: s, label: `P(${s})`, numeric: true })),
      ...(ground ? GROUND_STANCES.map((s) => ({ id: s, label: `P(${s})`, numeric: true })) : []),
    ],
    rows: r.actors.map((a, i) => [
      model.actors[i]!.actor.name,
      ...COUNCIL_STANCES.map((s) => a.stance[s]),
      ...(ground ? GROUND_STANCES.map((s) => (a.ground ? a.ground[s] : null)) : []),
    ]),
    note: `P(adopted) ${r.pAdopted}; P(ground consent) ${r.pConsent}. Shares of joint draws (seed ${r.seed}) of ${r.groups.map((g) => g.group).join(', ')} within the scenario's ranges: not a forecast.`,
  };
}

// One step: 1,000 draws are a few tens of milliseconds, within what a worker step may take.
// biome-ignore lint/correctness/useYield: a job with a single step still answers as a generator
export function* stancesJob(model: Model, task: StancesTask): Job<{ data: StanceUncertainty; table: Table }> {
  const u = stanceUncertainty(model, draftIndex(model, task.draft), task);
  return { data: u, table: stancesTable(model, u) };
}
