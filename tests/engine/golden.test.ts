// Golden tables: the default scenario's scores for every named draft, pinned in a file. Any change of
// balance — in the scenario or the engine — shows up as a reviewable diff of numbers.
// After an intended change: `npx vitest run tests/engine/golden.test.ts -u`, then read the diff.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { landingZone } from '../../src/engine/landing.ts';
import { compile, draftIndex } from '../../src/engine/model.ts';
import { ceasefireOutlook } from '../../src/engine/montecarlo.ts';
import { roundDeep } from '../../src/engine/report.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

it('pins the default scenario: acceptance, stances, vote, consent and collapse risk per draft', async () => {
  const result = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
  if (!result.ok) throw new Error('the default scenario must be valid');
  const scenario = result.value;
  const model = compile(scenario);
  const drafts = [
    ['opening', model.opening],
    ['status_quo', model.statusQuo],
    ['landing_zone', landingZone(model).draft],
    ...scenario.drafts.map((d) => [d.id, draftIndex(model, d.clauses)] as const),
  ] as const;
  const table = Object.fromEntries(
    drafts.map(([name, draft]) => {
      const a = assess(model, draft);
      const outlook = ceasefireOutlook(model, a, {
        runs: 4000,
        seed: 1,
        months: scenario.ceasefire.horizonMonths,
      });
      return [
        name,
        roundDeep({
          actors: Object.fromEntries(
            a.actors.map((x) => [
              x.evaluation.actor,
              `${x.evaluation.acceptance.toFixed(2)} ${x.stance}${x.ground ? `/${x.ground}` : ''}`,
            ]),
          ),
          vote: `${a.vote.adopted ? 'adopted' : 'not adopted'} ${a.vote.yes.length}-${a.vote.no.length}-${a.vote.abstain.length}`,
          groundConsent: a.groundConsent,
          hazardRatio: a.hazard.hazardRatio,
          collapse: {
            m6: outlook.collapse[5]?.probability,
            m12: outlook.collapse[11]?.probability,
            m24: outlook.collapse[23]?.probability,
          },
        }),
      ];
    }),
  );
  await expect(`${JSON.stringify(table, null, 2)}\n`).toMatchFileSnapshot('golden/gaza-isf-2025.json');
});
