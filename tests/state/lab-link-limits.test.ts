// Issue #12, finding 3: a lab link of 40,000 saved drafts froze the tab for 4.5 s (90,000 did not open
// in 400 s): the duplicate-name check was quadratic. Reading a link is linear now, and a link past the
// limits is refused with a sentence that names the limit (the lab then opens at its defaults).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { decodeLab, LAB_LIMITS } from '../../src/state/lab-url.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const model = compile(parsed.value);
const FILE = 'gaza-isf-2025.yaml';
const mandate = model.issues.find((i) => i.id === 'mandate')!;
const option = mandate.options.find((o) => o.id !== mandate.opening)!.id;

/** A link of `count` saved drafts named d0, d1, … (or all the same name). */
function savedLink(count: number, sameName = false): string {
  const entries = Array.from(
    { length: count },
    (_, i) => `saved=${sameName ? 'x' : `d${i}`}~${mandate.id}.${option}`,
  );
  return `#lab?${entries.join('&')}`;
}

const problemsOf = (decoded: ReturnType<typeof decodeLab>) => (decoded.ok ? [] : decoded.problems);

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe('lab link limits', () => {
  it('reads a 1 MB link in under a second, refusing it by its length', () => {
    const link = savedLink(60_000);
    expect(link.length).toBeGreaterThan(1_000_000);
    const { value, ms } = timed(() => decodeLab(model, link, FILE));
    expect(value.ok).toBe(false);
    expect(problemsOf(value)).toEqual([
      `the link is ${link.length.toLocaleString('en')} characters long; the limit is 262,144`,
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it('reads the 40,000-entry link of the probe (0.85 MB) at once', () => {
    const link = savedLink(40_000);
    const { value, ms } = timed(() => decodeLab(model, link, FILE));
    expect(value.ok).toBe(false);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses more saved drafts than the limit, linearly, within the length limit', () => {
    const link = savedLink(10_000, true);
    expect(link.length).toBeLessThan(LAB_LIMITS.linkChars);
    const { value, ms } = timed(() => decodeLab(model, link, FILE));
    expect(value.ok).toBe(false);
    expect(problemsOf(value)[0]).toBe(`in 'saved': 10000 saved drafts; the limit is ${LAB_LIMITS.saved}`);
    // The notice names the first problems and counts the rest (the duplicates of 'x').
    expect(problemsOf(value)).toHaveLength(21);
    expect(problemsOf(value).at(-1)).toMatch(/^and \d+ more$/);
    expect(value.settings.saved).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });

  it('keeps a link with many good saved drafts within the limit', () => {
    const link = savedLink(LAB_LIMITS.saved);
    const decoded = decodeLab(model, link, FILE);
    expect(problemsOf(decoded)).toEqual([]);
    expect(decoded.settings.saved).toHaveLength(LAB_LIMITS.saved);
  });

  it('refuses a sweep past the work budget or the parameter range, by field', () => {
    const heavy = decodeLab(
      model,
      '#lab?sweep=shrink,0,1,50&sweep2=duration_dependence,-1,1,50&runs=20000',
      FILE,
    );
    expect(heavy.ok).toBe(false);
    expect(heavy.ok ? [] : heavy.problems).toEqual([
      "in 'sweep': this sweep would simulate 50 steps × 50 steps × 20,000 runs = 50,000,000 runs; the limit is 20,000,000 (lower the runs)",
    ]);
    const wide = decodeLab(model, '#lab?sweep=shrink,-1e308,1e308,5', FILE);
    expect(wide.ok ? [] : wide.problems).toEqual([
      "in 'sweep': shrink can go from 0 to 1 (got from -1e+308, to 1e+308)",
    ]);
  });
});
