// The page's end of the studio's worker. One worker for the studio's life (a check every pause in
// typing would otherwise pay for a worker's start each time); requests numbered by id. Where no
// worker starts, or it fails, the same host runs on the page (loaded on demand): same answers.
import type { TextEdit } from '../scenario/value-grid.ts';
import type { CheckAnswer, StudioAnswer, StudioRequest } from './studio-host.ts';

/** What is used of a Worker (a real one, or a stand-in in tests). */
export interface StudioWorker {
  postMessage(message: StudioRequest): void;
  terminate(): void;
  onmessage: ((event: { data: StudioAnswer }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface StudioChecker {
  check(text: string, file: string): Promise<CheckAnswer>;
  /** The edit that sets one grid cell, or why it cannot be made. */
  setValue(
    text: string,
    actor: number,
    clause: string,
    option: string,
    value: number,
  ): Promise<TextEdit | string>;
  dispose(): void;
}

// Vite finds the worker by this exact `new Worker(new URL(…), { type: 'module' })` shape.
const startWorker = (): StudioWorker =>
  new Worker(new URL('./studio.worker.ts', import.meta.url), {
    type: 'module',
    name: 'draftroom-studio',
  }) as unknown as StudioWorker;

type Ask = StudioRequest extends infer R ? (R extends StudioRequest ? Omit<R, 'id'> : never) : never;

export function studioChecker(start: () => StudioWorker = startWorker): StudioChecker {
  let worker: StudioWorker | null = null;
  try {
    worker = start();
  } catch {
    worker = null;
  }
  let counter = 0;
  const pending = new Map<number, { request: StudioRequest; resolve: (a: StudioAnswer) => void }>();
  const here = async (request: StudioRequest): Promise<StudioAnswer> =>
    (await import('./studio-host.ts')).answerStudio(request);
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      void here(p.request).then(p.resolve);
    }
  };
  if (worker) {
    worker.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      pending.delete(data.id);
      p?.resolve(data);
    };
    worker.onerror = giveUp;
  }
  const ask = (ask: Ask): Promise<StudioAnswer> => {
    const request = { ...ask, id: ++counter } as StudioRequest;
    if (!worker) return here(request);
    return new Promise((resolve) => {
      pending.set(request.id, { request, resolve });
      worker?.postMessage(request);
    });
  };
  return {
    async check(text, file) {
      const answer = await ask({ kind: 'check', text, file });
      if (answer.kind !== 'check') throw new Error('the studio worker answered a check with an edit');
      const { id: _id, kind: _kind, ...rest } = answer;
      return rest;
    },
    async setValue(text, actor, clause, option, value) {
      const answer = await ask({ kind: 'set-value', text, actor, clause, option, value });
      if (answer.kind !== 'edit') throw new Error('the studio worker answered an edit with a check');
      return answer.edit;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}
