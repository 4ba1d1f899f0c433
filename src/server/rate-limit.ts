// A token bucket per client: a burst of `capacity` messages, then `perSecond` a second. A student
// clicking fast stays far below it; a script flooding the table is refused (and counted), not served.
export class RateLimit {
  private readonly capacity: number;
  private readonly perSecond: number;
  private readonly now: () => number;
  private tokens: number;
  private last: number;
  constructor(capacity: number, perSecond: number, now: () => number = () => performance.now()) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.now = now;
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes one message's worth; false if the client must wait. */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
