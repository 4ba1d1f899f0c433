// The worker's side of the protocol, kept apart from the worker global so that Node tests can run it
// over a fake channel. It wraps the in-process engine: the same jobs, the same superseding rule.
import { compile, type Model } from '../engine/model.ts';
import { driveJob, type InProcessEngine, inProcessEngine, isCancelled } from '../state/engine-service.ts';
import { labJob } from '../state/lab-tasks.ts';
import type { EngineReply, EngineRequest } from './protocol.ts';

export function serveEngine(post: (reply: EngineReply) => void): (request: EngineRequest) => void {
  let engine: InProcessEngine | null = null;
  let model: Model | null = null;
  /** Ids of lab tasks still running; a 'cancel' removes one, and the task stops at its next step. */
  const running = new Set<number>();
  const answer = (id: number, work: Promise<unknown>) =>
    work.then(
      (value) => post({ type: 'result', id, value }),
      (error: unknown) =>
        post(
          isCancelled(error)
            ? { type: 'cancelled', id }
            : { type: 'error', id, message: error instanceof Error ? error.message : String(error) },
        ),
    );
  return (request) => {
    if (request.type === 'init') {
      model = compile(request.scenario);
      engine = inProcessEngine(model, request.runs);
      return;
    }
    if (request.type === 'cancel') {
      running.delete(request.id);
      return;
    }
    const { id } = request;
    if (!engine || !model) {
      post({ type: 'error', id, message: 'the engine worker was not given a scenario' });
      return;
    }
    const progress = (p: { done: number; total: number }) => post({ type: 'progress', id, ...p });
    switch (request.type) {
      case 'apply':
        return void answer(id, engine.apply(request.game, request.action));
      case 'advance':
        return void answer(id, engine.advance(request.game, progress));
      case 'outlook':
        return void answer(id, engine.outlook(request.game, progress));
      case 'stances':
        return void answer(id, engine.stances(request.game));
      case 'load':
        return void answer(id, engine.load(request.text));
      case 'lab': {
        running.add(id);
        const job = driveJob(labJob(model, request.task), () => !running.has(id), progress);
        return void answer(id, job).finally(() => running.delete(id));
      }
    }
  };
}
