// Creating a classroom session: the instructor names a shipped scenario (or uploads one), the number
// of tables, rounds, seed and difficulty, and gets a join code for the students and a console token
// for themself. The request is untrusted input: every field is checked, and a scenario that does not
// read is refused with its first problems, located.
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DIFFICULTIES } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import { LIMITS } from '../scenario/limits.ts';
import { parseScenario } from '../scenario/parse.ts';
import { formatProblem } from '../scenario/problems.ts';
import type { SessionRecord } from './storage.ts';
import { newToken, sha256 } from './tokens.ts';

export const MAX_TABLES = 12;

export const createSessionRequest = z
  .object({
    /** A shipped scenario by file name (`gaza-isf-2025.yaml`), or the YAML text of one. */
    scenario: z.string().max(120).optional(),
    scenarioText: z.string().max(LIMITS.bytes).optional(),
    tables: z.number().int().min(1).max(MAX_TABLES).default(1),
    rounds: z.number().int().min(1).max(20).default(4),
    seed: z.number().int().min(0).max(4_294_967_295).optional(),
    difficulty: z.enum(DIFFICULTIES).default('normal'),
    /** Student name → actor, for an instructor who assigns seats. */
    plan: z.record(z.string().max(40), z.string().max(64)).default({}),
  })
  .strict()
  .refine((r) => (r.scenario === undefined) !== (r.scenarioText === undefined), {
    message: 'name a shipped scenario or send one, not both',
  });

// No 0/O, 1/I/L: a code read off a projector is typed without guessing.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
export const newCode = (): string =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** The shipped scenarios by file name (the template excluded). */
export function shippedScenarios(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .sort();
}

const fold = (x: string) => x.trim().toLowerCase();

/**
 * The seat plan with each actor as the instructor may write it — its name, its short name or its
 * id, in any case — turned into the actor's id. A name that is no playable actor is refused, named.
 */
export function resolvePlan(
  scenario: Scenario,
  plan: Readonly<Record<string, string>>,
): { ok: true; value: Record<string, string> } | { ok: false; problems: string[] } {
  const value: Record<string, string> = {};
  const problems: string[] = [];
  for (const [student, written] of Object.entries(plan)) {
    const actor = scenario.actors.find(
      (a) => a.player && [a.id, a.name, a.short].some((x) => fold(x) === fold(written)),
    );
    if (actor) value[student.trim()] = actor.id;
    else
      problems.push(
        `plan: "${student}: ${written}" names no actor a student can play in ${scenario.title} (write the actor's name, e.g. "${scenario.actors.find((a) => a.player)?.name ?? ''}")`,
      );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

export type NewSession =
  | { ok: true; record: SessionRecord; consoleToken: string }
  | { ok: false; status: number; problems: string[] };

export function newSession(raw: unknown, scenarioDir: string, now: number): NewSession {
  const request = createSessionRequest.safeParse(raw);
  if (!request.success)
    return {
      ok: false,
      status: 400,
      problems: request.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`),
    };
  const r = request.data;
  let text = r.scenarioText;
  if (r.scenario !== undefined) {
    if (!shippedScenarios(scenarioDir).includes(r.scenario))
      return { ok: false, status: 404, problems: [`scenario: no shipped scenario is called ${r.scenario}`] };
    text = readFileSync(join(scenarioDir, r.scenario), 'utf8');
  }
  const parsed = parseScenario(text ?? '', r.scenario ?? 'uploaded scenario');
  if (!parsed.ok) return { ok: false, status: 422, problems: parsed.error.slice(0, 10).map(formatProblem) };
  const plan = resolvePlan(parsed.value, r.plan);
  if (!plan.ok) return { ok: false, status: 422, problems: plan.problems };
  const consoleToken = newToken();
  return {
    ok: true,
    consoleToken,
    record: {
      id: newToken().slice(0, 12).replace(/[-_]/g, 'x'),
      code: newCode(),
      consoleTokenHash: sha256(consoleToken),
      createdAt: now,
      scenarioText: text ?? '',
      tables: r.tables,
      rounds: r.rounds,
      seed: r.seed ?? randomInt(0, 2 ** 31),
      difficulty: r.difficulty,
      plan: plan.value,
      ended: false,
    },
  };
}
