// "Why?": the selected actor's acceptance taken apart — the clauses that help and hurt it most (against
// no resolution), the rules that fired, its red lines and domestic constituencies, the steps from
// utility to acceptance, and the single change that would win it over most.
import { stanceUncertaintyProblem } from '../engine/analysis/stance-probabilities.ts';
import { stanceSentence } from '../engine/analysis/stance-shares.ts';
import type { ActorAssessment } from '../engine/assess.ts';
import { bestChanges } from '../engine/best-change.ts';
import { derivedValueNote } from '../engine/describe.ts';
import { compile } from '../engine/model.ts';
import type { Scenario } from '../engine/scenario.ts';
import { currentAssessment } from '../state/selectors.ts';
import type { GameStore } from '../state/store.ts';
import { h } from './dom.ts';
import { markSelectedActor } from './scenario-panel.ts';

/**
 * How often the actor takes each stance across the plausible settings of the scenario's ranges, its
 * shown stance first: "It supports in 62% of plausible settings, abstains in 38%." The line keeps its
 * place (empty, two lines high) while the engine worker computes the shares, so nothing below it
 * jumps when they arrive. A scenario without ranges has no line at all: there is nothing to draw.
 */
function sharesLine(scenario: Scenario, store: GameStore, index: number, x: ActorAssessment): HTMLElement[] {
  if (stanceUncertaintyProblem(scenario)) return [];
  const u = store.stances;
  const shares = u?.available ? u.result.actors[index] : undefined;
  if (!shares || shares.actor !== x.evaluation.actor)
    return [h('p', { class: 'why-shares', 'aria-busy': 'true' })];
  const ground =
    shares.ground && x.ground ? ` On the ground it ${stanceSentence(shares.ground, x.ground)}.` : '';
  return [
    h(
      'p',
      { class: 'why-shares', id: 'why-shares' },
      `Within the scenario's stated ranges, it ${stanceSentence(shares.stance, x.stance)}.${ground}`,
    ),
  ];
}

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

/** The actor shown last in each why panel: a new choice is brought into view (bringIntoView). */
const shown = new WeakMap<HTMLElement, string | null>();

/** Whether `element` has the keyboard focus and got it from the keyboard (Tab), not a pointer. */
function keyboardFocused(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false; // a browser without :focus-visible: treat every focus as a pointer's
  }
}

/**
 * A newly chosen actor's explanation is brought into view, its heading at the top, unless it is in
 * view already: on a phone the panel is far below the table, and on a laptop the actors' list is far
 * below it. A choice made by tabbing down the list leaves the view alone: it would jump at every Tab.
 */
function bringIntoView(root: HTMLElement, id: string | null): void {
  const before = shown.get(root);
  shown.set(root, id);
  if (!id || before === undefined || before === id) return;
  const active = root.ownerDocument.activeElement;
  if (active?.closest('#panel') && keyboardFocused(active)) return;
  const heading = root.querySelector('h2');
  const view = root.ownerDocument.defaultView;
  if (!heading || !view) return;
  const box = heading.getBoundingClientRect();
  const scroller = root.closest('#panel')?.getBoundingClientRect();
  const top = Math.max(0, scroller?.top ?? 0);
  const bottom = Math.min(view.innerHeight, scroller?.bottom ?? view.innerHeight);
  if (box.top >= top && box.bottom <= bottom) return;
  root.scrollIntoView?.({ block: 'start' });
}

function closeButton(store: GameStore): HTMLElement {
  const close = h(
    'button',
    { type: 'button', id: 'why-close', class: 'why-close', 'aria-label': 'Close the explanation' },
    'Close',
  );
  close.addEventListener('click', () => store.select(null));
  return close;
}

export function renderWhyPanel(root: HTMLElement, scenario: Scenario, store: GameStore): void {
  renderWhy(root, scenario, store);
  markSelectedActor(root.ownerDocument, store.ui.selectedActor);
  bringIntoView(root, store.ui.selectedActor);
}

function renderWhy(root: HTMLElement, scenario: Scenario, store: GameStore): void {
  const game = store.game;
  const id = store.ui.selectedActor;
  if (!game || !id) {
    root.replaceChildren(
      h(
        'p',
        { class: 'hint' },
        'Choose an actor (click its seat or its name) to see why it scores the text as it does.',
      ),
    );
    return;
  }
  const model = compile(scenario);
  const a = currentAssessment(scenario, game);
  const index = model.actorIndex.get(id);
  if (index === undefined) return;
  const x = a.actors[index]!;
  const e = x.evaluation;
  const actor = scenario.actors[index]!;
  const issueTitle = (issue: string) => scenario.issues.find((i) => i.id === issue)?.title ?? issue;
  const optionLabel = (issue: string, option: string) =>
    scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
  const terms = [...e.terms]
    .sort((p, q) => q.vsReference - p.vsReference)
    .filter((t) => Math.abs(t.vsReference) >= 0.05);
  const helps = terms.slice(0, 3).filter((t) => t.vsReference > 0);
  const hurts = terms
    .slice(-3)
    .filter((t) => t.vsReference < 0)
    .reverse();
  const best = bestChanges(model, a)[index];
  // A value derived from the actor's stance (not written in the file) says so.
  const termLine = (t: (typeof terms)[number]) => {
    const derived = derivedValueNote(scenario, actor.id, t.issue, t.option);
    return `${signed(t.vsReference)}: ${issueTitle(t.issue)} — ${optionLabel(t.issue, t.option)}${derived ? ` (value ${t.value.toFixed(0)}, ${derived})` : ''}`;
  };
  const list = (items: string[]) => h('ul', {}, ...items.map((i) => h('li', {}, i)));
  root.replaceChildren(
    h(
      'div',
      { class: 'why-top' },
      h('h2', { id: 'why-heading' }, `Why ${actor.name} scores the text ${e.acceptance.toFixed(1)}`),
      closeButton(store),
    ),
    h(
      'p',
      {},
      `${x.vote ? `Votes ${x.vote}` : `Public stance: ${x.stance}`}${x.ground ? `; on the ground it would ${x.ground}` : ''}. 50 means "as good as no resolution".`,
    ),
    ...sharesLine(scenario, store, index, x),
    ...(helps.length ? [h('h3', {}, 'Helps most (against no resolution)'), list(helps.map(termLine))] : []),
    ...(hurts.length ? [h('h3', {}, 'Hurts most'), list(hurts.map(termLine))] : []),
    ...(e.rules.length
      ? [h('h3', {}, 'Linked effects'), list(e.rules.map((r) => `${signed(r.delta)}: ${r.text}`))]
      : []),
    ...(e.redLines.length
      ? [
          h('h3', {}, 'Red lines crossed'),
          list(
            e.redLines.map(
              (r) => `${r.severity === 'absolute' ? 'absolute (acceptance 0)' : `−${r.penalty}`}: ${r.text}`,
            ),
          ),
        ]
      : []),
    ...(e.constituencies.length
      ? [
          h('h3', {}, 'At home'),
          list(
            e.constituencies.map(
              (c) =>
                `${c.name}: ${c.acceptance.toFixed(0)} (needs ${c.threshold})${c.vetoBroken ? ` — outside its win-set: ${x.vote ? 'it cannot vote yes' : 'it opposes at best'}` : ''}`,
            ),
          ),
        ]
      : []),
    ...(e.steps.length
      ? [
          h('h3', {}, 'From utility to acceptance'),
          list([
            `${e.baseAcceptance.toFixed(1)} from the clauses`,
            ...e.steps.map((s) => `${signed(s.delta)}: ${s.label}`),
          ]),
        ]
      : []),
    h('h3', {}, 'What would win it over most'),
    h(
      'p',
      { id: 'best-change' },
      best
        ? `${issueTitle(best.change.issue)}: ${optionLabel(best.change.issue, best.change.to)} (${signed(best.gain)})`
        : 'Nothing: every single change would cost it.',
    ),
  );
}
