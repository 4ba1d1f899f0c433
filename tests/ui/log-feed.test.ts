// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '../../src/engine/negotiation/types.ts';
import type { GameStore } from '../../src/state/store.ts';
import { renderLogFeed, splitReason } from '../../src/ui/log-feed.ts';

const entry = (step: number, round: number, kind: LogEntry['kind'], text: string): LogEntry => ({
  step,
  round,
  kind,
  actor: null,
  text,
});

const storeWith = (log: LogEntry[]) => ({ game: { log } }) as unknown as GameStore;

describe('the move feed', () => {
  it('sets the reason apart from what was done', () => {
    expect(splitReason('UAE proposes A1: x → y. Reason: it takes UAE from 97.1 to 99.5.')).toEqual({
      what: 'UAE proposes A1: x → y.',
      why: 'it takes UAE from 97.1 to 99.5.',
    });
    expect(splitReason('Egypt passes.')).toEqual({ what: 'Egypt passes.', why: null });
  });

  it('groups moves by round, marks their kind in words for screen readers, and shows text as text', () => {
    const root = document.createElement('section');
    renderLogFeed(
      root,
      storeWith([
        entry(1, 1, 'round-start', 'Round 1 of 2.'),
        entry(2, 1, 'propose', 'UAE proposes A1: <b>x</b>. Reason: it helps.'),
        entry(3, 2, 'pass', 'Egypt passes.'),
      ]),
    );
    expect([...root.querySelectorAll('h3')].map((e) => e.textContent)).toEqual(['Round 1', 'Round 2']);
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.dataset.step)).toEqual(['1', '2', '3']);
    expect(items[1]?.querySelector('.feed-what')?.textContent).toBe('UAE proposes A1: <b>x</b>.');
    expect(items[1]?.querySelector('.feed-why')?.textContent).toBe('Why: it helps.');
    expect(items[1]?.querySelector('b')).toBeNull();
    expect(items[1]?.querySelector('.visually-hidden')?.textContent).toBe('Amendment: ');
    expect(items[2]?.querySelector('.feed-why')).toBeNull();
  });

  it('appends new moves to what is shown, so a reader scrolled back keeps their place', () => {
    const root = document.createElement('section');
    document.body.append(root);
    const log = [entry(1, 1, 'pass', 'Egypt passes.')];
    renderLogFeed(root, storeWith(log));
    const feed = root.querySelector('.feed');
    const first = root.querySelector('li');
    renderLogFeed(root, storeWith([...log]));
    // States come from the engine worker as copies: the same moves, not the same objects.
    renderLogFeed(
      root,
      storeWith([
        ...structuredClone(log),
        entry(2, 1, 'pass', 'Qatar passes.'),
        entry(3, 2, 'pass', 'UAE passes.'),
      ]),
    );
    expect(root.querySelector('.feed')).toBe(feed);
    expect(root.querySelector('li')).toBe(first);
    expect([...root.querySelectorAll('h3')].map((e) => e.textContent)).toEqual(['Round 1', 'Round 2']);
    expect([...root.querySelectorAll('li')].map((li) => li.dataset.step)).toEqual(['1', '2', '3']);
  });

  it('draws a log that does not continue the one shown (a restored game) afresh', () => {
    const root = document.createElement('section');
    document.body.append(root);
    renderLogFeed(
      root,
      storeWith([entry(1, 1, 'pass', 'Egypt passes.'), entry(2, 1, 'pass', 'Qatar passes.')]),
    );
    renderLogFeed(root, storeWith([entry(1, 1, 'propose', 'Israel proposes A1.')]));
    expect([...root.querySelectorAll('.feed-what')].map((e) => e.textContent)).toEqual([
      'Israel proposes A1.',
    ]);
    expect(root.querySelectorAll('.feed')).toHaveLength(1);
  });

  it('appends a long history in slices over several frames, ending with every move once', async () => {
    const root = document.createElement('section');
    document.body.append(root);
    const log = Array.from({ length: 150 }, (_, i) =>
      entry(i + 1, 1 + Math.floor(i / 50), 'pass', `Move ${i + 1}.`),
    );
    renderLogFeed(root, storeWith(log));
    const first = root.querySelectorAll('li').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(150);
    await vi.waitFor(() => expect(root.querySelectorAll('li')).toHaveLength(150));
    expect([...root.querySelectorAll('li')].map((li) => li.dataset.step)).toEqual(
      log.map((e) => String(e.step)),
    );
    expect([...root.querySelectorAll('h3')].map((e) => e.textContent)).toEqual([
      'Round 1',
      'Round 2',
      'Round 3',
    ]);
  });
});
