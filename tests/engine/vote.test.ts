// UN Charter Art. 27(3), table-driven, and pivot correctness as a property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import type { Procedure } from '../../src/engine/scenario.ts';
import { adopts, resolveVote, type Vote } from '../../src/engine/vote.ts';

const id = (s: string) => s as ActorId;
const permanent = ['p1', 'p2', 'p3', 'p4', 'p5'].map(id);
const elected = Array.from({ length: 10 }, (_, i) => id(`e${i}`));
const thresholds = {
  support: 60,
  abstain: 40,
  veto: 25,
  endorse: 60,
  acquiesce: 40,
  spoil: 25,
  basis: 'prior',
};
const council: Procedure = {
  forum: 'unsc',
  rounds: 1,
  penHolder: id('p1'),
  thresholds,
  domesticPressure: 0,
  members: [...permanent, ...elected],
  permanent,
};

/** Votes from counts: the first `yes` members vote yes, the next `no` vote no, the rest abstain. */
function votes(order: readonly ActorId[], yes: number, no: number): Map<ActorId, Vote> {
  return new Map(order.map((m, i) => [m, i < yes ? 'yes' : i < yes + no ? 'no' : 'abstain']));
}

describe('Security Council vote (Art. 27(3))', () => {
  const electedFirst = [...elected, ...permanent];
  it.each([
    ['9 yes (all elected), 6 abstain including every permanent member', votes(electedFirst, 9, 0), true],
    ['15 yes', votes(electedFirst, 15, 0), true],
    ['14 yes and one permanent member votes no', votes(electedFirst, 14, 1), false],
    ['8 yes, 0 no, 7 abstain', votes(electedFirst, 8, 0), false],
    [
      '9 yes and one elected member votes no',
      votes([...elected.slice(0, 9), elected[9]!, ...permanent], 9, 1),
      true,
    ],
    [
      '10 yes, a permanent member abstains, another votes no',
      votes([...elected, permanent[0]!, permanent[1]!], 10, 1),
      false,
    ],
  ] as const)('%s', (_, ballot, expected) => {
    expect(adopts(council, ballot)).toBe(expected);
    const outcome = resolveVote(council, ballot);
    expect(outcome.adopted).toBe(expected);
    expect(outcome.marginToNine).toBe(outcome.yes.length - 9);
  });

  it('pivots are exactly the members whose switch alone changes the outcome', () => {
    const arbitraryBallot = fc.array(fc.constantFrom<Vote>('yes', 'no', 'abstain'), {
      minLength: 15,
      maxLength: 15,
    });
    fc.assert(
      fc.property(arbitraryBallot, (list) => {
        const ballot = new Map(council.members.map((m, i) => [m, list[i]!]));
        const outcome = resolveVote(council, ballot);
        for (const member of council.members) {
          const flipped = new Map(ballot);
          flipped.set(member, outcome.adopted ? 'no' : 'yes');
          expect(adopts(council, flipped) !== outcome.adopted).toBe(outcome.pivotal.includes(member));
        }
        expect(outcome.vetoes.every((v) => permanent.includes(v) && ballot.get(v) === 'no')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('other procedures', () => {
  const members = ['a', 'b', 'c', 'd'].map(id);
  it('consensus: adopted unless a member votes no', () => {
    const p: Procedure = {
      forum: 'consensus',
      rounds: 1,
      penHolder: id('a'),
      thresholds,
      domesticPressure: 0,
      members,
    };
    expect(adopts(p, new Map(members.map((m) => [m, 'abstain'] as const)))).toBe(true);
    expect(adopts(p, new Map(members.map((m, i) => [m, i === 2 ? 'no' : 'yes'] as const)))).toBe(false);
  });
  it('k of n with veto holders', () => {
    const p: Procedure = {
      forum: 'k_of_n',
      rounds: 1,
      penHolder: id('a'),
      thresholds,
      domesticPressure: 0,
      members,
      required: 3,
      veto: [id('a')],
    };
    expect(adopts(p, new Map(members.map((m, i) => [m, i < 3 ? 'yes' : 'no'] as const)))).toBe(true);
    expect(adopts(p, new Map(members.map((m, i) => [m, i > 0 ? 'yes' : 'no'] as const)))).toBe(false);
    expect(adopts(p, new Map(members.map((m, i) => [m, i < 2 ? 'yes' : 'abstain'] as const)))).toBe(false);
  });
});
