// The solver's result as plain tables (table.ts): one row per answer, the changes of each answer,
// and who moves under each answer. The command line, the lab and the exports all show these.
// People read clauses, options and actors by their names; the ids stay in key columns (CSV, JSON).

import { actorShort, describeChanges } from '../describe.ts';
import { actorRanks } from '../display-order.ts';
import type { Scenario } from '../scenario.ts';
import { goalText } from './goal.ts';
import type { Answer, Solution } from './solve.ts';
import type { Table } from './table.ts';

const changeIds = (a: Answer) => a.changes.map((c) => `${c.issue}: ${c.from} → ${c.to}`).join('; ');

/** Answer 1, 2, … as listed; the closest attempt (when none reaches the goal) is answer 0. */
function listed(s: Solution): Array<{ n: number; answer: Answer }> {
  if (s.closest) return [{ n: 0, answer: s.closest }];
  return s.answers.map((answer, i) => ({ n: i + 1, answer }));
}

/** A sentence saying what was found, for the terminal and the lab's heading. */
export function solutionSummary(s: Solution, scenario: Scenario): string {
  const goal = goalText(s.goal, scenario);
  if (s.status === 'already-met') return `The base draft already meets the goal: ${goal}.`;
  const caveat = s.guaranteedMinimal
    ? ''
    : ' Not every draft was simulated (risk search budget): a smaller answer is unlikely but not ruled out.';
  if (s.status === 'none') {
    const close = s.closest
      ? ` The closest draft found falls short by ${Math.abs(s.closest.margin).toFixed(1)} (${describeChanges(scenario, s.closest.changes)}).`
      : '';
    return `No set of up to ${s.maxChanges} clause changes reaches the goal: ${goal}.${close}${caveat}`;
  }
  const count = s.answers.length + s.more;
  return (
    `${count} set${count === 1 ? '' : 's'} of ${s.size} clause change${s.size === 1 ? '' : 's'} reach the goal: ${goal}` +
    ` (no smaller set does).${s.more > 0 ? ` The ${s.answers.length} least harmful are listed.` : ''}${caveat}`
  );
}

export function solutionTables(s: Solution, scenario: Scenario): Table[] {
  const rows = listed(s);
  const rank = actorRanks(scenario) as ReadonlyMap<string, number>;
  const at = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const base = s.baseOutcome;
  const answers: Table = {
    id: 'solve-answers',
    title: s.status === 'none' ? 'Closest attempt' : 'What it would take',
    columns: [
      { id: 'answer', label: '#', numeric: true },
      { id: 'changes', label: 'Change ids', key: true },
      { id: 'changes_text', label: 'Clause changes' },
      { id: 'margin', label: 'Margin past goal', numeric: true },
      { id: 'harm', label: 'Harm to others', numeric: true },
      { id: 'adopted', label: 'Adopted' },
      { id: 'yes', label: 'Yes', numeric: true },
      { id: 'no', label: 'No', numeric: true },
      { id: 'abstain', label: 'Abstain', numeric: true },
      { id: 'margin_to_nine', label: 'Margin to nine', numeric: true },
      { id: 'ground_consent', label: 'Ground consent' },
      { id: 'risk_before', label: 'P(collapse 12 mo) before', numeric: true, unit: 'percent' },
      { id: 'risk_after', label: 'P(collapse 12 mo) after', numeric: true, unit: 'percent' },
    ],
    rows: rows.map(({ n, answer: a }) => [
      n,
      changeIds(a),
      describeChanges(scenario, a.changes),
      a.margin,
      a.harm,
      a.outcome.adopted ? 'yes' : 'no',
      a.outcome.yes,
      a.outcome.no,
      a.outcome.abstain,
      a.outcome.marginToNine,
      a.outcome.groundConsent
        ? 'holds'
        : `no (${a.outcome.blockers.map((id) => actorShort(scenario, id)).join(', ')})`,
      base.risk,
      a.outcome.risk,
    ]),
    note:
      `Goal: ${goalText(s.goal, scenario)}. Base draft: ${base.adopted ? 'adopted' : 'not adopted'}, margin to nine ${base.marginToNine}, ` +
      `ground consent ${base.groundConsent ? 'holds' : 'not held'}, P(collapse within 12 months) ${Number((base.risk * 100).toFixed(1))}% ` +
      `(Monte Carlo, ${s.runs} runs, seed ${s.seed}). Harm: acceptance points the other actors lose, summed.`,
  };
  const moves: Table = {
    id: 'solve-moves',
    title: 'Who moves',
    columns: [
      { id: 'answer', label: '#', numeric: true },
      { id: 'actor', label: 'Actor id', key: true },
      { id: 'name', label: 'Actor' },
      { id: 'before', label: 'Acceptance before', numeric: true, unit: 'points' },
      { id: 'after', label: 'Acceptance after', numeric: true, unit: 'points' },
      { id: 'change', label: 'Change', numeric: true, unit: 'points' },
      { id: 'stance_before', label: 'Stance before' },
      { id: 'stance_after', label: 'Stance after' },
    ],
    rows: rows.flatMap(({ n, answer }) =>
      [...answer.moves]
        .sort((a, b) => at(a.actor) - at(b.actor))
        .map((m) => [
          n,
          m.actor,
          m.name,
          m.before,
          m.after,
          m.after - m.before,
          m.stanceBefore,
          m.stanceAfter,
        ]),
    ),
    note: 'Every actor under every listed answer; stances of parties on the ground are their stances on the ground.',
  };
  return [answers, moves];
}
