// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { h } from '../../src/ui/dom.ts';
import { renderKeepingFocus } from '../../src/ui/keep-focus.ts';

describe('renderKeepingFocus', () => {
  let root: HTMLElement;
  const draw = (value = '') => {
    const input = h('input', { id: 'seed', type: 'text' });
    input.value = value;
    root.replaceChildren(h('button', { id: 'propose', type: 'button' }, 'Propose'), input);
  };

  beforeEach(() => {
    document.body.replaceChildren();
    root = h('div');
    document.body.append(root);
    draw('12345');
  });

  it('puts focus back on the rebuilt control with the same id', () => {
    document.getElementById('propose')?.focus();
    const before = document.activeElement;
    renderKeepingFocus(() => draw('12345'));
    expect(document.activeElement).not.toBe(before);
    expect(document.activeElement?.id).toBe('propose');
  });

  it('keeps the caret where it was in a text field', () => {
    const input = document.getElementById('seed') as HTMLInputElement;
    input.focus();
    input.setSelectionRange(2, 3);
    renderKeepingFocus(() => draw('12345'));
    const again = document.activeElement as HTMLInputElement;
    expect(again.id).toBe('seed');
    expect([again.selectionStart, again.selectionEnd]).toEqual([2, 3]);
  });

  it('leaves focus alone when the control is gone or nothing was focused', () => {
    document.getElementById('propose')?.focus();
    renderKeepingFocus(() => root.replaceChildren(h('p', {}, 'The vote')));
    expect(document.activeElement).toBe(document.body);
    renderKeepingFocus(() => draw());
    expect(document.activeElement).toBe(document.body);
  });

  it('does not steal focus from an element the render focused on purpose', () => {
    document.getElementById('propose')?.focus();
    renderKeepingFocus(() => {
      draw();
      document.getElementById('seed')?.focus();
    });
    expect(document.activeElement?.id).toBe('seed');
  });
});
