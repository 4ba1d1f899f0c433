// Names, titles and labels are plain text on one line; running texts hold no control character but
// line breaks and tabs. The hostile fixtures (tests/fixtures/hostile/text-*.yaml, each a copy of
// ../good/minimal.yaml) state in `# expect: LINE:COL text` headers every refusal they must get, and
// get no other.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.ts';
import { nameProblem, textProblem } from '../../src/scenario/plain-text.ts';

const DIR = 'tests/fixtures/hostile';
const refused = readdirSync(DIR).filter(
  (f) =>
    f.startsWith('text-') &&
    f.endsWith('.yaml') &&
    readFileSync(`${DIR}/${f}`, 'utf8').startsWith('# expect:'),
);
const MINIMAL = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

describe('plain text in scenarios', () => {
  it('has hostile text fixtures to check', () => {
    expect(refused.length).toBeGreaterThanOrEqual(4);
  });

  it.each(refused)('%s is refused exactly where its header says', (file) => {
    const source = readFileSync(`${DIR}/${file}`, 'utf8');
    const expected = [...source.matchAll(/^# expect: (\d+):(\d+) (.+)$/gm)].map((m) => ({
      at: `${m[1]}:${m[2]}`,
      text: (m[3] ?? '').trim(),
    }));
    const result = parseScenario(source, file);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.error;
    const reported = problems.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`);
    expect(problems, reported.join('\n')).toHaveLength(expected.length);
    for (const e of expected)
      expect(
        problems.some((p) => `${p.line}:${p.col}` === e.at && `${p.path}: ${p.message}`.includes(e.text)),
        `expected ${e.at} "${e.text}"; reported:\n${reported.join('\n')}`,
      ).toBe(true);
  });

  it('refuses raw control bytes as well as YAML escapes', () => {
    const raw = MINIMAL.replace('title: Port Meridian ceasefire (minimal)', 'title: Port \u0007Meridian');
    const result = parseScenario(raw, 'raw.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual([
        '6:8 contains a control character (U+0007) at position 6; names, titles and labels must be plain text on one line',
      ]);
  });

  it('quotes a value with its hidden characters made visible, in the page as in the terminal', () => {
    const result = parseScenario(readFileSync(`${DIR}/text-escape-in-kind.yaml`, 'utf8'), 'kind.yaml');
    const message = result.ok ? '' : (result.error[0]?.message ?? '');
    expect(message).toContain("(got text '\\u001b[2J\\u001b]0;pwned\\u0007state\\u009b')");
    expect([...message].filter((c) => c.charCodeAt(0) < 0x20 || (c >= '\x7f' && c <= '\x9f'))).toEqual([]);
  });

  it('quotes a field name or map key with its hidden characters made visible', () => {
    const field = parseScenario(MINIMAL.replace('as_of:', '"\\e[2Jas_of\\u200b": 1\nas_of:'), 'key.yaml');
    const key = parseScenario(
      MINIMAL.replace('salience: { mandate: 3, force: 2 }', 'salience: { "m\\a": 3, force: 2 }'),
      'key.yaml',
    );
    const messages = [field, key].flatMap((r) => (r.ok ? [] : r.error.map((p) => p.message)));
    expect(messages.some((m) => m.startsWith("unknown field '\\u001b[2Jas_of\\u200b' — allowed here:"))).toBe(
      true,
    );
    expect(messages.some((m) => m.startsWith("'m\\u0007' is not a valid id: use lowercase letters"))).toBe(
      true,
    );
    for (const hidden of ['\u001b', '\u0007', '\u200b']) expect(messages.join('')).not.toContain(hidden);
  });

  it('takes only web addresses as source links, never a javascript: or data: link', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
    ]) {
      const result = parseScenario(
        MINIMAL.replace('https://www.un.org/en/about-us/un-charter', `"${url}"`),
        'url.yaml',
      );
      expect(result.ok, url).toBe(false);
      if (!result.ok)
        expect(
          result.error.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message.split(' (got')[0]}`),
        ).toEqual(['12:10 sources[0].url: must be a web address starting with https://']);
    }
  });

  it('accepts names in any script, with accents, emoji and right-to-left letters', () => {
    for (const name of [
      'Côte d’Ivoire',
      'Türkiye',
      'الجزائر',
      'ישראל',
      '中国',
      '🇺🇳 United Nations',
      'São Tomé',
    ])
      expect(nameProblem(name), name).toBeNull();
    expect(textProblem('Line one.\n\tLine two, indented.\n')).toBeNull();
  });

  it('says what the character is and where, counting characters as a reader does', () => {
    expect(nameProblem('🇺🇸\u0007')).toBe(
      'contains a control character (U+0007) at position 3; names, titles and labels must be plain text on one line',
    );
    expect(nameProblem(' \u00a0 ')).toBe('is only spaces; a name needs visible text');
    expect(textProblem('a\u0085b')).toMatch(/^contains a control character \(U\+0085\) at position 2;/);
  });
});
