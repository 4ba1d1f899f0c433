// The engine worker: AI moves, the final vote's Monte Carlo and the ceasefire outlook run here, off
// the page's main thread. Loaded as an ES module worker by engine-client.ts.

import { serveEngine } from './host.ts';
import type { EngineReply, EngineRequest } from './protocol.ts';

/** The part of the worker global used here (the project's type library is the DOM's, not a worker's). */
interface WorkerScope {
  postMessage(message: EngineReply): void;
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const handle = serveEngine((reply) => scope.postMessage(reply));
scope.onmessage = (event) => handle(event.data);
