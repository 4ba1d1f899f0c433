// Everything docs/model.md and docs/analysis.md cite is in the repository (issue #13 item 5): each
// relative link names a file that exists, each "model-notes §N" a section of the research notes kept
// in docs/research/, and each web address is the url of a source of a shipped scenario or a link
// written out in the docs themselves.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DOCS = ['docs/model.md', 'docs/analysis.md'];
const NOTES = 'docs/research/model-notes.md';

const sections = new Set(
  [...readFileSync(NOTES, 'utf8').matchAll(/^#{2,3} (\d+(?:\.\d+)?)[. ]/gm)].map((m) => m[1]),
);

describe.each(DOCS)('%s', (doc) => {
  const text = readFileSync(doc, 'utf8');

  it('links only to files that exist', () => {
    const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    const local = links.filter((l) => !/^https?:/.test(l));
    expect(local.length).toBeGreaterThan(0);
    for (const link of local) expect(existsSync(join(dirname(doc), link)), link).toBe(true);
  });

  it('cites model-notes sections that exist in docs/research/model-notes.md, always as a link', () => {
    const cited = [...text.matchAll(/model-notes (§[\d.–, §]+)/g)];
    for (const [whole, refs] of cited) {
      for (const n of refs!.match(/\d+(?:\.\d+)?/g) ?? [])
        expect(sections.has(n), `${whole}: §${n}`).toBe(true);
    }
    // Every mention is inside a link to the notes.
    const bare = text.replace(/\[[^\]]*model-notes[^\]]*\]\(research\/model-notes\.md\)/g, '');
    expect(bare.match(/model-notes §\d/g) ?? []).toEqual([]);
  });

  it('cites web addresses only when a shipped scenario lists them as a source', () => {
    const urls = new Set(
      readdirSync('scenarios')
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) =>
          (parse(readFileSync(`scenarios/${f}`, 'utf8')).sources ?? []).map((s: { url?: string }) => s.url),
        ),
    );
    for (const [url] of text.matchAll(/https?:\/\/[^\s)>\]]+/g)) expect(urls.has(url), url).toBe(true);
  });
});
