// The trade composer: to whom (Council members, parties on the ground, others), up to three clause
// changes given and three asked, an optional yes-vote commitment, and — live, from the engine — how
// each addressee would answer and what the joint amendment would do to everyone involved.
import { clausesInParagraphOrder } from '../engine/display-order.ts';
import type { ActorId, IssueId, OptionId } from '../engine/ids.ts';
import { compile } from '../engine/model.ts';
import { predictOffer, type Reaction } from '../engine/negotiation/predict.ts';
import { type Change, MAX_CHANGES, type Offer } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import type { Scenario } from '../engine/scenario.ts';
import { actorName } from '../state/names.ts';
import type { GameStore, TradeDraft } from '../state/store.ts';
import { h } from './dom.ts';

type Side = 'give' | 'ask';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;
const move = (before: number, after: number) =>
  `${before.toFixed(1)} → ${after.toFixed(1)} (${signed(after - before)})`;

/** Actors who vote in the Council: only they can commit to vote yes. */
export const onCouncil = (scenario: Scenario, id: ActorId) =>
  scenario.actors.find((a) => a.id === id)?.seat !== 'none';

function addressees(scenario: Scenario, store: GameStore, seat: ActorId): HTMLElement {
  const trade = store.trade;
  const others = scenario.actors
    .filter((a) => a.id !== seat)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const groups = [
    { key: 'council', title: 'Council members', actors: others.filter((a) => a.seat !== 'none') },
    { key: 'ground', title: 'On the ground', actors: others.filter((a) => a.seat === 'none' && a.ground) },
    { key: 'others', title: 'Others', actors: others.filter((a) => a.seat === 'none' && !a.ground) },
  ];
  const toggle = (id: ActorId, on: boolean) => {
    const to = scenario.actors.map((a) => a.id).filter((a) => (a === id ? on : trade.to.includes(a)));
    store.editTrade({ to, voteYes: trade.voteYes && to.some((a) => onCouncil(scenario, a)) });
  };
  return h(
    'fieldset',
    { class: 'trade-to' },
    h('legend', {}, 'Offer it to'),
    ...groups
      .filter((g) => g.actors.length > 0)
      .map((g) =>
        h(
          'div',
          { class: 'trade-group', role: 'group', 'aria-labelledby': `trade-group-${g.key}` },
          h('p', { id: `trade-group-${g.key}`, class: 'trade-group-title' }, g.title),
          ...g.actors.map((a) => {
            const box = h('input', { type: 'checkbox', id: `trade-to-${a.id}`, value: a.id });
            box.checked = trade.to.includes(a.id);
            box.addEventListener('change', () => toggle(a.id, box.checked));
            return h('label', { class: 'trade-actor', for: `trade-to-${a.id}` }, box, ` ${a.name}`);
          }),
        ),
      ),
  );
}

function sideRows(scenario: Scenario, store: GameStore, side: Side): HTMLElement {
  const game = store.game!;
  const trade = store.trade;
  const rows = trade[side];
  const issues = clausesInParagraphOrder(scenario);
  const used = (except: IssueId | null) =>
    new Set([...trade.give, ...trade.ask].map((c) => c.issue).filter((i) => i !== except));
  /** The first option the text does not have yet: a trade must change each clause it names. */
  const firstNew = (issue: IssueId): Change => ({
    issue,
    option: (scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id !== own(game.text, issue))
      ?.id ?? '') as OptionId,
  });
  const put = (next: readonly Change[]) => store.editTrade({ [side]: next } as Partial<TradeDraft>);
  const what = side === 'give' ? 'give' : 'ask for';
  const row = (c: Change, i: number) => {
    const prefix = `trade-${side}-${i}`;
    const taken = used(c.issue);
    const clause = h(
      'select',
      { id: `${prefix}-clause` },
      ...issues.map((issue) => {
        const option = h('option', { value: issue.id }, issue.title);
        option.disabled = taken.has(issue.id);
        return option;
      }),
    );
    clause.value = c.issue;
    clause.addEventListener('change', () =>
      put(rows.map((r, j) => (j === i ? firstNew(clause.value as IssueId) : r))),
    );
    const issue = scenario.issues.find((x) => x.id === c.issue);
    const option = h(
      'select',
      { id: `${prefix}-option` },
      ...(issue?.options ?? [])
        .filter((o) => o.id !== own(game.text, c.issue))
        .map((o) => h('option', { value: o.id }, o.label)),
    );
    option.value = c.option;
    option.addEventListener('change', () =>
      put(rows.map((r, j) => (j === i ? { issue: c.issue, option: option.value as OptionId } : r))),
    );
    const remove = h(
      'button',
      {
        type: 'button',
        id: `${prefix}-remove`,
        'aria-label': `Remove ${issue?.title ?? c.issue} from what you ${what}`,
      },
      'Remove',
    );
    remove.addEventListener('click', () => put(rows.filter((_, j) => j !== i)));
    const now = issue?.options.find((o) => o.id === own(game.text, c.issue))?.label ?? '';
    return h(
      'div',
      { class: 'trade-row' },
      h('label', { for: `${prefix}-clause` }, 'Clause'),
      clause,
      h('label', { for: `${prefix}-option` }, 'to say'),
      option,
      remove,
      h('p', { class: 'trade-now' }, `The text now: ${now}`),
    );
  };
  const free = issues.find((i) => !used(null).has(i.id));
  const add = h(
    'button',
    { type: 'button', id: `trade-${side}-add` },
    side === 'give' ? '+ Add a clause you give' : '+ Add a clause you ask for',
  );
  add.disabled = rows.length >= MAX_CHANGES || !free;
  add.addEventListener('click', () => {
    if (free) put([...rows, firstNew(free.id)]);
  });
  return h(
    'fieldset',
    { class: `trade-side trade-${side}` },
    h(
      'legend',
      {},
      side === 'give'
        ? `You give — changes they want (up to ${MAX_CHANGES})`
        : `You ask — changes you want (up to ${MAX_CHANGES})`,
    ),
    ...rows.map(row),
    add,
  );
}

function reactionItem(r: Reaction): HTMLElement {
  const kind = r.seat === 'human' ? 'human' : r.wouldAccept ? 'accept' : 'refuse';
  const mark = kind === 'human' ? '?' : kind === 'accept' ? '✓' : '✗';
  // The engine's sentence opens with who decides and the answer ("UAE would accept: …"): bold that.
  const cut = r.reason.indexOf(': ');
  return h(
    'li',
    { class: `reaction ${kind}`, 'data-actor': r.actor },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, mark),
    h('strong', {}, r.reason.slice(0, cut + 1)),
    r.reason.slice(cut + 1),
    h('span', { class: 'trade-move' }, ` Acceptance ${move(r.before, r.after)}.`),
  );
}

function prediction(
  scenario: Scenario,
  store: GameStore,
  seat: ActorId,
  to: readonly ActorId[],
  counter: number | null,
): {
  element: HTMLElement;
  sendable: boolean;
} {
  const { give, ask, voteYes } = store.trade;
  const box = (...children: HTMLElement[]) =>
    h(
      'div',
      { class: 'preview trade-prediction', id: 'trade-prediction', 'aria-live': 'polite' },
      ...children,
    );
  if (to.length === 0 || give.length + ask.length === 0)
    return {
      element: box(
        h('p', {}, 'Choose whom to offer it to and at least one clause to see how they would answer.'),
      ),
      sendable: false,
    };
  const p = predictOffer(compile(scenario), store.game!, seat, { to, give, ask, voteYes, counter });
  if (!p.ok)
    return {
      element: box(h('p', { class: 'notice error' }, `The rules would refuse it: ${p.error.message}.`)),
      sendable: false,
    };
  const me = actorName(scenario, seat);
  const v = p.value;
  return {
    element: box(
      h('h4', {}, 'Predicted reaction'),
      h('ul', { class: 'reactions' }, ...v.reactions.map(reactionItem)),
      h(
        'p',
        { id: 'trade-effect' },
        `If the trade enters the text: you (${me}) ${move(v.offerer.before, v.offerer.after)}; Council ${v.yesVotes.before} → ${v.yesVotes.after} yes votes. `,
        v.jointAmendment
          ? 'Everyone would accept: it would go to the pen holder as one joint amendment.'
          : 'It becomes a joint amendment only if everyone you offer it to accepts.',
      ),
    ),
    sendable: true,
  };
}

/** The composer for `seat`: a new offer on its turn, or a counter to `counterOf`. */
export function tradeComposer(
  scenario: Scenario,
  store: GameStore,
  seat: ActorId,
  counterOf: Offer | null,
): HTMLElement {
  const trade = store.trade;
  const name = (id: string) => actorName(scenario, id);
  const to = counterOf ? [counterOf.from] : trade.to;
  const parts: HTMLElement[] = [
    h(
      'h3',
      { id: 'trade-composer-heading' },
      counterOf
        ? `Counter trade T${counterOf.id} — a new offer to ${name(counterOf.from)}`
        : `Offer a trade — you are ${name(seat)}`,
    ),
  ];
  if (!counterOf) parts.push(addressees(scenario, store, seat));
  parts.push(sideRows(scenario, store, 'give'), sideRows(scenario, store, 'ask'));
  if (to.some((a) => onCouncil(scenario, a))) {
    const vote = h('input', { type: 'checkbox', id: 'trade-vote-yes' });
    vote.checked = trade.voteYes;
    vote.addEventListener('change', () => store.editTrade({ voteYes: vote.checked }));
    parts.push(
      h(
        'label',
        { class: 'trade-vote', for: 'trade-vote-yes' },
        vote,
        ' Ask each Council member who accepts to commit to vote yes for a final text that contains this trade',
      ),
    );
  }
  const predicted = prediction(scenario, store, seat, to, counterOf?.id ?? null);
  const clear = h(
    'button',
    { type: 'button', id: 'trade-clear' },
    counterOf ? 'Cancel the counter-offer' : 'Clear',
  );
  clear.addEventListener('click', () => store.clearTrade());
  const send = h(
    'button',
    { type: 'button', id: 'trade-send', class: 'primary' },
    counterOf ? `Send the counter-offer to ${name(counterOf.from)}` : 'Send the offer (ends your turn)',
  );
  send.disabled = !predicted.sendable;
  send.addEventListener('click', () => {
    // A counter whose offer has closed since is left over: this is a new offer.
    if (!counterOf && trade.counter !== null) store.editTrade({ counter: null });
    void store.sendTrade(seat);
  });
  parts.push(predicted.element, h('div', { class: 'actions' }, clear, send));
  return h(
    'div',
    { class: 'trade-composer', role: 'group', 'aria-labelledby': 'trade-composer-heading' },
    ...parts,
  );
}
