// Generated scenarios with every engine feature switched on (rules, acceptance conditions,
// constituencies, cueing, contributors, driver settings, events), and a fast way to load them
// without YAML, so engine properties can run thousands of cases.
import fc from 'fast-check';
import type { Scenario } from '../../src/engine/scenario.ts';
import { canonicalise } from '../../src/scenario/canonicalise.ts';
import { crossCheck } from '../../src/scenario/cross-check.ts';
import { scenarioSchema } from '../../src/scenario/schema.ts';
import { arbitraryScenario, type RawData } from './arbitrary-scenario.ts';

type Raw = {
  actors: Array<Record<string, unknown> & { id: string; salience: Record<string, number> }>;
  issues: Array<{
    id: string;
    kind: string;
    options: Array<{ id: string; sets?: Record<string, number> }>;
    contributor?: string;
  }>;
  rules?: unknown[];
  ceasefire: { events?: unknown[] } & Record<string, unknown>;
};

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const score = fc.integer({ min: 0, max: 100 });
const ADDITIVE = ['disarmament', 'withdrawal', 'guarantees', 'inclusion', 'reconstruction'] as const;

const extras = fc.record({
  rules: fc.array(
    fc.tuple(
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.integer({ min: -30, max: 30 }),
      fc.double({ min: 0.5, max: 2, noNaN: true }),
      fc.boolean(),
      score,
    ),
    { maxLength: 3 },
  ),
  constituencies: fc.array(
    fc.tuple(fc.nat(), fc.nat(), fc.array(score, { minLength: 5, maxLength: 5 }), unit, score, fc.boolean()),
    {
      maxLength: 3,
    },
  ),
  affinity: fc.array(fc.tuple(fc.nat(), fc.nat(), unit), { maxLength: 4 }),
  events: fc.array(
    fc.tuple(
      fc.double({ min: 0, max: 0.3, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 0.5, noNaN: true }),
      fc.integer({ min: -20, max: 20 }),
      fc.nat(),
      fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    ),
    { maxLength: 2 },
  ),
  sets: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...ADDITIVE), unit), { maxLength: 5 }),
  troops: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20_000 })), { maxLength: 3 }),
  force: fc.tuple(fc.integer({ min: 1000, max: 40_000 }), fc.integer({ min: 1000, max: 40_000 }), unit, unit),
  guarantors: fc.array(fc.nat(), { maxLength: 3 }),
  // Build-ups (docs/model.md §4a): ramps for the force and the phased drivers, a contributor's own
  // arrival and stated conditions (the options of the first clause it serves under).
  phaseIn: fc.array(
    fc.tuple(
      fc.constantFrom('peacekeeping', 'disarmament', 'withdrawal', 'reconstruction'),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 12 }),
    ),
    { maxLength: 4 },
  ),
  deployment: fc.option(
    fc.tuple(
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 0, max: 12 }),
      fc.array(fc.nat(), { maxLength: 3 }),
    ),
  ),
});

type Extras = typeof extras extends fc.Arbitrary<infer T> ? T : never;

function enrich(base: RawData, x: Extras): RawData {
  const raw = structuredClone(base) as unknown as Raw;
  const actors = raw.actors;
  const issues = raw.issues;
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

  raw.rules = x.rules.map(([i, o, a, delta, hr, byAcceptance, threshold], n) => {
    const issue = pick(issues, i);
    const actor = pick(actors, a);
    const when = byAcceptance
      ? {
          all: [
            { issue: issue.id, is: pick(issue.options, o).id },
            { actor: pick(actors, a + 1).id, acceptance_below: threshold },
          ],
        }
      : { issue: issue.id, is: pick(issue.options, o).id };
    return {
      id: `rule${n}`,
      text: 'A linked effect.',
      when,
      effects: { utility: { [actor.id]: delta }, hazard_ratio: hr },
      basis: 'prior',
    };
  });
  x.constituencies.forEach(([a, i, values, weight, threshold, veto], n) => {
    const actor = pick(actors, a);
    const issue = pick(issues, i);
    const list = (actor.constituencies as unknown[] | undefined) ?? [];
    list.push({
      id: `c${n}`,
      name: `Constituency ${n}`,
      weight,
      threshold,
      veto,
      salience: { [issue.id]: 10 },
      values: { [issue.id]: Object.fromEntries(issue.options.map((o, k) => [o.id, values[k] ?? 0])) },
    });
    actor.constituencies = list;
  });
  for (const [a, b, weight] of x.affinity) {
    const actor = pick(actors, a);
    const other = pick(actors, b);
    if (other.id !== actor.id) actor.affinity = { ...((actor.affinity as object) ?? {}), [other.id]: weight };
  }
  raw.ceasefire.events = x.events.map(([chance, gamma, collapse, utility, a, shift], n) => ({
    id: `event${n}`,
    text: 'Something happens.',
    chance,
    drivers: { spoilers: gamma },
    effects: {
      collapse,
      hazard_bump: 0.5,
      half_life: 1,
      months: 2,
      utility: { [pick(actors, a).id]: utility },
      drivers: { reconstruction: shift },
    },
  }));
  for (const [i, o, input, value] of x.sets) {
    const option = pick(pick(issues, i).options, o);
    option.sets = { ...(option.sets ?? {}), [input]: value };
  }
  const [authorised, needed, fit, unity] = x.force;
  const first = issues[0]!;
  first.options.forEach((option, k) => {
    option.sets = {
      ...(option.sets ?? {}),
      troops_authorised: Math.round((authorised * (k + 1)) / first.options.length),
      troops_needed: needed,
      mandate_fit: fit,
      command_unity: unity,
    };
  });
  const yesNo = issues.find((i) => i.kind === 'yes_no');
  x.troops.forEach(([a, troops], n) => {
    const actor = pick(actors, a);
    actor.troops = troops;
    if (n === 0 && yesNo) yesNo.contributor = actor.id;
  });
  for (const g of x.guarantors) pick(actors, g).guarantor = true;
  const ramp = (from: number, length: number) => ({
    from_month: from,
    full_by: from + length,
    basis: 'prior',
  });
  raw.ceasefire.phase_in = Object.fromEntries(
    x.phaseIn.map(([driver, from, length]) => [driver, ramp(from, length)]),
  );
  const contributor = yesNo?.contributor ? actors.find((a) => a.id === yesNo.contributor) : undefined;
  if (contributor && x.deployment) {
    const [from, length, serves] = x.deployment;
    contributor.deployment = {
      arrives: ramp(from, length),
      ...(serves.length === 0
        ? {}
        : { serves_if: { issue: first.id, is: [...new Set(serves.map((o) => pick(first.options, o).id))] } }),
      basis: 'prior',
    };
  }
  return raw as unknown as RawData;
}

export const arbitraryRichScenario: fc.Arbitrary<RawData> = fc
  .tuple(arbitraryScenario, extras)
  .map(([base, x]) => enrich(base, x));

/** Loads generated data the way the loader does, minus YAML (which costs ~10 ms a file). */
export function buildScenario(data: RawData): Scenario {
  const raw = scenarioSchema.parse(data);
  const findings = crossCheck(raw);
  if (findings.length > 0)
    throw new Error(findings.map((f) => `${f.path.join('.')}: ${f.message}`).join('\n'));
  return canonicalise(raw);
}
