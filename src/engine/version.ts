// Bumped whenever any output of the engine can change for the same scenario, draft and seed.
export const ENGINE_VERSION = '0.2.0';

/**
 * Earlier engine versions whose saves this engine replays move for move, unchanged: a version that
 * only added actions or fields keeps every game the earlier one could save. 0.2.0 added the chair's
 * actions (call-vote, inject) and the event id on an event's log entry.
 */
export const REPLAYS_UNCHANGED: readonly string[] = ['0.1.0'];

/** A 53-bit hash (cyrb53) of a string: identifies a canonical scenario in outputs, not for security. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
