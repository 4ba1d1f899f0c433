import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutSeats } from '../../src/game/layout.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

const result = parseScenario(readFileSync('tests/fixtures/good/minimal.yaml', 'utf8'), 'minimal.yaml');
if (!result.ok) throw new Error('fixture must be valid');
const scenario = result.value;
const geometry = { width: 1280, height: 760 };

describe('layoutSeats', () => {
  const seats = layoutSeats(scenario, geometry);

  it('seats every actor exactly once', () => {
    expect(seats.map((s) => s.actor).sort()).toEqual(scenario.actors.map((a) => a.id).sort());
  });

  it('puts the fifteen Council members around the horseshoe and the ground parties apart', () => {
    expect(seats.filter((s) => s.area === 'council')).toHaveLength(15);
    const ground = seats.filter((s) => s.area === 'ground').map((s) => s.actor);
    expect(ground.sort()).toEqual(
      scenario.actors
        .filter((a) => a.ground && a.seat === 'none')
        .map((a) => a.id)
        .sort(),
    );
  });

  it('keeps seats inside the canvas and apart from each other', () => {
    for (const seat of seats) {
      expect(seat.x).toBeGreaterThan(0);
      expect(seat.x).toBeLessThan(geometry.width);
      expect(seat.y).toBeGreaterThan(0);
      expect(seat.y).toBeLessThan(geometry.height);
    }
    for (const a of seats)
      for (const b of seats) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(50);
  });
});
