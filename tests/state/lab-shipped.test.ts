// Every shipped scenario runs every analysis of the lab (issue #16: "every new scenario … runs every
// lab analysis"): with the lab's own default settings, each analysis gives a task, runs to an answer
// with tables, and the tables hold no internal id where a person reads a name.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/engine/jobs.ts';
import { compile } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { analysisTask } from '../../src/state/lab-summary.ts';
import { type AnalysisKind, labJob } from '../../src/state/lab-tasks.ts';
import { defaultSettings } from '../../src/state/lab-url.ts';

const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
const KINDS: readonly AnalysisKind[] = ['compare', 'tornado', 'sweep', 'solve', 'consensus'];

describe.each(shipped)('%s in the lab', (file) => {
  const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not read`);
  const model = compile(parsed.value);
  // Few runs: this checks that every analysis runs on the scenario, not its figures. The choices an
  // analyst makes first: two drafts to compare, a parameter to sweep (the goal stays "adopt").
  const settings = {
    ...defaultSettings(model, null),
    runs: 40,
    compare: ['opening', 'landing'],
    sweep: { param: 'shrink', from: 0.5, to: 1, steps: 3 },
  };

  it.each(KINDS)(
    '%s runs to an answer with tables',
    (kind) => {
      const task = analysisTask(model, kind, settings);
      expect(typeof task, String(task)).toBe('object');
      if (typeof task === 'string') return;
      const answer = runJob(labJob(model, task));
      expect(answer.kind).toBe(kind);
      expect(answer.tables.length).toBeGreaterThan(0);
      // The solver's answer may be that nothing needs changing: then its summary says so.
      if (kind === 'solve') expect(String((answer.data as { summary?: unknown }).summary ?? '')).not.toBe('');
      else
        for (const table of answer.tables)
          expect(table.rows.length, `${kind}: ${table.title}`).toBeGreaterThan(0);
    },
    120_000,
  );
});
