// The only file that wires the page: the masthead's settings and "How to play", and the app's
// screens behind the router (app/app.ts). Everything else loads on demand: the YAML parser and the
// engine in workers, the lab and the Phaser table as chunks of their own.
import { currentStore, openHowToPlayRoute, startApp } from './app/app.ts';
import { wireReduceMotion } from './app/motion.ts';

wireReduceMotion(document.getElementById('reduce-motion') as HTMLInputElement | null, (reduce) =>
  currentStore()?.getState().setReducedMotion(reduce),
);
document.getElementById('how-to-play')?.addEventListener('click', openHowToPlayRoute);
startApp();
