// The lab's entry, loaded on demand (a chunk of its own, not in the page's first one): it finds the
// scenario a lab link names (or the one chosen on the title screen), starts the lab's engine worker and
// store, and mounts the lab's screen. The hash follows the lab's state, so a reload comes back to it.
import { compile } from '../../engine/model.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { createLabStore, startLab } from '../../state/lab-store.ts';
import { isLabHash } from '../../state/lab-url.ts';
import { labWorkerEngine } from '../../worker/lab-client.ts';
import { mountLab } from './lab-view.ts';
import { labParameters } from './parameters.ts';
import './charts/charts.css';
import './lab.css';

export { isLabHash, scenarioOfHash } from '../../state/lab-url.ts';

export interface OpenLab {
  readonly root: HTMLElement;
  readonly scenario: Scenario;
  /** The shipped file's name (e.g. gaza-isf-2025.yaml), or null for a file loaded from disk. */
  readonly file: string | null;
  /** A lab link to open (#lab?…); without it, the lab's saved state. */
  readonly hash?: string;
  /** A problem found before the lab opened (a link naming an unknown scenario). */
  readonly problem?: string;
  readonly onExit: () => void;
}

let close: (() => void) | null = null;

export function openLab(options: OpenLab): void {
  close?.();
  const model = compile(options.scenario);
  const engine = labWorkerEngine(options.scenario);
  const hash = options.hash && isLabHash(options.hash) && options.hash !== '#lab' ? options.hash : undefined;
  const store = createLabStore({
    model,
    storage: window.localStorage,
    scenarioFile: options.file,
    engine,
    ...(hash ? { hash } : {}),
  });
  if (options.problem) store.setState({ notice: { kind: 'error', text: options.problem } });
  const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  const unmount = mountLab(options.root, {
    model,
    store,
    shareable: options.file !== null,
    parameters: labParameters(options.scenario),
    base,
    onExit: options.onExit,
  });
  // The address bar follows the lab, so a reload (or a bookmark) returns to this state. Once per burst
  // of changes and in a task of its own: Chromium's replaceState takes tens of milliseconds.
  let shown = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = () => {
    timer = undefined;
    const link = store.getState().link();
    if (options.file === null || link === shown) return;
    shown = link;
    window.history.replaceState(null, '', link);
  };
  follow();
  const unfollow = store.subscribe((now, before) => {
    if (now.settings !== before.settings && timer === undefined) timer = setTimeout(follow, 150);
  });
  void startLab(store);
  close = () => {
    unmount();
    unfollow();
    clearTimeout(timer);
    for (const kind of ['outlook', 'compare', 'tornado', 'sweep', 'solve', 'consensus'] as const)
      store.getState().cancel(kind);
    engine.dispose();
    close = null;
  };
}

export function closeLab(): void {
  close?.();
}
