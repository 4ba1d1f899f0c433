// The baseline of the first-frame figure in bench/browser.ts: a page with only a Phaser game and one
// text, built the same way as the app. Its first frame is the least any Phaser page can do.
import Phaser from 'phaser';

class OneText extends Phaser.Scene {
  create(): void {
    this.add.text(640, 380, 'Draftroom', { fontFamily: 'sans-serif', fontSize: '32px', color: '#1d2733' });
  }
}

const mark = () => {
  // The next animation frame begins once the first frame has been produced.
  requestAnimationFrame(() => {
    (window as unknown as { firstFrame?: number }).firstFrame = performance.now();
  });
};

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'table',
  backgroundColor: '#fbf8f2',
  width: 1280,
  height: 760,
  banner: false,
  scene: [OneText],
});
game.events.once(Phaser.Core.Events.POST_RENDER, mark);
