// The game's status in the side panel: the round, whose move it is, the vote once it is held,
// and — until the full table controls arrive — the simplest moves for the human whose turn it is.
// Offers awaiting a human's answer are answered in the trade panel (trade-panel.ts); until then, no pass.
import { own } from '../engine/own.ts';
import type { Scenario } from '../engine/scenario.ts';
import { actorName } from '../state/names.ts';
import type { GameStore } from '../state/store.ts';
import { h } from './dom.ts';

/** Moves the keyboard focus (and the view) to the first control of a form further down the page. */
function jumpTo(selector: string): void {
  const target = document.querySelector<HTMLElement>(selector);
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

/**
 * The draft and the trade form sit under the table, out of sight at first: these buttons take the
 * player there (the first paragraph of the draft, to change it), so passing is not the only move they
 * can see.
 */
function jumps(phase: string): HTMLElement[] {
  const button = (id: string, label: string, selector: string) => {
    const b = h('button', { type: 'button', id }, label);
    b.addEventListener('click', () => jumpTo(selector));
    return b;
  };
  if (phase === 'deciding')
    return [button('go-decide', 'Choose the amendments', '#draft .composer input, #adopt')];
  return [
    button('go-propose', 'Propose an amendment', '#draft .clause-text[role="button"]'),
    button('go-trade', 'Offer a trade', '#trades input, #trades select, #trades button'),
  ];
}

export function renderGamePanel(
  root: HTMLElement,
  scenario: Scenario,
  store: GameStore,
  onOpenDebrief?: () => void,
): void {
  const game = store.game;
  if (!game) {
    root.replaceChildren();
    return;
  }
  const name = (id: string) => actorName(scenario, id);
  const parts: HTMLElement[] = [];
  if (game.phase === 'finished' && game.result) {
    const r = game.result;
    parts.push(
      h('h2', {}, 'The vote'),
      h(
        'p',
        { id: 'vote-result' },
        `${r.vote.adopted ? 'Adopted' : 'Not adopted'}: ${r.vote.yes.length} in favour, ${r.vote.no.length} against, ${r.vote.abstain.length} abstaining.`,
      ),
      h(
        'p',
        { id: 'ground-result' },
        r.groundConsent.holds
          ? 'Every party on the ground goes along.'
          : `${r.groundConsent.blockers.map(name).join(', ')} will not go along.`,
      ),
    );
    if (onOpenDebrief) {
      const open = h('button', { type: 'button', id: 'open-debrief', class: 'primary' }, 'See the debrief');
      open.addEventListener('click', onOpenDebrief);
      parts.push(open);
    }
  } else {
    const penHolder = scenario.procedure.penHolder;
    const actor = game.phase === 'deciding' ? penHolder : game.order[game.turn];
    parts.push(
      h('h2', {}, `Round ${game.round} of ${game.setup.rounds}`),
      h(
        'p',
        { id: 'whose-move' },
        `${game.phase === 'deciding' ? 'The pen holder decides' : 'To move'}: ${actor ? name(actor) : ''}`,
      ),
    );
    const waiting = game.offers.filter(
      (o) =>
        o.status === 'open' &&
        o.to.some((t) => own(game.setup.seats, t) === 'human' && !o.accepted.includes(t)),
    );
    if (waiting.length > 0)
      parts.push(h('p', { id: 'trade-waiting' }, 'A trade awaits an answer: see Trades, below the draft.'));
    if (waiting.length === 0 && actor && own(game.setup.seats, actor) === 'human') {
      const pass = h(
        'button',
        { type: 'button', id: 'pass', class: 'primary' },
        game.phase === 'deciding' ? 'Keep the text as it is' : `Pass (${name(actor)})`,
      );
      pass.addEventListener(
        'click',
        () =>
          void store.dispatch(
            game.phase === 'deciding'
              ? { type: 'decide', seat: actor, adopt: [] }
              : { type: 'pass', seat: actor },
          ),
      );
      parts.push(h('div', { class: 'actions move-actions' }, ...jumps(game.phase), pass));
      const brief = h('button', { type: 'button', id: 'open-brief', class: 'link' }, 'Read my brief again');
      brief.addEventListener('click', () => store.openBrief(actor));
      parts.push(h('p', {}, brief));
    }
  }
  if (store.notice)
    parts.push(h('p', { class: `notice ${store.notice.kind}`, role: 'status' }, store.notice.text));
  root.replaceChildren(...parts);
}
