// The studio's text editor: CodeMirror 6 with its YAML language, the checker's problems as lint
// diagnostics on their lines (the checker runs in the studio's worker after each pause in typing),
// and completion and hover help from the format's JSON Schema. This module is part of the studio's
// chunk, loaded only when the studio opens: CodeMirror never reaches the title's first chunk.
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { type Diagnostic, linter, lintGutter, lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState, type Text } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import schemaJson from '../../../scenarios/draftroom.schema.json';
import type { ScenarioProblem } from '../../scenario/problems.ts';
import { h } from '../dom.ts';
import { fieldHelp, type SchemaNode, suggestionsAt } from './schema-help.ts';
import { placeAt } from './yaml-path.ts';

const schema = schemaJson as unknown as SchemaNode;

/** Where a problem's `line:col` (1-based, as the checker prints it) is in the document. */
export function problemRange(doc: Text, problem: ScenarioProblem): { from: number; to: number } {
  const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max(problem.col - 1, 0), line.to);
  // The token there (a key, a value), so the underline covers what the message is about.
  const token = /^[^\s,{}[\]#]+/.exec(doc.sliceString(from, line.to))?.[0].length ?? 0;
  return { from, to: from + token };
}

/** The checker's message as the diagnostic says it: the field's path, then the message. */
export const problemText = (p: ScenarioProblem): string => (p.path ? `${p.path}: ${p.message}` : p.message);

export interface EditorOptions {
  readonly parent: HTMLElement;
  readonly text: string;
  /** After each change of the text (typing, undo, a grid edit); read the text when it is needed. */
  readonly onChange: () => void;
  /** Checks the text (in the worker); the answer's problems become the diagnostics. */
  readonly check: (text: string) => Promise<readonly ScenarioProblem[]>;
}

function complete(context: CompletionContext): CompletionResult | null {
  const place = placeAt(context.state.sliceDoc(0, context.pos), context.pos);
  if (!place || (!context.explicit && place.word === '' && place.on === 'key')) return null;
  const options = suggestionsAt(schema, place).map((s) => ({
    label: s.label,
    apply: s.apply,
    detail: s.detail,
    ...(s.info ? { info: s.info } : {}),
    type: s.kind === 'property' ? 'property' : 'enum',
  }));
  return options.length > 0 ? { from: place.from, options, validFor: /^[\w-]*$/ } : null;
}

const hoverHelp = hoverTooltip((view, pos) => {
  const line = view.state.doc.lineAt(pos);
  const text = line.text;
  let start = pos - line.from;
  let end = start;
  while (start > 0 && /[\w-]/.test(text[start - 1]!)) start--;
  while (end < text.length && /[\w-]/.test(text[end]!)) end++;
  // Only a key: a word followed by its colon.
  if (start === end || !/^["']?[ \t]*:/.test(text.slice(end))) return null;
  const from = line.from + start;
  const place = placeAt(view.state.sliceDoc(0, from), from);
  const help =
    place && place.on === 'key' ? fieldHelp(schema, [...place.path, text.slice(start, end)]) : null;
  if (!help) return null;
  return {
    pos: from,
    end: line.from + end,
    above: true,
    create: () => ({
      dom: h(
        'div',
        { class: 'studio-hover' },
        h('strong', {}, help.name),
        ` — ${help.type}${help.required ? ', required' : ''}`,
        ...(help.description ? [h('p', {}, help.description)] : []),
      ),
    }),
  };
});

// Colours chosen for contrast (axe: 4.5:1 on the editor's background).
const theme = EditorView.theme({
  '&': { fontSize: '14px', backgroundColor: '#fff', color: '#1b1b1b' },
  '.cm-content': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-gutters': { backgroundColor: '#f3f3f3', color: '#555', borderRight: '1px solid #ddd' },
  '.cm-activeLine': { backgroundColor: '#f4f8ff' },
  '.cm-activeLineGutter': { backgroundColor: '#e4ecfa', color: '#1b1b1b' },
  '.cm-tooltip': { maxWidth: '28rem' },
});

/** On a phone the lines wrap: the page is the one scroll area, and a sideways scroll hides text. */
const NARROW = '(max-width: 800px)';

export function createEditor(options: EditorOptions): EditorView {
  const wrapping = new Compartment();
  const narrow = window.matchMedia(NARROW);
  const wrap = () => (narrow.matches ? EditorView.lineWrapping : []);
  const lint = linter(
    async (view) => {
      const doc = view.state.doc;
      const problems = await options.check(doc.toString());
      return problems.map(
        (p): Diagnostic => ({
          ...problemRange(doc, p),
          severity: 'error',
          message: problemText(p),
          source: 'checker',
        }),
      );
    },
    { delay: 400 },
  );
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        indentOnInput(),
        bracketMatching(),
        yaml(),
        syntaxHighlighting(defaultHighlightStyle),
        lint,
        lintGutter(),
        autocompletion({ override: [complete] }),
        hoverHelp,
        EditorState.tabSize.of(2),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        theme,
        wrapping.of(wrap()),
        // tabindex: the text is the scroller's keyboard stop already; saying so lets checkers (axe) see it.
        EditorView.contentAttributes.of({ 'aria-label': 'Scenario text (YAML)', tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange();
        }),
      ],
    }),
  });
  narrow.addEventListener('change', () => {
    if (view.dom.isConnected) view.dispatch({ effects: wrapping.reconfigure(wrap()) });
  });
  return view;
}

/** Replaces the whole text (a new starting point), as one undoable change. */
export function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Moves the cursor to a problem and shows it. */
export function goTo(view: EditorView, problem: ScenarioProblem): void {
  const { from } = problemRange(view.state.doc, problem);
  view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
  view.focus();
}
