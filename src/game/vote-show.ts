// The Council's vote as a short show: members vote one by one around the table, the verdict is
// announced, then the parties on the ground declare. It only moves a VoteProgress forward; what each
// moment looks like is worked out by tableView. It keeps wall-clock time (not the scene's clock,
// which runs slow when frames are slow), so the show lasts the same on a weak machine.
import type { VoteProgress } from './table-view.ts';

const OPENING_MS = 700;
const VOTE_MS = 380;
const VERDICT_MS = 600;
const DECLARE_MS = 800;

export class VoteShow {
  private timers: number[] = [];
  private readonly onStep: (progress: VoteProgress) => void;

  constructor(onStep: (progress: VoteProgress) => void) {
    this.onStep = onStep;
  }

  get running(): boolean {
    return this.timers.length > 0;
  }

  play(voters: number, declarers: number): void {
    this.stop();
    const steps: VoteProgress[] = [];
    for (let v = 1; v <= voters; v++) steps.push({ revealed: v, verdict: false, declared: 0 });
    steps.push({ revealed: voters, verdict: true, declared: 0 });
    for (let d = 1; d <= declarers; d++) steps.push({ revealed: voters, verdict: true, declared: d });
    let at = OPENING_MS;
    steps.forEach((progress, i) => {
      const last = i === steps.length - 1;
      const timer = window.setTimeout(() => {
        if (last) this.timers = [];
        this.onStep(progress);
      }, at);
      this.timers.push(timer);
      at += progress.verdict ? (progress.declared === 0 ? VERDICT_MS + DECLARE_MS / 2 : DECLARE_MS) : VOTE_MS;
      if (i === voters - 1) at += VERDICT_MS - VOTE_MS;
    });
  }

  stop(): void {
    for (const t of this.timers) window.clearTimeout(t);
    this.timers = [];
  }
}
