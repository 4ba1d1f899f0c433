// Small pieces every lab panel uses: a job's progress bar with its Cancel button, a data table with its
// CSV and JSON downloads, a file download, and stance marks that never rely on colour alone.
import type { Table } from '../../engine/analysis/table.ts';
import type { CouncilStance, GroundStance } from '../../engine/stance.ts';
import { groupThousands } from '../../state/format.ts';
import type { ExportFile } from '../../state/lab-export.ts';
import type { LabProgress } from '../../state/lab-store.ts';
import type { LabTaskKind } from '../../state/lab-tasks.ts';
import { h } from '../dom.ts';
import { downloadText } from '../download.ts';
import { dataTable } from './charts/index.ts';

/** Fills a polite status region with a labelled bar and Cancel; empties (and hides) it when idle. */
export function renderJob(
  root: HTMLElement,
  kind: LabTaskKind,
  job: LabProgress | undefined,
  onCancel: () => void,
): HTMLElement {
  root.className = 'lab-job';
  root.id = `lab-job-${kind}`;
  root.setAttribute('role', 'status');
  root.hidden = !job;
  if (!job) {
    root.replaceChildren();
    return root;
  }
  const total = Math.max(1, job.total);
  const text = `${job.label}: ${groupThousands(job.done)} of ${groupThousands(job.total)} ${job.unit}`;
  const bar = root.querySelector('progress');
  const label = root.querySelector('label');
  if (bar && label) {
    // A tick changes the numbers only: the Cancel button (perhaps focused) stays where it is.
    bar.max = total;
    bar.value = Math.min(job.done, total);
    label.textContent = text;
    return root;
  }
  const cancel = h('button', { type: 'button', id: `lab-cancel-${kind}`, class: 'lab-cancel' }, 'Cancel');
  cancel.addEventListener('click', onCancel);
  root.replaceChildren(
    h('label', { for: `lab-progress-${kind}` }, text),
    h('progress', {
      id: `lab-progress-${kind}`,
      max: String(total),
      value: String(Math.min(job.done, total)),
    }),
    cancel,
  );
  return root;
}

/** Where a panel shows a job's progress: the lab view keeps one element per job and fills it itself. */
export type JobSlot = (kind: LabTaskKind) => HTMLElement;

export function errorView(text: string | undefined): HTMLElement | string {
  return text ? h('p', { class: 'lab-error', role: 'alert' }, `⚠ ${text}`) : '';
}

/** Saves an export as a UTF-8 file. */
export function download(file: ExportFile): void {
  downloadText(file.name, file.text, `${file.type};charset=utf-8`);
}

export interface TableActions {
  readonly csv: (table: Table) => void;
  readonly json: (table: Table) => void;
}

/** A table of numbers (the data beside each chart) with its CSV and JSON downloads. */
export function tableView(scope: string, table: Table, actions: TableActions): HTMLElement {
  const csv = h('button', { type: 'button', id: `lab-csv-${scope}-${table.id}`, class: 'small' }, 'CSV');
  csv.addEventListener('click', () => actions.csv(table));
  const json = h('button', { type: 'button', id: `lab-json-${scope}-${table.id}`, class: 'small' }, 'JSON');
  json.addEventListener('click', () => actions.json(table));
  // A wide table scrolls sideways; its title is shown above the scrolling part (wrapping to the panel's
  // width) rather than as the caption, which would scroll and be cut with the table.
  const element = dataTable(table, 2, true);
  element.caption?.classList.add('visually-hidden');
  return h(
    'div',
    { class: 'lab-table', 'data-lab-table': table.id },
    h('div', { class: 'lab-downloads', 'aria-label': `Download ${table.title}`, role: 'group' }, csv, json),
    h('p', { class: 'lab-table-title', 'aria-hidden': 'true' }, table.title),
    h('div', { class: 'lab-table-scroll' }, element),
  );
}

const COUNCIL: Record<CouncilStance, { mark: string; tone: string }> = {
  support: { mark: '✓', tone: 'good' },
  abstain: { mark: '○', tone: 'mid' },
  reject: { mark: '✗', tone: 'bad' },
  veto: { mark: '■', tone: 'veto' },
};
const GROUND: Record<GroundStance, { mark: string; tone: string }> = {
  endorse: { mark: '✓', tone: 'good' },
  acquiesce: { mark: '○', tone: 'mid' },
  oppose: { mark: '✗', tone: 'bad' },
  spoil: { mark: '⚠', tone: 'veto' },
};

/** A stance as mark + word, coloured by tone (the mark and word carry it without colour). */
export function stanceMark(stance: CouncilStance | GroundStance): HTMLElement {
  const s =
    (COUNCIL as Record<string, { mark: string; tone: string }>)[stance] ?? GROUND[stance as GroundStance];
  return h(
    'span',
    { class: `lab-stance tone-${s.tone}` },
    h('span', { 'aria-hidden': 'true' }, s.mark),
    ` ${stance}`,
  );
}

/** "+3.2", "−1.0", "±0": a change with its sign spelled out. */
export const signed = (n: number, digits = 1): string => {
  const r = Number(n.toFixed(digits));
  return r === 0 ? '±0' : r > 0 ? `+${r.toFixed(digits)}` : `−${Math.abs(r).toFixed(digits)}`;
};
