// Before round 1: the scenario's shared briefing, then the player's private brief — what they want
// most, their red lines, and what winning means for their seat — as a page to read, not a pop-up.
// With several players on one device only the shared part is shown here: each private brief comes
// behind its own "hand the device" cover.

import { optionsInAuthorOrder } from '../engine/display-order.ts';
import { SCORE_WEIGHTS } from '../engine/negotiation/scores.ts';
import { own } from '../engine/own.ts';
import type { Actor, Scenario } from '../engine/scenario.ts';
import { longDate } from '../state/dates.ts';
import { h } from './dom.ts';
import { actorEmblem } from './emblem.ts';
import { roleOf } from './play-as-screen.ts';

const pct = (weight: number): string => `${Math.round(weight * 100)}%`;

const paragraphs = (text: string): HTMLElement[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => h('p', {}, p));

/** The clauses the actor weighs most, each with the option it would most like. */
function wants(scenario: Scenario, actor: Actor): HTMLElement {
  const ranked = scenario.issues
    .filter((i) => (own(actor.weights, i.id) ?? 0) > 0)
    .sort((a, b) => (own(actor.weights, b.id) ?? 0) - (own(actor.weights, a.id) ?? 0));
  const items = ranked.map((issue) => {
    const values = own(actor.values, issue.id) ?? {};
    const best = issue.options.reduce((a, b) =>
      (own(values, b.id) ?? 0) > (own(values, a.id) ?? 0) ? b : a,
    );
    const weight = Math.round((own(actor.weights, issue.id) ?? 0) * 100);
    return h(
      'li',
      {},
      h('strong', {}, issue.title),
      ` (${weight}% of what you weigh): best for you is “${best.label}”.`,
      h(
        'span',
        { class: 'option-points' },
        ` Your points: ${optionsInAuthorOrder(issue)
          .map((o) => `${o.label} ${own(values, o.id) ?? 0}`)
          .join(' · ')}`,
      ),
    );
  });
  return h('ol', { class: 'wants' }, ...items);
}

function privateBrief(scenario: Scenario, actor: Actor): HTMLElement[] {
  const parts: HTMLElement[] = [
    h(
      'h2',
      { id: 'private-brief-heading', class: 'with-emblem' },
      actorEmblem(actor),
      `Your private brief: ${actor.name}`,
    ),
    h('p', { class: 'role' }, roleOf(scenario, actor)),
    ...paragraphs(actor.briefing || 'This scenario gives no private brief for this seat.'),
    h('h3', {}, 'What you want, most important first'),
    wants(scenario, actor),
  ];
  if (actor.redLines.length)
    parts.push(
      h('h3', {}, 'Your red lines'),
      h(
        'ul',
        {},
        ...actor.redLines.map((r) =>
          h(
            'li',
            {},
            r.severity === 'absolute'
              ? `Absolute — you can never accept a text that ${r.text.replace(/^./, (c) => c.toLowerCase())}`
              : `Strong (costs you ${r.penalty} points if crossed): ${r.text}`,
          ),
        ),
      ),
    );
  parts.push(
    h('h3', {}, 'What winning means for you'),
    h(
      'p',
      {},
      `Your score at the end is ${pct(SCORE_WEIGHTS.gain)} how far you moved the text your way — the share of the points you could have gained over the opening draft that you did gain — ${pct(SCORE_WEIGHTS.adoption)} whether the text is adopted (and you accept it) and ${pct(SCORE_WEIGHTS.survival)} how likely the ceasefire is to hold. Every seat can win: a small power that moves the text a long way scores as well as the pen holder.`,
    ),
  );
  return parts;
}

export interface BriefingChoices {
  readonly onReady: () => void;
}

/** `me` is the lone human seat, or null with several (their briefs come behind the hand-over cover). */
export function renderBriefing(
  root: HTMLElement,
  scenario: Scenario,
  me: Actor | null,
  choices: BriefingChoices,
): void {
  const ready = h('button', { type: 'button', class: 'primary', id: 'to-table' }, 'Go to the table');
  ready.addEventListener('click', choices.onReady);
  root.replaceChildren(
    h(
      'article',
      { class: 'briefing-screen', 'aria-labelledby': 'briefing-heading' },
      h('h2', { id: 'briefing-heading' }, 'The briefing'),
      h('p', { class: 'as-of' }, `${scenario.title} · as of ${longDate(scenario.asOf)}`),
      ...paragraphs(scenario.briefing || scenario.summary),
      ...(me ? privateBrief(scenario, me) : []),
      h('p', { class: 'actions' }, ready),
    ),
  );
  ready.focus({ preventScroll: true });
}
