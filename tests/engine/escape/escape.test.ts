// The escaping modules, one per destination: Markdown, CSV, XML (SVG) and the terminal. Each keeps
// the text readable and makes it impossible for the text to act as markup, a formula or a control.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointName, findCharacter, ZERO_WIDTH } from '../../../src/engine/escape/characters.ts';
import { csvCell, neutraliseFormula } from '../../../src/engine/escape/csv.ts';
import { escapeMarkdownText } from '../../../src/engine/escape/markdown.ts';
import { terminalText } from '../../../src/engine/escape/terminal.ts';
import { escapeXml } from '../../../src/engine/escape/xml.ts';

describe('escapeMarkdownText', () => {
  it('shows markup, links, code and pipes as text, on one line', () => {
    expect(escapeMarkdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdownText('[link](javascript:alert(1))')).toBe('\\[link\\](javascript:alert(1))');
    expect(escapeMarkdownText('a | b\nc\r\n  d')).toBe('a \\| b c d');
    expect(escapeMarkdownText('`code` *em* _em_ ~~s~~ \\')).toBe(
      '\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~ \\\\',
    );
  });

  it('leaves plain text as it is, an ampersand included, but not a character reference', () => {
    expect(escapeMarkdownText('Q&A: Côte d’Ivoire, 5000 troops.')).toBe('Q&A: Côte d’Ivoire, 5000 troops.');
    expect(escapeMarkdownText('&lt;img&gt; &#60;')).toBe('\\&lt;img\\&gt; \\&\\#60;');
  });

  it('does not let the text start a list, heading or underline', () => {
    expect(escapeMarkdownText('- item')).toBe('\\- item');
    expect(escapeMarkdownText('+ item')).toBe('\\+ item');
    expect(escapeMarkdownText('===')).toBe('\\===');
    expect(escapeMarkdownText('1. item')).toBe('1\\. item');
    expect(escapeMarkdownText('# head')).toBe('\\# head');
    expect(escapeMarkdownText('    code?')).toBe('code?');
  });

  // 100 random texts: quick alone, but it shares two cores with the rest of the suite.
  it('never leaves an unescaped special or a line break, whatever the text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = escapeMarkdownText(text);
        expect(out).not.toMatch(/[\r\n]/);
        let bare = '';
        for (let i = 0; i < out.length; i++) {
          if (out[i] === '\\') i += 1;
          else bare += out[i];
        }
        expect(bare).not.toMatch(/[<>[\]`|*_~\\]/);
      }),
    );
  });
});

describe('csvCell', () => {
  it('prefixes text a spreadsheet would run as a formula, per OWASP', () => {
    for (const text of ['=1+1', '+cmd', '-2+3+cmd|x', '@SUM(A1)', '\t=1', '\r=1', '-', '=HYPERLINK("x")'])
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });

  it('leaves numbers, negative ones included, and plain text as they are', () => {
    for (const text of ['-0.5', '+1', '-12', '1e-5', '-.5', '0', 'Opening draft', 'a=b', ''])
      expect(csvCell(text)).toBe(text);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});

describe('escapeXml', () => {
  it('escapes markup and quotes, and writes line breaks as references (one line)', () => {
    expect(escapeXml('<img src="x" onerror=\'a\'> & b\nc\td')).toBe(
      '&lt;img src=&quot;x&quot; onerror=&#39;a&#39;&gt; &amp; b&#10;c&#9;d',
    );
  });

  it('replaces what XML cannot hold (controls, lone surrogates) so the document still parses', () => {
    expect(escapeXml('a\u0000b\u001bc\u0007d\ufffe')).toBe('a\ufffdb\ufffdc\ufffdd\ufffd');
    expect(escapeXml('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(escapeXml('🇺🇸 é')).toBe('🇺🇸 é');
  });
});

describe('terminalText', () => {
  it('shows escape sequences, bells and C1 controls instead of obeying them', () => {
    const hostile = '\u001b[2J\u001b[31mUSA\u001b]0;pwned\u0007\u009b1m\u007f';
    const out = terminalText(hostile);
    expect(out).toBe('\\u001b[2J\\u001b[31mUSA\\u001b]0;pwned\\u0007\\u009b1m\\u007f');
    expect([...out].filter((c) => c < ' ' || (c >= '\u007f' && c <= '\u009f'))).toEqual([]);
  });

  it('keeps line feeds, tabs and CRLF line ends, but not a lone carriage return', () => {
    expect(terminalText('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(terminalText('ok\rFAKE')).toBe('ok\\u000dFAKE');
  });

  it('leaves JSON meaning the same JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const json = JSON.stringify({ value, text }, null, 2);
        expect(JSON.parse(terminalText(json))).toEqual(JSON.parse(json));
      }),
    );
  });
});

describe('findCharacter', () => {
  it('finds the first matching character and its position in characters', () => {
    expect(findCharacter('a🇺b\u200bc', ZERO_WIDTH)).toEqual({ char: '\u200b', position: 4 });
    expect(findCharacter('plain', ZERO_WIDTH)).toBeNull();
    expect(codePointName('\u0007')).toBe('U+0007');
  });
});

describe('escaping in linear time', () => {
  it('escapes the longest text a scenario may hold, made of spaces and breaks, at once', () => {
    const text = `${' '.repeat(19_000)}x\n${' '.repeat(999)}`;
    const start = performance.now();
    expect(escapeMarkdownText(text)).toBe('x');
    expect(performance.now() - start).toBeLessThan(100);
  });
});
