// Hostile input is refused quickly and without crashing.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/scenario/limits.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

const codes = (text: string) => {
  const result = parseScenario(text, 'hostile.yaml');
  return result.ok ? [] : result.error.map((p) => p.code);
};

describe('limits', () => {
  it('refuses input over the size limit before parsing it', () => {
    const text = `draftroom: 1\nsummary: "${'x'.repeat(LIMITS.bytes)}"\n`;
    expect(codes(text)).toEqual(['too-large']);
  });

  it('counts bytes, not characters, against the size limit', () => {
    const text = `summary: "${'é'.repeat(LIMITS.bytes / 2 + 10)}"\n`;
    expect(codes(text)).toEqual(['too-large']);
  });

  it('refuses very deep nesting without overflowing the stack', () => {
    const depth = 20_000;
    expect(codes(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`).length).toBeGreaterThan(0);
    const block = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(codes(`${block} 1\n`)).toContain('too-deep');
  });

  it('refuses a billion-laughs alias bomb', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    expect(codes(lines.join('\n'))).toContain('too-many-aliases');
  });

  it('refuses a small alias bomb that expands past the limit', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 6; i++)
      lines.push(
        `a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`,
      );
    expect(codes(lines.join('\n'))).toContain('too-many-aliases');
  });

  it('refuses prototype keys and custom tags', () => {
    expect(codes('__proto__: { polluted: true }\n')).toContain('forbidden-key');
    // `constructor` is a legal id (issue #12), so as a key it is refused only where no id may stand.
    expect(codes('constructor: 1\n')).toContain('schema');
    expect(codes('title: !include other.yaml\n')).toContain('yaml-tag');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on arbitrary text', () => {
    for (const text of [
      '',
      '\u0000',
      ':::',
      '- - -',
      '{',
      '"',
      '&a *a',
      '%YAML 1.1\n---\nyes: no\n',
      '? [a]\n: b\n',
    ]) {
      expect(() => parseScenario(text, 'junk.yaml')).not.toThrow();
    }
  });
});
