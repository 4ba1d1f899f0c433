// An instructor starts a class: which scenario (a shipped one, or a file from disk), how many tables
// play it side by side, how many rounds, how hard the AI seats are. It only collects the choices;
// the app creates the session on the room server and opens the console.
import { h } from '../dom.ts';
import './classroom.css';

export interface ClassSetupChoices {
  /** Shipped scenarios the server offers: file name and title, in the title screen's order. */
  readonly scenarios: ReadonlyArray<{ readonly file: string; readonly title: string }>;
  readonly problems: readonly string[];
  readonly busy: boolean;
  readonly onCreate: (request: {
    readonly scenario?: string;
    readonly scenarioText?: string;
    readonly tables: number;
    readonly rounds: number;
    readonly difficulty: 'easy' | 'normal' | 'hard';
    readonly plan: Readonly<Record<string, string>>;
  }) => void;
  readonly onBack: () => void;
  /** A seat plan that cannot be read, said in a sentence. */
  readonly onPlanProblem: (problem: string) => void;
}

/** "Name: Actor" lines into name → actor as written (the server finds the actor); a sentence if a line is not one. */
export function readPlan(text: string): Record<string, string> | string {
  const plan: Record<string, string> = {};
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const actor = line.slice(colon + 1).trim();
    if (colon < 0 || name === '' || actor === '')
      return `Seat plan, line ${i + 1}: write it as “Name: Actor”, e.g. “Maya: China”.`;
    plan[name] = actor;
  }
  return plan;
}

function numberField(id: string, label: string, value: number, min: number, max: number): HTMLElement[] {
  return [
    h('label', { for: id }, label),
    h('input', {
      id,
      type: 'number',
      inputmode: 'numeric',
      min: String(min),
      max: String(max),
      value: String(value),
    }),
  ];
}

/** Shows the problems and the busy state; the form is made on the first call and kept, with what was typed. */
export function renderClassSetup(root: HTMLElement, choices: ClassSetupChoices): void {
  if (!root.querySelector('form.class-form')) buildClassSetup(root, choices);
  const create = root.querySelector<HTMLButtonElement>('#class-create');
  if (create) create.disabled = choices.busy;
  const problems = root.querySelector<HTMLElement>('.class-problems');
  if (!problems) return;
  problems.replaceChildren(...choices.problems.map((p) => h('p', {}, p)));
  problems.hidden = choices.problems.length === 0;
}

function buildClassSetup(root: HTMLElement, choices: ClassSetupChoices): void {
  const scenario = h(
    'select',
    { id: 'class-scenario' },
    ...choices.scenarios.map((s) => h('option', { value: s.file }, s.title)),
    h('option', { value: '' }, 'A scenario file from this computer…'),
  );
  const file = h('input', { id: 'class-file', type: 'file', accept: '.yaml,.yml,text/yaml', hidden: '' });
  scenario.addEventListener('change', () => {
    file.hidden = scenario.value !== '';
  });
  const difficulty = h(
    'select',
    { id: 'class-difficulty' },
    h('option', { value: 'easy' }, 'Easy'),
    h('option', { value: 'normal', selected: '' }, 'Normal'),
    h('option', { value: 'hard' }, 'Hard'),
  );
  const plan = h('textarea', {
    id: 'class-plan',
    rows: '3',
    'aria-describedby': 'class-plan-hint',
    placeholder: 'Maya: China\nOmar: France',
  });
  const create = h('button', { type: 'submit', class: 'primary', id: 'class-create' }, 'Create the session');
  const back = h('button', { type: 'button', id: 'class-back' }, 'Back');
  back.addEventListener('click', choices.onBack);
  const form = h(
    'form',
    { class: 'class-form', novalidate: '' },
    h('label', { for: 'class-scenario' }, 'Scenario'),
    scenario,
    file,
    ...numberField('class-tables', 'Tables (groups playing the same case side by side)', 1, 1, 12),
    ...numberField('class-rounds', 'Rounds', 4, 1, 20),
    h('label', { for: 'class-difficulty' }, 'AI seats'),
    difficulty,
    h('label', { for: 'class-plan' }, 'Seat plan (optional): one student a line, as “Name: Actor”'),
    plan,
    h(
      'p',
      { class: 'hint', id: 'class-plan-hint' },
      'Students not in the plan take a free seat. Example: “Maya: China”.',
    ),
    h('p', { class: 'actions' }, create, back),
  );
  const value = (id: string) => Number(form.querySelector<HTMLInputElement>(`#${id}`)?.value);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const seats = readPlan(plan.value);
    if (typeof seats === 'string') return choices.onPlanProblem(seats);
    const common = {
      plan: seats,
      tables: value('class-tables'),
      rounds: value('class-rounds'),
      difficulty: difficulty.value as 'easy' | 'normal' | 'hard',
    };
    if (scenario.value) return choices.onCreate({ ...common, scenario: scenario.value });
    const picked = file.files?.[0];
    // The server checks the text (size, YAML, the scenario's rules) and says what is wrong, located.
    if (picked) void picked.text().then((scenarioText) => choices.onCreate({ ...common, scenarioText }));
    else choices.onCreate({ ...common, scenarioText: '' });
  });
  const problems = h('div', { class: 'problems class-problems', role: 'alert', hidden: '' });
  root.replaceChildren(
    h(
      'article',
      { class: 'classroom-screen', 'aria-labelledby': 'class-heading' },
      h('h2', { id: 'class-heading' }, 'Run a class'),
      h(
        'p',
        { class: 'lede' },
        'Each student plays an actor on their own laptop or phone; several students may share one actor as a team, and empty seats are played by the AI. You get a join code for the projector and a console to run the tables from.',
      ),
      problems,
      form,
    ),
  );
}
