import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parseScenario } from '../../src/scenario/parse.ts';
import { type ParseWorker, parseScenarioOffThread } from '../../src/worker/parse-client.ts';

const text = readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8');
const broken = 'id: x\nactors: [\n';

/** A stand-in worker that answers as the real one does, a tick later, through a structured clone. */
function echoWorker(log: string[]): ParseWorker {
  const worker: ParseWorker = {
    onmessage: null,
    onerror: null,
    postMessage: ({ text: t, file }) => {
      log.push('posted');
      setTimeout(() => worker.onmessage?.({ data: structuredClone(parseScenario(t, file)) }), 0);
    },
    terminate: () => log.push('terminated'),
  };
  return worker;
}

function failingWorker(): ParseWorker {
  const worker: ParseWorker = {
    onmessage: null,
    onerror: null,
    postMessage: () => setTimeout(() => worker.onerror?.({ message: 'boom' }), 0),
    terminate: () => {},
  };
  return worker;
}

describe('parseScenarioOffThread', () => {
  it('gives what parseScenario gives, from the worker, which it then ends', async () => {
    const log: string[] = [];
    const result = await parseScenarioOffThread(text, 'gaza-isf-2025.yaml', () => echoWorker(log));
    expect(result).toEqual(parseScenario(text, 'gaza-isf-2025.yaml'));
    expect(result.ok).toBe(true);
    expect(log).toEqual(['posted', 'terminated']);
  });

  it('passes a broken file’s located problems through unchanged', async () => {
    const result: ParseResult = await parseScenarioOffThread(broken, 'broken.yaml', () => echoWorker([]));
    expect(result).toEqual(parseScenario(broken, 'broken.yaml'));
    if (result.ok) throw new Error('the file is broken');
    expect(result.error[0]?.line).toBeGreaterThan(0);
  });

  it('parses on the page when the worker fails or cannot start', async () => {
    const expected = parseScenario(text, 'gaza-isf-2025.yaml');
    await expect(parseScenarioOffThread(text, 'gaza-isf-2025.yaml', failingWorker)).resolves.toEqual(
      expected,
    );
    const refused = () => {
      throw new Error('Refused by the Content-Security-Policy');
    };
    await expect(parseScenarioOffThread(text, 'gaza-isf-2025.yaml', refused)).resolves.toEqual(expected);
  });

  it('parses on the page where there is no Worker at all (Node)', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(parseScenarioOffThread(broken, 'broken.yaml')).resolves.toEqual(
      parseScenario(broken, 'broken.yaml'),
    );
  });
});
