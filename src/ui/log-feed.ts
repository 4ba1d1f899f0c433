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
  event: '!',
  'round-start': '§',
  vote: '☑',
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

interface FeedState {
  readonly box: HTMLElement;
  /** The log entries shown: a longer log with the same start only needs appending. */
  shown: readonly LogEntry[];
  list: HTMLOListElement | null;
  round: number;
}

const feeds = new WeakMap<HTMLElement, FeedState>();

const sameEntry = (a: LogEntry | undefined, b: LogEntry | undefined) =>
  a !== undefined && b !== undefined && a.step === b.step && a.text === b.text;

/**
 * Whether `log` is `shown` with moves added. States arrive from the engine worker as copies, so
 * entries are compared by step and text, not identity; a log only ever grows, so its first and last
 * shown entries are enough to tell.
 */
function continuesFrom(shown: readonly LogEntry[], log: readonly LogEntry[]): boolean {
  if (log.length < shown.length) return false;
  if (shown.length === 0) return true;
  return sameEntry(shown[0], log[0]) && sameEntry(shown[shown.length - 1], log[shown.length - 1]);
}

function startRound(feed: FeedState, round: number): void {
  feed.round = round;
  feed.list = h('ol');
  feed.box.append(
    h('h3', { class: 'feed-round' }, round === 0 ? 'Before the first round' : `Round ${round}`),
    feed.list,
  );
}

/**
 * Appends the moves added since the last call; a log that is not a continuation of the one shown (a
 * restored or new game) is drawn afresh. Rebuilding the whole history on every move cost tens of
 * milliseconds late in a game; appending costs what the new moves cost.
 */
export function renderLogFeed(root: HTMLElement, store: GameStore): void {
  const log = store.game?.log ?? [];
  let feed = feeds.get(root);
  const continues = feed?.box.isConnected === true && continuesFrom(feed.shown, log);
  if (feed && continues && log.length === feed.shown.length) return;
  if (!feed || !continues) {
    const box = h('div', {
      class: 'feed',
      id: 'game-log',
      tabindex: '0',
      role: 'log',
      'aria-label': 'Moves so far',
    });
    feed = { box, shown: [], list: null, round: Number.NaN };
    feeds.set(root, feed);
    root.replaceChildren(h('h2', {}, 'Moves so far'), box);
  }
  let newest: HTMLElement | null = null;
  for (const entry of log.slice(feed.shown.length)) {
    if (!feed.list || entry.round !== feed.round) startRound(feed, entry.round);
    newest = entryItem(entry);
    feed.list?.append(newest);
  }
  feed.shown = log;
  const box = feed.box;
  // Show the newest move from its first line (a long one would otherwise be cut at the top), on the
  // next frame so the update does not force a layout of its own.
  requestAnimationFrame(() => {
    box.scrollTop = newest ? newest.offsetTop - 4 : box.scrollHeight;
  });
}
