// What the table adds around the game's panels, mounted once per game by the page (main.ts): the bar
// that shows the AI's moves one at a time with its Skip button (above the table), the table as a
// list for narrow screens (after it), and the notices that tell a player what became of each move.
// All of it reads the one store; none of it decides anything.
import type { ActorId } from '../engine/ids.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { GameStoreApi } from '../state/store.ts';
import { h } from './dom.ts';
import { createNotices, followFates } from './notices.ts';
import { renderPlaybackBar } from './playback-bar.ts';
import { renderSeatList } from './seat-list.ts';
import './table.css';

let unmount: (() => void) | null = null;

/** Mounts the playback bar, the seat list and the notices for this game (replacing an earlier game's). */
export function mountTableFeedback(scenario: Scenario, store: GameStoreApi): () => void {
  unmount?.();
  const table = document.getElementById('table');
  const bar = h('div', { id: 'playback-bar' });
  const list = h('section', { id: 'seat-list', class: 'seat-list', 'aria-label': 'The table, seat by seat' });
  table?.before(bar);
  table?.after(list);
  const notices = createNotices();
  document.body.append(notices.root);
  const select = (id: ActorId) => store.getState().select(id);
  const draw = () => {
    const still = store.getState().settings.reducedMotion;
    list.classList.toggle('is-still', still);
    notices.root.classList.toggle('is-still', still);
    renderPlaybackBar(bar, scenario, store.getState());
    renderSeatList(list, store.getState(), { scenario, select });
  };
  draw();
  const offFates = followFates(scenario, store, notices);
  const offDraw = store.subscribe((now, before) => {
    const same = (['game', 'playback', 'outlook', 'settings'] as const).every((k) => now[k] === before[k]);
    if (same) return;
    draw();
    // The moves start after the player's own: bring the table into view so they can be watched.
    if (before.playback === null && now.playback !== null) {
      const smooth = !now.settings.reducedMotion;
      // The drawn table or, on a narrow screen, the list: whichever is shown (the bar is sticky, so
      // scrolling to the bar itself would not move a column scrolled down to the draft).
      const target = table && table.offsetParent !== null ? table : list;
      target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    }
  });
  unmount = () => {
    offFates();
    offDraw();
    notices.dispose();
    bar.remove();
    list.remove();
    unmount = null;
  };
  return unmount;
}
