import { describe, expect, it } from 'vitest';
import { groupThousands } from '../../src/state/format.ts';

describe('groupThousands', () => {
  it('groups digits in threes as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 1200, 20_000, 1_234_567, 4_000])
      expect(groupThousands(n)).toBe(n.toLocaleString('en-GB'));
  });
});
