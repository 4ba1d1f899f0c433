// Negotiable preambular paragraphs (issue #16 item 3): a clause with `part: preamble` is a preambular
// paragraph the negotiation decides. It reads after the fixed preamble, has no operative number,
// moves no operative paragraph's number, and counts in acceptance like any clause.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/acceptance.ts';
import { clausesInParagraphOrder } from '../../src/engine/display-order.ts';
import type { ActorId, IssueId, OptionId } from '../../src/engine/ids.ts';
import { compile, draftIndex } from '../../src/engine/model.ts';
import { resolutionText } from '../../src/engine/resolution.ts';
import type { Scenario } from '../../src/engine/scenario.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { toRawScenario } from '../../src/scenario/write.ts';

const MINIMAL = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

// A preambular clause on the ceasefire's mediators, valued by the pen holder p1.
const PREAMBLE_CLAUSE = `issues:
  - id: mediators
    title: Thanks to the mediators
    kind: yes_no
    part: preamble
    paragraph: 1
    opening: "yes"
    status_quo: "no"
    options:
      - id: "yes"
        label: Commends the mediators
        text: Commending the States that mediated the ceasefire,
      - id: "no"
        label: No mention
`;

function load(text: string): Scenario {
  const parsed = parseScenario(text, 'preamble.yaml');
  if (!parsed.ok) throw new Error(parsed.error.map((p) => `${p.path}: ${p.message}`).join('; '));
  return parsed.value;
}

const withClause = (text: string) =>
  text
    .replace('issues:\n', PREAMBLE_CLAUSE)
    .replace(
      '    salience: { mandate: 3, force: 2 }\n    values:\n',
      '    salience: { mandate: 3, force: 2, mediators: 1 }\n    values:\n      mediators: { "yes": 100, "no": 0 }\n',
    );

describe('negotiable preambular paragraphs', () => {
  const plain = load(MINIMAL);
  const scenario = load(withClause(MINIMAL));
  const mediators = 'mediators' as IssueId;

  it('read after the fixed preamble, unnumbered, without moving an operative number', () => {
    const before = resolutionText(plain, plain.openingDraft);
    const after = resolutionText(scenario, scenario.openingDraft);
    expect(after.preamble).toEqual([...plain.preamble, 'Commending the States that mediated the ceasefire,']);
    expect(after.preambleClauses.map((p) => p.issue)).toEqual([mediators]);
    expect(after.operative).toEqual(before.operative);
    // Without the paragraph in the draft, the preamble is the fixed one.
    const without = resolutionText(scenario, { ...scenario.openingDraft, [mediators]: 'no' as OptionId });
    expect(without.preamble).toEqual(plain.preamble);
  });

  it('come first in paragraph order, and are kept through canonical form and writing', () => {
    expect(clausesInParagraphOrder(scenario)[0]!.id).toBe(mediators);
    expect(scenario.issues.find((i) => i.id === mediators)!.part).toBe('preamble');
    expect(plain.issues.every((i) => !('part' in i))).toBe(true);
    const raw = toRawScenario(scenario) as { issues: Array<{ id: string; part?: string }> };
    expect(raw.issues.find((i) => i.id === 'mediators')!.part).toBe('preamble');
  });

  it('count in an actor’s utility like any clause', () => {
    const model = compile(scenario);
    const p1 = model.actorIndex.get('p1' as ActorId)!;
    const utility = (draft: Scenario['openingDraft']) =>
      evaluate(model, draftIndex(model, draft)).actors[p1]!.utility;
    const withIt = utility(scenario.openingDraft);
    const withoutIt = utility({ ...scenario.openingDraft, [mediators]: 'no' as OptionId });
    expect(withIt).toBeGreaterThan(withoutIt);
  });

  it('are numbered apart from operative paragraphs: the same number in each part is fine, twice in one is not', () => {
    // paragraph 1 is also an operative clause's number in the fixture: no clash across parts.
    expect(plain.issues.some((i) => i.paragraph === 1)).toBe(true);
    const twice = withClause(MINIMAL).replace(
      'issues:\n',
      `issues:\n  - id: again\n    title: Again\n    kind: yes_no\n    part: preamble\n    paragraph: 1\n    opening: "no"\n    status_quo: "no"\n    options:\n      - { id: "yes", label: Yes, text: "Noting it," }\n      - { id: "no", label: No }\n`,
    );
    const parsed = parseScenario(twice, 'twice.yaml');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.error.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^preambular paragraph 1 is already used by clause/),
    );
  });
});
