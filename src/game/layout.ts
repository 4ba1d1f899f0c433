// Where everything on the table goes: pure geometry, no Phaser, so it is tested in Node. The Council
// members sit around a horseshoe in alphabetical order; actors invited under rule 37 sit at its open
// end; the parties on the ground are drawn apart, in their own panel, because they are not in the
// room, with the ceasefire gauge under them. The Council's tally sits inside the horseshoe.
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

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TableLayout {
  readonly seats: readonly Seat[];
  /** Inside the horseshoe: the turn line, the tally, the verdict and the key. */
  readonly chamber: {
    readonly centreX: number;
    readonly status: Rect;
    readonly tally: Rect;
    readonly verdict: Rect;
    readonly legend: Rect;
  };
  readonly invitedLabelY: number;
  readonly ground: Rect;
  readonly ceasefire: Rect;
}

/**
 * One seat's drawing, relative to its centre: the disc (and a ring for a permanent member), two
 * badges beside it (stance on the right, human player on the left), the short name and the meter
 * under it; a party on the ground also shows its stance in words under the meter.
 */
export const SEAT = {
  disc: 22,
  ring: 26,
  badge: 10,
  badgeDx: 30,
  badgeDy: 6,
  nameY: 33,
  meterY: 45,
  meterWidth: 56,
  meterHeight: 7,
  wordY: 68,
} as const;
const GROUND_SPACING = 118;

const byName = (a: Actor, b: Actor) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The rectangles a seat's drawing covers (the names are assumed at most 92 px wide). */
export function seatShape(seat: Seat): Rect[] {
  const at = (dx: number, top: number, bottom: number): Rect => ({
    x: seat.x - dx,
    y: seat.y + top,
    width: 2 * dx,
    height: bottom - top,
  });
  const shape = [
    at(18, -SEAT.ring, -14), // the top of the disc and ring
    at(SEAT.badgeDx + SEAT.badge, -14, 24), // disc and badges
    at(46, 24, 42), // the name
    at(SEAT.meterWidth / 2 + 2, 42, 55), // the meter and its tick
  ];
  if (seat.area === 'ground') shape.push(at(50, 55, 78));
  return shape;
}

/** The bounding box of a seat's drawing. */
export function seatBox(seat: Seat): Rect {
  const shape = seatShape(seat);
  const x = Math.min(...shape.map((r) => r.x));
  const y = Math.min(...shape.map((r) => r.y));
  const right = Math.max(...shape.map((r) => r.x + r.width));
  const bottom = Math.max(...shape.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function layoutTable(scenario: Scenario, { width, height }: TableGeometry): TableLayout {
  const members = new Set<string>(scenario.procedure.members);
  const council = scenario.actors.filter((a) => members.has(a.id)).sort(byName);
  const ground = scenario.actors.filter((a) => a.ground && !members.has(a.id)).sort(byName);
  const invited = scenario.actors.filter((a) => !a.ground && !members.has(a.id)).sort(byName);

  const tableWidth = width * 0.74;
  const cx = tableWidth / 2;
  const cy = height * 0.47;
  const rx = tableWidth * 0.4;
  const ry = height * 0.41;
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
  const rowWidth = rx * 1.9;
  invited.forEach((actor, i) => {
    const t = invited.length === 1 ? 0.5 : i / (invited.length - 1);
    seats.push({ actor: actor.id, x: cx - rowWidth / 2 + rowWidth * t, y: rowY, area: 'invited' });
  });

  // The right-hand column: the ground panel (title, seats, consent line), then the ceasefire gauge.
  const column = { x: tableWidth + 24, width: width - tableWidth - 40 };
  const ceasefireHeight = 250;
  const top = 16;
  const seatsTop = top + 96;
  const room = height - top - ceasefireHeight - 16 - 96 - 64;
  const spacing = ground.length === 0 ? 0 : Math.min(GROUND_SPACING, room / ground.length);
  ground.forEach((actor, i) => {
    seats.push({
      actor: actor.id,
      x: column.x + column.width / 2,
      y: seatsTop + i * spacing,
      area: 'ground',
    });
  });
  const groundPanel = { x: column.x, y: top, width: column.width, height: 96 + ground.length * spacing + 40 };
  const ceasefireTop = groundPanel.y + groundPanel.height + 16;

  const inner = (y: number, w: number, h: number): Rect => ({ x: cx - w / 2, y, width: w, height: h });
  return {
    seats,
    chamber: {
      centreX: cx,
      status: inner(height * 0.225, 460, 26),
      tally: inner(height * 0.285, 480, 150),
      verdict: inner(height * 0.5, 460, 44),
      legend: inner(height * 0.7, 560, 60),
    },
    invitedLabelY: rowY - 70,
    ground: groundPanel,
    ceasefire: {
      x: column.x,
      y: ceasefireTop,
      width: column.width,
      height: Math.min(ceasefireHeight, height - 16 - ceasefireTop),
    },
  };
}

/** The seats alone (kept for callers that only place actors). */
export const layoutSeats = (scenario: Scenario, geometry: TableGeometry): Seat[] => [
  ...layoutTable(scenario, geometry).seats,
];

export const TURN_LABEL = { width: 80, height: 26 } as const;

export const turnLabelRect = (at: { x: number; y: number }): Rect => ({
  x: at.x - TURN_LABEL.width / 2,
  y: at.y - TURN_LABEL.height / 2,
  width: TURN_LABEL.width,
  height: TURN_LABEL.height,
});

/**
 * Where a seat's "to move" label goes: the first free place, trying towards the middle of the table,
 * then away from it, then under and over the seat — clear of the instruments and of every seat.
 */
export function turnLabelAt(
  seat: Seat,
  layout: TableLayout,
  geometry: TableGeometry,
): { x: number; y: number } {
  const { chamber } = layout;
  const blocked: Rect[] = [
    chamber.status,
    chamber.tally,
    chamber.verdict,
    chamber.legend,
    layout.ceasefire,
    ...layout.seats.flatMap(seatShape),
  ];
  const dx = chamber.centreX - seat.x;
  const dy = chamber.verdict.y - seat.y;
  const length = Math.hypot(dx, dy) || 1;
  const along = (d: number) => ({ x: seat.x + (dx / length) * d, y: seat.y + (dy / length) * d });
  const candidates =
    seat.area === 'ground'
      ? [{ x: seat.x - 92, y: seat.y }]
      : [along(88), along(112), along(-88), { x: seat.x, y: seat.y + 74 }, { x: seat.x, y: seat.y - 48 }];
  const fits = (at: { x: number; y: number }) => {
    const r = turnLabelRect(at);
    return (
      r.x >= 0 &&
      r.y >= 0 &&
      r.x + r.width <= geometry.width &&
      r.y + r.height <= geometry.height &&
      !blocked.some((b) => intersects(r, b))
    );
  };
  return candidates.find(fits) ?? candidates[0]!;
}
