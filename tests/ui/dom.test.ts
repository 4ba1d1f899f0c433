// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { h } from '../../src/ui/dom.ts';

describe('h', () => {
  it('puts scenario text in as text, never as markup', () => {
    const el = h('p', { class: 'x' }, '<img src=x onerror=alert(1)>', h('em', {}, 'ok'));
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toBe('<img src=x onerror=alert(1)>ok');
    expect(el.getAttribute('class')).toBe('x');
  });
});
