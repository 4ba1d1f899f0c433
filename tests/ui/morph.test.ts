// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { h } from '../../src/ui/dom.ts';
import { morph } from '../../src/ui/morph.ts';

const table = (rows: ReadonlyArray<readonly [string, number, string]>) =>
  h(
    'table',
    { id: 't' },
    h(
      'tbody',
      {},
      ...rows.map(([name, score, tone]) =>
        h('tr', { 'data-actor': name }, h('th', {}, name), h('td', { class: tone }, String(score))),
      ),
    ),
  );

describe('morph', () => {
  it('keeps the drawn cells and changes only the text and attributes that differ', () => {
    const drawn = table([
      ['Egypt', 60, 'up'],
      ['France', 70, ''],
    ]);
    const cells = [...drawn.querySelectorAll('td')];
    morph(
      drawn,
      table([
        ['Egypt', 64, 'down'],
        ['France', 70, ''],
      ]),
    );
    expect([...drawn.querySelectorAll('td')]).toEqual(cells);
    expect(cells[0]?.textContent).toBe('64');
    expect(cells[0]?.getAttribute('class')).toBe('down');
    expect(cells[1]?.textContent).toBe('70');
  });

  it('replaces what changed shape: another tag, or another number of children', () => {
    const root = h('div', {}, h('p', {}, 'a'), h('ul', {}, h('li', {}, 'x')));
    morph(root, h('div', {}, h('section', {}, 'a'), h('ul', {}, h('li', {}, 'x'), h('li', {}, 'y'))));
    expect(root.innerHTML).toBe('<section>a</section><ul><li>x</li><li>y</li></ul>');
  });

  it('always ends equal to the new tree (any rows, scores, tones)', () => {
    const row = fc.tuple(
      fc.constantFrom('Egypt', 'France', 'Hamas'),
      fc.integer({ min: 0, max: 100 }),
      fc.constantFrom('up', 'down', ''),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.array(row, { maxLength: 5 }), (before, after) => {
        const drawn = table(before);
        const wanted = table(after);
        const expected = wanted.outerHTML;
        morph(drawn, wanted);
        expect(drawn.outerHTML).toBe(expected);
      }),
    );
  });
});
