// Counter-based random numbers: u(seed, run, month, channel) is a pure hash of its four integers.
// Results therefore do not depend on the order of runs or on how they are split across workers, and
// two drafts compared with one seed draw the same numbers (common random numbers).

/** murmur3's 32-bit finaliser: a bijection that spreads every input bit over the output. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A float in [0, 1) determined by (seed, run, month, channel) alone. */
export function uniform(seed: number, run: number, month: number, channel: number): number {
  let h = fmix32(seed ^ 0x9e3779b9);
  h = fmix32(h ^ Math.imul(run + 1, 0x85ebca77));
  h = fmix32(h ^ Math.imul(month + 1, 0xc2b2ae3d));
  h = fmix32(h ^ Math.imul(channel + 1, 0x27d4eb2f));
  return h / 4294967296;
}

/** Channel numbers: 0 is the collapse draw, then two per event (fires, and collapses at once). */
export const CHANNEL = {
  collapse: 0,
  eventFires: (event: number) => 1 + 2 * event,
  eventCollapses: (event: number) => 2 + 2 * event,
} as const;
