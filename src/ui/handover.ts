// Pass-and-play: when the move passes to a different human seat, the screen is covered by "Hand the
// device to …", so neighbours do not see each other's brief; the player then reads their private
// brief and point table and starts their turn.

import { optionsInAuthorOrder } from '../engine/display-order.ts';
import { waitingOn } from '../engine/negotiation/state.ts';
import { own } from '../engine/own.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { GameStore } from '../state/store.ts';
import { h } from './dom.ts';

export function renderHandover(root: HTMLElement, scenario: Scenario, store: GameStore): void {
  const game = store.game;
  const humans = game ? Object.values(game.setup.seats).filter((s) => s === 'human').length : 0;
  const actor = game ? (waitingOn(game, scenario.procedure.penHolder, 'human')?.actor ?? null) : null;
  // A lone human reads their brief once, before their first move, with no cover (nobody to hide it
  // from); in pass-and-play the cover comes up whenever the device must change hands. Either may
  // open the brief again from the side panel ("Read my brief").
  const solo = humans === 1;
  const briefOpen = actor !== null && store.ui.briefOpenFor === actor;
  const firstLook = solo && actor !== null && store.ui.revealedTo === null;
  const covered = !solo && actor !== null && store.ui.revealedTo !== actor;
  if (!game || !actor || !(briefOpen || firstLook || covered)) {
    root.hidden = true;
    delete root.dataset.showing;
    root.replaceChildren();
    return;
  }
  const me = scenario.actors.find((a) => a.id === actor);
  if (!me) return;
  // Re-render only when what the cover shows changes: a rebuilt button would lose a click in progress.
  const showBrief = briefOpen || firstLook;
  const key = `${actor}:${showBrief ? 'brief' : 'cover'}`;
  if (!root.hidden && root.dataset.showing === key) return;
  root.dataset.showing = key;
  root.hidden = false;
  if (showBrief) {
    const issues = [...scenario.issues]
      .filter((i) => (own(me.weights, i.id) ?? 0) > 0)
      .sort((a, b) => (own(me.weights, b.id) ?? 0) - (own(me.weights, a.id) ?? 0));
    const start = h('button', { type: 'button', class: 'primary', id: 'start-turn' }, 'Start my turn');
    start.addEventListener('click', () => store.reveal(actor));
    root.replaceChildren(
      h(
        'div',
        {
          class: 'handover-card brief',
          role: 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': 'brief-heading',
        },
        h('h2', { id: 'brief-heading' }, `${me.name}: your private brief`),
        h('p', {}, me.briefing.trim() || 'No private brief in this scenario.'),
        h('h3', {}, 'What you care about (your points for each option)'),
        h(
          'ul',
          {},
          ...issues.map((i) =>
            h(
              'li',
              {},
              `${i.title} (weight ${Math.round((own(me.weights, i.id) ?? 0) * 100)}%): ${optionsInAuthorOrder(
                i,
              )
                .map((o) => `${o.label} ${own(own(me.values, i.id) ?? {}, o.id) ?? 0}`)
                .join(' · ')}`,
            ),
          ),
        ),
        ...(me.redLines.length
          ? [
              h('h3', {}, 'Your red lines'),
              h(
                'ul',
                {},
                ...me.redLines.map((r) =>
                  h(
                    'li',
                    {},
                    `${r.severity === 'absolute' ? 'Absolute' : `Strong (−${r.penalty})`}: ${r.text}`,
                  ),
                ),
              ),
            ]
          : []),
        start,
      ),
    );
    start.focus();
    return;
  }
  const show = h(
    'button',
    { type: 'button', class: 'primary', id: 'show-brief' },
    `I am ${me.name}: show my brief`,
  );
  show.addEventListener('click', () => store.openBrief(actor));
  root.replaceChildren(
    h(
      'div',
      { class: 'handover-card', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'handover-heading' },
      h('h2', { id: 'handover-heading' }, `Hand the device to ${me.name}`),
      h('p', {}, 'Everyone else, please look away: the next screen is private.'),
      show,
    ),
  );
  show.focus();
}
