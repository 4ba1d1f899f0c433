// Stance shares in words: whole percent that never read as all or none when they are not, so the
// shares of one actor never add up to more than 100% on the page (995 of 1,000 draws is not "100%").
import { describe, expect, it } from 'vitest';
import { stanceSentence, stanceShares, wholePercent } from '../../../src/engine/analysis/stance-shares.ts';

describe('whole percent', () => {
  it('says >99% and <1% for a share that rounds to all or none but is not', () => {
    expect(wholePercent(0.995)).toBe('>99%');
    expect(wholePercent(0.9949)).toBe('99%');
    expect(wholePercent(0.004)).toBe('<1%');
    expect(wholePercent(0.005)).toBe('1%');
    expect([wholePercent(0), wholePercent(1), wholePercent(0.62)]).toEqual(['0%', '100%', '62%']);
  });

  it('keeps 995 of 1,000 draws from reading "supports 100%, abstains 1%"', () => {
    expect(stanceShares({ support: 0.995, abstain: 0.005 })).toBe('supports >99%, abstains 1%');
    expect(stanceSentence({ support: 0.995, abstain: 0.005 }, 'support')).toBe(
      'supports in >99% of plausible settings, abstains in 1%',
    );
  });
});
