// Parsing and validating a scenario's YAML took 250–400 ms of one task on a slow machine, so a
// scenario opens from a worker of its own and the page stays responsive meanwhile. Where no worker
// can start (or it fails), the page parses the text itself: the answer is the same either way.
import type { ParseResult } from '../scenario/parse.ts';

/** What the page sends the parser's worker. */
export interface ParseRequest {
  /** The text, or a file's bytes as read (checked for size and UTF-8 by the parser). */
  readonly text: string | Uint8Array;
  readonly file: string;
}

/** What the client needs of a worker (a real Worker, or a stand-in in tests). */
export interface ParseWorker {
  postMessage(message: ParseRequest): void;
  terminate(): void;
  onmessage: ((event: { data: ParseResult }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

// Vite finds the worker by this exact `new Worker(new URL(…), { type: 'module' })` shape.
const startWorker = (): ParseWorker =>
  new Worker(new URL('./parse.worker.ts', import.meta.url), {
    type: 'module',
    name: 'draftroom-parse',
  }) as unknown as ParseWorker;

async function parseHere(text: string | Uint8Array, file: string): Promise<ParseResult> {
  const { parseScenario } = await import('../scenario/parse.ts');
  return parseScenario(text, file);
}

function parseInWorker(
  text: string | Uint8Array,
  file: string,
  start: () => ParseWorker,
): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const worker = start();
    worker.onmessage = (event) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message ?? 'the parser worker failed'));
    };
    worker.postMessage({ text, file });
  });
}

/** The scenario parsed off the main thread where a worker can run, else on it. */
export async function parseScenarioOffThread(
  text: string | Uint8Array,
  file: string,
  start: () => ParseWorker = startWorker,
): Promise<ParseResult> {
  // Where there is no Worker at all (or the page's policy refuses one), start() throws: parse here.
  try {
    return await parseInWorker(text, file, start);
  } catch {
    return parseHere(text, file);
  }
}
