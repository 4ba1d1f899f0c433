// The opening text of every shipped scenario must be contested: under default settings the vote is in
// doubt at the start, so there is something for the players to win. Each scenario states here what is
// contested, and the engine's numbers must bear it out; a new scenario must be added to the table.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  stanceProbabilities,
  stanceUncertaintyProblem,
} from '../../src/engine/analysis/stance-probabilities.ts';
import { assess } from '../../src/engine/assess.ts';
import { compile, type Model } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

/** The score command's default: 1,000 plausible settings on seed 1. */
const DRAWS = 1000;
const SEED = 1;
/** Adoption in fewer plausible settings than this is a vote in doubt. */
const IN_DOUBT = 0.8;

type Contest =
  | { readonly kind: 'fewer than nine in favour' }
  /** Outside the Council (consensus, k of n): the text would not be adopted as it stands. */
  | { readonly kind: 'not adopted as it stands' }
  | { readonly kind: 'margin to nine at most one'; readonly yes: number; readonly margin: number }
  | { readonly kind: 'veto risk'; readonly members: readonly string[] }
  | { readonly kind: 'a party on the ground would not go along'; readonly parties: readonly string[] }
  | { readonly kind: 'adopted in under 80% of plausible settings'; readonly percent: number };

/** What is contested in each shipped scenario's opening draft (percent: whole percent, as `score` prints it). */
const CONTESTED: Readonly<Record<string, readonly Contest[]>> = {
  'gaza-isf-2025.yaml': [
    { kind: 'margin to nine at most one', yes: 9, margin: 0 },
    { kind: 'veto risk', members: ['chn', 'rus'] },
    { kind: 'a party on the ground would not go along', parties: ['ham'] },
    { kind: 'adopted in under 80% of plausible settings', percent: 26 },
  ],
  // The Council is not in doubt (13–0–2, as on 2 October 2023); the gangs are: the G9 would spoil.
  'haiti-mss-2023.yaml': [{ kind: 'a party on the ground would not go along', parties: ['g9'] }],
  // Consensus as it stands, but Ukraine only abstains: it blocks in 29% of plausible settings.
  'black-sea-grain-2022.yaml': [{ kind: 'adopted in under 80% of plausible settings', percent: 71 }],
  // One vote to spare for the Lebanon–France–UK draft of 16 March 2011, China in the veto zone,
  // Gaddafi's government would fight any authority to use force, and the text fails in most
  // plausible settings (China's or Russia's veto, or a missing ninth vote).
  'libya-1973-2011.yaml': [
    { kind: 'margin to nine at most one', yes: 10, margin: 1 },
    { kind: 'veto risk', members: ['chn'] },
    { kind: 'a party on the ground would not go along', parties: ['gov'] },
    { kind: 'adopted in under 80% of plausible settings', percent: 38 },
  ],
};

const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && f !== '_template.yaml');

function load(file: string): Model {
  const result = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} must be valid`);
  return compile(result.value);
}

/** Everything that makes an opening contested, read off the engine. */
function contests(model: Model): Contest[] {
  const a = assess(model, model.opening);
  const out: Contest[] = [];
  if (model.scenario.procedure.forum !== 'unsc') {
    if (!a.vote.adopted) out.push({ kind: 'not adopted as it stands' });
  } else if (a.vote.yes.length < 9) out.push({ kind: 'fewer than nine in favour' });
  else if (a.vote.marginToNine <= 1)
    out.push({ kind: 'margin to nine at most one', yes: a.vote.yes.length, margin: a.vote.marginToNine });
  if (a.vetoRisk.length) out.push({ kind: 'veto risk', members: [...a.vetoRisk].sort() });
  if (!a.groundConsent.holds)
    out.push({
      kind: 'a party on the ground would not go along',
      parties: [...a.groundConsent.blockers].sort(),
    });
  if (stanceUncertaintyProblem(model.scenario) === null) {
    const p = stanceProbabilities(model, model.opening, { draws: DRAWS, seed: SEED }).pAdopted;
    if (p < IN_DOUBT)
      out.push({ kind: 'adopted in under 80% of plausible settings', percent: Math.round(100 * p) });
  }
  return out;
}

describe('the opening text of every shipped scenario is contested', () => {
  it('every shipped scenario states what is contested', () => {
    expect(shipped.length).toBeGreaterThan(0);
    for (const file of shipped) expect(Object.keys(CONTESTED), file).toContain(file);
  });

  it.each(shipped)('%s: the engine finds exactly what the table says is contested', (file) => {
    const found = contests(load(file));
    expect(found.length, 'an opening nobody contests leaves nothing to play for').toBeGreaterThan(0);
    expect(found).toEqual(CONTESTED[file]);
  });
});
