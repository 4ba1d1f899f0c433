// The store's "Continue" actions: restore() and restorePrevious(). A Continue never fails silently:
// when the autosave cannot be read it loads nothing and says why, hands back the damaged text and
// offers the previous save if that one can be read; continuing from it names the damage on the table.
// The reading itself (bounded in time, ending in a game or a sentence) is save-slots.ts.
import type { GameState } from '../engine/negotiation/types.ts';
import type { EngineService, LoadedGame } from './engine-service.ts';
import {
  fallbackText,
  type PreviousSave,
  previousOffer,
  previousSlot,
  type RestoreOutcome,
  readSlot,
  type SlotReading,
  warningText,
} from './save-slots.ts';
import type { KeyValueStorage } from './storage.ts';
import type { GameStore, Notice } from './store-types.ts';

/** What the Continue actions need of the store they belong to. */
export interface ContinueContext {
  readonly engine: EngineService;
  readonly storage: KeyValueStorage;
  /** Storage key of the latest autosave. */
  readonly slot: string;
  /** True (and the player told to wait) while the AI seats are moving. */
  readonly refuseWhileMoving: () => boolean;
  /** Runs an engine request during which the store refuses other actions. */
  readonly holding: <T>(work: () => Promise<T>) => Promise<T>;
  /** Shows and saves the game with `info` as its notice, then lets the AI seats move. */
  readonly settle: (game: GameState, info: Notice) => Promise<void>;
}

const STILL_MOVING = 'the AI actors are still moving';
const NO_SAVE =
  'there is no saved game of this scenario in this browser (it may have been cleared with the browsing data)';

/** "<source> loaded: round N." with the save's warnings, if any (then shown as an error). */
export function loadedNotice(source: string, { state, warnings }: LoadedGame): Notice {
  return {
    kind: warnings.length > 0 ? 'error' : 'info',
    text: `${source} loaded: round ${state.round}.${warningText(warnings)}`,
  };
}

/** The damaged save's text, to download; null when there is none (missing, or storage refused). */
const damagedText = (latest: SlotReading): string | null =>
  latest.kind === 'damaged' && latest.text !== '' ? latest.text : null;

export function continueActions(context: ContinueContext): Pick<GameStore, 'restore' | 'restorePrevious'> {
  const { engine, storage, slot, refuseWhileMoving, holding, settle } = context;
  /** The latest autosave as the last restore() read it: the previous one is offered against it. */
  let latestReading: SlotReading | null = null;

  /** The previous autosave, if it can be read, with how far behind the latest it is. */
  const readPrevious = async (latest: SlotReading): Promise<PreviousSave | null> => {
    const previous = await readSlot(engine, storage, previousSlot(slot));
    return previous.kind === 'good' ? previousOffer(latest, previous.loaded) : null;
  };

  return {
    async restore() {
      if (refuseWhileMoving())
        return { restored: false, problem: STILL_MOVING, missing: false, damaged: null, previous: null };
      const latest = await holding(() => readSlot(engine, storage, slot));
      latestReading = latest;
      if (latest.kind === 'good') {
        await settle(latest.loaded.state, loadedNotice('The autosaved game', latest.loaded));
        return { restored: true };
      }
      return {
        restored: false,
        problem: latest.kind === 'missing' ? NO_SAVE : latest.problem,
        missing: latest.kind === 'missing',
        damaged: damagedText(latest),
        previous: await holding(() => readPrevious(latest)),
      };
    },
    async restorePrevious() {
      const latest = latestReading ?? { kind: 'missing' };
      const failed = (problem: string): RestoreOutcome => ({
        restored: false,
        problem,
        missing: false,
        damaged: damagedText(latest),
        previous: null,
      });
      if (refuseWhileMoving()) return failed(STILL_MOVING);
      const previous = await holding(() => readSlot(engine, storage, previousSlot(slot)));
      if (previous.kind === 'missing') return failed('there is no previous save either');
      if (previous.kind === 'damaged')
        return failed(`the previous save cannot be read either: ${previous.problem}`);
      const { state, warnings } = previous.loaded;
      const notice = `${fallbackText(latest, previousOffer(latest, previous.loaded))}${warningText(warnings)}`;
      await settle(state, { kind: 'error', text: notice });
      return { restored: true };
    },
  };
}
