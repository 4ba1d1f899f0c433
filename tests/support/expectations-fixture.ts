// The minimal fixture with an `expectations:` section appended: what the expectation tests parse,
// check and run through the command line.
import { readFileSync } from 'node:fs';

export const MINIMAL = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

/** The minimal scenario with these lines (already indented as list entries) as its expectations. */
export const withExpectations = (entries: string): string => `${MINIMAL}\nexpectations:\n${entries}`;

/** Expectations that hold for the minimal scenario (see tests/engine/expectations.test.ts). */
export const TRUE_EXPECTATIONS = `  - label: Borovia vetoes the opening, so it fails with ten votes
    adopted: false
    yes_at_least: 10
    yes_at_most: 10
    actor: p2
    stance: veto
  - label: The Front would spoil the opening
    actor: g1
    stance: [reject, abstain]
    ground: spoil
  - label: Without a resolution the truce fails within a year in 30–60% of cases
    draft: status_quo
    collapse_12m: [0.3, 0.6]
  - label: Caspary likes the pen draft
    draft: pen-draft
    actor: p3
    acceptance: [50, 100]
  - label: Consent on the ground fails
    ground_consent: false
`;
