// The moves as a feed a student can follow: grouped by round, each move with a mark for its kind and
// the actor's reason set apart from what it did. The whole history stays in a scrolling box that
// follows the newest move.
import type { LogEntry } from '../engine/negotiation/types.ts';
import type { GameStore } from '../state/store.ts';
import { h } from './dom.ts';
import { afterNextFrame } from './frames.ts';

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

/**
 * Moves appended per frame. A whole AI-only game arrives at once (some 600 moves): appending them in
 * one go held the page for ~100 ms; in slices, each appended in a task after a frame and laid out in
 * the next, no task is long (a move's reasons are long text, ~1 ms each to lay out).
 */
const SLICE = 20;

interface FeedState {
  readonly box: HTMLElement;
  /** The newest log given; the first `count` of its entries are on the page. */
  log: readonly LogEntry[];
  count: number;
  list: HTMLOListElement | null;
  round: number;
  /** A frame is booked to append the next slice. */
  booked: boolean;
}

const feeds = new WeakMap<HTMLElement, FeedState>();

const sameEntry = (a: LogEntry | undefined, b: LogEntry | undefined) =>
  a !== undefined && b !== undefined && a.step === b.step && a.text === b.text;

/**
 * Whether `log` continues the entries on the page. States arrive from the engine worker as copies,
 * so entries are compared by step and text, not identity; a log only ever grows, so the first and
 * last entries on the page are enough to tell.
 */
function continues(feed: FeedState, log: readonly LogEntry[]): boolean {
  if (!feed.box.isConnected || log.length < feed.count) return false;
  if (feed.count === 0) return true;
  return sameEntry(feed.log[0], log[0]) && sameEntry(feed.log[feed.count - 1], log[feed.count - 1]);
}

function startRound(feed: FeedState, round: number): void {
  feed.round = round;
  feed.list = h('ol');
  feed.box.append(
    h('h3', { class: 'feed-round' }, round === 0 ? 'Before the first round' : `Round ${round}`),
    feed.list,
  );
}

/** Appends the next slice of moves; books another frame while some remain, else shows the newest. */
function appendSlice(feed: FeedState): void {
  let newest: HTMLElement | null = null;
  for (const entry of feed.log.slice(feed.count, feed.count + SLICE)) {
    if (!feed.list || entry.round !== feed.round) startRound(feed, entry.round);
    newest = entryItem(entry);
    feed.list?.append(newest);
    feed.count += 1;
  }
  if (feed.count < feed.log.length) {
    feed.booked = true;
    afterNextFrame(() => {
      feed.booked = false;
      if (feed.box.isConnected) appendSlice(feed);
    });
    return;
  }
  // Show the newest move from its first line (a long one would otherwise be cut at the top), on the
  // next frame so the update does not force a layout of its own.
  const box = feed.box;
  requestAnimationFrame(() => {
    box.scrollTop = newest ? newest.offsetTop - 4 : box.scrollHeight;
  });
}

/**
 * Appends the moves added since the last call; a log that does not continue the one shown (a
 * restored or new game) is drawn afresh. Rebuilding the whole history on every move cost tens of
 * milliseconds late in a game; appending costs what the new moves cost.
 */
export function renderLogFeed(root: HTMLElement, store: GameStore): void {
  const log = store.game?.log ?? [];
  let feed = feeds.get(root);
  if (feed && continues(feed, log)) {
    const grew = log.length > feed.log.length;
    feed.log = log;
    if (grew && !feed.booked) appendSlice(feed);
    return;
  }
  const box = h('div', {
    class: 'feed',
    id: 'game-log',
    tabindex: '0',
    role: 'log',
    'aria-label': 'Moves so far',
  });
  feed = { box, log, count: 0, list: null, round: Number.NaN, booked: false };
  feeds.set(root, feed);
  root.replaceChildren(h('h2', {}, 'Moves so far'), box);
  appendSlice(feed);
}
