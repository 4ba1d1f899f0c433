// The shape of a scenario file as an author writes it (snake_case, defaults allowed). Checking the
// shape is stage one; cross-references are checked in cross-check.ts, and canonicalise.ts turns the
// result into the engine's Scenario type. The enums come from the engine's vocabulary tuples.
import { z } from 'zod';
import {
  ACTOR_KINDS,
  COUNCIL_SEATS,
  DRIVER_INPUTS,
  DRIVERS,
  FORMAT_VERSIONS,
  FORUMS,
  ISSUE_KINDS,
  SEVERITIES,
} from '../engine/vocabulary.ts';
import { basisLabel, basisText } from './basis-schema.ts';
import { expectationSchema } from './expectations-schema.ts';
import { idSchema } from './id-schema.ts';
import { LIMITS } from './limits.ts';
import { nameProblem, textProblem } from './plain-text.ts';

const id = idSchema;
/** Adds the plain-text check (plain-text.ts) as a located finding with its own message. */
const plain = (problem: (text: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const message = problem(value);
  if (message !== null) ctx.addIssue({ code: 'custom', message, input: value });
};
/** Running text: line breaks and tabs, but no other control character. */
const text = z.string().max(LIMITS.textLength).superRefine(plain(textProblem));
/** A name, short name, title or label: one line of visible, plain text. */
const name = z.string().min(1).max(LIMITS.textLength).superRefine(plain(nameProblem));
const score = z.number().min(0).max(100);
const probability = z.number().min(0).max(1);
const basis = basisText;
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listLength);
const idMap = <T extends z.ZodType>(value: T) => z.record(id, value);

export interface RawCondition {
  issue?: string;
  is?: string | string[];
  all?: RawCondition[];
  any?: RawCondition[];
  not?: RawCondition;
  actor?: string;
  acceptance_below?: number;
  acceptance_at_least?: number;
  driver?: string;
  above?: number;
}
export const conditionSchema: z.ZodType<RawCondition> = z.union([
  z.strictObject({ issue: id, is: z.union([id, z.array(id).min(1)]) }),
  z.strictObject({
    get all() {
      return z.array(conditionSchema).min(1);
    },
  }),
  z.strictObject({
    get any() {
      return z.array(conditionSchema).min(1);
    },
  }),
  z.strictObject({
    get not() {
      return conditionSchema;
    },
  }),
  z.strictObject({ actor: id, acceptance_below: score }),
  z.strictObject({ actor: id, acceptance_at_least: score }),
  z
    .strictObject({ driver: z.enum(DRIVERS), above: z.number().min(0).max(1) })
    .meta({ description: "A ceasefire driver's value (0–1) above a number; only in an event's `requires`." }),
]);

/**
 * A compact stance on one clause (stances.ts): the ideal option and how many points each step away
 * in the author's order of the options costs; any option written beside them keeps its value.
 */
const stance = z
  .object({
    ideal: id.meta({ description: "The actor's ideal option of this clause: value 100." }),
    falloff: score.meta({
      description: "Points lost per step away from the ideal, in the options' written order (never below 0).",
    }),
  })
  .catchall(score)
  .meta({
    description:
      'A stance: value 100 at `ideal`, `falloff` less per step away in the order the options are written; other keys are option ids with explicit values.',
  });
const values = idMap(z.union([stance, idMap(score)])).meta({
  description: 'Clause id → a stance `{ ideal, falloff }`, or option id → value 0–100.',
});
const salience = idMap(z.number().min(0).max(LIMITS.salience)).meta({
  description: 'Clause id → how much the clause matters (any non-negative scale).',
});

const redLine = z.strictObject({
  id,
  when: conditionSchema,
  text,
  severity: z.enum(SEVERITIES),
  penalty: z.number().min(1).max(100).optional(),
});

/** A build-up: nothing before `from_month`, then a straight line to full strength in `full_by`. */
const ramp = z
  .strictObject({
    from_month: z.int().min(1).max(120),
    full_by: z.int().min(1).max(120),
    basis: basis.default('prior'),
  })
  .refine((r) => r.from_month <= r.full_by, {
    message: 'from_month must not be after full_by',
    path: ['from_month'],
  });

const deployment = z
  .strictObject({
    serves_if: conditionSchema.optional().meta({
      description:
        'The contingent deploys only when this holds of the text (the mandate, command and conditions the contributor stated). Clauses only.',
    }),
    arrives: ramp.optional().meta({
      description: "When the contingent arrives; without it, the ceasefire's `phase_in.peacekeeping`.",
    }),
    basis: basis.default('prior'),
  })
  .meta({ description: 'When a troop contributor deploys, and how fast (docs/model.md §4a).' });

const constituency = z.strictObject({
  id,
  name,
  weight: probability,
  threshold: score,
  veto: z.boolean().default(false),
  salience,
  values,
  basis: basisLabel.optional(),
});

const actor = z.strictObject({
  id,
  name,
  short: z.string().min(1).max(14).superRefine(plain(nameProblem)).optional(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f6feb'),
  flag: z
    .string()
    .regex(/^[a-z]{2}$/, 'a two-letter country code')
    .optional(),
  kind: z.enum(ACTOR_KINDS),
  seat: z.enum(COUNCIL_SEATS).default('none'),
  player: z.boolean().default(true),
  clout: score,
  coercion: score,
  ground: z.boolean().default(false),
  spoiler: score.default(0),
  guarantor: z.boolean().default(false),
  troops: z.int().min(0).max(1_000_000).default(0),
  deployment: deployment.optional(),
  reservation: z.union([z.literal('status_quo'), score]).default('status_quo'),
  style: z.number().min(0.1).max(10).default(1),
  sources: list(id).default([]),
  briefing: text.default(''),
  salience,
  values,
  red_lines: list(redLine).default([]),
  constituencies: list(constituency).default([]),
  affinity: idMap(probability).default({}),
  basis: basisLabel.optional(),
});

const driverSettings = z.strictObject(
  Object.fromEntries(
    DRIVER_INPUTS.map((input) => [input, z.number().min(0).max(1_000_000).optional()]),
  ) as Record<(typeof DRIVER_INPUTS)[number], z.ZodOptional<z.ZodNumber>>,
);

const option = z.strictObject({
  id,
  label: name,
  text: text.default(''),
  scale: score.optional(),
  sets: driverSettings.default({}),
  phase_in: z
    .strictObject({
      disarmament: ramp.optional(),
      withdrawal: ramp.optional(),
      reconstruction: ramp.optional(),
    })
    .optional()
    .meta({
      description:
        "How what this option sets is phased in (e.g. a withdrawal within twelve months); overrides the ceasefire's `phase_in`.",
    }),
  basis: basisLabel.optional(),
});

const issue = z.strictObject({
  id,
  title: name,
  kind: z.enum(ISSUE_KINDS),
  part: z.enum(['operative', 'preamble']).default('operative').meta({
    description:
      'preamble: a negotiable preambular paragraph (its options\' text starts with a participle: "Recalling …"), placed after the fixed preamble; operative (default): a numbered operative paragraph.',
  }),
  paragraph: z.int().min(1).max(1000),
  description: text.default(''),
  opening: id,
  status_quo: id,
  contributor: id.optional(),
  options: z.array(option).min(2).max(LIMITS.optionsPerIssue),
  basis: basisLabel.optional(),
});

const rule = z.strictObject({
  id,
  text,
  when: conditionSchema,
  effects: z.strictObject({
    utility: idMap(z.number().min(-100).max(100)).default({}),
    hazard_ratio: z.number().positive().max(100).default(1),
  }),
  basis: basisLabel.default('prior'),
});

const driverShift = z.strictObject(
  Object.fromEntries(DRIVERS.map((driver) => [driver, z.number().min(-1).max(1).optional()])) as Record<
    (typeof DRIVERS)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);
const driverCoefficients = z.strictObject(
  Object.fromEntries(DRIVERS.map((driver) => [driver, z.number().min(-20).max(20).optional()])) as Record<
    (typeof DRIVERS)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);

const ceasefireEvent = z.strictObject({
  id,
  text,
  chance: probability,
  requires: conditionSchema.optional().meta({
    description:
      'The event fires only in a month in which this holds: clauses of the text in force, or `{ driver, above }`.',
  }),
  drivers: driverCoefficients.default({}),
  effects: z.strictObject({
    collapse: probability.default(0),
    hazard_bump: z.number().min(-5).max(5).default(0),
    half_life: z.number().positive().max(120).default(1),
    months: z.int().min(1).max(120).optional(),
    drivers: driverShift.default({}),
    utility: idMap(z.number().min(-100).max(100)).default({}),
  }),
  basis: basisLabel.default('prior'),
});

const driverEffect = z.strictObject({
  hazard_ratio: z.number().positive().max(100),
  basis: basisLabel.default('prior'),
});

const ceasefire = z.strictObject({
  horizon_months: z.int().min(1).max(120),
  baseline_collapse_12m: z.number().gt(0).lt(1),
  duration_dependence: z.number().min(-3).max(3),
  shrink: probability,
  floor_hazard_ratio: z.number().gt(0).max(1),
  basis: basisLabel.default('prior'),
  drivers: z.strictObject(
    Object.fromEntries(DRIVERS.map((driver) => [driver, driverEffect])) as Record<
      (typeof DRIVERS)[number],
      typeof driverEffect
    >,
  ),
  events: list(ceasefireEvent).default([]),
  phase_in: z
    .strictObject({
      peacekeeping: ramp.optional(),
      disarmament: ramp.optional(),
      withdrawal: ramp.optional(),
      reconstruction: ramp.optional(),
    })
    .default({})
    .meta({
      description:
        'How fast a force arrives (when a contingent states no schedule) and how fast disarmament, withdrawal and reconstruction take effect. Left out: at once.',
    }),
});

const range = z
  .strictObject({ low: z.number().min(-1000).max(1000), high: z.number().min(-1000).max(1000), basis })
  .refine((r) => r.low <= r.high, { message: 'low must not be above high', path: ['low'] });

const sensitivity = z
  .strictObject({
    salience: range
      .optional()
      .meta({ description: "× every actor's salience of one clause (renormalised), e.g. 0.8–1.2." }),
    clout: range.optional().meta({ description: "× one actor's clout, e.g. 0.8–1.2." }),
    thresholds: range.optional().meta({ description: 'Points added to one stance threshold, e.g. −5 to 5.' }),
    reservation: range.optional().meta({
      description:
        "Points of utility added to one actor's reservation (what no resolution is worth to it), e.g. −10 to 10.",
    }),
    hazard_ratios: z
      .strictObject(
        Object.fromEntries(DRIVERS.map((driver) => [driver, range.optional()])) as Record<
          (typeof DRIVERS)[number],
          z.ZodOptional<typeof range>
        >,
      )
      .default({}),
    baseline_collapse_12m: range.optional(),
    duration_dependence: range.optional(),
    shrink: range.optional(),
    floor_hazard_ratio: range.optional(),
    event_chance: range.optional().meta({ description: "× each event's monthly chance, e.g. 0.5–1.5." }),
  })
  .meta({
    description: 'Low and high values for the what-if analyses (tornado, sweeps), each with a basis.',
  });

const thresholds = z.strictObject({
  support: score,
  abstain: score,
  veto: score,
  endorse: score,
  acquiesce: score,
  spoil: score,
  basis: basisLabel.default('prior'),
});

const procedure = z.strictObject({
  forum: z.enum(FORUMS),
  rounds: z.int().min(1).max(20),
  pen_holder: id,
  co_pen_holders: list(id).optional().meta({
    description:
      'Members who hold the pen with pen_holder: an amendment enters the text only if each of them takes it. pen_holder leads (it announces the decision).',
  }),
  thresholds,
  domestic_pressure: z.number().min(0).max(2),
  members: list(id).optional(),
  required: z.int().min(1).optional(),
  veto: list(id).optional(),
  basis: basisLabel.optional(),
});

const source = z.strictObject({
  id,
  title: name,
  // A web address only (the guide says so): `javascript:` or `data:` would run if ever shown as a link.
  url: z.url({ protocol: /^https?$/ }).optional(),
  publisher: text.optional(),
  date: text.optional(),
  note: text.optional(),
});

const draft = z.strictObject({
  id,
  title: name,
  description: text.default(''),
  clauses: idMap(id).default({}),
});

export const scenarioSchema = z
  .strictObject({
    draftroom: z.literal(FORMAT_VERSIONS).meta({ description: 'Format version of this file.' }),
    id,
    title: name,
    summary: text,
    as_of: z.iso.date(),
    sources: list(source).default([]),
    briefing: text.default(''),
    preamble: list(text).default([]),
    procedure,
    actors: list(actor).min(1),
    issues: list(issue).min(1),
    rules: list(rule).default([]),
    ceasefire,
    drafts: list(draft).default([]),
    sensitivity: sensitivity.optional(),
    expectations: list(expectationSchema).optional(),
  })
  .meta({
    title: 'Draftroom scenario',
    description: 'A negotiation scenario for Draftroom (docs/scenario-format.md).',
  });

export type RawScenario = z.output<typeof scenarioSchema>;
export type RawActor = RawScenario['actors'][number];
export type RawIssue = RawScenario['issues'][number];
