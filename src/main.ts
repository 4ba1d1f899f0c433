// The only file that wires the layers together: load the default scenario (the YAML parser is a
// lazily loaded chunk), then show it on the table and in the side panel.
import Phaser from 'phaser';
import type { Scenario } from './engine/scenario.ts';
import { SceneKey } from './game/keys.ts';
import { TableScene } from './game/table-scene.ts';
import { renderProblems, renderScenarioPanel } from './ui/scenario-panel.ts';

const DEFAULT_SCENARIO = 'gaza-isf-2025.yaml';
const shipped = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

function startTable(scenario: Scenario): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'table',
    backgroundColor: '#fbf8f2',
    width: 1280,
    height: 760,
    banner: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [],
    callbacks: {
      postBoot: (game) => {
        game.scene.add(SceneKey.Table, TableScene, true, { scenario });
      },
    },
  });
}

async function boot(): Promise<void> {
  const title = document.getElementById('scenario-title');
  const panel = document.getElementById('panel');
  if (!title || !panel) return;
  const load = shipped[`/scenarios/${DEFAULT_SCENARIO}`];
  if (!load) {
    title.textContent = 'No scenario found';
    return;
  }
  const [text, { parseScenario }] = await Promise.all([load(), import('./scenario/parse.ts')]);
  const result = parseScenario(text, DEFAULT_SCENARIO);
  if (!result.ok) {
    title.textContent = 'The scenario has problems';
    renderProblems(panel, DEFAULT_SCENARIO, result.error);
    document.body.dataset.state = 'error';
    return;
  }
  title.textContent = result.value.title;
  document.title = `${result.value.title} — Draftroom`;
  renderScenarioPanel(panel, result.value);
  const game = startTable(result.value);
  // Marks the page ready once the table has really been drawn (browser tests wait for this).
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    document.body.dataset.state = 'ready';
  });
}

void boot();
