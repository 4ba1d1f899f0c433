// The pen holder's decision: which of this round's amendments enter the text. Each amendment is
// shown in words — who proposed it, with whom, and each change as clause title and option label.
import type { ActorId } from '../../engine/ids.ts';
import type { Amendment } from '../../engine/negotiation/types.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { actorName } from '../../state/names.ts';
import type { GameStore } from '../../state/store.ts';
import { h } from '../dom.ts';
import { changeInWords } from './labels.ts';

/** "A1 by United Arab Emirates (with Egypt)". */
export function amendmentHeading(scenario: Scenario, a: Amendment): string {
  const name = (id: string) => actorName(scenario, id);
  return `A${a.id} by ${name(a.by)}${a.with.length ? ` (with ${a.with.map(name).join(', ')})` : ''}`;
}

export function decision(scenario: Scenario, store: GameStore, actor: ActorId): HTMLElement {
  const game = store.game!;
  const pending = game.amendments.filter((a) => a.round === game.round && a.status === 'pending');
  const boxes = pending.map((a) => {
    const box = h('input', { type: 'checkbox', id: `adopt-${a.id}`, value: String(a.id) });
    return h(
      'div',
      { class: 'decision-item' },
      box,
      h(
        'label',
        { for: `adopt-${a.id}` },
        h('strong', {}, `${amendmentHeading(scenario, a)}:`),
        h('ul', {}, ...a.changes.map((c) => h('li', {}, changeInWords(scenario, c)))),
      ),
    );
  });
  const adopt = h(
    'button',
    { type: 'button', id: 'adopt', class: 'primary' },
    'Put the chosen amendments into the text',
  );
  adopt.addEventListener('click', () => {
    const ids = pending
      .filter((a) => (document.getElementById(`adopt-${a.id}`) as HTMLInputElement | null)?.checked)
      .map((a) => a.id);
    void store.dispatch({ type: 'decide', seat: actor, adopt: ids });
  });
  return h(
    'div',
    { class: 'decision', id: 'decision' },
    h('h3', {}, `You hold the pen, ${actorName(scenario, actor)}: which amendments enter the text?`),
    ...(boxes.length ? boxes : [h('p', {}, 'No amendments this round.')]),
    h('div', { class: 'actions' }, adopt),
  );
}
