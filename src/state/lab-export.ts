// What the lab exports: each table as CSV or JSON, and a Markdown report of what the analyst ran
// (the draft, each analysis's tables and charts), every one stamped with the engine version, the
// scenario's hash and the seed so that a colleague reproduces it exactly.
import { type Stamp, stamp, type Table, toCsv, toMarkdown, toRecords } from '../engine/analysis/table.ts';
import { clausesInParagraphOrder } from '../engine/display-order.ts';
import { escapeMarkdownText } from '../engine/escape/markdown.ts';
import type { Model } from '../engine/model.ts';
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import { own } from '../engine/own.ts';
import type { LabSummary } from './lab-summary.ts';
import type { AnalysisKind, LabAnswer } from './lab-tasks.ts';
import { outlookTable } from './lab-tasks.ts';
import type { LabSettings } from './lab-url.ts';

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

export const labStamp = (model: Model, s: Pick<LabSettings, 'seed' | 'runs'>): Stamp =>
  stamp(model.scenario, s.seed, s.runs);

const stampLine = (st: Stamp) =>
  `Engine ${st.engine} · scenario ${st.scenario.id} (hash ${st.scenario.hash}) · seed ${st.seed} · ${st.runs} runs`;

const fileBase = (model: Model, table: Table) => `${model.scenario.id}-${table.id}`;

export function csvFile(model: Model, table: Table): ExportFile {
  return { name: `${fileBase(model, table)}.csv`, type: 'text/csv', text: toCsv(table) };
}

export function jsonFile(model: Model, table: Table, st: Stamp): ExportFile {
  const body = { stamp: st, table: { id: table.id, title: table.title, rows: toRecords(table) } };
  return {
    name: `${fileBase(model, table)}.json`,
    type: 'application/json',
    text: `${JSON.stringify(body, null, 2)}\n`,
  };
}

export const ANALYSIS_TITLES: Record<AnalysisKind, string> = {
  compare: 'Compare drafts',
  tornado: 'Sensitivity: tornado',
  sweep: 'Sensitivity: sweep',
  solve: 'What would it take',
  consensus: 'Consensus set',
};

/** The draft as a table: each clause's chosen option (the report's first section). */
export function draftTable(model: Model, s: LabSettings): Table {
  return {
    id: 'draft',
    title: 'The draft',
    columns: [
      { id: 'paragraph', label: '¶', numeric: true },
      { id: 'clause', label: 'Clause' },
      { id: 'option', label: 'Option' },
      { id: 'text', label: 'Text' },
    ],
    // In the resolution's paragraph order, as the text reads.
    rows: clausesInParagraphOrder(model.scenario).map((i) => {
      const o = i.options.find((x) => x.id === own(s.draft, i.id));
      // A negotiable preambular paragraph has no operative number: "P1", "P2" … in its column.
      return [
        i.part === 'preamble' ? `P${i.paragraph}` : i.paragraph,
        i.title,
        o?.label ?? '',
        o?.text ?? '',
      ];
    }),
  };
}

export function summaryTable(summary: LabSummary): Table {
  // The note names actors as the table does, never by their ids.
  const name = (id: string) => summary.actors.find((a) => a.id === id)?.name ?? id;
  const names = (ids: readonly string[]) => ids.map(name).join(', ');
  return {
    id: 'actors',
    title: 'Acceptance and stance of every actor',
    columns: [
      { id: 'actor', label: 'Actor' },
      { id: 'acceptance', label: 'Acceptance', numeric: true, unit: 'points' },
      { id: 'change', label: 'Change vs start', numeric: true, unit: 'points' },
      { id: 'stance', label: 'Stance' },
      { id: 'ground', label: 'On the ground' },
    ],
    rows: summary.actors.map((a) => [a.name, a.acceptance, a.change, a.stance, a.ground]),
    note: `${summary.adopted ? 'Adopted' : 'Not adopted'}: ${summary.yes} yes, ${summary.no} no, ${summary.abstain} abstaining; margin to nine ${summary.margin}${summary.vetoes.length ? `; vetoes: ${names(summary.vetoes)}` : ''}. Ground consent ${summary.consent ? 'holds' : `fails (${names(summary.blockers)})`}.`,
  };
}

export interface ReportInput {
  readonly model: Model;
  readonly settings: LabSettings;
  readonly summary: LabSummary;
  readonly outlook: CeasefireOutlook | null;
  readonly results: Partial<Record<AnalysisKind, LabAnswer>>;
  /** Charts as SVG text, by analysis (drawn by the UI). */
  readonly charts?: Partial<Record<AnalysisKind, readonly string[]>>;
  readonly link: string | null;
  readonly date: string;
}

/**
 * The link as an autolink (`<https://…>`) when it is a plain web address; anything else is shown as
 * escaped text, so a link can never carry markup into the report.
 */
export function markdownLink(link: string): string {
  return /^https?:\/\/[^\s<>\\`]+$/.test(link) ? `<${link}>` : escapeMarkdownText(link);
}

/**
 * A chart's SVG as a raw HTML block: the <figure> line opens the block (CommonMark §4.6, kind 6) and the
 * blank line after </figure> ends it, so a renderer passes the (XML-escaped, one-line) SVG through as
 * it is instead of reading its texts as Markdown. A chart that is not one line of SVG is left out.
 */
export function markdownFigure(svg: string): string[] {
  const line = svg.trim();
  if (!/^<svg[\s>]/.test(line) || /[\r\n]/.test(line)) return [];
  return ['<figure>', line, '</figure>'];
}

export function labReport(input: ReportInput): ExportFile {
  const { model, settings } = input;
  const st = labStamp(model, settings);
  const parts = [
    `# What-if lab: ${escapeMarkdownText(model.scenario.title)}`,
    '',
    `${input.date}. ${escapeMarkdownText(stampLine(st))}.`,
    '',
    input.link
      ? `Open this lab again: ${markdownLink(input.link)}`
      : 'The scenario was loaded from a file, so no link can reopen it: load the same file in the lab.',
    '',
    toMarkdown(draftTable(model, settings)),
    '',
    toMarkdown(summaryTable(input.summary)),
  ];
  if (input.outlook) parts.push('', toMarkdown(outlookTable(model, input.outlook)));
  for (const kind of Object.keys(ANALYSIS_TITLES) as AnalysisKind[]) {
    const answer = input.results[kind];
    if (!answer) continue;
    parts.push('', `## ${ANALYSIS_TITLES[kind]}`, '', `_${escapeMarkdownText(stampLine(st))}._`);
    for (const svg of input.charts?.[kind] ?? []) parts.push('', ...markdownFigure(svg));
    for (const table of answer.tables) parts.push('', toMarkdown(table));
  }
  return {
    name: `${model.scenario.id}-lab-report.md`,
    type: 'text/markdown',
    text: `${parts.join('\n')}\n`,
  };
}
