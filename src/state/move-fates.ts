// What became of a human player's moves, read off two positions the store showed one after the
// other: the engine's own statuses (an amendment pending → adopted or rejected, a trade open →
// accepted, rejected or expired) and the reasons the actors gave with their actions. Nothing here
// decides a fate; it only finds the ones the engine recorded and says them in a sentence.
import type { ActorId } from '../engine/ids.ts';
import {
  type Action,
  type Amendment,
  type GameState,
  isSeatAction,
  type Offer,
} from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import type { Scenario } from '../engine/scenario.ts';
import { actorName, penHolderWords } from './names.ts';

export type FateTone = 'good' | 'bad' | 'info';

export interface Fate {
  /** The human seat told. */
  readonly seat: ActorId;
  readonly tone: FateTone;
  /** A heading a student takes in at a glance: "Amendment A3 adopted". */
  readonly title: string;
  /** The sentence with the why, from the actors' own reasons. */
  readonly text: string;
}

const isHuman = (game: GameState, id: ActorId) => own(game.setup.seats, id) === 'human';

/** The engine's reasons start "Reason: "; the notice says "because" in its own words. */
const bare = (reason: string | undefined) => (reason ?? '').replace(/^Reason:\s*/, '').replace(/\.\s*$/, '');

/** What a clause change says, by the scenario's labels ("Mandate: Chapter VII"). */
function changesText(scenario: Scenario, changes: Amendment['changes']): string {
  return changes
    .map((c) => {
      const issue = scenario.issues.find((i) => i.id === c.issue);
      const option = issue?.options.find((o) => o.id === c.option);
      return `${issue?.title ?? c.issue}: ${option?.label ?? c.option}`;
    })
    .join('; ');
}

/**
 * The pen holder's reason for leaving out amendment `id`: its decision's reason has one sentence per
 * amendment, "Rejected A3 (Pakistan): why." (engine/negotiation/pen-holder.ts); null when not listed.
 */
export function leftOutReason(decide: Action | undefined, id: number): string | null {
  if (decide?.type !== 'decide' || !decide.reason) return null;
  const sentence = new RegExp(
    `Rejected A${id} \\([^)]*\\): (.*?)\\.(?= (?:Adopted|Rejected) A\\d|\\s*$)`,
  ).exec(decide.reason);
  return sentence?.[1] ?? null;
}

/** The fates of the human seats' moves between `before` and `after` (a later position of the same game). */
export function moveFates(scenario: Scenario, before: GameState | null, after: GameState): Fate[] {
  if (!before || after.actions.length <= before.actions.length) return [];
  if (before.setup.seed !== after.setup.seed || after.log.length < before.log.length) return [];
  const name = (id: ActorId) => actorName(scenario, id);
  // "The pen holder (United States)", or with co-pen holders "The pen holders (United States and Ecuador)".
  const words = penHolderWords(scenario);
  const pens = words.charAt(0).toUpperCase() + words.slice(1);
  const plural = (scenario.procedure.coPenHolders?.length ?? 0) > 0;
  // The seats' moves (the chair's, a classroom's call-vote or inject, are told by the log).
  const added = after.actions.slice(before.actions.length).filter(isSeatAction);
  const fates: Fate[] = [];
  const tell = (seats: readonly ActorId[], fate: Omit<Fate, 'seat'>) => {
    for (const seat of seats) if (isHuman(after, seat)) fates.push({ seat, ...fate });
  };

  // A pass or an answer to a trade is told too: every move of the player's gets a word back.
  for (const x of added) {
    if (x.type === 'pass')
      tell([x.seat], {
        tone: 'info',
        title: 'You passed',
        text: 'Your turn this round is over; the text stays as it is until the pen holder decides.',
      });
    else if (x.type === 'respond') {
      const offer = after.offers.find((o) => o.id === x.offer);
      tell([x.seat], {
        tone: 'info',
        title: `You ${x.accept ? 'accepted' : 'turned down'} trade T${x.offer}`,
        text: !x.accept
          ? 'The trade is off.'
          : offer?.status === 'accepted'
            ? 'Everyone it was made to has accepted: it goes to the pen holder as a joint amendment.'
            : 'It still waits for the others it was made to.',
      });
    }
  }

  for (const a of after.amendments) {
    const was = before.amendments.find((x) => x.id === a.id);
    const authors = [a.by, ...a.with];
    if (!was) {
      // A human's own amendment just tabled (a trade's joint amendment is told with the trade).
      const proposed = added.some((x) => x.type === 'propose' && x.seat === a.by);
      if (proposed)
        tell([a.by], {
          tone: 'info',
          title: `Amendment A${a.id} tabled`,
          text: `${changesText(scenario, a.changes)}. ${pens} decide${plural ? '' : 's'} on it at the end of round ${a.round}.`,
        });
      continue;
    }
    if (was.status !== 'pending' || a.status === 'pending') continue;
    const decide = added.find((x) => x.type === 'decide');
    if (a.status === 'adopted')
      tell(authors, {
        tone: 'good',
        title: `Amendment A${a.id} adopted`,
        text: `${pens} put it into the text: ${changesText(scenario, a.changes)}.`,
      });
    else {
      const why = leftOutReason(decide, a.id);
      tell(authors, {
        tone: 'bad',
        title: `Amendment A${a.id} left out`,
        text: `${pens} did not put it into the text${why ? ` because ${why}` : ''}.`,
      });
    }
  }

  for (const o of after.offers) {
    const was = before.offers.find((x) => x.id === o.id);
    if (!was) {
      if (added.some((x) => (x.type === 'offer' || x.type === 'counter') && x.seat === o.from))
        tell([o.from], {
          tone: 'info',
          title: `Trade T${o.id} offered`,
          text: `To ${o.to.map(name).join(', ')}. Their answer will show here.`,
        });
      continue;
    }
    fates.push(...tradeFates(o, was, added, name).filter((f) => isHuman(after, f.seat)));
  }
  return fates;
}

/** A trade's answers since `was`: each acceptance, a refusal or counter with its reason, an expiry. */
function tradeFates(o: Offer, was: Offer, added: readonly Action[], name: (id: ActorId) => string): Fate[] {
  const fates: Fate[] = [];
  const newly = o.accepted.filter((id) => !was.accepted.includes(id));
  if (o.status === 'accepted' && was.status === 'open')
    fates.push({
      seat: o.from,
      tone: 'good',
      title: `Trade T${o.id} accepted`,
      text: `${o.to.map(name).join(', ')} accepted: it goes to the pen holder as a joint amendment.`,
    });
  else if (o.status === 'open' && newly.length > 0) {
    const waiting = o.to.filter((id) => !o.accepted.includes(id));
    fates.push({
      seat: o.from,
      tone: 'info',
      title: `Trade T${o.id}: ${newly.map(name).join(', ')} accepted`,
      text: `Still waiting for ${waiting.map(name).join(', ')}.`,
    });
  }
  if (o.status === 'rejected' && was.status === 'open') {
    const answer = added.find(
      (x) =>
        (x.type === 'respond' && !x.accept && x.offer === o.id) || (x.type === 'counter' && x.offer === o.id),
    );
    const who = answer ? name(answer.seat) : 'An addressee';
    const why = answer && 'reason' in answer ? bare(answer.reason) : '';
    fates.push({
      seat: o.from,
      tone: 'bad',
      title: `Trade T${o.id} refused`,
      text:
        answer?.type === 'counter'
          ? `${who} refused it and made a counter-offer: see Trades, below the draft.`
          : `${who} refused it${why ? `: ${why}` : ''}.`,
    });
  }
  if (o.status === 'expired' && was.status === 'open')
    fates.push({
      seat: o.from,
      tone: 'info',
      title: `Trade T${o.id} expired`,
      text: 'The round closed before every addressee had accepted it.',
    });
  return fates;
}
