// Expectations in words, for the command line and the lab alike: what each claim asks and what the
// engine found, with actors by name and drafts by title (never an id).
import type { ClaimResult, ExpectationsReport } from './expectations.ts';
import type { ExpectationClaim, ExpectationDraft, Scenario } from './scenario.ts';

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const percent = (p: number) => `${(100 * p).toFixed(1)}%`;
const either = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

function actorName(scenario: Scenario, id: string): string {
  return scenario.actors.find((a) => a.id === id)?.name ?? id;
}

/** The draft an expectation is about, as a reader knows it. */
export function draftWords(scenario: Scenario, draft: ExpectationDraft): string {
  if (draft === 'opening') return 'the opening draft';
  if (draft === 'status_quo') return 'no resolution';
  if (draft === 'landing_zone') return 'the landing zone';
  return scenario.drafts.find((d) => d.id === draft)?.title ?? draft;
}

/** What a claim asks, e.g. "at least 10 yes votes", "Russia: abstain or support". */
export function claimWords(scenario: Scenario, claim: ExpectationClaim): string {
  switch (claim.kind) {
    case 'adopted':
      return claim.value ? 'adopted' : 'not adopted';
    case 'yesAtLeast':
      return `at least ${claim.value} yes vote${claim.value === 1 ? '' : 's'}`;
    case 'yesAtMost':
      return `at most ${claim.value} yes vote${claim.value === 1 ? '' : 's'}`;
    case 'groundConsent':
      return claim.value ? 'consent on the ground holds' : 'consent on the ground does not hold';
    case 'collapse12m':
      return `collapse within 12 months between ${percent(claim.low)} and ${percent(claim.high)}`;
    case 'stance':
      return `${actorName(scenario, claim.actor)}: ${either(claim.stances)}`;
    case 'ground':
      return `${actorName(scenario, claim.actor)} on the ground: ${either(claim.stances)}`;
    case 'acceptance':
      return `${actorName(scenario, claim.actor)}'s acceptance between ${claim.low} and ${claim.high}`;
  }
}

/** What the engine found for a claim, e.g. "9 yes", "abstain", "41.8%". */
export function actualWords(result: ClaimResult): string {
  const { claim, actual } = result;
  switch (claim.kind) {
    case 'adopted':
      return actual ? 'adopted' : 'not adopted';
    case 'yesAtLeast':
    case 'yesAtMost':
      return `${actual} yes`;
    case 'groundConsent':
      return actual ? 'holds' : 'does not hold';
    case 'collapse12m':
      return typeof actual === 'number' ? percent(actual) : String(actual);
    case 'stance':
    case 'ground':
      return String(actual);
    case 'acceptance':
      return typeof actual === 'number' ? actual.toFixed(1) : String(actual);
  }
}

/** How the collapse figures were computed, for a report's heading. */
export function methodWords(report: ExpectationsReport): string {
  return report.method === 'analytic'
    ? 'collapse risk exact (no random events)'
    : `collapse risk by Monte Carlo, ${thousands(report.runs)} runs, seed ${report.seed}`;
}
