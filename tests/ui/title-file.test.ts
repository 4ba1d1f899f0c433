// @vitest-environment jsdom
// Issue #12, finding 5 (decoding): a scenario chosen on the title screen reached the parser through
// file.text(), which turns bytes that are not UTF-8 into U+FFFD without a word, so such a file opened
// as "ok". The title screen now hands on the file's bytes (at most the size limit and one byte), and
// the parser refuses bad UTF-8 with a located problem, in its worker or on the page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/scenario/limits.ts';
import { renderTitle } from '../../src/ui/title-screen.ts';
import { parseScenarioOffThread } from '../../src/worker/parse-client.ts';

/** Drops `bytes` as a file on the title screen's drop zone; resolves with what the screen hands on. */
function dropFile(bytes: Uint8Array, name: string): Promise<{ name: string; bytes: Uint8Array | string }> {
  return new Promise((resolve) => {
    const root = document.createElement('div');
    renderTitle(root, {
      scenarios: [],
      saved: [],
      onChoose: () => {},
      onLoadFile: (n, b) => resolve({ name: n, bytes: b }),
      onContinue: () => {},
      onDelete: () => {},
      onLab: () => {},
      onLabFile: () => {},
      onStudio: () => {},
      onJoinClass: () => {},
      onRunClass: () => {},
    });
    const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
    const event = new Event('drop', { cancelable: true }) as Event & { dataTransfer: unknown };
    Object.defineProperty(event, 'dataTransfer', { value: { files: [file] } });
    root.querySelector('.drop-zone')!.dispatchEvent(event);
  });
}

const noWorker = () => {
  throw new Error('no worker in this test');
};

describe('a scenario file from disk', () => {
  it('reaches the parser as bytes, and bad UTF-8 is a located problem', async () => {
    const bad = new Uint8Array(readFileSync('tests/fixtures/hostile/input-not-utf8.yaml'));
    const dropped = await dropFile(bad, 'input-not-utf8.yaml');
    expect(dropped.bytes).toBeInstanceOf(Uint8Array);
    const result = await parseScenarioOffThread(dropped.bytes, dropped.name, noWorker);
    expect(result.ok ? [] : result.error.map((p) => `${p.line}:${p.col} ${p.code}`)).toEqual([
      '3:9 not-utf8',
    ]);
  });

  it('reads at most the size limit and one byte of a huge file, which is refused as too large', async () => {
    const huge = new Uint8Array(LIMITS.bytes * 3).fill(0x61);
    const dropped = await dropFile(huge, 'huge.yaml');
    expect((dropped.bytes as Uint8Array).length).toBe(LIMITS.bytes + 1);
    const result = await parseScenarioOffThread(dropped.bytes, dropped.name, noWorker);
    expect(result.ok ? [] : result.error.map((p) => p.code)).toEqual(['too-large']);
  });

  it('still opens a good file', async () => {
    const good = new Uint8Array(readFileSync('scenarios/gaza-isf-2025.yaml'));
    const dropped = await dropFile(good, 'gaza.yaml');
    expect((await parseScenarioOffThread(dropped.bytes, dropped.name, noWorker)).ok).toBe(true);
  });
});
