// The scenario studio's screen: its chunk (with CodeMirror) is loaded only when the route asks for
// it, so the title's first chunk does not grow. The shipped scenarios it can start from, the template
// first; "Play this" and "Open in the lab" are the app's (app.ts).
import { h } from '../ui/dom.ts';
import { setHeading, setState, showScreen } from './screen.ts';
import { fileName, loadAllShipped, loadShippedText, shippedScenarios } from './shipped.ts';

/** The lab's link for the studio's text (read back from the browser's storage, app.ts). */
export const STUDIO_LAB_HASH = '#lab?studio=1';

const TEMPLATE_KEY = '/scenarios/_template.yaml';

export interface StudioActions {
  readonly onPlay: (name: string, text: string) => void;
  readonly onLab: (name: string, text: string) => void;
}

export async function showStudio(actions: StudioActions): Promise<void> {
  const [studio] = await Promise.all([import('../ui/studio/studio-main.ts'), loadAllShipped()]);
  const root = h('div', { id: 'studio-screen' });
  showScreen(root);
  setHeading('Write a scenario', 'Scenario studio — Draftroom');
  setState('studio');
  await studio.openStudio({
    root,
    storage: window.localStorage,
    sources: [
      {
        file: fileName(TEMPLATE_KEY),
        title: 'The template',
        template: true,
        load: () => loadShippedText(TEMPLATE_KEY),
      },
      ...shippedScenarios().map((s) => ({
        file: s.file,
        title: s.title,
        template: false,
        load: () => loadShippedText(s.key),
      })),
    ],
    ...actions,
  });
}

export async function closeStudio(): Promise<void> {
  (await import('../ui/studio/studio-main.ts')).closeStudio();
}
