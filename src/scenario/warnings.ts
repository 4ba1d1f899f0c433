// Warnings: things a valid scenario allows but an author almost never means (issue #16 item 3). They
// are printed by `draftroom validate` without failing it: a pen holder that would not vote for its
// own opening text, two actors whose colours cannot be told apart on the table, and an actor whose
// values never change its score (every option of every clause it cares about is worth the same).
import { assess } from '../engine/assess.ts';
import { compile, draftIndex } from '../engine/model.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { ParsedScenario } from './parse.ts';
import type { PathSegment } from './problems.ts';
import { formatPath } from './problems.ts';

export interface ScenarioWarning {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly path: string;
  readonly message: string;
}

/** CIE76 distance below which two seat colours look the same at a glance (ΔE ≈ 2.3 is "just noticeable"). */
export const INDISTINGUISHABLE_DELTA_E = 10;

/** sRGB `#rrggbb` → CIE L*a*b* (D65). */
export function hexToLab(hex: string): readonly [number, number, number] {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [channel(0), channel(1), channel(2)];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = hexToLab(a);
  const [l2, a2, b2] = hexToLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

interface Finding {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** Where an actor, or a co-pen holder's entry, is in the file (the scenario is sorted by id). */
export interface Where {
  readonly actor: (id: string) => readonly PathSegment[];
  readonly coPenHolder: (id: string) => readonly PathSegment[];
}

/** The warnings of a checked scenario. */
export function findWarnings(scenario: Scenario, where: Where): Finding[] {
  const findings: Finding[] = [];
  const model = compile(scenario);
  const opening = assess(model, draftIndex(model, scenario.openingDraft));
  // Every pen holder (a co-pen holder too) should at least vote for the text it puts on the table.
  const penHolders = [
    { id: scenario.procedure.penHolder, role: 'the pen holder', path: ['procedure', 'pen_holder'] },
    ...(scenario.procedure.coPenHolders ?? []).map((id) => ({
      id,
      role: 'the co-pen holder',
      path: where.coPenHolder(id),
    })),
  ];
  for (const { id, role, path } of penHolders) {
    const index = model.actorIndex.get(id);
    const own = index === undefined ? undefined : opening.actors[index];
    if (!own || own.stance === 'support') continue;
    findings.push({
      path,
      message: `${role}, ${scenario.actors[index!]!.name}, would not vote for its own opening text (acceptance ${own.evaluation.acceptance.toFixed(1)}, below support at ${scenario.procedure.thresholds.support}): check its values, or the clauses' opening options`,
    });
  }

  // Actors in the file's order would be nicer, but ids give the same result on every machine.
  const actors = scenario.actors;
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const a = actors[i]!;
      const b = actors[j]!;
      const distance = colourDistance(a.colour, b.colour);
      if (distance < INDISTINGUISHABLE_DELTA_E)
        findings.push({
          path: [...where.actor(b.id), 'colour'],
          message: `${b.name}'s colour ${b.colour} is hard to tell from ${a.name}'s ${a.colour} (colour difference ${distance.toFixed(1)}; aim for at least ${INDISTINGUISHABLE_DELTA_E})`,
        });
    }
  }

  for (const actor of actors) {
    const moves = Object.entries(actor.weights).some(([issue, weight]) => {
      if (weight <= 0) return false;
      const values = Object.values(actor.values[issue as keyof typeof actor.values] ?? {});
      return Math.max(...values) > Math.min(...values);
    });
    if (!moves)
      findings.push({
        path: [...where.actor(actor.id), 'values'],
        message: `${actor.name} values every option of every clause it cares about the same, so no draft changes its score: give its ideal option a higher value`,
      });
  }
  return findings;
}

/** The warnings of a parsed file, each located. */
export function scenarioWarnings(parsed: ParsedScenario, file: string): ScenarioWarning[] {
  const data = parsed.data as { actors?: unknown; procedure?: { co_pen_holders?: unknown } };
  const indexIn = (list: unknown, match: (entry: unknown) => boolean) =>
    Array.isArray(list) ? list.findIndex(match) : -1;
  const where: Where = {
    actor: (id) => {
      const i = indexIn(data.actors, (a) => (a as { id?: unknown })?.id === id);
      return i < 0 ? ['actors'] : ['actors', i];
    },
    coPenHolder: (id) => {
      const i = indexIn(data.procedure?.co_pen_holders, (x) => x === id);
      return i < 0 ? ['procedure'] : ['procedure', 'co_pen_holders', i];
    },
  };
  return findWarnings(parsed.scenario, where)
    .map((f) => {
      const { line, col } = parsed.locator.locate(f.path, 'value');
      return { file, line, col, path: formatPath(f.path), message: f.message };
    })
    .sort((a, b) => a.line - b.line || a.col - b.col);
}

/** `file:line:col: warning: path: message`, beside the checker's errors. */
export const formatWarning = (w: ScenarioWarning): string =>
  `${w.file}:${w.line}:${w.col}: warning: ${w.path === '' ? '' : `${w.path}: `}${w.message}`;
