// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderProgress } from '../../src/ui/progress-view.ts';

describe('the progress view', () => {
  it('shows what the engine is doing as a labelled progress bar in a status region', () => {
    const root = document.createElement('div');
    renderProgress(root, { label: 'Simulating the ceasefire', done: 1200, total: 2000, unit: 'runs' });
    expect(root.getAttribute('role')).toBe('status');
    expect(root.hidden).toBe(false);
    const bar = root.querySelector('progress')!;
    expect(bar.id).toBe('progress-bar');
    expect([bar.value, bar.max]).toEqual([1200, 2000]);
    const label = root.querySelector('label')!;
    expect(label.htmlFor).toBe('progress-bar');
    expect(label.textContent).toBe('Simulating the ceasefire: 1,200 of 2,000 runs');
    renderProgress(root, { label: 'The AI actors are moving', done: 7, total: 23 });
    expect(root.querySelector('label')?.textContent).toBe('The AI actors are moving: 7 of 23');
  });

  it('hides and empties itself when the engine is idle', () => {
    const root = document.createElement('div');
    renderProgress(root, { label: 'The AI actors are moving', done: 1, total: 2 });
    renderProgress(root, null);
    expect(root.hidden).toBe(true);
    expect(root.childElementCount).toBe(0);
    expect(root.getAttribute('role')).toBe('status');
  });
});
