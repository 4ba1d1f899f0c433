// The side panel: the scenario's summary and everyone at the table, as accessible text (the canvas
// is hidden from screen readers, so this list is what they read).

import type { Actor, Scenario } from '../engine/scenario.ts';
import type { ScenarioProblem } from '../scenario/problems.ts';
import { longDate } from '../state/dates.ts';
import { h } from './dom.ts';

const SEAT_WORDS: Record<Actor['seat'], string> = {
  permanent: 'permanent member',
  elected: 'elected member',
  none: 'not on the Council',
};

function selectButton(actor: Actor, onSelect: (id: Actor['id']) => void): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'actor-name link', id: `select-${actor.id}`, 'data-select': actor.id },
    actor.name,
  );
  // Click or focus: a keyboard user tabbing down the list sees each actor's explanation in turn.
  button.addEventListener('click', () => onSelect(actor.id));
  button.addEventListener('focus', () => onSelect(actor.id));
  return button;
}

function actorItem(actor: Actor, onSelect?: (id: Actor['id']) => void): HTMLLIElement {
  const swatch = h('span', { class: 'swatch', style: `background:${actor.colour}`, 'aria-hidden': 'true' });
  const details = [
    SEAT_WORDS[actor.seat],
    actor.ground ? 'party on the ground' : '',
    actor.player ? 'playable' : 'AI only',
  ]
    .filter(Boolean)
    .join(' · ');
  return h(
    'li',
    { 'data-actor': actor.id },
    swatch,
    onSelect ? selectButton(actor, onSelect) : h('span', { class: 'actor-name' }, actor.name),
    h('span', { class: 'actor-details' }, details),
  );
}

export function renderScenarioPanel(
  root: HTMLElement,
  scenario: Scenario,
  onSelect?: (id: Actor['id']) => void,
): void {
  const members = new Set<string>(scenario.procedure.members);
  const groups: Array<[string, Actor[]]> = [
    ['Security Council', scenario.actors.filter((a) => members.has(a.id))],
    ['Invited to the table', scenario.actors.filter((a) => !members.has(a.id) && !a.ground)],
    ['On the ground', scenario.actors.filter((a) => !members.has(a.id) && a.ground)],
  ];
  root.replaceChildren(
    h(
      'p',
      { class: 'as-of' },
      `As of ${longDate(scenario.asOf)} · ${scenario.issues.length} clauses under negotiation`,
    ),
    h('p', { class: 'summary' }, scenario.summary),
    ...groups
      .filter(([, actors]) => actors.length > 0)
      .flatMap(([label, actors]) => [
        h('h2', {}, `${label} (${actors.length})`),
        h('ul', { class: 'actors' }, ...actors.map((a) => actorItem(a, onSelect))),
      ]),
  );
}

/**
 * Marks the chosen actor in the lists under `root` (the why panel calls it on every render, since the
 * lists are drawn once per game and the choice changes with the store).
 */
export function markSelectedActor(root: ParentNode, id: string | null): void {
  for (const li of root.querySelectorAll<HTMLElement>('.actors li[data-actor]')) {
    const on = li.dataset.actor === id;
    li.classList.toggle('selected', on);
    const button = li.querySelector('button[data-select]');
    if (on) button?.setAttribute('aria-current', 'true');
    else button?.removeAttribute('aria-current');
  }
}

export function renderProblems(root: HTMLElement, file: string, problems: readonly ScenarioProblem[]): void {
  root.replaceChildren(
    h('h2', {}, `${file} could not be loaded`),
    h('p', {}, `${problems.length} problem${problems.length === 1 ? '' : 's'} found:`),
    h(
      'ul',
      { class: 'problems', role: 'alert' },
      ...problems.map((p) =>
        h('li', {}, `line ${p.line}, column ${p.col}: ${p.path ? `${p.path}: ` : ''}${p.message}`),
      ),
    ),
  );
}
