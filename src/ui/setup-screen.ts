// Setting up a game: who plays each actor (the actors open to players start as human seats, the rest
// are AI), how many rounds, the seed and the AI's difficulty. Returns a set-up for the reducer to check.

import { DIFFICULTIES, type GameSetup, type SeatKind } from '../engine/negotiation/types.ts';
import type { Scenario } from '../engine/scenario.ts';
import { h } from './dom.ts';

export function renderSetup(
  root: HTMLElement,
  scenario: Scenario,
  onStart: (setup: GameSetup) => void,
  onBack: () => void,
): void {
  const byName = [...scenario.actors].sort((a, b) => (a.name < b.name ? -1 : 1));
  const seatRows = byName.map((actor) => {
    const select = h(
      'select',
      { id: `seat-${actor.id}`, 'data-actor': actor.id },
      h('option', { value: 'human' }, 'Human'),
      h('option', { value: 'ai' }, 'AI'),
    );
    select.value = actor.player ? 'human' : 'ai';
    if (!actor.player) select.disabled = true;
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('label', { for: `seat-${actor.id}` }, actor.name)),
      h('td', {}, select),
    );
  });
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
  const start = h('button', { type: 'submit', class: 'primary', id: 'start-game' }, 'Start the negotiation');
  const back = h('button', { type: 'button', id: 'setup-back' }, 'Back');
  back.addEventListener('click', onBack);
  const form = h(
    'form',
    { class: 'setup-screen', 'aria-labelledby': 'setup-heading' },
    h('h2', { id: 'setup-heading' }, `Set up: ${scenario.title}`),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Who plays each actor'),
      h(
        'p',
        { class: 'hint', id: 'seats-hint' },
        `Actors open to players start as human seats: with several, the players pass the device between turns (each reads a private brief first). Set the others to AI to play alone. Greyed actors are played by the AI in this scenario.`,
      ),
      h('table', { class: 'seats' }, h('tbody', {}, ...seatRows)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'The game'),
      h('label', { for: 'rounds' }, 'Rounds'),
      rounds,
      h('label', { for: 'seed' }, 'Seed'),
      seed,
      h('label', { for: 'difficulty' }, 'AI difficulty'),
      difficulty,
    ),
    h('div', { class: 'actions' }, back, start),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const seats = Object.fromEntries(
      scenario.actors.map((a) => [
        a.id,
        ((form.querySelector(`#seat-${a.id}`) as HTMLSelectElement | null)?.value ?? 'ai') as SeatKind,
      ]),
    );
    onStart({
      seats,
      rounds: Number(rounds.value),
      seed: Number(seed.value),
      difficulty: difficulty.value as GameSetup['difficulty'],
    });
  });
  root.replaceChildren(form);
}
