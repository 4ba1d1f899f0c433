// "How to play", one click away on every screen (the masthead): the rules of a round in plain words,
// as a dialog over whatever is open, so a game in progress stays as it was.
import { h } from './dom.ts';

const SECTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'The aim',
    [
      'You play one delegation negotiating a Security Council resolution. Each clause of the draft has a few options; every delegation scores the text from 0 (its worst) to 100 (its ideal), where 50 is as good as no resolution at all.',
      'You win by moving the text your way: your score is the share of what you could have gained that you did gain, plus whether the text is adopted and whether the ceasefire is likely to hold.',
    ],
  ],
  [
    'A round',
    [
      'Every delegation takes one turn: propose an amendment (one to three changes to the text), offer a trade to others (you back what they want, they back what you want), or pass.',
      'At the end of the round the pen holder decides which amendments enter the text, and says why. An amendment that wins votes or brings a party on the ground along is more likely to be taken.',
      'Between rounds, events can happen on the ground and shift what delegations want.',
    ],
  ],
  [
    'The vote',
    [
      'After the last round the Council votes: nine yes votes and no veto from a permanent member adopt the text. Then the parties on the ground say whether they will go along, and the engine estimates how likely the ceasefire is to collapse.',
    ],
  ],
  [
    'Reading the table',
    [
      'Each seat shows its delegation’s score of the text on the table and how it would vote. Choose a delegation (on the table or in the list) to see why it scores the text as it does and which change would win it over.',
      'Before you propose, the composer previews the effect of your changes: your score, the vote, and the consent on the ground.',
    ],
  ],
];

let dialog: HTMLDialogElement | null = null;

/** Opens the dialog; `onClose` runs when it is closed (by its button, Escape or the route). */
export function openHowToPlay(onClose: () => void): void {
  if (dialog?.open) return;
  const close = h(
    'button',
    { type: 'button', class: 'primary', id: 'close-how-to-play' },
    'Back to the game',
  );
  dialog = h(
    'dialog',
    { class: 'how-to-play', 'aria-labelledby': 'how-to-play-heading' },
    h('h2', { id: 'how-to-play-heading' }, 'How to play'),
    ...SECTIONS.flatMap(([title, texts]) => [h('h3', {}, title), ...texts.map((t) => h('p', {}, t))]),
    h('p', { class: 'actions' }, close),
  );
  const shown = dialog;
  close.addEventListener('click', () => shown.close());
  shown.addEventListener('close', () => {
    shown.remove();
    if (dialog !== shown) return;
    dialog = null;
    onClose();
  });
  document.body.append(shown);
  shown.showModal();
  close.focus();
}

/** Closes the dialog without running its `onClose` (the route already moved on). */
export function closeHowToPlay(): void {
  const shown = dialog;
  dialog = null;
  shown?.close();
}

export const howToPlayIsOpen = (): boolean => dialog?.open === true;
