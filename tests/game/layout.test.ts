import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  intersects,
  layoutSeats,
  layoutTable,
  type Rect,
  seatBox,
  seatShape,
  turnLabelAt,
  turnLabelRect,
} from '../../src/game/layout.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

const load = (path: string) => {
  const result = parseScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(`${path} must be valid`);
  return result.value;
};
const scenario = load('tests/fixtures/good/minimal.yaml');
const gaza = load('scenarios/gaza-isf-2025.yaml');
const geometry = { width: 1280, height: 760 };
const inside = (r: Rect) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= geometry.width && r.y + r.height <= geometry.height;

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

describe.each([
  ['the minimal fixture', scenario],
  ['the default scenario', gaza],
])('layoutTable on %s at 1280×760', (_, s) => {
  const layout = layoutTable(s, geometry);
  const boxes = layout.seats.map(seatBox);
  const instruments: Array<[string, Rect]> = [
    ['status', layout.chamber.status],
    ['tally', layout.chamber.tally],
    ['verdict', layout.chamber.verdict],
    ['legend', layout.chamber.legend],
    ['ceasefire', layout.ceasefire],
  ];

  it('keeps every instrument on the canvas and clear of every seat', () => {
    for (const [name, rect] of instruments) {
      expect(inside(rect), name).toBe(true);
      for (const [i, box] of boxes.entries())
        expect(intersects(rect, box), `${name} and ${layout.seats[i]?.actor}`).toBe(false);
    }
  });

  it("keeps seats' drawings from overlapping one another", () => {
    const seats = layout.seats;
    for (const [i, a] of seats.entries())
      for (const b of seats.slice(i + 1))
        for (const ra of seatShape(a))
          for (const rb of seatShape(b)) expect(intersects(ra, rb), `${a.actor} and ${b.actor}`).toBe(false);
  });

  it('puts the ground seats inside their panel and the panel above the ceasefire gauge', () => {
    for (const seat of layout.seats.filter((x) => x.area === 'ground')) {
      const box = seatBox(seat);
      expect(box.y).toBeGreaterThanOrEqual(layout.ground.y);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.ground.y + layout.ground.height);
    }
    expect(layout.ground.y + layout.ground.height).toBeLessThan(layout.ceasefire.y);
    expect(layout.ceasefire.height).toBeGreaterThanOrEqual(220);
  });

  it('puts the chamber instruments one under another, in reading order', () => {
    const order = [layout.chamber.status, layout.chamber.tally, layout.chamber.verdict];
    for (let i = 1; i < order.length; i++)
      expect(order[i]!.y).toBeGreaterThanOrEqual(order[i - 1]!.y + order[i - 1]!.height);
  });

  it('puts each "to move" label on the canvas, clear of the instruments and of every seat', () => {
    const taken = [...instruments.map(([, r]) => r), ...layout.seats.flatMap(seatShape)];
    for (const seat of layout.seats) {
      const label = turnLabelRect(turnLabelAt(seat, layout, geometry));
      expect(inside(label), seat.actor).toBe(true);
      for (const rect of taken) expect(intersects(label, rect), seat.actor).toBe(false);
    }
  });
});
