// @vitest-environment jsdom
// The studio's grid and preview as a person reads them: names and labels (never ids) in the author's
// order, values coloured and written, derived values read-only, and text from the file shown as text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGrid } from '../../../src/scenario/value-grid.ts';
import { renderGrid, valueColour } from '../../../src/ui/studio/grid-view.ts';
import { renderPreview } from '../../../src/ui/studio/preview-view.ts';
import { checkText } from '../../../src/worker/studio-host.ts';

// The template as it was in the full form (every value written), kept as a fixture: the grid's
// edits are tested on written values; the compact template's stances are tested below.
const template = readFileSync('tests/fixtures/good/full-form-template.yaml', 'utf8');

describe('the preferences grid', () => {
  it('shows one clause: actors by name, options by label in the author order, values editable', () => {
    const root = document.createElement('div');
    const edits: unknown[] = [];
    renderGrid(root, {
      grid: readGrid(template),
      derived: null,
      clause: 'size',
      onClause: () => {},
      onValue: (...args) => edits.push(args),
    });
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Actor', 'No troops', 'Up to 2000 troops', 'Up to 8000 troops']);
    const aurelia = root.querySelector<HTMLInputElement>(
      'input[aria-label="Commonwealth of Aurelia: Up to 8000 troops"]',
    )!;
    expect(aurelia.value).toBe('100');
    // Green at 100 (jsdom gives the colour as rgb).
    expect((aurelia.parentElement as HTMLElement).style.background).toBe('rgb(203, 246, 203)');
    aurelia.value = '70';
    aurelia.dispatchEvent(new Event('change'));
    expect(edits).toEqual([[0, 'size', 'large', 70]]);
    // Out of range: not sent.
    aurelia.value = '170';
    aurelia.dispatchEvent(new Event('change'));
    expect(edits).toHaveLength(1);
    expect(root.textContent).not.toMatch(/\baur\b|\blarge\b/);
  });

  it('shows a value the checker derives, read-only, where the file writes none', () => {
    const root = document.createElement('div');
    renderGrid(root, {
      grid: readGrid(template),
      derived: { dal: { mission: { none: 12, observers: 34, peacekeepers: 56 } } },
      clause: 'mission',
      onClause: () => {},
      onValue: () => {},
    });
    const dalmark = [...root.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent === 'Dalmark',
    )!;
    expect(dalmark.querySelectorAll('input')).toHaveLength(0);
    expect([...dalmark.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['12', '34', '56']);
  });

  it('colours from red through amber to green', () => {
    expect(valueColour(0)).toBe('hsl(0 70% 88%)');
    expect(valueColour(50)).toBe('hsl(60 70% 88%)');
    expect(valueColour(100)).toBe('hsl(120 70% 88%)');
    expect(valueColour(250)).toBe(valueColour(100));
  });
});

describe('the preview', () => {
  it('says the tally, consent and each actor by name', () => {
    const root = document.createElement('div');
    renderPreview(root, checkText(template, 't.yaml').preview, false);
    expect(root.querySelector('#studio-tally')?.textContent).toBe(
      'Not adopted: 10 yes, 2 no, 3 abstaining — 1 vote to spare over the 9 needed; vetoed by Borealis Federation.',
    );
    expect(root.querySelector('#studio-consent')?.textContent).toBe(
      'No consent on the ground: Government of Valenia does not acquiesce.',
    );
    expect(root.querySelectorAll('tbody tr')).toHaveLength(17);
    expect(root.textContent).toContain('This file states no expectations.');
  });

  it('checks the file’s expectations as `draftroom check` does, and says what a failed one found', () => {
    const gaza = readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8');
    const root = document.createElement('div');
    renderPreview(root, checkText(gaza, 'gaza-isf-2025.yaml').preview, false);
    const items = [...root.querySelectorAll('.studio-expectations li')];
    expect(items).toHaveLength(8);
    expect(items.every((li) => li.classList.contains('tone-good'))).toBe(true);
    expect(items[0]?.textContent).toBe(
      '✓ The opening draft passes with no vote to spare (the opening draft)',
    );
    // An author who expects China to vote yes is told what the engine found instead.
    const edited = gaza.replace('    actor: chn\n    stance: abstain', '    actor: chn\n    stance: support');
    expect(edited).not.toBe(gaza);
    renderPreview(root, checkText(edited, 'gaza-isf-2025.yaml').preview, false);
    const china = [...root.querySelectorAll('.studio-expectations li')][1];
    expect(china?.classList.contains('tone-bad')).toBe(true);
    expect(china?.textContent).toBe(
      '✗ China abstains on the opening rather than vetoing it (the opening draft) — not met: China: support was asked, found abstain',
    );
  });

  it('shows markup in a name as text', () => {
    const hostile = template.replace('name: Borealis Federation', 'name: "<img src=x onerror=alert(1)>"');
    const root = document.createElement('div');
    renderPreview(root, checkText(hostile, 't.yaml').preview, false);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('marks a stale preview, and waits for a first text without problems', () => {
    const root = document.createElement('div');
    renderPreview(root, null, true);
    expect(root.textContent).toBe('The preview appears once the text has no problems.');
    renderPreview(root, checkText(template, 't.yaml').preview, true);
    expect(root.dataset.stale).toBe('true');
    expect(root.textContent).toContain('this is the preview of the last text without any');
  });
});

describe('the grid on a clause called constructor', () => {
  it('shows an empty cell, not an inherited function', () => {
    const root = document.createElement('div');
    renderGrid(root, {
      grid: {
        clauses: [
          { id: 'constructor', title: 'Odd clause', options: [{ id: 'toString', label: 'An option' }] },
        ],
        actors: [{ index: 0, id: 'a', name: 'Actor A', written: {} }],
      },
      derived: {},
      clause: 'constructor',
      onClause: () => {},
      onValue: () => {},
    });
    expect(root.querySelector<HTMLInputElement>('input[aria-label="Actor A: An option"]')?.value).toBe('');
  });
});
