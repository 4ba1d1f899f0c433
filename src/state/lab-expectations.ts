// The lab's check of the scenario's expectations (docs/scenario-format.md §8c): each with held or
// failed and the figure the engine found. The scenario's own drafts are checked, not the one in the
// editor, so it runs once when the lab opens; a lab task, so its simulations run in the engine worker.
import type { Table } from '../engine/analysis/table.ts';
import { actualWords, claimWords, draftWords, methodWords } from '../engine/expectation-words.ts';
import { type ExpectationsReport, expectationsJob } from '../engine/expectations.ts';
import type { Job } from '../engine/jobs.ts';
import type { Model } from '../engine/model.ts';

export interface ExpectationsTask {
  readonly kind: 'expectations';
}

export function expectationsTable(model: Model, report: ExpectationsReport): Table {
  const s = model.scenario;
  return {
    id: 'expectations',
    title: 'What the scenario’s author expects',
    columns: [
      { id: 'held', label: 'Held' },
      { id: 'expectation', label: 'Expectation' },
      { id: 'draft', label: 'Draft' },
      { id: 'found', label: 'What the engine found' },
    ],
    rows: report.results.map((r) => [
      r.held ? 'yes' : 'no',
      r.label,
      draftWords(s, r.draft),
      r.claims
        .map((c) => `${c.held ? '✓' : '✗'} ${claimWords(s, c.claim)} (found: ${actualWords(c)})`)
        .join('; '),
    ]),
    note: `${report.held} held, ${report.failed} failed; ${methodWords(report)}.`,
  };
}

export function* expectationsTaskJob(model: Model): Job<{ data: ExpectationsReport; table: Table }> {
  const report = yield* expectationsJob(model);
  return { data: report, table: expectationsTable(model, report) };
}
