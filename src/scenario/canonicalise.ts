// Turns a checked raw scenario into the engine's canonical Scenario: ids branded, every list sorted
// by id (code-unit order, the same in every JS engine), salience normalised in that order, defaults
// filled in, and the whole tree frozen. After this, the order of entries in the file is gone, but for
// each option's `position` (where the author listed it): "Up to 5,000" before "Up to 40,000" is
// the author's reading order, which id order cannot give, and the interface shows options that way.
import type { ActorId, IssueId, OptionId } from '../engine/ids.ts';
import { own } from '../engine/own.ts';
import type {
  Actor,
  Ceasefire,
  Condition,
  Deployment,
  Draft,
  Issue,
  Preferences,
  Procedure,
  Ramp,
  Scenario,
  Sensitivity,
  Stance,
} from '../engine/scenario.ts';
import { DRIVERS, type Driver, type DriverInput, PHASED_DRIVERS } from '../engine/vocabulary.ts';
import { canonicalExpectation } from './canonical-expectations.ts';
import type { RawActor, RawCondition, RawIssue, RawScenario } from './schema.ts';
import { expandStance, isStance, type RawClauseValues } from './stances.ts';

// The only place (with the loader) where plain strings become ids: they have been checked by now.
const brand = <T extends string>(id: string) => id as T;

export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Drops keys whose value is undefined (optional fields the author left out). */
const definedEntries = <V>(record: Readonly<Record<string, V | undefined>>): Record<string, V> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Record<string, V>;
const sortById = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => byCodeUnits(a.id, b.id));
const sortedRecord = <K extends string, V>(record: Readonly<Record<string, V>>): Record<K, V> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnits(a, b))) as Record<K, V>;

/** Each clause's option ids in the author's order: the scale a stance is read on. */
type OptionOrder = ReadonlyMap<string, readonly string[]>;

function preferences(
  raw: { salience: Record<string, number>; values: Record<string, RawClauseValues> },
  order: OptionOrder,
): Preferences {
  const salience = sortedRecord<IssueId, number>(raw.salience);
  let total = 0;
  for (const weight of Object.values(salience)) total += weight;
  const weights = Object.fromEntries(
    Object.entries(salience).map(([issue, s]) => [issue, total > 0 ? s / total : 0]),
  );
  // A stance becomes explicit values here, so the engine reads values only; which ones were
  // derived is kept for the explanations.
  const stances: Record<string, Stance> = {};
  const written = sortedRecord<IssueId, RawClauseValues>(raw.values);
  const values = Object.fromEntries(
    Object.entries(written).map(([issue, byOption]) => {
      if (!isStance(byOption)) return [issue, sortedRecord<OptionId, number>(byOption)];
      const expanded = expandStance(byOption, order.get(issue) ?? []);
      stances[issue] = {
        ideal: brand<OptionId>(byOption.ideal),
        falloff: byOption.falloff,
        derived: [...expanded.derived].sort(byCodeUnits).map((o) => brand<OptionId>(o)),
      };
      return [issue, sortedRecord<OptionId, number>(expanded.values)];
    }),
  );
  return {
    salience,
    weights: weights as Record<IssueId, number>,
    values: values as Preferences['values'],
    ...(Object.keys(stances).length === 0 ? {} : { stances: stances as Readonly<Record<IssueId, Stance>> }),
  };
}

const sortConditions = (conditions: Condition[]): Condition[] =>
  conditions
    .map((c) => [JSON.stringify(c), c] as const)
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([, c]) => c);

export function canonicalCondition(raw: RawCondition): Condition {
  if (raw.issue !== undefined) {
    const options = (Array.isArray(raw.is) ? raw.is : [raw.is ?? '']).map((o) => brand<OptionId>(o));
    return {
      kind: 'issue',
      issue: brand<IssueId>(raw.issue),
      options: [...new Set(options)].sort(byCodeUnits),
    };
  }
  // all/any are sets: sorting their members makes the written order irrelevant.
  if (raw.all) return { kind: 'all', of: sortConditions(raw.all.map(canonicalCondition)) };
  if (raw.any) return { kind: 'any', of: sortConditions(raw.any.map(canonicalCondition)) };
  if (raw.not) return { kind: 'not', of: canonicalCondition(raw.not) };
  if (raw.driver !== undefined)
    return { kind: 'driver', driver: raw.driver as Driver, above: raw.above ?? 0 };
  const below = raw.acceptance_below !== undefined;
  return {
    kind: 'acceptance',
    actor: brand<ActorId>(raw.actor ?? ''),
    comparison: below ? 'below' : 'at_least',
    value: (below ? raw.acceptance_below : raw.acceptance_at_least) ?? 0,
  };
}

type RawRamp = { from_month: number; full_by: number; basis: string };
const ramp = (r: RawRamp): Ramp => ({ fromMonth: r.from_month, fullBy: r.full_by, basis: r.basis });
/** The ramps written, keyed by driver in a fixed order; undefined when none is. */
function ramps<K extends string>(
  keys: readonly K[],
  raw: Partial<Record<K, RawRamp | undefined>> | undefined,
) {
  const entries = keys.flatMap((k) => {
    const r = raw?.[k];
    return r === undefined ? [] : [[k, ramp(r)] as const];
  });
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as Partial<Record<K, Ramp>>);
}

function deployment(raw: NonNullable<RawActor['deployment']>): Deployment {
  return {
    ...(raw.serves_if === undefined ? {} : { servesIf: canonicalCondition(raw.serves_if) }),
    ...(raw.arrives === undefined ? {} : { arrives: ramp(raw.arrives) }),
    basis: raw.basis,
  };
}

function actor(raw: RawActor, order: OptionOrder): Actor {
  return {
    id: brand<ActorId>(raw.id),
    name: raw.name,
    short: raw.short ?? raw.name,
    colour: raw.colour.toLowerCase(),
    ...(raw.flag === undefined ? {} : { flag: raw.flag }),
    kind: raw.kind,
    seat: raw.seat,
    player: raw.player,
    clout: raw.clout,
    coercion: raw.coercion,
    ground: raw.ground,
    spoiler: raw.spoiler,
    guarantor: raw.guarantor,
    troops: raw.troops,
    ...(raw.deployment === undefined ? {} : { deployment: deployment(raw.deployment) }),
    reservation:
      raw.reservation === 'status_quo' ? { kind: 'status_quo' } : { kind: 'fixed', utility: raw.reservation },
    style: raw.style,
    sources: [...new Set(raw.sources)].sort(byCodeUnits).map((s) => brand(s)),
    briefing: raw.briefing,
    ...preferences(raw, order),
    redLines: sortById(raw.red_lines).map((line) => ({
      id: brand(line.id),
      when: canonicalCondition(line.when),
      text: line.text,
      severity: line.severity,
      penalty: line.severity === 'absolute' ? 0 : (line.penalty ?? 0),
    })),
    constituencies: sortById(raw.constituencies).map((c) => ({
      id: brand(c.id),
      name: c.name,
      weight: c.weight,
      threshold: c.threshold,
      veto: c.veto,
      ...preferences(c, order),
    })),
    affinity: sortedRecord<ActorId, number>(raw.affinity),
  };
}

function issue(raw: RawIssue): Issue {
  return {
    id: brand<IssueId>(raw.id),
    title: raw.title,
    kind: raw.kind,
    ...(raw.part === 'preamble' ? { part: 'preamble' as const } : {}),
    paragraph: raw.paragraph,
    description: raw.description,
    opening: brand<OptionId>(raw.opening),
    statusQuo: brand<OptionId>(raw.status_quo),
    ...(raw.contributor === undefined ? {} : { contributor: brand<ActorId>(raw.contributor) }),
    options: sortById(raw.options.map((o, position) => ({ ...o, position }))).map((o) => ({
      id: brand<OptionId>(o.id),
      position: o.position,
      label: o.label,
      text: o.text,
      ...(o.scale === undefined ? {} : { scale: o.scale }),
      sets: sortedRecord<DriverInput, number>(definedEntries(o.sets)),
      ...optionalPhaseIn(ramps(PHASED_DRIVERS, o.phase_in)),
    })),
  };
}

const optionalPhaseIn = <T>(phaseIn: T | undefined) => (phaseIn === undefined ? {} : { phaseIn });

const ids = (list: readonly string[]) => [...new Set(list)].sort(byCodeUnits).map((a) => brand<ActorId>(a));

function procedure(raw: RawScenario): Procedure {
  const p = raw.procedure;
  const base = {
    rounds: p.rounds,
    penHolder: brand<ActorId>(p.pen_holder),
    ...(p.co_pen_holders?.length ? { coPenHolders: ids(p.co_pen_holders) } : {}),
    thresholds: { ...p.thresholds, basis: basisText(p.thresholds.basis) },
    domesticPressure: p.domestic_pressure,
  };
  switch (p.forum) {
    case 'unsc':
      return {
        ...base,
        forum: 'unsc',
        members: ids(raw.actors.filter((a) => a.seat !== 'none').map((a) => a.id)),
        permanent: ids(raw.actors.filter((a) => a.seat === 'permanent').map((a) => a.id)),
      };
    case 'consensus':
      return { ...base, forum: 'consensus', members: ids(p.members ?? []) };
    case 'k_of_n':
      return {
        ...base,
        forum: 'k_of_n',
        members: ids(p.members ?? []),
        required: p.required ?? 0,
        veto: ids(p.veto ?? []),
      };
  }
}

const driverRecord = (raw: Partial<Record<Driver, number | undefined>>) =>
  Object.fromEntries(DRIVERS.filter((d) => raw[d] !== undefined).map((d) => [d, raw[d] as number]));

/**
 * A basis as the engine shows it beside a number: one text. A map of bases (field path → text) is
 * joined into one; the audit reads the map from the file itself.
 */
const basisText = (basis: string | Readonly<Record<string, string>>): string =>
  typeof basis === 'string'
    ? basis
    : Object.entries(basis)
        .map(([path, text]) => `${path}: ${text}`)
        .join('; ');

function ceasefire(raw: RawScenario['ceasefire']): Ceasefire {
  return {
    horizonMonths: raw.horizon_months,
    baselineCollapse12m: raw.baseline_collapse_12m,
    durationDependence: raw.duration_dependence,
    shrink: raw.shrink,
    floorHazardRatio: raw.floor_hazard_ratio,
    basis: basisText(raw.basis),
    drivers: Object.fromEntries(
      DRIVERS.map((d) => [
        d,
        { hazardRatio: raw.drivers[d].hazard_ratio, basis: basisText(raw.drivers[d].basis) },
      ]),
    ) as Ceasefire['drivers'],
    events: sortById(raw.events).map((e) => ({
      id: brand(e.id),
      text: e.text,
      chance: e.chance,
      ...(e.requires === undefined ? {} : { requires: canonicalCondition(e.requires) }),
      drivers: driverRecord(e.drivers),
      effects: {
        collapse: e.effects.collapse,
        hazardBump: e.effects.hazard_bump,
        halfLife: e.effects.half_life,
        ...(e.effects.months === undefined ? {} : { months: e.effects.months }),
        drivers: driverRecord(e.effects.drivers),
        utility: sortedRecord<ActorId, number>(e.effects.utility),
      },
      basis: basisText(e.basis),
    })),
    ...optionalPhaseIn(ramps(['peacekeeping', ...PHASED_DRIVERS] as const, raw.phase_in)),
  };
}

function sensitivity(raw: NonNullable<RawScenario['sensitivity']>): Sensitivity {
  const r = (x: { low: number; high: number; basis: string } | undefined) =>
    x === undefined ? undefined : { low: x.low, high: x.high, basis: x.basis };
  return definedEntries({
    salience: r(raw.salience),
    clout: r(raw.clout),
    thresholds: r(raw.thresholds),
    reservation: r(raw.reservation),
    hazardRatios: Object.fromEntries(
      DRIVERS.flatMap((d) => (raw.hazard_ratios[d] ? [[d, r(raw.hazard_ratios[d])]] : [])),
    ),
    baselineCollapse12m: r(raw.baseline_collapse_12m),
    durationDependence: r(raw.duration_dependence),
    shrink: r(raw.shrink),
    floorHazardRatio: r(raw.floor_hazard_ratio),
    eventChance: r(raw.event_chance),
  }) as unknown as Sensitivity;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function canonicalise(raw: RawScenario): Scenario {
  const issues = sortById(raw.issues).map(issue);
  const order: OptionOrder = new Map(raw.issues.map((i) => [i.id, i.options.map((o) => o.id)]));
  const draftOf = (pick: (i: Issue) => OptionId, overrides: Record<string, string> = {}): Draft =>
    Object.fromEntries(issues.map((i) => [i.id, brand<OptionId>(own(overrides, i.id) ?? pick(i))])) as Draft;
  const scenario: Scenario = {
    format: raw.draftroom,
    id: raw.id,
    title: raw.title,
    summary: raw.summary,
    asOf: raw.as_of,
    sources: sortById(raw.sources).map((s) => ({ ...definedEntries(s), id: brand(s.id), title: s.title })),
    briefing: raw.briefing,
    preamble: [...raw.preamble],
    procedure: procedure(raw),
    actors: sortById(raw.actors).map((a) => actor(a, order)),
    issues,
    rules: sortById(raw.rules).map((r) => ({
      id: brand(r.id),
      text: r.text,
      when: canonicalCondition(r.when),
      utility: sortedRecord<ActorId, number>(r.effects.utility),
      hazardRatio: r.effects.hazard_ratio,
      basis: basisText(r.basis),
    })),
    ceasefire: ceasefire(raw.ceasefire),
    drafts: sortById(raw.drafts).map((d) => ({
      id: brand(d.id),
      title: d.title,
      description: d.description,
      clauses: draftOf((i) => i.opening, d.clauses),
    })),
    ...(raw.sensitivity === undefined ? {} : { sensitivity: sensitivity(raw.sensitivity) }),
    ...(raw.expectations === undefined ? {} : { expectations: raw.expectations.map(canonicalExpectation) }),
    openingDraft: draftOf((i) => i.opening),
    statusQuoDraft: draftOf((i) => i.statusQuo),
  };
  return deepFreeze(scenario);
}
