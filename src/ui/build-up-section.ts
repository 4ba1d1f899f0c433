// The aftermath's "Putting the text in place": the build-up in a sentence and a short table (troops in
// place, and the share of what the text provides on disarmament, withdrawal and reconstruction).
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import { buildUpRows, buildUpSummary } from '../state/build-up-view.ts';
import { h } from './dom.ts';

export function buildUpSection(outlook: CeasefireOutlook): HTMLElement[] {
  const report = outlook.buildUp;
  if (!report) return [];
  const rows = buildUpRows(report);
  const column = (text: string) => h('th', { scope: 'col' }, text);
  return [
    h('h3', {}, 'Putting the text in place'),
    h('p', { id: 'build-up-summary' }, buildUpSummary(report)),
    h(
      'div',
      {
        class: 'table-scroll build-up',
        tabindex: '0',
        role: 'region',
        'aria-label': 'Putting the text in place, month by month (table)',
      },
      h(
        'table',
        { id: 'build-up-table' },
        h('caption', {}, 'In place, month by month (share of what the text provides)'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            column('Month'),
            column('Troops'),
            column('Disarmament'),
            column('Withdrawal'),
            column('Reconstruction'),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, String(r.month)),
              h('td', {}, r.troops),
              h('td', {}, r.disarmament),
              h('td', {}, r.withdrawal),
              h('td', {}, r.reconstruction),
            ),
          ),
        ),
      ),
    ),
  ];
}
