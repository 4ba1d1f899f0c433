// "Play as…": every actor the scenario opens to players, as a card (flag or emblem, name, role, the
// stake from its brief). One click starts a game with that seat human and every other seat AI.
// Several players on one device (pass-and-play), the number of rounds, the seed and the AI's
// difficulty are the advanced choices, folded away.

import { actorsInDisplayOrder } from '../engine/display-order.ts';
import { DIFFICULTIES, type GameSetup, type SeatKind } from '../engine/negotiation/types.ts';
import type { Actor, Scenario } from '../engine/scenario.ts';
import { h } from './dom.ts';
import { actorEmblem } from './emblem.ts';

/** The actor's role at this table, in words. */
export function roleOf(scenario: Scenario, actor: Actor): string {
  const { penHolder, coPenHolders = [] } = scenario.procedure;
  if (actor.id === penHolder)
    return coPenHolders.length
      ? 'Pen holder: drafts the text with its co-pen holders'
      : 'Pen holder: drafts the text';
  if (coPenHolders.includes(actor.id)) return 'Co-pen holder: drafts the text with the pen holder';
  if (actor.seat === 'permanent') return 'Permanent member of the Council (veto)';
  if (actor.seat === 'elected') return 'Elected member of the Council';
  if (actor.ground) return 'Party on the ground';
  return 'Invited to the table';
}

/** The first sentence of the actor's private brief: what it wants, in a line. */
export function stakeOf(actor: Actor): string {
  const flat = actor.briefing.replace(/\s+/g, ' ').trim();
  return /^.*?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
}

export interface PlayAsChoices {
  readonly onStart: (setup: GameSetup) => void;
  readonly onBack: () => void;
  /** What the Back button says (where it leads); "Back to the scenarios" by default. */
  readonly backLabel?: string;
}

export function renderPlayAs(root: HTMLElement, scenario: Scenario, choices: PlayAsChoices): void {
  // Council members (permanent, then elected), the invited, the parties on the ground; by name within each.
  const playable = actorsInDisplayOrder(scenario).filter((a) => a.player);
  const rounds = h('input', {
    id: 'rounds',
    type: 'number',
    min: '1',
    max: '20',
    value: String(scenario.procedure.rounds),
  });
  const seed = h('input', { id: 'seed', type: 'number', min: '0', max: '4294967295', value: '1' });
  const difficulty = h(
    'select',
    { id: 'difficulty' },
    ...DIFFICULTIES.map((d) => h('option', { value: d }, d)),
  );
  difficulty.value = 'normal';
  const setupFor = (humans: ReadonlySet<string>): GameSetup => ({
    seats: Object.fromEntries(
      scenario.actors.map((a) => [a.id, (humans.has(a.id) ? 'human' : 'ai') as SeatKind]),
    ),
    rounds: Number(rounds.value),
    seed: Number(seed.value),
    difficulty: difficulty.value as GameSetup['difficulty'],
  });
  const cards = playable.map((actor) => {
    const card = h(
      'button',
      {
        type: 'button',
        class: 'actor-card',
        'data-play-as': actor.id,
        'aria-describedby': `stake-${actor.id}`,
      },
      actorEmblem(actor),
      h('span', { class: 'actor-card-name' }, actor.name),
      h('span', { class: 'actor-card-role' }, roleOf(scenario, actor)),
      h('span', { class: 'actor-card-stake', id: `stake-${actor.id}` }, stakeOf(actor)),
    );
    card.addEventListener('click', () => choices.onStart(setupFor(new Set([actor.id]))));
    return h('li', {}, card);
  });
  const humanBoxes = playable.map((actor) =>
    h(
      'label',
      { class: 'human-seat' },
      h('input', { type: 'checkbox', 'data-actor': actor.id, id: `human-${actor.id}` }),
      ` ${actor.name}`,
    ),
  );
  const passAndPlay = h('button', { type: 'submit', id: 'start-game' }, 'Start with these players');
  const advanced = h(
    'details',
    { class: 'advanced' },
    h('summary', {}, 'Advanced: several players on one device, rounds, seed, difficulty'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Several players on one device (pass and play)'),
      h(
        'p',
        { class: 'hint' },
        'Tick each actor a player takes; the others are played by the AI. The players pass the device between turns, and each reads a private brief first. Leave every box empty to watch the AI play all the seats.',
      ),
      h('div', { class: 'human-seats' }, ...humanBoxes),
    ),
    h(
      'fieldset',
      { class: 'game-settings' },
      h('legend', {}, 'The game'),
      h('label', { for: 'rounds' }, 'Rounds'),
      rounds,
      h('label', { for: 'seed' }, 'Seed (the same seed replays the same events)'),
      seed,
      h('label', { for: 'difficulty' }, 'AI difficulty'),
      difficulty,
    ),
    h('p', { class: 'actions' }, passAndPlay),
  );
  const back = h(
    'button',
    { type: 'button', id: 'setup-back' },
    choices.backLabel ?? 'Back to the scenarios',
  );
  back.addEventListener('click', choices.onBack);
  const form = h(
    'form',
    { class: 'play-as-screen', 'aria-labelledby': 'setup-heading' },
    h('h2', { id: 'setup-heading' }, 'Play as…'),
    h('p', { class: 'lede' }, `${scenario.title}. Choose who you are; the AI plays everyone else.`),
    h('ul', { class: 'actor-cards' }, ...cards),
    advanced,
    h('p', { class: 'actions' }, back),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const humans = new Set(
      humanBoxes
        .map((l) => l.querySelector('input'))
        .filter((i) => i?.checked)
        .map((i) => i?.dataset.actor ?? ''),
    );
    choices.onStart(setupFor(humans));
  });
  root.replaceChildren(form);
}
