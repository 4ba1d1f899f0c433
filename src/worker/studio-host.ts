// The scenario studio's work, off the page's main thread: check a text with the same checker as
// everywhere else (parseScenario), and for a valid one the preview of its opening draft; read the
// preferences grid from the YAML; compute the text edit a grid cell asks for. Pure functions of the
// request, so the worker (studio.worker.ts) and the in-process fallback give the same answers.
import type { Scenario } from '../engine/scenario.ts';
import { parseScenario } from '../scenario/parse.ts';
import type { ScenarioProblem } from '../scenario/problems.ts';
import { readGrid, type TextEdit, type ValueGrid, valueEdit } from '../scenario/value-grid.ts';
import { previewOf, type StudioPreview } from '../state/studio-preview.ts';

/** The values the checked scenario gives each actor (by actor id): what the grid shows read-only. */
export type DerivedValues = Readonly<
  Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>
>;

export type StudioRequest =
  | { readonly id: number; readonly kind: 'check'; readonly text: string; readonly file: string }
  | {
      readonly id: number;
      readonly kind: 'set-value';
      readonly text: string;
      readonly actor: number;
      readonly clause: string;
      readonly option: string;
      readonly value: number;
    };

export interface CheckAnswer {
  readonly problems: readonly ScenarioProblem[];
  /** The opening draft's preview; null while the text has problems. */
  readonly preview: StudioPreview | null;
  /** Null when the text is not a YAML map. */
  readonly grid: ValueGrid | null;
  readonly derived: DerivedValues | null;
}

export type StudioAnswer =
  | ({ readonly id: number; readonly kind: 'check' } & CheckAnswer)
  | { readonly id: number; readonly kind: 'edit'; readonly edit: TextEdit | string };

const derivedOf = (scenario: Scenario): DerivedValues =>
  Object.fromEntries(scenario.actors.map((a) => [a.id, a.values]));

export function checkText(text: string, file: string): CheckAnswer {
  const parsed = parseScenario(text, file);
  const grid = readGrid(text);
  if (!parsed.ok) return { problems: parsed.error, preview: null, grid, derived: null };
  return { problems: [], preview: previewOf(parsed.value), grid, derived: derivedOf(parsed.value) };
}

export function answerStudio(request: StudioRequest): StudioAnswer {
  if (request.kind === 'check')
    return { id: request.id, kind: 'check', ...checkText(request.text, request.file) };
  const { id, text, actor, clause, option, value } = request;
  return { id, kind: 'edit', edit: valueEdit(text, actor, clause, option, value) };
}
