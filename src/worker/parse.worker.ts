// The scenario parser's worker: YAML text in, a ParseResult out (the scenario, or every problem with
// its line and column). Loaded as an ES module worker by parse-client.ts.
import { parseScenario } from '../scenario/parse.ts';
import type { ParseRequest } from './parse-client.ts';

/** The part of the worker global used here (the project's type library is the DOM's, not a worker's). */
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(parseScenario(event.data.text, event.data.file));
