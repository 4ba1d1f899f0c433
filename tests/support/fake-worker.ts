// The engine worker in the same process, for tests in Node: every message is structured-cloned (which
// throws on a function, as postMessage does) and delivered on a later task, both ways.
import type { WorkerLike } from '../../src/worker/engine-client.ts';
import { serveEngine } from '../../src/worker/host.ts';
import type { EngineReply, EngineRequest } from '../../src/worker/protocol.ts';

/** `replies`, if given, collects every reply the worker sends, in order. */
export function fakeWorker(replies?: EngineReply[]): WorkerLike & { terminated: boolean } {
  const fake: WorkerLike & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message: EngineRequest) {
      const copy = structuredClone(message);
      setTimeout(() => handle(copy), 0);
    },
    terminate() {
      fake.terminated = true;
    },
  };
  const handle = serveEngine((reply: EngineReply) => {
    replies?.push(reply);
    const copy = structuredClone(reply);
    setTimeout(() => fake.onmessage?.({ data: copy }), 0);
  });
  return fake;
}
