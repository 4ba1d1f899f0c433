// Stance probabilities in words, for every place a person reads them (the CLI's score, the lab's
// summary, the game's why panel): stances as verbs, shares in whole percent, never an id.
import type { DraftIndex, Model } from '../model.ts';
import {
  type StanceProbabilities,
  type StanceProbabilityOptions,
  stanceProbabilities,
  stanceUncertaintyProblem,
} from './stance-probabilities.ts';

/** The stance probabilities of a draft, or why the scenario cannot give any (no invented ranges). */
export type StanceUncertainty =
  | { readonly available: true; readonly result: StanceProbabilities }
  | { readonly available: false; readonly reason: string };

export function stanceUncertainty(
  model: Model,
  draft: DraftIndex,
  options: StanceProbabilityOptions,
): StanceUncertainty {
  const reason = stanceUncertaintyProblem(model.scenario);
  if (reason) return { available: false, reason };
  return { available: true, result: stanceProbabilities(model, draft, options) };
}

/** Whole percent; a share that is neither none nor all never reads as 0% or 100%. */
export function wholePercent(p: number): string {
  // Judged on the rounded value: 995 of 1,000 draws rounds to 100 and must not read as all of them.
  const rounded = Math.round(p * 100);
  if (p > 0 && rounded === 0) return '<1%';
  if (p < 1 && rounded === 100) return '>99%';
  return `${rounded}%`;
}

export const STANCE_VERBS: Readonly<Record<string, string>> = {
  support: 'supports',
  abstain: 'abstains',
  reject: 'rejects',
  veto: 'vetoes',
  endorse: 'endorses',
  acquiesce: 'acquiesces',
  oppose: 'opposes',
  spoil: 'spoils',
};

/** The stances taken in some setting, most often first: [['supports', 0.62], ['abstains', 0.38]]. */
export function sharesInOrder(shares: Readonly<Record<string, number>>): Array<readonly [string, number]> {
  return Object.entries(shares)
    .filter(([, p]) => p > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([stance, p]) => [STANCE_VERBS[stance] ?? stance, p] as const);
}

/** "supports 62%, abstains 38%". */
export function stanceShares(shares: Readonly<Record<string, number>>): string {
  return sharesInOrder(shares)
    .map(([verb, p]) => `${verb} ${wholePercent(p)}`)
    .join(', ');
}

/**
 * "supports in 62% of plausible settings, abstains in 38%": the stance shown first, so the sentence
 * starts with what the table says the actor does.
 */
export function stanceSentence(shares: Readonly<Record<string, number>>, shown: string): string {
  const ordered = sharesInOrder(shares);
  const verb = STANCE_VERBS[shown] ?? shown;
  const first = ordered.find(([v]) => v === verb) ?? [verb, 0];
  const rest = ordered.filter(([v]) => v !== verb);
  return [
    `${first[0]} in ${wholePercent(first[1])} of plausible settings`,
    ...rest.map(([v, p]) => `${v} in ${wholePercent(p)}`),
  ].join(', ');
}
