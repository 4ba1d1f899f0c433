// The debrief as files to hand out: Markdown for reading and pasting into a course page, JSON for
// analysis and replay (it carries the save file). Both are built only from the debrief data, so the
// same game gives byte-identical files.
import { escapeMarkdownText } from '../engine/escape/markdown.ts';
import type { DebriefClause, DebriefData, DebriefSeat, DebriefSeries } from './debrief.ts';
import { listNames } from './debrief.ts';

/** Scenario text is plain text: escape what Markdown would read as markup, and keep it on one line. */
export const mdText: (text: string) => string = escapeMarkdownText;

const fixed1 = (x: number): string => x.toFixed(1);
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const table = (
  head: readonly string[],
  align: readonly ('l' | 'r')[],
  rows: readonly string[][],
): string[] => [row(head), row(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(row)];

/** Highest final acceptance first, the order of the labels at the chart's line ends. */
export function byFinalValue<T extends DebriefSeries>(series: readonly T[]): T[] {
  return [...series].sort(
    (a, b) => (b.values.at(-1) ?? 0) - (a.values.at(-1) ?? 0) || (a.actor < b.actor ? -1 : 1),
  );
}

export const playerLabel = (s: { player: string }): string => (s.player === 'human' ? 'Human' : 'AI');
export const councilLabel = (s: DebriefSeat): string =>
  s.council === 'permanent'
    ? 'Permanent member'
    : s.council === 'elected'
      ? 'Elected member'
      : 'Not a member';

export function setByText(data: DebriefData, clause: DebriefClause): string {
  const s = clause.setBy;
  if (!s) return 'opening draft';
  const short = (id: string) => data.seats.find((x) => x.actor === id)?.short ?? id;
  const co = s.with.length ? ` with ${listNames(s.with.map(short))}` : '';
  return `A${s.amendment} by ${short(s.by)}${co}, round ${s.round}`;
}

export function collapseText(data: DebriefData): string {
  const c = data.headline.ceasefire;
  const months = Math.min(12, c.horizonMonths);
  const interval =
    c.method === 'monte-carlo'
      ? ` (95% interval ${fixed1(c.collapse12Ci95[0])}–${fixed1(c.collapse12Ci95[1])}%)`
      : '';
  return `${fixed1(c.collapse12)}% chance the ceasefire collapses within ${months} months${interval}; ${fixed1(c.collapseAtHorizon)}% within ${c.horizonMonths} months.`;
}

/** How a score is made, in words (the Markdown and the screen say the same). */
export function scoreRuleText(data: DebriefData): string {
  const w = data.weights;
  const pc = (x: number) => `${Math.round(x * 100)}%`;
  return `A seat's score is ${pc(w.gain)} its gain — how much of what it could have gained on the opening draft it got, from its acceptance of the opening draft towards the best text for it that the Council would still adopt — ${pc(w.adoption)} adoption (100 if a text it accepts is adopted, 0 if one it rejects is, 50 if nothing is) and ${pc(w.survival)} the ceasefire's 12-month survival. Every seat starts level, whatever its seat.`;
}

/** Start → final acceptance: "56.5 → 78.6". */
export const acceptanceText = (s: DebriefSeat): string => `${fixed1(s.opening)} → ${fixed1(s.acceptance)}`;

export function stampText(data: DebriefData): string {
  const s = data.stamp;
  return [
    `Draftroom engine ${s.engine}`,
    `scenario ${s.scenario.id} (hash ${s.scenario.hash})`,
    `seed ${s.seed}`,
    `${s.rounds} round${s.rounds === 1 ? '' : 's'}`,
    `${s.difficulty} difficulty`,
    `${s.humanSeats} human and ${s.aiSeats} AI seats`,
    `${s.moves} moves`,
    `debriefed ${s.date}`,
  ].join(' · ');
}

export function debriefMarkdown(data: DebriefData): string {
  const h = data.headline;
  const labels = data.trajectory.labels;
  const lines: string[] = [
    `# Debrief: ${mdText(data.stamp.scenario.title)}`,
    '',
    `**${mdText(h.summary)}**`,
    '',
    `- Vote: ${h.yes.length} in favour, ${h.no.length} against, ${h.abstain.length} abstaining; ${h.needed} needed.`,
    `- Ceasefire: ${collapseText(data)}`,
    `- Landing zone: the final text matches it on ${h.landingSame} of ${h.clauses} clauses.`,
    `- Scenario as of ${mdText(data.stamp.scenario.asOf)}. A simulation, not a prediction.`,
    '',
    `Reproduce: ${mdText(stampText(data))}.`,
    '',
    '## Scores',
    '',
    scoreRuleText(data),
    '',
    ...table(
      [
        'Rank',
        'Actor',
        'Seat',
        'Council',
        'Acceptance (start → final)',
        'Best reachable',
        'Gain',
        'Adoption',
        'Survival',
        'Score',
        'Amendments adopted',
      ],
      ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      data.seats.map((s) => [
        String(s.rank),
        s.player === 'human' ? `**${mdText(s.name)}**` : mdText(s.name),
        playerLabel(s),
        councilLabel(s),
        acceptanceText(s),
        fixed1(s.best),
        `${fixed1(s.gain)}%`,
        fixed1(s.adoption),
        fixed1(s.survival),
        `**${fixed1(s.total)}**`,
        `${s.amendmentsAdopted} of ${s.amendmentsProposed}`,
      ]),
    ),
    '',
    '### How each seat scored',
    '',
    ...data.seats.map((s) => `- ${mdText(s.why)}`),
    '',
    '## Acceptance by round',
    '',
    ...table(
      ['Actor', 'Seat', ...labels.map(mdText), 'Change'],
      ['l', 'l', ...labels.map(() => 'r' as const), 'r'],
      byFinalValue(data.trajectory.series).map((s) => {
        const change = (s.values.at(-1) ?? 0) - (s.values[0] ?? 0);
        return [
          s.player === 'human' ? `**${mdText(s.short)}**` : mdText(s.short),
          playerLabel(s),
          ...s.values.map(fixed1),
          `${change > 0 ? '+' : ''}${fixed1(change)}`,
        ];
      }),
    ),
    '',
    '## The final text beside the landing zone',
    '',
    `≠ marks a clause where the final text differs from the landing zone (the compromise the weighted positions of all actors point to). ${h.landingSame} of ${h.clauses} clauses match.`,
    '',
    ...table(
      ['', 'Clause', 'Final text', 'Landing zone', 'Set by'],
      ['l', 'l', 'l', 'l', 'l'],
      data.clauses.map((c) => [
        c.differs ? '≠' : '=',
        mdText(c.title),
        mdText(c.final.label),
        mdText(c.landing.label),
        mdText(setByText(data, c)),
      ]),
    ),
    '',
    '### The final text',
    '',
    '*The Security Council,*',
    '',
    ...data.preamble.flatMap((p) => [mdText(p), '']),
    ...data.clauses
      .filter((c) => c.final.paragraph !== null)
      .sort((a, b) => (a.final.paragraph ?? 0) - (b.final.paragraph ?? 0))
      .flatMap((c) => [`${c.final.paragraph}. ${mdText(c.final.text)}`, '']),
    '## Timeline',
    '',
  ];
  for (const r of data.timeline) {
    lines.push(`### ${mdText(r.title)}`, '');
    if (r.round !== null)
      lines.push(
        `${r.amendments.proposed} amendments proposed, ${r.amendments.adopted} adopted; ${r.trades.offered} trades offered, ${r.trades.accepted} accepted.`,
        '',
      );
    for (const e of r.entries) lines.push(`- ${mdText(e.text)}`);
    lines.push('');
  }
  lines.push(
    '## Replay',
    '',
    'The JSON export of this debrief holds the save file under `save`. Saved on its own as a file, it replays the game move by move: `npx draftroom replay save.json`.',
    '',
  );
  return lines.join('\n');
}

export function debriefJson(data: DebriefData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** File name without extension: the scenario and the seed, in characters every system accepts. */
export function debriefFileName(data: DebriefData): string {
  const id = data.stamp.scenario.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `draftroom-debrief-${id}-seed${data.stamp.seed}`;
}
