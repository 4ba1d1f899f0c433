// An unsent amendment is kept beside the save and read back only as far as it makes sense for the
// scenario: unknown clauses and options, a second change to one clause, and a fourth change are left out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { pendingSlot, readPending, writePending } from '../../src/state/pending-amendment.ts';
import { memoryStorage } from '../../src/state/storage.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const [first, second, third, fourth] = scenario.issues;
const change = (i: typeof first, n = 0) => ({ issue: i!.id, option: i!.options[n]!.id });

describe('the unsent amendment', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    writePending(storage, 'draftroom.save.g.1', [change(first, 1), change(second)]);
    expect(readPending(storage, 'draftroom.save.g.1', scenario)).toEqual([change(first, 1), change(second)]);
    writePending(storage, 'draftroom.save.g.1', []);
    expect(storage.getItem(pendingSlot('draftroom.save.g.1'))).toBeNull();
  });

  it('leaves out what the scenario does not have, repeats, and a fourth change', () => {
    const storage = memoryStorage({
      [pendingSlot('s')]: JSON.stringify([
        { issue: 'constructor', option: 'x' },
        { issue: first!.id, option: 'no-such-option' },
        change(first),
        change(first, 1),
        null,
        change(second),
        change(third),
        change(fourth),
      ]),
    });
    expect(readPending(storage, 's', scenario)).toEqual([change(first), change(second), change(third)]);
  });

  it('reads nothing from text that is not a list', () => {
    for (const text of ['{', '"x"', '{"issue":"a"}', '42'])
      expect(readPending(memoryStorage({ [pendingSlot('s')]: text }), 's', scenario)).toEqual([]);
  });
});
