// The amendment being written in the document: its changes in words (each removable), what it would
// do (the mover's acceptance, the vote, consent on the ground, who else moves — the engine's
// assessment of the amended text), Undo / Redo, and Propose. A control that cannot be used says why.
import type { ActorId } from '../../engine/ids.ts';
import { MAX_CHANGES } from '../../engine/negotiation/types.ts';
import { own } from '../../engine/own.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { actorName } from '../../state/names.ts';
import { currentAssessment, previewAssessment } from '../../state/selectors.ts';
import type { GameStore } from '../../state/store.ts';
import { h } from '../dom.ts';
import { clauseTitle, optionLabel } from './labels.ts';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

/** Disables `button` and says why, on hover (title) and to a screen reader (aria-describedby). */
function disable(button: HTMLButtonElement, reasonId: string, reason: string): HTMLElement {
  button.disabled = true;
  button.title = reason;
  button.setAttribute('aria-describedby', reasonId);
  return h('span', { id: reasonId, class: 'visually-hidden' }, reason);
}

function preview(scenario: Scenario, store: GameStore, actor: ActorId): HTMLElement {
  const game = store.game!;
  const changes = store.pendingChanges;
  const name = (id: string) => actorName(scenario, id);
  const now = currentAssessment(scenario, game);
  const then = previewAssessment(scenario, game, changes);
  const index = scenario.actors.findIndex((a) => a.id === actor);
  const movers = then.actors
    .map((a, i) => ({
      actor: a.evaluation.actor,
      delta: a.evaluation.acceptance - (now.actors[i]?.evaluation.acceptance ?? 0),
    }))
    .filter((m) => Math.abs(m.delta) >= 0.05 && m.actor !== actor)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 6);
  return h(
    'div',
    { class: 'preview', id: 'amendment-preview', 'aria-live': 'polite' },
    h(
      'p',
      {},
      `${name(actor)}: ${now.actors[index]!.evaluation.acceptance.toFixed(1)} → ${then.actors[index]!.evaluation.acceptance.toFixed(1)}. Vote: ${now.vote.yes.length} → ${then.vote.yes.length} yes (${then.vote.adopted ? 'would pass' : 'would fail'}). Ground consent: ${then.groundConsent.holds ? 'holds' : 'fails'}.`,
    ),
    h(
      'p',
      {},
      movers.length
        ? `Others: ${movers.map((m) => `${name(m.actor)} ${signed(m.delta)}`).join(', ')}`
        : 'Nobody else moves.',
    ),
  );
}

export function amendmentTray(
  scenario: Scenario,
  store: GameStore,
  actor: ActorId,
  onShow: (issue: string) => void,
): HTMLElement {
  const game = store.game!;
  const changes = store.pendingChanges;
  const list = changes.length
    ? h(
        'ol',
        { class: 'amendment-changes', id: 'amendment-changes' },
        ...changes.map((c) => {
          const title = clauseTitle(scenario, c.issue);
          const show = h('button', { type: 'button', class: 'link', id: `show-${c.issue}` }, title);
          show.addEventListener('click', () => onShow(c.issue));
          const remove = h(
            'button',
            { type: 'button', class: 'remove', id: `remove-${c.issue}`, 'aria-label': `Remove ${title}` },
            'Remove',
          );
          remove.addEventListener('click', () => store.removeChange(c.issue));
          const was = optionLabel(scenario, c.issue, own(game.text, c.issue));
          return h(
            'li',
            { 'data-issue': c.issue },
            show,
            `: ${optionLabel(scenario, c.issue, c.option)} `,
            h('span', { class: 'was' }, `(now: ${was})`),
            ' ',
            remove,
          );
        }),
      )
    : h(
        'p',
        { class: 'hint', id: 'amendment-hint' },
        `Click a paragraph of the draft (or Tab to it and press Enter) and choose what it should say. Up to ${MAX_CHANGES} changes make one amendment.`,
      );
  const undo = h('button', { type: 'button', id: 'undo' }, 'Undo');
  const redo = h('button', { type: 'button', id: 'redo' }, 'Redo');
  const propose = h(
    'button',
    { type: 'button', id: 'propose', class: 'primary' },
    changes.length ? `Propose ${changes.length} change${changes.length === 1 ? '' : 's'}` : 'Propose',
  );
  const reasons: HTMLElement[] = [];
  if (store.composing.past.length === 0) reasons.push(disable(undo, 'undo-why', 'Nothing to undo yet.'));
  if (store.composing.future.length === 0) reasons.push(disable(redo, 'redo-why', 'Nothing to redo.'));
  if (changes.length === 0)
    reasons.push(disable(propose, 'propose-why', 'Pick at least one change in the text.'));
  undo.addEventListener('click', () => store.undo());
  redo.addEventListener('click', () => store.redo());
  propose.addEventListener('click', () => void store.dispatch({ type: 'propose', seat: actor, changes }));
  return h(
    'aside',
    { class: 'amendment', id: 'amendment', 'aria-labelledby': 'amendment-heading' },
    h(
      'h3',
      { id: 'amendment-heading' },
      `Your amendment (${changes.length} of ${MAX_CHANGES}) — you are ${actorName(scenario, actor)}`,
    ),
    list,
    ...(changes.length ? [preview(scenario, store, actor)] : []),
    h('div', { class: 'actions' }, undo, redo, propose),
    ...reasons,
  );
}
