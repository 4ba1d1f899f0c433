// The expectations evaluator: a golden table on the minimal fixture (every claim's finding, checked
// against the engine's own functions), determinism, the job's steps, and every shipped scenario
// passing its own expectations.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { actualWords, claimWords } from '../../src/engine/expectation-words.ts';
import {
  checkExpectations,
  EXPECTATION_RUNS,
  EXPECTATION_SEED,
  expectationsJob,
} from '../../src/engine/expectations.ts';
import { compile, type Model } from '../../src/engine/model.ts';
import { ceasefireOutlook } from '../../src/engine/montecarlo.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { TRUE_EXPECTATIONS, withExpectations } from '../support/expectations-fixture.ts';

function model(text: string, file = 'm.yaml'): Model {
  const parsed = parseScenario(text, file);
  if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('\n'));
  return compile(parsed.value);
}

describe('checking expectations', () => {
  const m = model(withExpectations(TRUE_EXPECTATIONS));

  it('finds, claim by claim, what the engine says (golden)', () => {
    const report = checkExpectations(m);
    const rows = report.results.map((r) => [
      r.label,
      r.held,
      r.claims.map((c) => `${claimWords(m.scenario, c.claim)} → ${actualWords(c)} ${c.held ? '✓' : '✗'}`),
    ]);
    expect(rows).toEqual([
      [
        'Borovia vetoes the opening, so it fails with ten votes',
        true,
        [
          'not adopted → not adopted ✓',
          'at least 10 yes votes → 10 yes ✓',
          'at most 10 yes votes → 10 yes ✓',
          'Borovia: veto → veto ✓',
        ],
      ],
      [
        'The Front would spoil the opening',
        true,
        [
          'Meridian Liberation Front: reject or abstain → reject ✓',
          'Meridian Liberation Front on the ground: spoil → spoil ✓',
        ],
      ],
      [
        'Without a resolution the truce fails within a year in 30–60% of cases',
        true,
        ['collapse within 12 months between 30.0% and 60.0% → 49.8% ✓'],
      ],
      ['Caspary likes the pen draft', true, ["Caspary's acceptance between 50 and 100 → 73.1 ✓"]],
      ['Consent on the ground fails', true, ['consent on the ground does not hold → does not hold ✓']],
    ]);
    expect(report).toMatchObject({ method: 'monte-carlo', runs: 10_000, seed: 1, held: 5, failed: 0 });
  });

  it('reads the collapse figure from the simulation with the stated seed and runs', () => {
    const p = ceasefireOutlook(m, assess(m, m.statusQuo), {
      runs: EXPECTATION_RUNS,
      seed: EXPECTATION_SEED,
      months: 12,
    }).collapse[11]!.probability;
    const claim = checkExpectations(m).results[2]!.claims[0]!;
    expect(claim.actual).toBe(p);
  });

  it('fails a claim the engine contradicts, and says what it found', () => {
    const wrong = model(
      withExpectations(`  - label: Adopted with eleven votes
    adopted: true
    yes_at_least: 11
  - label: Borovia abstains
    actor: p2
    stance: abstain
`),
    );
    const report = checkExpectations(wrong);
    expect(report.failed).toBe(2);
    expect(report.results[0]!.claims.map((c) => [c.held, c.actual])).toEqual([
      [false, false],
      [false, 10],
    ]);
    expect(report.results[1]!.claims[0]).toMatchObject({ held: false, actual: 'veto' });
  });

  it('gives the same report every time', () => {
    expect(checkExpectations(m)).toEqual(checkExpectations(model(withExpectations(TRUE_EXPECTATIONS))));
  });

  it('steps once per distinct draft (the lab worker reports progress between them)', () => {
    const job = expectationsJob(m);
    const steps: number[] = [];
    for (let step = job.next(); !step.done; step = job.next()) steps.push(step.value.done);
    // opening, status_quo, pen-draft
    expect(steps).toEqual([0, 1, 2]);
  });

  it('reports nothing, and nothing failed, for a scenario without expectations', () => {
    const report = checkExpectations(model(readFileSync('tests/fixtures/good/minimal.yaml', 'utf8')));
    expect(report).toMatchObject({ results: [], held: 0, failed: 0 });
  });
});

describe('every shipped scenario passes its own expectations', () => {
  const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && f !== '_template.yaml');
  it.each(shipped)('%s', (file) => {
    const m = model(readFileSync(`scenarios/${file}`, 'utf8'), file);
    const report = checkExpectations(m);
    expect(report.results.length, 'a shipped scenario states what its author expects').toBeGreaterThanOrEqual(
      5,
    );
    const failed = report.results.filter((r) => !r.held).map((r) => r.label);
    expect(failed).toEqual([]);
  });
});
