// The round clock as a person reads it ("2:05 left in this round"), and one ticker that keeps every
// clock on the page counting down between the server's messages. The deadline is the server's
// (epoch ms); a device whose clock is far off shows it off by as much.
import type { RoundClock } from '../../net/protocol.ts';
import { h } from '../dom.ts';

const minutes = (ms: number): string => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The clock's words at `now`, or null when there is no clock. */
export function clockWords(clock: RoundClock | undefined, now: number): string | null {
  if (!clock || clock.seconds === null) return null;
  if (clock.deadline !== null) {
    const left = clock.deadline - now;
    return left > 0 ? `${minutes(left)} left in this round` : 'Time is up for this round';
  }
  if (clock.remaining !== null) return `${minutes(clock.remaining)} left in this round (paused)`;
  return `Round clock: ${minutes(clock.seconds * 1000)} a round`;
}

/** The round-clock choices a console offers, in seconds (null: no clock). */
export const CLOCK_CHOICES: ReadonlyArray<number | null> = [null, 120, 180, 300, 480, 600, 900];

export const clockChoiceLabel = (seconds: number | null): string =>
  seconds === null ? 'No round clock' : `${seconds / 60} minutes a round`;

/** An element showing the clock, counting down while the ticker runs. */
export function clockElement(clock: RoundClock | undefined): HTMLElement | null {
  const words = clockWords(clock, Date.now());
  if (words === null || !clock) return null;
  return h(
    'span',
    { class: 'round-clock', ...(clock.deadline !== null ? { 'data-deadline': String(clock.deadline) } : {}) },
    words,
  );
}

let ticker = 0;
/** Once a second, every running clock on the page is redrawn (nothing else is). */
export function startClockTicker(): void {
  if (ticker) return;
  ticker = window.setInterval(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.round-clock[data-deadline]')) {
      const deadline = Number(el.dataset.deadline);
      el.textContent = clockWords({ seconds: 1, deadline, remaining: null }, Date.now());
    }
  }, 1000);
}
