// Trades for the human who has the device: offers made to them (what is given and asked, in words, and
// what accepting does to them) with Accept / Reject / Counter; on their turn, the trade composer; their
// open offers, which they may withdraw; and what became of their trades. Styles: trade-panel.css.
import './trade-panel.css';
import type { ActorId } from '../engine/ids.ts';
import { compile } from '../engine/model.ts';
import { tradeEffect } from '../engine/negotiation/predict.ts';
import { describeChange, waitingOn } from '../engine/negotiation/state.ts';
import type { Change, GameState, Offer } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import { actorName } from '../state/names.ts';
import type { GameStore } from '../state/store.ts';
import { h } from './dom.ts';
import { onCouncil, tradeComposer } from './trade-composer.ts';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

function changeList(scenario: Scenario, game: GameState, changes: readonly Change[]): HTMLElement {
  const model = compile(scenario);
  return changes.length
    ? h('ul', {}, ...changes.map((c) => h('li', {}, describeChange(model, game.text, c))))
    : h('p', {}, 'nothing');
}

function offerToAnswer(scenario: Scenario, store: GameStore, seat: ActorId, offer: Offer): HTMLElement {
  const game = store.game!;
  const name = (id: string) => actorName(scenario, id);
  const others = offer.to.filter((t) => t !== seat);
  const effect = tradeEffect(compile(scenario), game, [...offer.give, ...offer.ask], [seat, offer.from]);
  const [mine, theirs] = effect.changes;
  const button = (what: 'accept' | 'reject' | 'counter', label: string) => {
    const b = h('button', { type: 'button', id: `${what}-T${offer.id}` }, label);
    if (what === 'accept') b.classList.add('primary');
    return b;
  };
  const accept = button('accept', `Accept T${offer.id}`);
  const reject = button('reject', `Reject T${offer.id}`);
  const counter = button('counter', `Counter T${offer.id}…`);
  accept.addEventListener(
    'click',
    () => void store.dispatch({ type: 'respond', seat, offer: offer.id, accept: true }),
  );
  reject.addEventListener(
    'click',
    () => void store.dispatch({ type: 'respond', seat, offer: offer.id, accept: false }),
  );
  // A counter starts from the same clauses, sides swapped: what they asked of you is now yours to give.
  counter.addEventListener('click', () =>
    store.editTrade({
      to: [offer.from],
      give: offer.ask,
      ask: offer.give,
      voteYes: false,
      counter: offer.id,
    }),
  );
  return h(
    'div',
    { class: 'trade-offer', id: `offer-T${offer.id}` },
    h(
      'h3',
      {},
      `${name(offer.from)} offers you trade T${offer.id}${others.length ? ` (also made to ${others.map(name).join(', ')})` : ''}`,
    ),
    h('p', {}, `${name(offer.from)} backs:`),
    changeList(scenario, game, offer.give),
    h('p', {}, 'In return it asks you to back:'),
    changeList(scenario, game, offer.ask),
    ...(offer.voteYes && onCouncil(scenario, seat)
      ? [h('p', {}, 'It also asks you to commit to vote yes for a final text that contains the trade.')]
      : []),
    h(
      'p',
      { class: 'trade-effect' },
      `Accepting, if the trade enters the text: you (${name(seat)}) ${mine!.before.toFixed(1)} → ${mine!.after.toFixed(1)} (${signed(mine!.after - mine!.before)}); ${name(offer.from)} ${signed(theirs!.after - theirs!.before)}; Council ${effect.yesVotes.before} → ${effect.yesVotes.after} yes votes.`,
    ),
    h('div', { class: 'actions' }, reject, counter, accept),
  );
}

/** The log lines answering an offer: each `respond` or `counter` entry's action names the offer. */
function answersTo(game: GameState, offer: Offer): string[] {
  return game.log
    .filter((e) => {
      const action = game.actions[e.step - 1];
      return (action?.type === 'respond' || action?.type === 'counter') && action.offer === offer.id;
    })
    .map((e) => e.text);
}

/** The joint amendment an accepted trade became, and what the pen holder did with it. */
function fate(game: GameState, offer: Offer): string {
  const traded = [...offer.give, ...offer.ask].map((c) => `${c.issue}=${c.option}`);
  const amendment = game.amendments.find(
    (a) =>
      a.round === offer.round &&
      a.by === offer.from &&
      a.with.join() === offer.to.join() &&
      a.changes.every((c) => traded.includes(`${c.issue}=${c.option}`)),
  );
  if (offer.status !== 'accepted' || !amendment) return '';
  const status = {
    pending: 'is before the pen holder',
    adopted: 'was put into the text by the pen holder',
    rejected: 'was left out by the pen holder',
  }[amendment.status];
  return ` Joint amendment A${amendment.id} ${status}.`;
}

function ownOffers(scenario: Scenario, store: GameStore, seat: ActorId): HTMLElement[] {
  const game = store.game!;
  const name = (id: string) => actorName(scenario, id);
  const mine = game.offers.filter((o) => o.from === seat);
  const open = mine.filter((o) => o.status === 'open');
  const closed = mine
    .filter((o) => o.status !== 'open')
    .slice(-5)
    .reverse();
  const parts: HTMLElement[] = [];
  if (open.length)
    parts.push(
      h('h3', {}, 'Your open offers'),
      h(
        'ul',
        { class: 'trade-open', id: 'trade-open' },
        ...open.map((o) => {
          const withdraw = h('button', { type: 'button', id: `withdraw-T${o.id}` }, `Withdraw T${o.id}`);
          withdraw.addEventListener(
            'click',
            () => void store.dispatch({ type: 'withdraw', seat, offer: o.id }),
          );
          const waiting = o.to.filter((t) => !o.accepted.includes(t)).map(name);
          return h(
            'li',
            { 'data-offer': String(o.id) },
            `T${o.id} to ${o.to.map(name).join(', ')}: waiting for ${waiting.join(', ')}. `,
            withdraw,
          );
        }),
      ),
    );
  if (closed.length)
    parts.push(
      h('h3', {}, 'Your trades so far'),
      h(
        'ul',
        { class: 'trade-history', id: 'trade-history' },
        ...closed.map((o) =>
          h(
            'li',
            { 'data-offer': String(o.id), 'data-status': o.status },
            h('strong', {}, `T${o.id} to ${o.to.map(name).join(', ')}: ${o.status}. `),
            answersTo(game, o).join(' '),
            h('span', { class: 'trade-fate' }, fate(game, o)),
          ),
        ),
      ),
    );
  return parts;
}

export function renderTradePanel(root: HTMLElement, scenario: Scenario, store: GameStore): void {
  const game = store.game;
  const waiting = game ? waitingOn(game, scenario.procedure.penHolder, 'human') : null;
  if (!game || !waiting) {
    root.replaceChildren();
    return;
  }
  const seat = waiting.actor;
  const parts: HTMLElement[] = [h('h2', { id: 'trades-heading' }, 'Trades')];
  const toAnswer = game.offers.filter(
    (o) => o.status === 'open' && o.to.includes(seat) && !o.accepted.includes(seat),
  );
  parts.push(...toAnswer.map((o) => offerToAnswer(scenario, store, seat, o)));
  const counterOf = toAnswer.find((o) => o.id === store.trade.counter) ?? null;
  if (counterOf) parts.push(tradeComposer(scenario, store, seat, counterOf));
  else if (waiting.kind === 'turn') parts.push(tradeComposer(scenario, store, seat, null));
  parts.push(...ownOffers(scenario, store, seat));
  root.replaceChildren(...(parts.length > 1 ? parts : []));
}
