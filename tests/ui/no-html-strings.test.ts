// Scenario files come from anyone, so the page never builds HTML from strings: every element is made
// with h()/svgEl() and text goes in as text (textContent semantics). This guard keeps it that way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HTML_FROM_STRINGS =
  /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|\bsrcdoc\b|DOMParser/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|html)$/.test(name) ? [path] : [];
  });
}

describe('no HTML from strings', () => {
  it('no source file writes HTML or parses markup from text', () => {
    const files = [...sources('src'), ...readdirSync('.').filter((f) => f.endsWith('.html'))];
    expect(files.length).toBeGreaterThan(50);
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (HTML_FROM_STRINGS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
