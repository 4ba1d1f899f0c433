// Where a studio text starts from: the template, a shipped scenario, or a file from disk (read as
// bytes up to the size limit and one, and refused, located, if it is not UTF-8).
import { decodeUtf8 } from '../../scenario/decode.ts';
import { LIMITS } from '../../scenario/limits.ts';
import { h } from '../dom.ts';

export interface StudioSource {
  /** The file name it opens as (`gaza-isf-2025.yaml`). */
  readonly file: string;
  /** What the menu says. */
  readonly title: string;
  readonly template: boolean;
  readonly load: () => Promise<string | undefined>;
}

export interface SourceChoices {
  readonly sources: readonly StudioSource[];
  readonly onText: (name: string, text: string) => void;
  readonly onProblem: (message: string) => void;
}

export function sourcePicker(choices: SourceChoices): HTMLElement {
  const select = h('select', { id: 'studio-source' });
  for (const s of choices.sources) select.append(h('option', { value: s.file }, s.title));
  const open = h('button', { type: 'button', id: 'studio-open' }, 'Open');
  open.addEventListener('click', () => {
    const source = choices.sources.find((s) => s.file === select.value);
    void source?.load().then((text) => {
      if (text === undefined) choices.onProblem(`${source.file} could not be loaded.`);
      else choices.onText(source.template ? 'my-scenario.yaml' : source.file, text);
    });
  });
  const input = h('input', {
    type: 'file',
    id: 'studio-file',
    accept: '.yaml,.yml,text/yaml',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-label': 'Open a scenario file from this computer',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void file
      .slice(0, LIMITS.bytes + 1)
      .arrayBuffer()
      .then((buffer) => {
        const bytes = new Uint8Array(buffer);
        if (bytes.length > LIMITS.bytes)
          return choices.onProblem(
            `${file.name} is larger than the 1 MiB a scenario may be; it was not opened.`,
          );
        const decoded = decodeUtf8(bytes);
        if (!decoded.ok)
          return choices.onProblem(
            `${file.name}:${decoded.line}:${decoded.col}: ${decoded.message}; it was not opened.`,
          );
        choices.onText(file.name, decoded.text);
      });
  });
  const fromDisk = h('button', { type: 'button', id: 'studio-open-file' }, 'Open a file…');
  fromDisk.addEventListener('click', () => input.click());
  return h(
    'span',
    { class: 'studio-source' },
    h('label', { for: 'studio-source' }, 'Start from '),
    select,
    open,
    fromDisk,
    input,
  );
}
