// What the draft does, at once: the Council tally (margin to nine, vetoes), consent on the ground, the
// collapse probability at 3, 6 and 12 months (from the worker, with progress and Cancel), and every
// actor's acceptance and stance with the change from the starting draft.
import { stanceShares, wholePercent } from '../../engine/analysis/stance-shares.ts';
import { nameList } from '../../engine/describe.ts';
import { actorRanks } from '../../engine/display-order.ts';
import type { Model } from '../../engine/model.ts';
import type { LabState } from '../../state/lab-store.ts';
import { OUTLOOK_MONTHS } from '../../state/lab-tasks.ts';
import { h } from '../dom.ts';
import { morph } from '../morph.ts';
import { type JobSlot, renderJob, signed, stanceMark } from './widgets.ts';

// Whole percent: a tenth of a point is below what the model can tell apart (and the downloads keep it).
const pct = (p: number) => `${Math.round(p * 100)}%`;
const pctRange = (lo: number, hi: number) => `${Math.round(lo * 100)}–${Math.round(hi * 100)}%`;

function outlookView(model: Model, state: LabState, jobSlot?: JobSlot): HTMLElement {
  const o = state.outlook;
  const months = OUTLOOK_MONTHS.filter((m) => m <= model.scenario.ceasefire.horizonMonths);
  const cells = months.map((m) => {
    const p = o?.collapse[m - 1];
    return h(
      'div',
      { class: 'lab-risk', id: `lab-risk-${m}` },
      h('span', { class: 'lab-risk-month' }, `${m} months`),
      h('strong', {}, p ? pct(p.probability) : '…'),
      h(
        'span',
        { class: 'lab-risk-ci' },
        p && o?.method === 'monte-carlo'
          ? `95% interval: ${pctRange(p.ci95[0], p.ci95[1])}`
          : p
            ? 'exact'
            : 'computing',
      ),
    );
  });
  return h(
    'div',
    { class: 'lab-outlook', 'aria-busy': o ? 'false' : 'true' },
    h('h3', {}, 'Collapse probability'),
    h('div', { class: 'lab-risks' }, ...cells),
    jobSlot?.('outlook') ?? renderJob(h('div'), 'outlook', state.jobs.outlook, () => state.cancel('outlook')),
    state.errors.outlook ? h('p', { class: 'lab-error' }, `⚠ ${state.errors.outlook}`) : '',
    !o && !state.jobs.outlook
      ? (() => {
          const again = h('button', { type: 'button', id: 'lab-outlook-run' }, 'Simulate again');
          again.addEventListener('click', () => void state.refreshOutlook());
          return h('p', { class: 'lab-hint' }, 'Cancelled. ', again);
        })()
      : '',
  );
}

/** P(adopted) and P(consent) across the plausible settings, or why none can be shown. */
function uncertaintyView(state: LabState): HTMLElement {
  const u = state.stances;
  if (state.errors.stances)
    return h('p', { id: 'lab-uncertainty', class: 'lab-error' }, `⚠ ${state.errors.stances}`);
  if (!u) return h('p', { id: 'lab-uncertainty', class: 'lab-hint' }, 'Drawing plausible settings…');
  if (!u.available)
    return h('p', { id: 'lab-uncertainty', class: 'lab-hint' }, `No uncertainty shown: ${u.reason}.`);
  const r = u.result;
  return h(
    'p',
    {
      id: 'lab-uncertainty',
      title:
        'Shares of joint draws of the scenario’s sensitivity ranges (salience, thresholds, reservations): not a forecast',
    },
    `Across ${r.draws.toLocaleString('en')} plausible settings: adopted in ${wholePercent(r.pAdopted)}, ground consent in ${wholePercent(r.pConsent)}`,
  );
}

// What each panel's actor table was last drawn from: a job's progress or the outlook redraws the
// headline many times per edit, and rebuilding 25 unchanged rows each time cost a long task on a busy
// machine.
const tableDrawnFrom = new WeakMap<
  HTMLElement,
  { summary: LabState['summary']; stances: LabState['stances'] }
>();

export function renderSummary(root: HTMLElement, model: Model, state: LabState, jobSlot?: JobSlot): void {
  const s = state.summary;
  const headline = h(
    'div',
    { class: 'lab-headline' },
    h('div', {}, ...verdictLines(state), uncertaintyView(state)),
    outlookView(model, state, jobSlot),
  );
  const drawnHeadline = root.querySelector(':scope > .lab-headline');
  const drawnTable = root.querySelector(':scope > #lab-actors');
  const drawnFrom = tableDrawnFrom.get(root);
  if (drawnHeadline && drawnTable && drawnFrom?.summary === s && drawnFrom.stances === state.stances) {
    drawnHeadline.replaceWith(headline);
    return;
  }
  tableDrawnFrom.set(root, { summary: s, stances: state.stances });
  const table = actorTable(model, state);
  // Redrawn, the table keeps its boxes and changes only the cells that differ (see morph.ts).
  if (drawnHeadline && drawnTable) {
    drawnHeadline.replaceWith(headline);
    morph(drawnTable, table);
    return;
  }
  root.replaceChildren(h('h2', { id: 'lab-summary-heading' }, 'What the draft does'), headline, table);
}

/** The verdict, the margin to nine and consent on the ground, each a line. */
function verdictLines(state: LabState): HTMLElement[] {
  const s = state.summary;
  const name = (id: string) => s.actors.find((a) => a.id === id)?.short ?? id;
  const verdict = h(
    'p',
    { class: `lab-verdict ${s.adopted ? 'tone-good' : 'tone-bad'}`, id: 'lab-verdict' },
    h('span', { 'aria-hidden': 'true' }, s.adopted ? '✓ ' : '✗ '),
    `${s.adopted ? 'Adopted' : 'Not adopted'}: ${s.yes} yes, ${s.no} no, ${s.abstain} abstaining`,
  );
  const margin = h(
    'p',
    { id: 'lab-margin' },
    `Margin to nine: ${s.margin >= 0 ? '+' : '−'}${Math.abs(s.margin)} (start ${s.startMargin >= 0 ? '+' : '−'}${Math.abs(s.startMargin)})`,
    s.vetoes.length ? h('strong', { class: 'tone-veto' }, ` · ■ veto: ${s.vetoes.map(name).join(', ')}`) : '',
  );
  const consent = h(
    'p',
    { id: 'lab-consent', class: s.consent ? 'tone-good' : 'tone-bad' },
    h('span', { 'aria-hidden': 'true' }, s.consent ? '✓ ' : '✗ '),
    s.consent
      ? 'Ground consent holds'
      : `No ground consent: ${nameList(s.blockers.map(name))} ${s.blockers.length === 1 ? 'objects' : 'object'}`,
    s.consent !== s.startConsent ? ` (start: ${s.startConsent ? 'holds' : 'fails'})` : '',
  );
  return [verdict, margin, consent];
}

/** Every actor's acceptance, change, stances and the shares across plausible settings. */
function actorTable(model: Model, state: LabState): HTMLElement {
  const s = state.summary;
  const u = state.stances?.available ? state.stances.result : null;
  const shares = (id: string) => {
    const a = u?.actors.find((x) => x.actor === id);
    if (!a) return state.stances ? '—' : '…';
    return a.ground
      ? `${stanceShares(a.stance)}; on the ground ${stanceShares(a.ground)}`
      : stanceShares(a.stance);
  };
  // Permanent members, elected members, invited actors, parties on the ground; by name in each.
  const rank = actorRanks(model.scenario) as ReadonlyMap<string, number>;
  const ordered = [...s.actors].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const rows = ordered.map((a) =>
    h(
      'tr',
      { 'data-actor': a.id },
      h(
        'th',
        { scope: 'row' },
        a.name,
        a.permanent ? h('span', { class: 'lab-p5', title: 'Permanent member' }, ' P5') : '',
      ),
      // Whole points: acceptance is a judgement on a 0–100 scale, not a measurement to a tenth.
      h('td', { class: 'num lab-acceptance' }, String(Math.round(a.acceptance))),
      h(
        'td',
        { class: `num lab-change ${a.change >= 0.5 ? 'up' : a.change <= -0.5 ? 'down' : ''}` },
        signed(a.change, 0),
      ),
      h(
        'td',
        {},
        stanceMark(a.stance),
        a.stance !== a.startStance ? h('span', { class: 'lab-was' }, ` (was ${a.startStance})`) : '',
        a.member ? '' : h('span', { class: 'lab-was' }, ' · no vote'),
      ),
      h(
        'td',
        {},
        a.ground ? stanceMark(a.ground) : '—',
        a.ground && a.ground !== a.startGround
          ? h('span', { class: 'lab-was' }, ` (was ${a.startGround})`)
          : '',
      ),
      h('td', { class: 'lab-shares' }, shares(a.id)),
    ),
  );
  return h(
    'table',
    // It scrolls sideways on a phone: focusable, so the keyboard can scroll it too.
    { class: 'lab-actors', id: 'lab-actors', tabindex: '0' },
    h(
      'caption',
      { class: 'visually-hidden' },
      'Every actor: acceptance, change from the start, stance, stances across plausible settings',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Actor'),
        h('th', { scope: 'col', class: 'num' }, 'Acceptance'),
        h('th', { scope: 'col', class: 'num' }, 'Change'),
        h('th', { scope: 'col' }, 'Stance'),
        h('th', { scope: 'col' }, 'On the ground'),
        h('th', { scope: 'col' }, 'In plausible settings'),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
