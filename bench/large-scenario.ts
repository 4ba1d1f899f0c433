// A generated scenario of a given size (deterministic), for the scaling benchmark.
import type { Scenario } from '../src/engine/scenario.ts';
import { DRIVERS } from '../src/engine/vocabulary.ts';
import { canonicalise } from '../src/scenario/canonicalise.ts';
import { scenarioSchema } from '../src/scenario/schema.ts';

function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function largeScenario(actorCount: number, issueCount: number, seed = 1): Scenario {
  const random = lcg(seed);
  const int = (n: number) => Math.floor(random() * n);
  const issues = Array.from({ length: issueCount }, (_, k) => {
    const n = 2 + int(4);
    return {
      id: `c${k}`,
      title: `Clause ${k}`,
      kind: 'choice',
      paragraph: k + 1,
      opening: 'o0',
      status_quo: `o${n - 1}`,
      options: Array.from({ length: n }, (_, o) => ({
        id: `o${o}`,
        label: `Option ${o}`,
        text: `Decides ${o};`,
      })),
    };
  });
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const salient = issues.filter(() => random() < 0.5);
    const chosen = salient.length > 0 ? salient : [issues[0]!];
    return {
      id: `a${String(i).padStart(3, '0')}`,
      name: `Actor ${i}`,
      colour: '#445566',
      kind: 'state',
      seat: i < 5 ? 'permanent' : i < 15 ? 'elected' : 'none',
      clout: int(101),
      coercion: int(101),
      ground: i === 20 || i === 21,
      spoiler: i === 21 ? 60 : 0,
      salience: Object.fromEntries(chosen.map((issue) => [issue.id, 1 + int(50)])),
      values: Object.fromEntries(
        chosen.map((issue) => [issue.id, Object.fromEntries(issue.options.map((o) => [o.id, int(101)]))]),
      ),
      red_lines:
        random() < 0.3
          ? [
              {
                id: 'line',
                when: { issue: chosen[0]!.id, is: 'o1' },
                text: 'No.',
                severity: 'strong',
                penalty: 10,
              },
            ]
          : [],
    };
  });
  const raw = scenarioSchema.parse({
    draftroom: 1,
    id: 'large',
    title: `${actorCount} actors, ${issueCount} clauses`,
    summary: 'Generated for the scaling benchmark.',
    as_of: '2025-10-24',
    procedure: {
      forum: 'unsc',
      rounds: 4,
      pen_holder: 'a000',
      thresholds: { support: 60, abstain: 40, veto: 25, endorse: 60, acquiesce: 40, spoil: 25 },
      domestic_pressure: 0.5,
    },
    actors,
    issues,
    ceasefire: {
      horizon_months: 12,
      baseline_collapse_12m: 0.5,
      duration_dependence: -0.3,
      shrink: 0.6,
      floor_hazard_ratio: 0.15,
      drivers: Object.fromEntries(DRIVERS.map((d) => [d, { hazard_ratio: 0.7 }])),
    },
  });
  return canonicalise(raw);
}
