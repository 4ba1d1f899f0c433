// The Phaser table is a chunk of its own (~350 KB gzip), loaded when a game is about to start — from
// the "Play as…" screen, while the player reads the cards — and never for the title, the lab or the
// briefing alone.
import type { TableSceneData } from '../game/table-scene.ts';

type TableModule = typeof import('../game/boot.ts');

let loading: Promise<TableModule> | null = null;
let loaded: TableModule | null = null;

export function loadTable(): Promise<TableModule> {
  loading ??= import('../game/boot.ts').then((m) => {
    loaded = m;
    return m;
  });
  return loading;
}

/** Loads Phaser and boots the table into `parent` ahead of the game (each in a task of its own). */
export function prefetchTable(parent: string): void {
  setTimeout(() => {
    void loadTable().then((m) => setTimeout(() => void m.bootTable(parent), 0));
  }, 0);
}

/** The booted Phaser game, if the chunk has loaded. */
export const tableGameNow = () => loaded?.tableGame() ?? null;

export async function showTableFor(parent: string, data: TableSceneData, onDrawn: () => void): Promise<void> {
  const m = await loadTable();
  await m.showTable(parent, data, onDrawn);
}
