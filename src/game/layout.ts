// Where each actor sits: pure geometry, no Phaser, so it is tested in Node. The fifteen Council
// members sit around a horseshoe in alphabetical order; actors invited under rule 37 sit at its open
// end; the parties on the ground are drawn apart, in their own panel, because they are not in the room.
import type { ActorId } from '../engine/ids.ts';
import type { Actor, Scenario } from '../engine/scenario.ts';

export interface Seat {
  readonly actor: ActorId;
  readonly x: number;
  readonly y: number;
  readonly area: 'council' | 'invited' | 'ground';
}

export interface TableGeometry {
  readonly width: number;
  readonly height: number;
}

const byName = (a: Actor, b: Actor) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function layoutSeats(scenario: Scenario, { width, height }: TableGeometry): Seat[] {
  const members = new Set<string>(scenario.procedure.members);
  const council = scenario.actors.filter((a) => members.has(a.id)).sort(byName);
  const ground = scenario.actors.filter((a) => a.ground && !members.has(a.id)).sort(byName);
  const invited = scenario.actors.filter((a) => !a.ground && !members.has(a.id)).sort(byName);

  const tableWidth = width * 0.74;
  const cx = tableWidth / 2;
  const cy = height * 0.5;
  const rx = tableWidth * 0.4;
  const ry = height * 0.36;
  // The arc runs from just below the left end, over the top, to just below the right end.
  const open = 0.42;
  const from = Math.PI - open;
  const to = 2 * Math.PI + open;
  const seats: Seat[] = council.map((actor, i) => {
    const t = council.length === 1 ? 0.5 : i / (council.length - 1);
    const angle = from + (to - from) * t;
    return { actor: actor.id, x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), area: 'council' };
  });

  const rowY = height * 0.9;
  const rowWidth = rx * 1.7;
  invited.forEach((actor, i) => {
    const t = invited.length === 1 ? 0.5 : i / (invited.length - 1);
    seats.push({ actor: actor.id, x: cx - rowWidth / 2 + rowWidth * t, y: rowY, area: 'invited' });
  });

  const panelX = tableWidth + (width - tableWidth) / 2;
  ground.forEach((actor, i) => {
    seats.push({ actor: actor.id, x: panelX, y: height * 0.3 + i * 130, area: 'ground' });
  });
  return seats;
}
