// The moves as a feed a student can follow: grouped by round, each move with a mark for its kind and
// the actor's reason set apart from what it did. The whole history stays in a scrolling box that
// follows the newest move.
import type { LogEntry } from '../engine/negotiation/types.ts';
import type { GameStore } from '../state/store.ts';
import { h } from './dom.ts';

const MARK: Readonly<Record<LogEntry['kind'], string>> = {
  propose: '✎',
  offer: '⇄',
  counter: '⇄',
  respond: '↩',
  withdraw: '↶',
  pass: '·',
  decide: '✒',
  event: '⚡',
  'round-start': '§',
  vote: '🗳',
};

const KIND_WORD: Readonly<Record<LogEntry['kind'], string>> = {
  propose: 'Amendment',
  offer: 'Trade offer',
  counter: 'Counter-offer',
  respond: 'Answer',
  withdraw: 'Withdrawn',
  pass: 'Pass',
  decide: 'Pen holder',
  event: 'Event',
  'round-start': 'Round',
  vote: 'Vote',
};

/** The engine appends an actor's reason as " Reason: …"; the feed shows it on its own line. */
export function splitReason(text: string): { readonly what: string; readonly why: string | null } {
  const at = text.indexOf(' Reason: ');
  return at < 0 ? { what: text, why: null } : { what: text.slice(0, at), why: text.slice(at + 9) };
}

function entryItem(entry: LogEntry): HTMLElement {
  const { what, why } = splitReason(entry.text);
  return h(
    'li',
    { class: `feed-entry kind-${entry.kind}`, 'data-step': String(entry.step) },
    h('span', { class: 'feed-mark', 'aria-hidden': 'true' }, MARK[entry.kind]),
    h('span', { class: 'visually-hidden' }, `${KIND_WORD[entry.kind]}: `),
    h('span', { class: 'feed-what' }, what),
    ...(why ? [h('span', { class: 'feed-why' }, `Why: ${why}`)] : []),
  );
}

export function renderLogFeed(root: HTMLElement, store: GameStore): void {
  const log = store.game?.log ?? [];
  const last = log[log.length - 1];
  // Rebuild only when a move was added: scrolling back through the history must not be undone.
  const key = `${log.length}:${last?.step ?? 0}`;
  if (root.dataset.key === key) return;
  root.dataset.key = key;
  const rounds = new Map<number, LogEntry[]>();
  for (const entry of log) rounds.set(entry.round, [...(rounds.get(entry.round) ?? []), entry]);
  const box = h(
    'div',
    { class: 'feed', id: 'game-log', tabindex: '0', role: 'log', 'aria-label': 'Moves so far' },
    ...[...rounds].flatMap(([round, entries]) => [
      h('h3', { class: 'feed-round' }, round === 0 ? 'Before the first round' : `Round ${round}`),
      h('ol', {}, ...entries.map(entryItem)),
    ]),
  );
  root.replaceChildren(h('h2', {}, 'Moves so far'), box);
  // Follow the newest move on the next frame, so the rebuild does not force a layout of its own.
  requestAnimationFrame(() => {
    box.scrollTop = box.scrollHeight;
  });
}
