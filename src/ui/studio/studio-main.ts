// The scenario studio (title screen → "Write a scenario"), a chunk of its own loaded on demand with
// CodeMirror: the YAML on the left with the checker's problems on their lines, the live preview of
// the opening draft and the preferences grid on the right. It starts from a shipped scenario, the
// template or a file; keeps the text in the browser as it changes (a reload loses nothing) and saves
// it to disk; "Play this" and "Open in the lab" hand the text to the app, refused while it has
// problems. The checks, the preview and the grid's edits run in the studio's worker.
import type { EditorView } from '@codemirror/view';
import type { ScenarioProblem } from '../../scenario/problems.ts';
import type { ValueGrid } from '../../scenario/value-grid.ts';
import type { KeyValueStorage } from '../../state/storage.ts';
import { keepStudioDraft, readStudioDraft, suggestedName } from '../../state/studio-drafts.ts';
import type { StudioPreview } from '../../state/studio-preview.ts';
import { studioChecker } from '../../worker/studio-client.ts';
import type { DerivedValues } from '../../worker/studio-host.ts';
import { h } from '../dom.ts';
import { downloadText } from '../download.ts';
import { createEditor, goTo, problemText } from './editor.ts';
import { renderGrid } from './grid-view.ts';
import { renderPreview } from './preview-view.ts';
import { type StudioSource, sourcePicker } from './source-picker.ts';
import './studio.css';

export interface OpenStudio {
  readonly root: HTMLElement;
  readonly storage: KeyValueStorage;
  /** The shipped scenarios to start from (the template first). */
  readonly sources: readonly StudioSource[];
  readonly onPlay: (name: string, text: string) => void;
  readonly onLab: (name: string, text: string) => void;
}

let close: (() => void) | null = null;

const KEEP_DELAY_MS = 500;

export function closeStudio(): void {
  close?.();
}

export async function openStudio(options: OpenStudio): Promise<void> {
  close?.();
  const { root, storage } = options;
  const checker = studioChecker();
  const kept = readStudioDraft(storage);
  const template = options.sources.find((s) => s.template);
  let name = kept?.name ?? 'my-scenario.yaml';
  const startText = kept?.text ?? (template ? ((await template.load()) ?? '') : '');

  // What the last check said, for the text it checked.
  let problems: readonly ScenarioProblem[] = [];
  let checkedText: string | null = null;
  let preview: StudioPreview | null = null;
  let grid: ValueGrid | null = null;
  let derived: DerivedValues | null = null;
  let clause: string | null = null;

  const status = h('p', { class: 'studio-status', id: 'studio-status', role: 'status' });
  const say = (text: string, tone: 'info' | 'error' = 'info', refusal = false) => {
    status.textContent = text;
    status.dataset.tone = tone;
    // A refusal ("Cannot play this: …") is about the problems of its moment: it goes once they do.
    if (refusal) status.dataset.refusal = 'true';
    else delete status.dataset.refusal;
  };
  const problemList = h('div', { class: 'studio-problems', id: 'studio-problems', 'aria-live': 'polite' });
  const previewRoot = h('div', { class: 'studio-preview', id: 'studio-preview' });
  const gridRoot = h('div', { class: 'studio-grid-panel', id: 'studio-grid-panel' });
  const editorRoot = h('div', { class: 'studio-editor', id: 'studio-editor' });
  const nameInput = h('input', { type: 'text', id: 'studio-name', value: name, spellcheck: 'false' });
  const kept_ = h('span', { class: 'studio-kept', id: 'studio-kept' });

  let view: EditorView | null = null;
  const text = () => view?.state.doc.toString() ?? startText;

  const drawProblems = () => {
    if (problems.length === 0) {
      problemList.replaceChildren(
        h('p', { class: 'studio-ok' }, checkedText === null ? 'Checking…' : '✓ No problems.'),
      );
      return;
    }
    const items = problems.map((p) => {
      const jump = h('button', { type: 'button', class: 'link' }, `Line ${p.line}, column ${p.col}`);
      jump.addEventListener('click', () => view && goTo(view, p));
      return h('li', {}, jump, ': ', problemText(p));
    });
    problemList.replaceChildren(
      h('h3', {}, `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`),
      h('ul', {}, ...items),
    );
  };
  const drawGrid = () =>
    renderGrid(gridRoot, {
      grid,
      derived,
      clause,
      onClause: (c) => {
        clause = c;
        drawGrid();
      },
      onValue: (actor, c, option, value) => void setValue(actor, c, option, value),
    });

  const check = async (current: string): Promise<readonly ScenarioProblem[]> => {
    const answer = await checker.check(current, name);
    // A newer text is on its way: this answer only matters for the diagnostics it returns.
    if (view && view.state.doc.toString() !== current) return answer.problems;
    problems = answer.problems;
    checkedText = current;
    if (answer.preview) preview = answer.preview;
    grid = answer.grid ?? grid;
    derived = answer.derived ?? derived;
    renderPreview(previewRoot, preview, answer.preview === null);
    drawProblems();
    drawGrid();
    root.dataset.checked = String(problems.length);
    if (problems.length === 0 && status.dataset.refusal) say('');
    return answer.problems;
  };

  async function setValue(actor: number, c: string, option: string, value: number): Promise<void> {
    for (let attempt = 0; attempt < 3 && view; attempt++) {
      const current = view.state.doc.toString();
      const edit = await checker.setValue(current, actor, c, option, value);
      if (typeof edit === 'string') return say(`That value was not written: ${edit}.`, 'error');
      // The text changed while the edit was computed: compute it again on the new text.
      if (view.state.doc.toString() !== current) continue;
      view.dispatch({ changes: edit, userEvent: 'input.grid' });
      return;
    }
  }

  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  const keep = () => {
    clearTimeout(keepTimer);
    keepTimer = undefined;
    const ok = keepStudioDraft(storage, { name, text: text(), savedAt: new Date().toISOString() });
    kept_.textContent = ok
      ? `Kept in this browser at ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`
      : 'Not kept in this browser (its storage is full or blocked): save to disk.';
    kept_.dataset.kept = String(ok);
  };
  const keepSoon = () => {
    clearTimeout(keepTimer);
    keepTimer = setTimeout(keep, KEEP_DELAY_MS);
  };

  nameInput.addEventListener('change', () => {
    const wanted = nameInput.value.trim();
    name = /^[^/\\]{1,120}$/.test(wanted) ? wanted : suggestedName(text());
    nameInput.value = name;
    keep();
  });

  /** The current text, checked now (not the last pause's answer); null with the reason said. */
  const checkedNow = async (what: string): Promise<string | null> => {
    const current = text();
    const found = await check(current);
    if (found.length === 0) return current;
    const first = found[0]!;
    say(
      `Cannot ${what}: the text has ${found.length} ${found.length === 1 ? 'problem' : 'problems'}. Fix ${found.length === 1 ? 'it' : 'them'} first — line ${first.line}: ${problemText(first)}`,
      'error',
      true,
    );
    return null;
  };

  const button = (id: string, label: string, onClick: () => void, primary = false) => {
    const b = h('button', { type: 'button', id, ...(primary ? { class: 'primary' } : {}) }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const play = button(
    'studio-play',
    'Play this',
    () =>
      void checkedNow('play this').then((t) => {
        if (t !== null) {
          keep();
          options.onPlay(name, t);
        }
      }),
    true,
  );
  const lab = button(
    'studio-lab',
    'Open in the lab',
    () =>
      void checkedNow('open this in the lab').then((t) => {
        if (t !== null) {
          keep();
          options.onLab(name, t);
        }
      }),
  );
  const save = button('studio-save', 'Save to disk', () => {
    downloadText(name, text(), 'text/yaml');
    say(`Saved as ${name} (your browser's downloads).`);
  });

  const picker = sourcePicker({
    sources: options.sources,
    onText: (newName, newText) => {
      if (!view) return;
      if (
        text() !== newText &&
        !window.confirm('Replace the text in the studio? Save it to disk first to keep it.')
      )
        return;
      name = newName;
      nameInput.value = name;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: newText } });
      keep();
      say(`Started from ${newName}.`);
    },
    onProblem: (message) => say(message, 'error'),
  });

  root.replaceChildren(
    h(
      'div',
      { class: 'studio' },
      h(
        'div',
        { class: 'studio-bar', role: 'group', 'aria-label': 'Scenario file' },
        picker,
        h('span', { class: 'studio-file' }, h('label', { for: 'studio-name' }, 'File name '), nameInput),
        save,
        lab,
        play,
      ),
      h('div', { class: 'studio-messages' }, status, kept_),
      h(
        'div',
        { class: 'studio-panes' },
        h(
          'section',
          { class: 'studio-text', 'aria-labelledby': 'studio-text-heading' },
          h('h2', { id: 'studio-text-heading' }, 'Scenario text'),
          editorRoot,
          problemList,
        ),
        h(
          'div',
          { class: 'studio-side' },
          h(
            'section',
            { 'aria-labelledby': 'studio-preview-heading' },
            h('h2', { id: 'studio-preview-heading' }, 'The opening draft'),
            previewRoot,
          ),
          h(
            'section',
            { 'aria-labelledby': 'studio-grid-heading' },
            h('h2', { id: 'studio-grid-heading' }, 'Preferences'),
            gridRoot,
          ),
        ),
      ),
    ),
  );
  drawProblems();
  renderPreview(previewRoot, null, false);
  drawGrid();
  view = createEditor({ parent: editorRoot, text: startText, onChange: keepSoon, check });
  if (kept) kept_.textContent = 'Your text from last time, as it was kept in this browser.';
  else keep();

  const onUnload = () => {
    if (keepTimer !== undefined) keep();
  };
  window.addEventListener('pagehide', onUnload);
  close = () => {
    onUnload();
    window.removeEventListener('pagehide', onUnload);
    view?.destroy();
    view = null;
    checker.dispose();
    close = null;
  };
}
