// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { emblemInk, flagElement, flagUrl, initials } from '../../src/ui/flag.ts';

const gaza = (() => {
  const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
  if (!parsed.ok) throw new Error('the default scenario must load');
  return parsed.value;
})();
const actor = (id: string) => {
  const found = gaza.actors.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('flagElement', () => {
  it('gives every state in the default scenario its flag-icons SVG, with the name as alt text', () => {
    for (const a of gaza.actors.filter((x) => x.flag)) {
      const el = flagElement(a);
      expect(el.tagName).toBe('IMG');
      expect(el.getAttribute('alt')).toBe(a.name);
      expect(el.getAttribute('src')).toMatch(new RegExp(`flag-icons/flags/1x1/${a.flag}\\.svg(\\?|$)`));
    }
  });

  it('gives an actor without a flag a neutral emblem with its initials, labelled with its name', () => {
    const el = flagElement(actor('ham'), { size: 32 });
    expect(el.tagName).toBe('SPAN');
    expect(el.getAttribute('role')).toBe('img');
    expect(el.getAttribute('aria-label')).toBe('Hamas');
    expect(el.textContent).toBe('H');
    expect(el.style.getPropertyValue('--flag-size')).toBe('32px');
    expect(el.querySelector('img, svg')).toBeNull();
  });

  it('is hidden from screen readers when decorative (the name is written beside it)', () => {
    expect(flagElement(actor('usa'), { decorative: true }).getAttribute('alt')).toBe('');
    expect(flagElement(actor('ham'), { decorative: true }).getAttribute('aria-hidden')).toBe('true');
  });

  it('puts a hostile name in as text, never as markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    const el = flagElement({ name, short: name, colour: '#123456' });
    expect(el.children).toHaveLength(0);
    expect(el.getAttribute('aria-label')).toBe(name);
    const withFlag = flagElement({ name, short: 'X', colour: '#123456', flag: 'fr' });
    expect(withFlag.getAttribute('alt')).toBe(name);
  });

  it('knows no flag for an unknown or malformed code', () => {
    expect(flagUrl('zz')).toBeNull();
    expect(flagUrl('../x')).toBeNull();
    expect(flagUrl(undefined)).toBeNull();
    expect(flagElement({ name: 'Nowhere', short: 'Nowhere', colour: '#ffffff', flag: 'zz' }).tagName).toBe(
      'SPAN',
    );
  });
});

describe('the emblem', () => {
  it('takes up to two initials of the capitalised words', () => {
    expect(initials('Palestinian Authority')).toBe('PA');
    expect(initials('Hamas')).toBe('H');
    expect(initials('Islamic Jihad in Gaza')).toBe('IJ');
    expect(initials('al-Fatah movement')).toBe('F');
    expect(initials('the group')).toBe('TG');
  });

  it('writes in white on dark colours and in ink on light ones', () => {
    expect(emblemInk('#1b5e20')).toBe('#ffffff');
    expect(emblemInk('#ffe082')).toBe('#1d2733');
  });
});
