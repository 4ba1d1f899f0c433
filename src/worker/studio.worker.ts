// The scenario studio's worker: checks each text the author pauses on, and computes the grid's edits
// (studio-host.ts). Loaded as an ES module worker by studio-client.ts.
import { answerStudio, type StudioAnswer, type StudioRequest } from './studio-host.ts';

/** The part of the worker global used here (the project's type library is the DOM's, not a worker's). */
interface WorkerScope {
  postMessage(message: StudioAnswer): void;
  onmessage: ((event: MessageEvent<StudioRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answerStudio(event.data));
