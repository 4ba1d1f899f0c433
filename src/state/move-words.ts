// An action in a few words, for the table's acting seat and the playback bar: "proposes an
// amendment", "accepts trade T2". The feed keeps the engine's full sentence with its reason.
import type { Action } from '../engine/negotiation/types.ts';

export function actionWords(action: Action, name: (id: string) => string): string {
  switch (action.type) {
    case 'propose':
      return 'proposes an amendment';
    case 'offer':
      return `offers a trade to ${action.to.map(name).join(', ')}`;
    case 'counter':
      return `counters trade T${action.offer}`;
    case 'respond':
      return `${action.accept ? 'accepts' : 'rejects'} trade T${action.offer}`;
    case 'withdraw':
      return `withdraws trade T${action.offer}`;
    case 'pass':
      return 'passes';
    case 'decide':
      return action.adopt.length === 0
        ? 'keeps the text as it is'
        : `puts ${action.adopt.length === 1 ? 'an amendment' : `${action.adopt.length} amendments`} into the text`;
  }
}

/** The one word on the seat's label: short enough for a pill on the table. */
export function actionTag(action: Action): string {
  switch (action.type) {
    case 'propose':
      return 'amends';
    case 'offer':
      return 'offers';
    case 'counter':
      return 'counters';
    case 'respond':
      return action.accept ? 'accepts' : 'rejects';
    case 'withdraw':
      return 'withdraws';
    case 'pass':
      return 'passes';
    case 'decide':
      return 'decides';
  }
}
