// The draft panel: the resolution as a document the player edits in place (document/resolution-view),
// beside it the amendment being written (document/amendment-tray) or the pen holder's decision
// (document/decision), and the amendments before the pen holder this round. Styles: document.css.
//
// The panels are rebuilt whole on every store change, so what belongs to the view alone — which
// picker is open, what the last move changed — is kept here, per panel root, between renders.
import './document.css';
import type { IssueId, OptionId } from '../engine/ids.ts';
import { type GameState, MAX_CHANGES } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import type { Scenario } from '../engine/scenario.ts';
import { actorName, penHolderWords } from '../state/names.ts';
import type { GameStore } from '../state/store.ts';
import { amendmentTray } from './document/amendment-tray.ts';
import { amendmentHeading, decision } from './document/decision.ts';
import { changeInWords } from './document/labels.ts';
import { optionsInAuthorOrder } from './document/option-order.ts';
import { optionId, pickerId } from './document/option-picker.ts';
import { clauseId, paraId, resolutionView } from './document/resolution-view.ts';
import { h } from './dom.ts';

/** How long the paragraphs the last move changed stay marked. */
const RECENT_MS = 6000;

interface ViewState {
  open: IssueId | null;
  /** The element to focus once drawn (a picker's option on opening, the paragraph on closing). */
  focus: string | null;
  /** The element to bring into view once drawn. */
  reveal: string | null;
  lastGame: GameState | null;
  recent: Set<string>;
  recentTimer: ReturnType<typeof setTimeout> | undefined;
  redraw: () => void;
}

const views = new WeakMap<HTMLElement, ViewState>();

function viewState(root: HTMLElement): ViewState {
  let v = views.get(root);
  if (!v) {
    v = {
      open: null,
      focus: null,
      reveal: null,
      lastGame: null,
      recent: new Set(),
      recentTimer: undefined,
      redraw: () => {},
    };
    views.set(root, v);
  }
  return v;
}

/**
 * After a move, the view must not stay where the player was working: the paragraphs the move changed
 * are marked for a moment and the first is brought into view; a move that left the text as it was
 * brings the top of the draft (and what is before the pen holder) into view instead.
 */
function noteMove(v: ViewState, scenario: Scenario, game: GameState): void {
  const before = v.lastGame;
  v.lastGame = game;
  if (!before || before === game || before.actions.length === game.actions.length) return;
  const changed = scenario.issues.filter((i) => own(before.text, i.id) !== own(game.text, i.id));
  v.open = null;
  if (changed.length === 0) {
    // Only the player's own move moves the view: the AI's moves arrive while they may be reading.
    const byHuman = game.actions
      .slice(before.actions.length)
      .some((a) => 'seat' in a && own(game.setup.seats, a.seat) === 'human');
    if (byHuman) v.reveal = 'draft-heading';
    return;
  }
  v.recent = new Set(changed.map((i) => i.id));
  // Once the Council has voted, the table's count is the news: the view stays on it.
  if (game.phase !== 'finished') v.reveal = paraId(changed[0]!.id);
  clearTimeout(v.recentTimer);
  v.recentTimer = setTimeout(() => {
    v.recent = new Set();
    v.redraw();
  }, RECENT_MS);
}

function beforePenHolder(scenario: Scenario, game: GameState): HTMLElement[] {
  const pending = game.amendments.filter((a) => a.round === game.round && a.status === 'pending');
  if (game.phase !== 'negotiating' || pending.length === 0) return [];
  // Folded: the feed tells the same story move by move; here it is one line until opened.
  const details = h(
    'details',
    { class: 'before-pen', id: 'before-pen' },
    h(
      'summary',
      { id: 'before-pen-summary' },
      `${pending.length} amendment${pending.length === 1 ? '' : 's'} before ${penHolderWords(scenario)} this round`,
    ),
    h(
      'ul',
      {},
      ...pending.map((a) =>
        h(
          'li',
          {},
          `${amendmentHeading(scenario, a)}: ${a.changes.map((c) => changeInWords(scenario, c)).join('; ')}`,
        ),
      ),
    ),
  );
  details.open = openDetails.has(scenario);
  details.addEventListener('toggle', () => {
    if (details.open) openDetails.add(scenario);
    else openDetails.delete(scenario);
  });
  return [details];
}

/** Whether the player opened the list of amendments before the pen holder (kept across redraws). */
const openDetails = new WeakSet<Scenario>();

export function renderDraftPanel(root: HTMLElement, scenario: Scenario, store: GameStore): void {
  const game = store.game;
  if (!game) return;
  const v = viewState(root);
  v.redraw = () => renderDraftPanel(root, scenario, store);
  noteMove(v, scenario, game);
  // The human whose move it is (the engine takes their move even while a trade awaits their answer).
  const mover =
    game.phase === 'deciding'
      ? scenario.procedure.penHolder
      : game.phase === 'negotiating'
        ? game.order[game.turn]
        : undefined;
  const human = mover && own(game.setup.seats, mover) === 'human' ? mover : null;
  const composing = game.phase === 'negotiating' ? human : null;
  if (!composing) v.open = null;
  const full =
    store.pendingChanges.length >= MAX_CHANGES
      ? 'Your amendment already changes three paragraphs, the most one amendment may: remove one of them first.'
      : null;
  const redrawWith = (edit: Partial<ViewState>) => {
    Object.assign(v, edit);
    v.redraw();
  };
  const documentView = resolutionView({
    scenario,
    game,
    pending: store.pendingChanges,
    editable: composing !== null,
    open: v.open,
    full,
    recent: v.recent,
    onOpen: (issue) => {
      const chosen = store.pendingChanges.find((c) => c.issue === issue)?.option ?? own(game.text, issue);
      // The picker lists the options in the author's order: the focus goes to the chosen one there.
      const clause = scenario.issues.find((i) => i.id === issue);
      const index = clause ? optionsInAuthorOrder(clause).findIndex((o) => o.id === chosen) : 0;
      redrawWith({ open: issue, focus: optionId(issue, Math.max(0, index)), reveal: pickerId(issue) });
    },
    onClose: () => redrawWith({ open: null, focus: clauseId(v.open ?? '') }),
    onPick: (issue: IssueId, option: OptionId) => {
      Object.assign(v, { open: null, focus: clauseId(issue) });
      const pendingHere = store.pendingChanges.some((c) => c.issue === issue);
      // Back to what the text says: the change goes; anything else replaces or adds one. The store
      // redraws the panel when it changes; a pick that changes nothing redraws it here.
      if (option === own(game.text, issue)) {
        if (pendingHere) store.removeChange(issue);
        else v.redraw();
      } else if (!store.setChange({ issue, option })) v.redraw();
    },
  });
  const side: HTMLElement[] = [];
  if (composing)
    side.push(
      amendmentTray(scenario, store, composing, (issue) =>
        redrawWith({ focus: clauseId(issue), reveal: clauseId(issue) }),
      ),
    );
  else if (human) side.push(decision(scenario, store, human));
  const heading = h('h2', { id: 'draft-heading', tabindex: '-1' }, 'The draft resolution');
  const lead = composing
    ? [
        h(
          'p',
          { class: 'draft-lead' },
          `Your move, ${actorName(scenario, composing)}: click a paragraph to change what it says.`,
        ),
      ]
    : [];
  root.replaceChildren(
    heading,
    ...lead,
    ...beforePenHolder(scenario, game),
    h(
      'div',
      { class: `draft-layout${side.length ? ' with-side' : ''}${v.open ? ' picking' : ''}` },
      documentView,
      ...side,
    ),
  );
  const focus = v.focus ? root.ownerDocument.getElementById(v.focus) : null;
  v.focus = null;
  focus?.focus({ preventScroll: true });
  if (focus) focus.scrollIntoView?.({ block: 'nearest' });
  const reveal = v.reveal ? root.ownerDocument.getElementById(v.reveal) : null;
  v.reveal = null;
  reveal?.scrollIntoView?.({
    // The heading at the top; a paragraph in the middle; an open picker just wholly in view.
    block: reveal.tagName === 'H2' ? 'start' : reveal.classList.contains('picker') ? 'nearest' : 'center',
    behavior: store.settings.reducedMotion ? 'auto' : 'smooth',
  });
}
