// The Phaser game that draws the table. It boots once, while the set-up screen is shown (booting
// takes ~50 ms of main thread, which a player choosing seats does not notice but a game in progress
// would), sleeps until a game opens, and is reused by every later game: each game gets a fresh
// table scene.
import Phaser from 'phaser';
import { SceneKey } from './keys.ts';
import { TableScene, type TableSceneData } from './table-scene.ts';
import { warmTextMetrics } from './text.ts';

let game: Phaser.Game | null = null;
let booted: Promise<Phaser.Game> | null = null;

/** Boots the table's Phaser game into the element with id `parent` (once; later calls share it). */
export function bootTable(parent: string): Promise<Phaser.Game> {
  booted ??= new Promise((resolve) => {
    game = new Phaser.Game({
      // The Canvas renderer: the table is flat shapes, baked badges and text, which Canvas 2D draws in
      // a few milliseconds on any machine, while WebGL without a GPU (software rendering, as on many
      // school and headless machines) took 100 ms and more a frame (docs/architecture.md, figures).
      type: Phaser.CANVAS,
      parent,
      backgroundColor: '#fbf8f2',
      width: 1280,
      height: 760,
      banner: false,
      // The table is silent; without this Phaser opens an AudioContext at boot (~70 ms of main thread).
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
      scene: [],
      callbacks: {
        postBoot: (ready) => {
          // The scene's systems (~20 ms to make) are made now; a game only starts the scene.
          ready.scene.add(SceneKey.Table, TableScene, false);
          // Nothing to draw until a game opens.
          ready.loop.sleep();
          document.getElementById(parent)?.setAttribute('data-booted', 'true');
          resolve(ready);
          // The table's fonts are measured now, while the player reads the set-up screen.
          void warmTextMetrics();
        },
      },
    });
  });
  return booted;
}

/** The booted game, for measuring the canvas again after the page moved it. */
export const tableGame = (): Phaser.Game | null => game;

/**
 * Shows a game's table in place of any earlier one. Call it once the table's element is visible: the
 * canvas is fitted to it now. `onDrawn` runs after the first frame of the new table.
 */
export async function showTable(parent: string, data: TableSceneData, onDrawn: () => void): Promise<void> {
  const ready = await bootTable(parent);
  // An earlier game's table shuts down (its objects and store subscription go) before this one starts.
  if (ready.scene.isActive(SceneKey.Table) || ready.scene.isSleeping(SceneKey.Table))
    ready.scene.stop(SceneKey.Table);
  // The canvas was fitted to its parent while hidden (0×0): measure the parent again and fit it now.
  ready.scale.getParentBounds();
  ready.scale.refresh();
  ready.events.once(Phaser.Core.Events.POST_RENDER, onDrawn);
  ready.scene.start(SceneKey.Table, data);
  if (!ready.loop.running) ready.loop.wake();
}
