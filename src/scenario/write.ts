// makeScenarioYaml: a canonical Scenario back to the authoring format. Reading what it writes gives
// the same Scenario again (tested as a fixed point), so an edited or generated scenario can be saved
// and shared as an ordinary file.
import { stringify } from 'yaml';
import type { Actor, Condition, Constituency, Issue, Preferences, Scenario } from '../engine/scenario.ts';
import { rawExpectation } from './canonical-expectations.ts';
import type { RawCondition } from './schema.ts';

const SCHEMA_LINE = '# yaml-language-server: $schema=./draftroom.schema.json';

export function rawCondition(condition: Condition): RawCondition {
  switch (condition.kind) {
    case 'issue':
      return {
        issue: condition.issue,
        is: condition.options.length === 1 ? condition.options[0]! : [...condition.options],
      };
    case 'all':
      return { all: condition.of.map(rawCondition) };
    case 'any':
      return { any: condition.of.map(rawCondition) };
    case 'not':
      return { not: rawCondition(condition.of) };
    case 'acceptance':
      return condition.comparison === 'below'
        ? { actor: condition.actor, acceptance_below: condition.value }
        : { actor: condition.actor, acceptance_at_least: condition.value };
    case 'driver':
      return { driver: condition.driver, above: condition.above };
  }
}

/** Values as written: a clause derived from a stance is written as that stance (with its overrides). */
const prefs = (p: Preferences) => ({
  salience: { ...p.salience },
  values: Object.fromEntries(
    Object.entries(p.values).map(([issue, byOption]) => {
      const stance = p.stances?.[issue as keyof typeof p.values];
      if (stance === undefined) return [issue, byOption];
      const written = Object.entries(byOption).filter(
        ([option]) => !(stance.derived as readonly string[]).includes(option),
      );
      return [issue, { ideal: stance.ideal, falloff: stance.falloff, ...Object.fromEntries(written) }];
    }),
  ),
});

const constituency = (c: Constituency) => ({
  id: c.id,
  name: c.name,
  weight: c.weight,
  threshold: c.threshold,
  veto: c.veto,
  ...prefs(c),
});

const actor = (a: Actor) => ({
  id: a.id,
  name: a.name,
  short: a.short,
  colour: a.colour,
  ...(a.flag === undefined ? {} : { flag: a.flag }),
  kind: a.kind,
  seat: a.seat,
  player: a.player,
  clout: a.clout,
  coercion: a.coercion,
  ground: a.ground,
  spoiler: a.spoiler,
  guarantor: a.guarantor,
  troops: a.troops,
  reservation: a.reservation.kind === 'status_quo' ? 'status_quo' : a.reservation.utility,
  style: a.style,
  sources: a.sources,
  briefing: a.briefing,
  ...prefs(a),
  red_lines: a.redLines.map((line) => ({
    id: line.id,
    when: rawCondition(line.when),
    text: line.text,
    severity: line.severity,
    ...(line.severity === 'strong' ? { penalty: line.penalty } : {}),
  })),
  constituencies: a.constituencies.map(constituency),
  affinity: a.affinity,
});

const issue = (i: Issue) => ({
  id: i.id,
  title: i.title,
  kind: i.kind,
  ...(i.part === 'preamble' ? { part: i.part } : {}),
  paragraph: i.paragraph,
  description: i.description,
  opening: i.opening,
  status_quo: i.statusQuo,
  ...(i.contributor === undefined ? {} : { contributor: i.contributor }),
  // In the author's order, so that writing a scenario back keeps it (and reads back the same).
  options: [...i.options]
    .sort((a, b) => a.position - b.position)
    .map((o) => ({
      id: o.id,
      label: o.label,
      text: o.text,
      ...(o.scale === undefined ? {} : { scale: o.scale }),
      sets: o.sets,
    })),
});

function procedure(s: Scenario) {
  const p = s.procedure;
  const base = {
    forum: p.forum,
    rounds: p.rounds,
    pen_holder: p.penHolder,
    ...(p.coPenHolders ? { co_pen_holders: p.coPenHolders } : {}),
    thresholds: p.thresholds,
    domestic_pressure: p.domesticPressure,
  };
  switch (p.forum) {
    case 'unsc':
      return base;
    case 'consensus':
      return { ...base, members: p.members };
    case 'k_of_n':
      return { ...base, members: p.members, required: p.required, veto: p.veto };
  }
}

/** The authoring form of a scenario as plain data (snake_case, complete, in canonical order). */
export function toRawScenario(s: Scenario): Record<string, unknown> {
  const c = s.ceasefire;
  return {
    draftroom: s.format,
    id: s.id,
    title: s.title,
    summary: s.summary,
    as_of: s.asOf,
    sources: s.sources,
    briefing: s.briefing,
    preamble: s.preamble,
    procedure: procedure(s),
    actors: s.actors.map(actor),
    issues: s.issues.map(issue),
    rules: s.rules.map((r) => ({
      id: r.id,
      text: r.text,
      when: rawCondition(r.when),
      effects: { utility: r.utility, hazard_ratio: r.hazardRatio },
      basis: r.basis,
    })),
    ceasefire: {
      horizon_months: c.horizonMonths,
      baseline_collapse_12m: c.baselineCollapse12m,
      duration_dependence: c.durationDependence,
      shrink: c.shrink,
      floor_hazard_ratio: c.floorHazardRatio,
      basis: c.basis,
      drivers: Object.fromEntries(
        Object.entries(c.drivers).map(([d, e]) => [d, { hazard_ratio: e.hazardRatio, basis: e.basis }]),
      ),
      events: c.events.map((e) => ({
        id: e.id,
        text: e.text,
        chance: e.chance,
        ...(e.requires === undefined ? {} : { requires: rawCondition(e.requires) }),
        drivers: e.drivers,
        effects: {
          collapse: e.effects.collapse,
          hazard_bump: e.effects.hazardBump,
          half_life: e.effects.halfLife,
          ...(e.effects.months === undefined ? {} : { months: e.effects.months }),
          drivers: e.effects.drivers,
          utility: e.effects.utility,
        },
        basis: e.basis,
      })),
    },
    drafts: s.drafts.map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      clauses: d.clauses,
    })),
    ...(s.expectations === undefined ? {} : { expectations: s.expectations.map(rawExpectation) }),
  };
}

export function makeScenarioYaml(s: Scenario): string {
  // Quoting every string keeps ids such as yes/no text in every YAML reader, not only YAML 1.2 ones.
  return `${SCHEMA_LINE}\n${stringify(toRawScenario(s), { lineWidth: 100, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`;
}
