// The debrief screen after the vote: the headline, scores per seat, acceptance by round (chart and
// table), the final text beside the landing zone, and the timeline; with downloads (Markdown, JSON),
// print (debrief.css has the A4 print sheet) and the way back. A view of the debrief data only:
// every number and sentence comes from src/state/debrief.ts, and scenario text goes in as text.
import type { DebriefData } from '../state/debrief.ts';
import {
  collapseText,
  debriefFileName,
  debriefJson,
  debriefMarkdown,
  stampText,
} from '../state/debrief-export.ts';
import { comparison, scoresTable, timeline, trajectory } from './debrief-sections.ts';
import { h } from './dom.ts';
import { downloadText } from './download.ts';

export interface DebriefHandlers {
  readonly onBack: () => void;
  readonly onNewGame: () => void;
  /** Saves a file; the default hands the browser a Blob through a temporary <a download>. */
  readonly download?: (name: string, text: string, type: string) => void;
  readonly print?: () => void;
}

function headline(data: DebriefData): HTMLElement {
  const d = data.headline;
  const short = (id: string) => data.seats.find((s) => s.actor === id)?.short ?? id;
  const heading = h('h2', { id: 'debrief-heading', tabindex: '-1' }, `Debrief: ${data.stamp.scenario.title}`);
  const facts: Array<[string, string]> = [
    [
      'The vote',
      `${d.yes.length} in favour, ${d.no.length} against, ${d.abstain.length} abstaining; ${d.needed} needed.${d.vetoes.length ? ` Vetoed by ${d.vetoes.map(short).join(', ')}.` : ''}${d.pivotal.length ? ` Pivotal: ${d.pivotal.map(short).join(', ')}.` : ''}`,
    ],
    [
      'On the ground',
      d.groundHolds
        ? 'Every party goes along.'
        : `${d.groundBlockers.map(short).join(', ')} will not go along.`,
    ],
    ['Ceasefire', collapseText(data)],
    ['Landing zone', `The final text matches it on ${d.landingSame} of ${d.clauses} clauses.`],
  ];
  return h(
    'section',
    {
      class: 'debrief-section debrief-headline',
      id: 'debrief-summary',
      'aria-labelledby': 'debrief-heading',
    },
    heading,
    h(
      'p',
      { class: `verdict ${d.adopted ? 'adopted' : 'not-adopted'}`, id: 'debrief-verdict' },
      h('span', { class: 'verdict-mark', 'aria-hidden': 'true' }, d.adopted ? '✓' : '✗'),
      d.adopted ? 'Adopted' : 'Not adopted',
    ),
    h('dl', { class: 'facts' }, ...facts.flatMap(([term, text]) => [h('dt', {}, term), h('dd', {}, text)])),
    h('p', { class: 'stamp', id: 'debrief-stamp' }, `Reproduce: ${stampText(data)}.`),
  );
}

function actionBar(data: DebriefData, handlers: DebriefHandlers): HTMLElement {
  const save = handlers.download ?? downloadText;
  const base = debriefFileName(data);
  const button = (id: string, label: string, onClick: () => void, primary = false) => {
    const b = h('button', { type: 'button', id, ...(primary ? { class: 'primary' } : {}) }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  return h(
    'nav',
    { class: 'debrief-actions', 'aria-label': 'Debrief' },
    button(
      'debrief-download-md',
      'Download Markdown',
      () => save(`${base}.md`, debriefMarkdown(data), 'text/markdown;charset=utf-8'),
      true,
    ),
    button('debrief-download-json', 'Download JSON', () =>
      save(`${base}.json`, debriefJson(data), 'application/json;charset=utf-8'),
    ),
    button('debrief-print', 'Print', () => (handlers.print ?? (() => window.print()))()),
    button('debrief-back', 'Back to the table', handlers.onBack),
    button('debrief-new-game', 'New game', handlers.onNewGame),
  );
}

export function renderDebrief(root: HTMLElement, data: DebriefData, handlers: DebriefHandlers): void {
  root.replaceChildren(
    h(
      'div',
      { class: 'debrief', id: 'debrief' },
      actionBar(data, handlers),
      headline(data),
      scoresTable(data),
      trajectory(data),
      comparison(data),
      timeline(data),
    ),
  );
}
