// The draft as a resolution — "The Security Council," then preambular paragraphs and numbered
// operative paragraphs, each opening word in italics — and, for the human whose move it is, the
// amendment composer with a preview of what it would do, or the pen holder's decision.

import type { ActorId, IssueId, OptionId } from '../engine/ids.ts';
import { own } from '../engine/own.ts';
import { resolutionText } from '../engine/resolution.ts';
import type { Scenario } from '../engine/scenario.ts';
import { actorName } from '../state/names.ts';
import { currentAssessment, previewAssessment } from '../state/selectors.ts';
import type { GameStore } from '../state/store.ts';
import { h } from './dom.ts';

/** "Decides that …" → <em>Decides</em> that … */
function paragraph(tag: 'p' | 'li', text: string): HTMLElement {
  const [first = '', ...rest] = text.split(' ');
  return h(tag, {}, h('em', {}, first), rest.length ? ` ${rest.join(' ')}` : '');
}

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

function composer(scenario: Scenario, store: GameStore, actor: ActorId): HTMLElement[] {
  const game = store.game!;
  const name = (id: string) => actorName(scenario, id);
  const chosen = new Map(store.composing.changes.map((c) => [c.issue as string, c.option as string]));
  const selects = [...scenario.issues]
    .sort((a, b) => a.paragraph - b.paragraph)
    .map((issue) => {
      const select = h(
        'select',
        { id: `clause-${issue.id}`, 'data-issue': issue.id },
        ...issue.options.map((o) => h('option', { value: o.id }, o.label)),
      );
      select.value = chosen.get(issue.id) ?? own(game.text, issue.id) ?? issue.opening;
      select.addEventListener('change', () => {
        if (select.value === own(game.text, issue.id)) store.removeChange(issue.id);
        else store.setChange({ issue: issue.id as IssueId, option: select.value as OptionId });
      });
      return h(
        'div',
        { class: 'clause-choice' },
        h('label', { for: `clause-${issue.id}` }, issue.title),
        select,
      );
    });
  const changes = store.composing.changes;
  const parts: HTMLElement[] = [h('h3', {}, `Propose an amendment — you are ${name(actor)}`), ...selects];
  if (changes.length > 0) {
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
    parts.push(
      h(
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
      ),
    );
  }
  const undo = h('button', { type: 'button', id: 'undo' }, 'Undo');
  const redo = h('button', { type: 'button', id: 'redo' }, 'Redo');
  const propose = h(
    'button',
    { type: 'button', id: 'propose', class: 'primary' },
    `Propose ${changes.length} change${changes.length === 1 ? '' : 's'}`,
  );
  undo.disabled = store.composing.past.length === 0;
  redo.disabled = store.composing.future.length === 0;
  propose.disabled = changes.length === 0 || changes.length > 3;
  undo.addEventListener('click', () => store.undo());
  redo.addEventListener('click', () => store.redo());
  propose.addEventListener('click', () => void store.dispatch({ type: 'propose', seat: actor, changes }));
  // The preview and the buttons stay in view at the bottom while the player works down the clauses.
  const preview = parts.splice(1 + selects.length);
  parts.push(
    h('div', { class: 'composer-footer' }, ...preview, h('div', { class: 'actions' }, undo, redo, propose)),
  );
  return parts;
}

function decision(scenario: Scenario, store: GameStore, actor: ActorId): HTMLElement[] {
  const game = store.game!;
  const pending = game.amendments.filter((a) => a.round === game.round && a.status === 'pending');
  const name = (id: string) => actorName(scenario, id);
  const boxes = pending.map((a) => {
    const box = h('input', { type: 'checkbox', id: `adopt-${a.id}`, value: String(a.id) });
    return h(
      'div',
      {},
      box,
      h(
        'label',
        { for: `adopt-${a.id}` },
        ` A${a.id} by ${name(a.by)}: ${a.changes.map((c) => `${c.issue} → ${c.option}`).join(', ')}`,
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
  return [
    h('h3', {}, 'You hold the pen: which amendments enter the text?'),
    ...(boxes.length ? boxes : [h('p', {}, 'No amendments this round.')]),
    h('div', { class: 'actions' }, adopt),
  ];
}

export function renderDraftPanel(root: HTMLElement, scenario: Scenario, store: GameStore): void {
  const game = store.game;
  if (!game) return;
  const text = resolutionText(scenario, game.text);
  const document = h(
    'div',
    { class: 'resolution' },
    h('p', { class: 'council' }, 'The Security Council,'),
    ...text.preamble.map((p) => paragraph('p', p)),
    h('ol', { class: 'operative' }, ...text.operative.map((p) => paragraph('li', p.text))),
  );
  const parts: HTMLElement[] = [h('h2', { id: 'draft-heading' }, 'The draft resolution'), document];
  const penHolder = scenario.procedure.penHolder;
  const mover =
    game.phase === 'deciding' ? penHolder : game.phase === 'negotiating' ? game.order[game.turn] : undefined;
  if (mover && own(game.setup.seats, mover) === 'human') {
    parts.push(
      h(
        'div',
        { class: 'composer' },
        ...(game.phase === 'deciding' ? decision(scenario, store, mover) : composer(scenario, store, mover)),
      ),
    );
  }
  root.replaceChildren(...parts);
}
