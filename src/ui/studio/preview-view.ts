// The studio's live preview: what the engine says of the opening draft as the text stands — the
// tally against the votes needed, consent on the ground, each actor's acceptance and stance (by name,
// in reading order) — and the file's expectations, each met or not. While the text has
// problems, the last preview of a text without any stays, marked as such.
import type { CouncilStance, GroundStance } from '../../engine/stance.ts';
import type { ExpectationCheck, StudioPreview } from '../../state/studio-preview.ts';
import { h } from '../dom.ts';

const MARKS: Record<CouncilStance | GroundStance, { mark: string; tone: string }> = {
  support: { mark: '✓', tone: 'good' },
  endorse: { mark: '✓', tone: 'good' },
  abstain: { mark: '○', tone: 'mid' },
  acquiesce: { mark: '○', tone: 'mid' },
  reject: { mark: '✗', tone: 'bad' },
  oppose: { mark: '✗', tone: 'bad' },
  veto: { mark: '■', tone: 'veto' },
  spoil: { mark: '⚠', tone: 'veto' },
};

function stance(word: CouncilStance | GroundStance): HTMLElement {
  const m = MARKS[word];
  return h(
    'span',
    { class: `studio-stance tone-${m.tone}` },
    h('span', { 'aria-hidden': 'true' }, m.mark),
    ` ${word}`,
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function tally(p: StudioPreview): string {
  const counts = `${p.yes} yes, ${p.no} no, ${p.abstain} abstaining`;
  const margin =
    p.margin >= 0
      ? `${plural(p.margin, 'vote')} to spare over the ${p.needed} needed`
      : `${plural(-p.margin, 'vote')} short of the ${p.needed} needed`;
  const vetoes = p.vetoes.length > 0 ? `; vetoed by ${p.vetoes.join(', ')}` : '';
  return `${p.adopted ? 'Adopted' : 'Not adopted'}: ${counts} — ${margin}${vetoes}.`;
}

function consent(p: StudioPreview): string {
  if (!p.actors.some((a) => a.ground !== null)) return 'No parties on the ground in this scenario.';
  return p.consent
    ? 'Consent on the ground: every party at least acquiesces.'
    : `No consent on the ground: ${p.blockers.join(', ')} ${p.blockers.length === 1 ? 'does' : 'do'} not acquiesce.`;
}

/** Each expectation the file states (its `expectations:` section), met or not, with what was found. */
function expectationsView(checks: readonly ExpectationCheck[] | null): HTMLElement {
  if (checks === null)
    return h(
      'p',
      { class: 'studio-hint' },
      'This file states no expectations. An expectations section checks the numbers against your reading of the case.',
    );
  return h(
    'ul',
    { class: 'studio-expectations' },
    ...checks.map((c) =>
      h(
        'li',
        { class: c.met ? 'tone-good' : 'tone-bad' },
        h('span', { 'aria-hidden': 'true' }, c.met ? '✓ ' : '✗ '),
        c.met ? c.text : `${c.text} — not met: ${c.actual}`,
      ),
    ),
  );
}

function actorTable(p: StudioPreview): HTMLElement {
  const rows = p.actors.map((a) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, a.name),
      h(
        'td',
        { class: 'studio-acceptance' },
        h('span', {
          class: 'studio-meter',
          style: `--value:${Math.max(0, Math.min(100, a.acceptance))}`,
          'aria-hidden': 'true',
        }),
        String(Math.round(a.acceptance)),
      ),
      h(
        'td',
        {},
        a.ground
          ? stance(a.ground)
          : a.votes
            ? stance(a.stance)
            : h('span', { class: 'studio-muted' }, `no vote (${a.stance})`),
      ),
    ),
  );
  return h(
    'table',
    { class: 'studio-actors' },
    h('caption', { class: 'visually-hidden' }, 'Each actor’s acceptance of the opening draft'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Actor'),
        h('th', { scope: 'col' }, 'Acceptance'),
        h('th', { scope: 'col' }, 'Stance'),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

/** Draws the preview into `root`; `stale`: the text now has problems, this is the last good one. */
export function renderPreview(root: HTMLElement, preview: StudioPreview | null, stale: boolean): void {
  root.dataset.stale = String(stale);
  if (!preview) {
    root.replaceChildren(
      h('p', { class: 'studio-hint' }, 'The preview appears once the text has no problems.'),
    );
    return;
  }
  root.replaceChildren(
    ...(stale
      ? [
          h(
            'p',
            { class: 'studio-stale', role: 'note' },
            'The text has problems: this is the preview of the last text without any.',
          ),
        ]
      : []),
    h('p', { class: 'studio-tally', id: 'studio-tally' }, tally(preview)),
    h('p', { class: 'studio-consent', id: 'studio-consent' }, consent(preview)),
    actorTable(preview),
    h('h3', {}, 'Expectations'),
    expectationsView(preview.expectations),
  );
}
