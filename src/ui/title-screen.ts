// The title screen: each shipped scenario as a card (title, date, summary, size, play time) with
// "Play" and "What-if lab"; a scenario from disk (file picker or drag and drop); the saved games, each
// to continue or delete. It only collects choices; the app acts on them.

import type { ShippedScenario } from '../app/shipped.ts';
import { LIMITS } from '../scenario/limits.ts';
import type { SavedGame } from '../state/saved-games.ts';
import { h } from './dom.ts';

export interface TitleChoices {
  readonly scenarios: readonly ShippedScenario[];
  /** The saved games, newest first. */
  readonly saved: readonly SavedGame[];
  /** "Play as…" for a shipped scenario (by its key). */
  readonly onChoose: (key: string) => void;
  /** A file from disk, as bytes: the parser checks their size and that they are UTF-8. */
  readonly onLoadFile: (name: string, bytes: Uint8Array) => void;
  readonly onContinue: (game: SavedGame) => void;
  readonly onDelete: (game: SavedGame) => void;
  /** Opens the what-if lab on a shipped scenario, or on a file from disk. */
  readonly onLab: (key: string) => void;
  readonly onLabFile: (name: string, bytes: Uint8Array) => void;
  /** The scenario studio: write or edit a scenario in the browser. */
  readonly onStudio: () => void;
  /** A classroom session: a student joins with a code; an instructor creates one. */
  readonly onJoinClass: () => void;
  /** Back to the class table this device holds a seat at (absent when it holds none). */
  readonly onBackToClass?: () => void;
  readonly onRunClass: () => void;
}

// At most the size limit and one byte, as bytes: the parser refuses a larger file without this
// page reading it all, and refuses bad UTF-8 where file.text() would turn it into U+FFFD silently.
const readFile = (file: File, then: (name: string, bytes: Uint8Array) => void) => {
  void file
    .slice(0, LIMITS.bytes + 1)
    .arrayBuffer()
    .then((buffer) => then(file.name, new Uint8Array(buffer)));
};

export function renderTitle(root: HTMLElement, choices: TitleChoices): void {
  const input = h('input', {
    type: 'file',
    id: 'scenario-file',
    accept: '.yaml,.yml,text/yaml',
    class: 'visually-hidden',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) readFile(file, choices.onLoadFile);
  });
  const drop = h(
    'label',
    { class: 'drop-zone', for: 'scenario-file', tabindex: '0' },
    h('strong', {}, 'Load a scenario file'),
    h('span', {}, 'Choose a YAML file, or drop it here'),
  );
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      input.click();
    }
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    const file = e.dataTransfer?.files[0];
    if (file) readFile(file, choices.onLoadFile);
  });
  const list = h('ul', { class: 'scenario-list' }, ...choices.scenarios.map((s) => scenarioCard(s, choices)));
  const labInput = h('input', {
    type: 'file',
    id: 'lab-file',
    accept: '.yaml,.yml,text/yaml',
    class: 'visually-hidden',
    // Reached through the button below; named for a screen reader that meets it on its own.
    'aria-label': 'Open a scenario file in the what-if lab',
    tabindex: '-1',
  });
  labInput.addEventListener('change', () => {
    const file = labInput.files?.[0];
    if (file) readFile(file, choices.onLabFile);
  });
  const labFile = h(
    'button',
    { type: 'button', id: 'lab-load-file', class: 'link' },
    'Open a scenario file in the what-if lab',
  );
  labFile.addEventListener('click', () => labInput.click());
  const studio = h('button', { type: 'button', id: 'open-studio', class: 'link' }, 'Write a scenario');
  studio.addEventListener('click', choices.onStudio);
  const joinClass = h('button', { type: 'button', id: 'join-class', class: 'primary' }, 'Join your class');
  joinClass.addEventListener('click', choices.onJoinClass);
  const runClass = h('button', { type: 'button', id: 'run-class', class: 'link' }, 'Run a class');
  runClass.addEventListener('click', choices.onRunClass);
  const backToClass = choices.onBackToClass
    ? h('button', { type: 'button', id: 'back-to-class', class: 'primary' }, 'Back to your class table')
    : null;
  if (backToClass && choices.onBackToClass) backToClass.addEventListener('click', choices.onBackToClass);
  const parts: HTMLElement[] = [
    h(
      'p',
      { class: 'class-choice' },
      ...(backToClass ? [backToClass, ' '] : []),
      'In a class? ',
      joinClass,
      ' Instructors: ',
      runClass,
      ' — every student on their own device, one console for you.',
    ),
    h('h2', {}, 'Choose a scenario'),
    list,
    drop,
    input,
    h('p', { class: 'lab-file-choice' }, labFile, labInput),
    h('p', { class: 'studio-choice' }, studio, ' — in the scenario studio, with the checker at your side'),
  ];
  if (choices.saved.length > 0) parts.unshift(savedGames(choices));
  root.replaceChildren(h('div', { class: 'title-screen' }, ...parts));
}

function scenarioCard(s: ShippedScenario, choices: TitleChoices): HTMLElement {
  const name = s.file.replace(/\.ya?ml$/, '');
  const play = h(
    'button',
    {
      type: 'button',
      class: 'scenario-choice primary',
      'data-file': s.key,
      'aria-describedby': `card-${name}-title`,
    },
    'Play',
  );
  play.addEventListener('click', () => choices.onChoose(s.key));
  const lab = h(
    'button',
    { type: 'button', class: 'lab-choice', id: `lab-open-${name}`, 'data-file': s.key },
    'What-if lab',
  );
  lab.addEventListener('click', () => choices.onLab(s.key));
  const facts = [s.date, s.forum, `${s.actors} actors`, `${s.rounds} rounds`, `about ${s.minutes} minutes`]
    .filter((f) => f && !f.startsWith('0 '))
    .join(' · ');
  return h(
    'li',
    { class: 'scenario-card' },
    h('h3', { id: `card-${name}-title` }, s.title),
    h('p', { class: 'card-facts' }, facts),
    h('p', { class: 'card-summary' }, s.summary),
    h('div', { class: 'card-actions' }, play, lab),
  );
}

const when = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `begun ${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : 'saved earlier';
};

function savedGames(choices: TitleChoices): HTMLElement {
  const items = choices.saved.map((game, index) => {
    const resume = h(
      'button',
      // The newest keeps the id the tests and the Continue problem panel know it by.
      {
        type: 'button',
        class: index === 0 ? 'primary' : '',
        ...(index === 0 ? { id: 'continue-game' } : {}),
      },
      'Continue',
    );
    resume.addEventListener('click', () => choices.onContinue(game));
    const remove = h('button', { type: 'button', class: 'link delete-save' }, 'Delete');
    remove.addEventListener('click', () => {
      if (window.confirm(`Delete the saved game "${game.title}"? This cannot be undone.`))
        choices.onDelete(game);
    });
    const who = game.players.length ? `as ${game.players.join(', ')}` : '';
    return h(
      'li',
      { class: 'saved-game', 'data-slot': game.slot },
      h('span', { class: 'saved-title' }, game.title),
      h('span', { class: 'saved-facts' }, [who, when(game.startedAt)].filter(Boolean).join(' · ')),
      h('span', { class: 'saved-actions' }, resume, remove),
    );
  });
  return h(
    'section',
    { class: 'saved-games', 'aria-labelledby': 'saved-heading' },
    h('h2', { id: 'saved-heading' }, 'Your saved games'),
    h('ul', {}, ...items),
  );
}
