// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { h, replaceChildrenKeeping } from '../../src/ui/dom.ts';

describe('h', () => {
  it('puts scenario text in as text, never as markup', () => {
    const el = h('p', { class: 'x' }, '<img src=x onerror=alert(1)>', h('em', {}, 'ok'));
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toBe('<img src=x onerror=alert(1)>ok');
    expect(el.getAttribute('class')).toBe('x');
  });
});

describe('replaceChildrenKeeping', () => {
  it('sets the children in order, leaving the kept nodes where they are (not taken out and put back)', () => {
    const root = h('div');
    const kept = h('section', { id: 'kept' });
    const old = h('p', {}, 'old');
    root.append(old, kept);
    const removed: Node[] = [];
    new MutationObserver((records) => {
      for (const r of records) removed.push(...r.removedNodes);
    }).observe(root, { childList: true });
    const fresh = h('p', {}, 'new');
    replaceChildrenKeeping(root, fresh, kept, 'tail');
    expect([...root.childNodes].map((n) => n.textContent)).toEqual(['new', '', 'tail']);
    expect(root.childNodes[1]).toBe(kept);
    return Promise.resolve().then(() => expect(removed).toEqual([old]));
  });
});
