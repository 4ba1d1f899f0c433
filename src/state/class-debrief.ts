// The class debrief: a session's tables side by side (the final texts, the votes, each seat's score,
// the ceasefire outlook, and how far each table's text landed from the engine's landing zone), and
// its exports: Markdown for the debrief itself, CSV of scores per student for a gradebook. Pure data
// from the tables' finished games; names and labels only, in the author's order.
import { clausesInParagraphOrder, sortByActor } from '../engine/display-order.ts';
import { csvCell } from '../engine/escape/csv.ts';
import { escapeMarkdownText } from '../engine/escape/markdown.ts';
import type { CeasefireOutlook, CollapsePoint } from '../engine/montecarlo.ts';
import type { GameState, Score } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import type { Scenario } from '../engine/scenario.ts';

export interface ClassTable {
  readonly index: number;
  readonly game: GameState | null;
  /** Students at the table, by seat: display name and the actor they played. */
  readonly holders: ReadonlyArray<{
    readonly name: string;
    readonly actor: string;
    readonly removed: boolean;
  }>;
}

export interface TableSummary {
  readonly table: number;
  readonly finished: boolean;
  readonly adopted: boolean | null;
  /** "11 yes, 2 no, 2 abstain" or a sentence for a table still playing. */
  readonly votes: string;
  /** Clause label → the option label the table's text ends on. */
  readonly text: ReadonlyArray<{
    readonly clause: string;
    readonly option: string;
    readonly landing: boolean;
  }>;
  /** Clauses where the text is not the landing zone's option. */
  readonly offLanding: number;
  /** Probability of collapse by the horizon's last month (0–1), from the vote's own simulation. */
  readonly collapse: number | null;
  readonly months: number | null;
  readonly seats: ReadonlyArray<{
    readonly actor: string;
    readonly students: readonly string[];
    readonly score: number | null;
    readonly vote: 'yes' | 'no' | 'abstain' | null;
  }>;
}

const optionLabel = (scenario: Scenario, issue: string, option: string | undefined): string =>
  scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? '—';

function voteOf(game: GameState, actor: string): 'yes' | 'no' | 'abstain' | null {
  const vote = game.result?.vote;
  if (!vote) return null;
  if (vote.yes.includes(actor as never)) return 'yes';
  if (vote.no.includes(actor as never)) return 'no';
  if (vote.abstain.includes(actor as never)) return 'abstain';
  return null;
}

export function summariseTable(scenario: Scenario, t: ClassTable): TableSummary {
  const result = t.game?.phase === 'finished' ? t.game.result : null;
  const actors = sortByActor(scenario, scenario.actors, (a) => a.id);
  const scoreOf = (actor: string): Score | undefined => result?.scores.find((s) => s.actor === actor);
  const text = t.game
    ? clausesInParagraphOrder(scenario).map((issue) => {
        const option = own(t.game?.text ?? {}, issue.id);
        const landing = result ? own(result.landingZone, issue.id) === option : false;
        return { clause: issue.title, option: optionLabel(scenario, issue.id, option), landing };
      })
    : [];
  const last = result ? headlineCollapse(result.ceasefire) : undefined;
  return {
    table: t.index + 1,
    finished: result !== null && result !== undefined,
    adopted: result ? result.vote.adopted : null,
    votes: result
      ? `${result.vote.yes.length} yes, ${result.vote.no.length} no, ${result.vote.abstain.length} abstain`
      : t.game
        ? `Still negotiating (round ${t.game.round} of ${t.game.setup.rounds})`
        : 'Not started',
    text,
    offLanding: result ? text.filter((c) => !c.landing).length : 0,
    collapse: last?.probability ?? null,
    months: last?.month ?? null,
    seats: actors.map((a) => ({
      actor: a.name,
      students: t.holders.filter((x) => x.actor === a.id && !x.removed).map((x) => x.name),
      score: scoreOf(a.id)?.total ?? null,
      vote: t.game ? voteOf(t.game, a.id) : null,
    })),
  };
}

/**
 * The collapse figure the game itself leads with: by month 12 (the students' gauge and debrief), or
 * by the horizon's end when it is shorter.
 */
export function headlineCollapse(outlook: CeasefireOutlook): CollapsePoint | undefined {
  return outlook.collapse.find((p) => p.month === 12) ?? outlook.collapse[outlook.collapse.length - 1];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const md = escapeMarkdownText;

export function classDebriefMarkdown(
  scenario: Scenario,
  code: string,
  tables: readonly TableSummary[],
): string {
  const lines = [
    `# Class debrief: ${md(scenario.title)}`,
    '',
    `Session ${md(code)} · ${tables.length} tables`,
    '',
  ];
  lines.push(`| | ${tables.map((t) => `Table ${t.table}`).join(' | ')} |`);
  lines.push(`|---|${tables.map(() => '---').join('|')}|`);
  lines.push(
    `| Outcome | ${tables.map((t) => (t.adopted === null ? md(t.votes) : `${t.adopted ? 'Adopted' : 'Not adopted'} (${t.votes})`)).join(' | ')} |`,
  );
  lines.push(
    `| Ceasefire collapse | ${tables.map((t) => (t.collapse === null ? '—' : `${pct(t.collapse)} by month ${t.months}`)).join(' | ')} |`,
  );
  lines.push(
    `| Clauses off the landing zone | ${tables.map((t) => (t.finished ? String(t.offLanding) : '—')).join(' | ')} |`,
  );
  for (const [k, issue] of clausesInParagraphOrder(scenario).entries())
    lines.push(
      `| ${md(issue.title)} | ${tables
        .map((t) => {
          const c = t.text[k];
          return c ? `${md(c.option)}${t.finished && !c.landing ? ' ◇' : ''}` : '—';
        })
        .join(' | ')} |`,
    );
  lines.push(
    '',
    "◇ differs from the engine's landing zone (where bargaining would settle by the compromise model).",
    '',
  );
  lines.push('## Scores by seat', '');
  lines.push(`| Actor | ${tables.map((t) => `Table ${t.table}`).join(' | ')} |`);
  lines.push(`|---|${tables.map(() => '---').join('|')}|`);
  const seats = tables[0]?.seats ?? [];
  for (const [i, s] of seats.entries())
    lines.push(
      `| ${md(s.actor)} | ${tables
        .map((t) => {
          const x = t.seats[i];
          if (!x) return '—';
          const who = x.students.length > 0 ? md(x.students.join(', ')) : 'AI';
          return `${x.score === null ? '—' : x.score.toFixed(1)} (${who})`;
        })
        .join(' | ')} |`,
    );
  return `${lines.join('\n')}\n`;
}

/** One row per student (a team's members each get their seat's score): for a gradebook. */
export function scoresCsv(code: string, tables: readonly TableSummary[]): string {
  const rows = [['session', 'table', 'student', 'actor', 'score', 'vote', 'adopted']];
  for (const t of tables)
    for (const s of t.seats)
      for (const student of s.students)
        rows.push([
          code,
          String(t.table),
          student,
          s.actor,
          s.score === null ? '' : s.score.toFixed(1),
          s.vote ?? '',
          t.adopted === null ? '' : t.adopted ? 'yes' : 'no',
        ]);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
