// Whether the text is adopted. Security Council: UN Charter Art. 27(3) — at least nine votes in
// favour and no permanent member voting against; an abstention is not a veto. Consensus: no member
// rejects. k of n: at least k members in favour and no veto holder against.
import type { ActorId } from './ids.ts';
import { memoByObject } from './memo.ts';
import type { Procedure } from './scenario.ts';
import type { CouncilStance } from './stance.ts';
import { UNSC } from './vocabulary.ts';

export type Vote = 'yes' | 'no' | 'abstain';

export const voteOf = (stance: CouncilStance): Vote =>
  stance === 'support' ? 'yes' : stance === 'abstain' ? 'abstain' : 'no';

export interface VoteOutcome {
  readonly yes: readonly ActorId[];
  readonly no: readonly ActorId[];
  readonly abstain: readonly ActorId[];
  /** Permanent members voting no (Security Council only). */
  readonly vetoes: readonly ActorId[];
  readonly adopted: boolean;
  /** Votes in favour minus the votes needed (9 in the Council; k for k-of-n; members for consensus). */
  readonly marginToNine: number;
  /** Members whose switch alone changes the outcome (yes → no if adopted; to yes if not). */
  readonly pivotal: readonly ActorId[];
}

interface Counts {
  readonly yes: number;
  readonly no: number;
  /** Members with a veto (P5 or k-of-n veto holders) voting no. */
  readonly vetoes: number;
}

const vetoHolders = memoByObject(
  (procedure: Procedure): ReadonlySet<ActorId> =>
    new Set(
      procedure.forum === 'unsc' ? procedure.permanent : procedure.forum === 'k_of_n' ? procedure.veto : [],
    ),
);

function decide(procedure: Procedure, c: Counts): boolean {
  switch (procedure.forum) {
    case 'unsc':
      return c.yes >= UNSC.votesToAdopt && c.vetoes === 0;
    case 'consensus':
      return c.no === 0;
    case 'k_of_n':
      return c.yes >= procedure.required && c.vetoes === 0;
  }
}

function count(
  procedure: Procedure,
  votes: ReadonlyMap<ActorId, Vote>,
  holders: ReadonlySet<ActorId>,
): Counts {
  let yes = 0;
  let no = 0;
  let vetoes = 0;
  for (const member of procedure.members) {
    const v = votes.get(member);
    if (v === 'yes') yes++;
    else if (v === 'no') {
      no++;
      if (holders.has(member)) vetoes++;
    }
  }
  return { yes, no, vetoes };
}

export function adopts(procedure: Procedure, votes: ReadonlyMap<ActorId, Vote>): boolean {
  return decide(procedure, count(procedure, votes, vetoHolders(procedure)));
}

function needed(procedure: Procedure): number {
  switch (procedure.forum) {
    case 'unsc':
      return UNSC.votesToAdopt;
    case 'consensus':
      return procedure.members.length;
    case 'k_of_n':
      return procedure.required;
  }
}

export function resolveVote(procedure: Procedure, votes: ReadonlyMap<ActorId, Vote>): VoteOutcome {
  const holders = vetoHolders(procedure);
  const counts = count(procedure, votes, holders);
  const adopted = decide(procedure, counts);
  const yes: ActorId[] = [];
  const no: ActorId[] = [];
  const abstain: ActorId[] = [];
  const pivotal: ActorId[] = [];
  const target: Vote = adopted ? 'no' : 'yes';
  for (const member of procedure.members) {
    const v = votes.get(member) ?? 'abstain';
    (v === 'yes' ? yes : v === 'no' ? no : abstain).push(member);
    if (v === target) continue;
    // The counts as they would be if this member alone switched to the target vote.
    const veto = holders.has(member);
    const flipped: Counts = {
      yes: counts.yes - (v === 'yes' ? 1 : 0) + (target === 'yes' ? 1 : 0),
      no: counts.no - (v === 'no' ? 1 : 0) + (target === 'no' ? 1 : 0),
      vetoes: counts.vetoes - (veto && v === 'no' ? 1 : 0) + (veto && target === 'no' ? 1 : 0),
    };
    if (decide(procedure, flipped) !== adopted) pivotal.push(member);
  }
  return {
    yes,
    no,
    abstain,
    vetoes: procedure.forum === 'unsc' ? no.filter((m) => holders.has(m)) : [],
    adopted,
    marginToNine: yes.length - needed(procedure),
    pivotal,
  };
}
