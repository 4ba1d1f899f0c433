// The lab checks the scenario's expectations once when it opens, through its engine, and gives the
// same report as `draftroom check`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpectations } from '../../src/engine/expectations.ts';
import { compile } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { expectationsTable } from '../../src/state/lab-expectations.ts';
import { createLabStore } from '../../src/state/lab-store.ts';
import { memoryStorage } from '../../src/state/storage.ts';

const FILE = 'libya-1973-2011.yaml';
const parsed = parseScenario(readFileSync(`scenarios/${FILE}`, 'utf8'), FILE);
if (!parsed.ok) throw new Error('Libya must be valid');
const model = compile(parsed.value);

describe('the lab’s expectations', () => {
  it('are checked through the lab engine with the same answer as the command line', async () => {
    const store = createLabStore({ model, storage: memoryStorage(), scenarioFile: FILE });
    expect(store.getState().expectations).toBe(null);
    await store.getState().checkExpectations();
    expect(store.getState().expectations).toEqual(checkExpectations(model));
    expect(store.getState().expectations!.failed).toBe(0);
  });

  it('export as a table in words: labels, drafts by title, actors by name', () => {
    const table = expectationsTable(model, checkExpectations(model));
    expect(table.rows.length).toBe(model.scenario.expectations!.length);
    expect(table.rows[1]).toEqual([
      'yes',
      'China abstains on the opening, in the veto zone but not vetoing',
      'the opening draft',
      "✓ China: abstain (found: abstain); ✓ China's acceptance between 25 and 40 (found: 30.6)",
    ]);
    expect(table.note).toContain('10,000 runs, seed 1');
  });
});
