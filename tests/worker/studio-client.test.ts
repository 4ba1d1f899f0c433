// The studio's checks and grid edits: the worker's answers (structured-cloned, as postMessage does)
// equal the in-process ones, and a worker that fails hands its open requests to the page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { formatProblem } from '../../src/scenario/problems.ts';
import { applyEdit } from '../../src/scenario/value-grid.ts';
import { type StudioWorker, studioChecker } from '../../src/worker/studio-client.ts';
import { answerStudio, checkText, type StudioRequest } from '../../src/worker/studio-host.ts';

// The template as it was in the full form (every value written), kept as a fixture: the grid's
// edits are tested on written values; the compact template's stances are tested below.
const template = readFileSync('tests/fixtures/good/full-form-template.yaml', 'utf8');

function fakeStudioWorker(failing = false): StudioWorker & { terminated: boolean } {
  const fake: StudioWorker & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message: StudioRequest) {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (failing) fake.onerror?.({ message: 'boom' });
        else fake.onmessage?.({ data: structuredClone(answerStudio(copy)) });
      }, 0);
    },
    terminate() {
      fake.terminated = true;
    },
  };
  return fake;
}

describe('the studio host', () => {
  it('gives the checker’s own problems, located, for a text with an error', () => {
    const broken = template.replace('clout: 85 ', 'clout: 185');
    const answer = checkText(broken, 'mine.yaml');
    const expected = parseScenario(broken, 'mine.yaml');
    expect(expected.ok).toBe(false);
    expect(answer.problems).toEqual(expected.ok ? [] : expected.error);
    expect(answer.problems.map(formatProblem)[0]).toMatch(/^mine\.yaml:\d+:\d+: error: actors\[0\]\.clout: /);
    expect(answer.preview).toBeNull();
    // The grid still reads: the YAML parses.
    expect(answer.grid?.actors).toHaveLength(17);
  });

  it('previews the opening draft of a valid text by name, in reading order', () => {
    const answer = checkText(template, 'mine.yaml');
    expect(answer.problems).toEqual([]);
    const preview = answer.preview!;
    expect(preview.actors.map((a) => a.name).slice(0, 2)).toEqual([
      'Borealis Federation',
      'Commonwealth of Aurelia',
    ]);
    expect(preview.yes + preview.no + preview.abstain).toBe(15);
    expect(preview.needed).toBe(9);
    expect(preview.margin).toBe(preview.yes - 9);
    // Borealis's absolute red line against peacekeepers (the opening) is a veto.
    expect(preview.vetoes).toEqual(['Borealis Federation']);
    expect(preview.adopted).toBe(false);
    expect(preview.actors.filter((a) => a.ground !== null).map((a) => a.name)).toEqual([
      'Government of Valenia',
      'Highland Union',
    ]);
    expect(preview.expectations).toBeNull();
    expect(answer.derived?.aur?.mission).toEqual({ none: 0, observers: 50, peacekeepers: 100 });
  });
});

describe('studioChecker', () => {
  it('answers through the worker as the host does', async () => {
    const worker = fakeStudioWorker();
    const checker = studioChecker(() => worker);
    expect(await checker.check(template, 't.yaml')).toEqual(checkText(template, 't.yaml'));
    const edit = await checker.setValue(template, 0, 'mission', 'none', 5);
    expect(typeof edit).toBe('object');
    if (typeof edit === 'object') expect(applyEdit(template, edit)).toContain('mission: { none: 5,');
    checker.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('falls back to the page when the worker fails, or none starts', async () => {
    const failing = studioChecker(() => fakeStudioWorker(true));
    expect((await failing.check('draftroom: 2', 'x.yaml')).problems.length).toBeGreaterThan(0);
    const none = studioChecker(() => {
      throw new Error('no workers here');
    });
    expect((await none.check(template, 't.yaml')).problems).toEqual([]);
  });
});
