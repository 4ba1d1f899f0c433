import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.ts';
import { progressLine, runWithProgress } from '../../src/cli/progress.ts';
import type { Job } from '../../src/engine/jobs.ts';

function* counting(total: number): Job<string> {
  for (let done = 1; done <= total; done++) yield { done, total };
  return 'finished';
}

const quietIo = (status?: (text: string) => void): Io => ({
  out: () => {},
  err: () => {},
  cwd: '.',
  ...(status ? { status } : {}),
});

describe('CLI progress', () => {
  it('draws a bar with the share done', () => {
    expect(progressLine('tornado', 15, 60)).toBe(`tornado [${'#'.repeat(8)}${'.'.repeat(22)}] 25%`);
    expect(progressLine('x', 0, 0)).toBe(`x [${'.'.repeat(30)}] 0%`);
  });

  it('returns the job result with or without a terminal, and clears the bar at the end', () => {
    expect(runWithProgress(counting(5), quietIo(), 'solve')).toBe('finished');
    const drawn: string[] = [];
    expect(
      runWithProgress(
        counting(5),
        quietIo((t) => drawn.push(t)),
        'solve',
      ),
    ).toBe('finished');
    expect(drawn[0]).toBe(`\r${progressLine('solve', 1, 5)}`);
    expect(drawn.at(-1)).toMatch(/^\r +\r$/);
  });
});
