// The title screen: choose a shipped scenario, load one from disk (file picker or drag and drop), or
// continue the autosaved game. It only collects choices; main.ts acts on them.
import { LIMITS } from '../scenario/limits.ts';
import { h } from './dom.ts';

export interface ShippedScenario {
  readonly file: string;
  readonly title: string;
  readonly summary: string;
}

export interface TitleChoices {
  readonly scenarios: readonly ShippedScenario[];
  readonly canContinue: boolean;
  readonly onChoose: (file: string) => void;
  /** A file from disk, as bytes: the parser checks their size and that they are UTF-8. */
  readonly onLoadFile: (name: string, bytes: Uint8Array) => void;
  readonly onContinue: () => void;
  /** Opens the what-if lab on a shipped scenario, or on a file from disk. */
  readonly onLab: (file: string) => void;
  readonly onLabFile: (name: string, bytes: Uint8Array) => void;
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
  const list = h(
    'ul',
    { class: 'scenario-list' },
    ...choices.scenarios.map((s) => {
      const button = h(
        'button',
        { type: 'button', class: 'scenario-choice', 'data-file': s.file },
        h('strong', {}, s.title),
        h('span', {}, s.summary),
      );
      button.addEventListener('click', () => choices.onChoose(s.file));
      const name =
        s.file
          .split('/')
          .pop()
          ?.replace(/\.ya?ml$/, '') ?? s.file;
      const lab = h(
        'button',
        { type: 'button', class: 'lab-choice', id: `lab-open-${name}`, 'data-file': s.file },
        h('strong', {}, 'What-if lab'),
        h('span', {}, 'Change clauses, compare drafts, test assumptions'),
      );
      lab.addEventListener('click', () => choices.onLab(s.file));
      return h('li', { class: 'scenario-item' }, button, lab);
    }),
  );
  const labInput = h('input', {
    type: 'file',
    id: 'lab-file',
    accept: '.yaml,.yml,text/yaml',
    class: 'visually-hidden',
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
  const parts: HTMLElement[] = [
    h('h2', {}, 'Choose a scenario'),
    list,
    drop,
    input,
    h('p', { class: 'lab-file-choice' }, labFile, labInput),
  ];
  if (choices.canContinue) {
    const resume = h(
      'button',
      { type: 'button', id: 'continue-game', class: 'primary' },
      'Continue the saved game',
    );
    resume.addEventListener('click', choices.onContinue);
    parts.unshift(resume);
  }
  root.replaceChildren(h('div', { class: 'title-screen' }, ...parts));
}
