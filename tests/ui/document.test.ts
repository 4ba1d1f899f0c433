// @vitest-environment jsdom
// The draft as a document edited in place, against a real store and engine: a paragraph opens an
// inline picker (labels in the author's order, the text's option marked, keyboard operable), picks
// collect as the pending amendment in the store (three at most), controls that cannot be used say
// why, and the pen holder's decision is in words.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compile } from '../../src/engine/model.ts';
import type { GameSetup } from '../../src/engine/negotiation/types.ts';
import { own } from '../../src/engine/own.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { createGameStore } from '../../src/state/store.ts';
import { optionsInAuthorOrder } from '../../src/ui/document/option-order.ts';
import { renderDraftPanel } from '../../src/ui/draft-panel.ts';
import { renderKeepingFocus } from '../../src/ui/keep-focus.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);
const issue = (id: string) => scenario.issues.find((i) => i.id === id)!;

const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
});

/** A game where `humans` play and the rest is AI, the panel redrawn on every change as the page does. */
async function mount(humans: readonly string[]) {
  const setup: GameSetup = {
    seats: Object.fromEntries(scenario.actors.map((a) => [a.id, humans.includes(a.id) ? 'human' : 'ai'])),
    rounds: 1,
    seed: 1,
    difficulty: 'normal',
  };
  const store = createGameStore({ model, storage: memoryStorage() });
  const root = document.createElement('section');
  root.id = 'draft';
  document.body.replaceChildren(root);
  const draw = () => renderKeepingFocus(() => renderDraftPanel(root, scenario, store.getState()));
  unmounts.push(store.subscribe(draw));
  expect(await store.getState().start(setup)).toBe(true);
  draw();
  const el = <T extends HTMLElement>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector} in the panel`);
    return found;
  };
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  return { store, root, el, key, s: () => store.getState() };
}

describe('the draft as a document', { timeout: 30_000 }, () => {
  it('opens a picker at a paragraph: its options by label, in the author order, the text’s option marked', async () => {
    const m = await mount(['egy']);
    expect(m.el('.draft-lead').textContent).toBe(
      'Your move, Egypt: click a paragraph to change what it says.',
    );
    // No wall of selects: the paragraphs themselves are the controls.
    expect(m.root.querySelectorAll('select')).toHaveLength(0);
    const paragraph = m.el('#clause-aid');
    expect(paragraph.getAttribute('role')).toBe('button');
    expect(paragraph.getAttribute('aria-expanded')).toBe('false');
    expect(paragraph.textContent?.startsWith(issue('aid').title)).toBe(true);
    paragraph.click();
    const list = m.el('#picker-aid [role="listbox"]');
    expect(m.el('#clause-aid').getAttribute('aria-expanded')).toBe('true');
    const name = document.getElementById(list.getAttribute('aria-labelledby')!)?.textContent;
    expect(name).toBe(`${issue('aid').title}: what should this paragraph say?`);
    const options = [...list.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.querySelector('.opt-label')?.textContent)).toEqual(
      optionsInAuthorOrder(issue('aid')).map((o) => o.label),
    );
    const inText = own(m.s().game!.text, 'aid');
    const marked = options.filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.textContent).toContain(issue('aid').options.find((o) => o.id === inText)!.label);
    expect(marked[0]!.textContent).toMatch(/in the text now/);
    // The focus is on the marked option, ready for the arrow keys.
    expect(document.activeElement).toBe(marked[0]);
    // No scenario id is shown to the player.
    for (const o of issue('aid').options) expect(list.textContent).not.toContain(o.id);
  });

  it('is played with the keyboard: Enter opens, arrows move, Enter picks, Escape closes', async () => {
    const m = await mount(['egy']);
    const paragraph = m.el('#clause-mandate');
    paragraph.focus();
    m.key(paragraph, 'Enter');
    const start = document.activeElement as HTMLElement;
    expect(start.getAttribute('role')).toBe('option');
    const order = optionsInAuthorOrder(issue('mandate'));
    const at = order.findIndex((o) => o.id === own(m.s().game!.text, 'mandate'));
    // Down (or, from the last option, up) to another option, then Enter.
    const step = at === order.length - 1 ? 'ArrowUp' : 'ArrowDown';
    m.key(start, step);
    const moved = document.activeElement as HTMLElement;
    expect(moved).not.toBe(start);
    expect(moved.tabIndex).toBe(0);
    expect(start.tabIndex).toBe(-1);
    const target = order[at + (step === 'ArrowDown' ? 1 : -1)]!;
    m.key(moved, 'Enter');
    expect(m.s().pendingChanges).toEqual([{ issue: 'mandate', option: target.id }]);
    // The picker closed, the paragraph reads as amended and is marked, and the focus is back on it.
    expect(m.root.querySelector('#picker-mandate')).toBeNull();
    expect(document.activeElement?.id).toBe('clause-mandate');
    expect(m.el('#para-mandate').classList.contains('changed')).toBe(true);
    if (target.text)
      expect(m.el('#clause-mandate').textContent).toContain(
        target.text.trim().split(' ').slice(1, 5).join(' '),
      );
    expect(m.el('#amendment-changes').textContent).toContain(`${issue('mandate').title}: ${target.label}`);
    expect(m.el('#amendment-preview').textContent).toMatch(/^Egypt: \d+\.\d → \d+\.\d\. Vote: \d+ → \d+ yes/);
    expect(m.el<HTMLButtonElement>('#propose').disabled).toBe(false);
    expect(m.el('#propose').textContent).toBe('Propose 1 change');
    // Escape closes a picker without a change.
    m.key(m.el('#clause-aid'), 'Enter');
    m.key(document.activeElement!, 'Escape');
    expect(m.root.querySelector('#picker-aid')).toBeNull();
    expect(document.activeElement?.id).toBe('clause-aid');
    expect(m.s().pendingChanges).toHaveLength(1);
    // Picking the text's own option again takes the change back out.
    m.el('#clause-mandate').click();
    const back = [...m.root.querySelectorAll<HTMLElement>('#picker-mandate [role="option"]')].find((o) =>
      o.textContent?.includes('in the text now'),
    )!;
    back.click();
    expect(m.s().pendingChanges).toEqual([]);
  });

  it('collects at most three changes; a fourth paragraph says why it cannot change', async () => {
    const m = await mount(['egy']);
    const pickOther = (id: string) => {
      m.el(`#clause-${id}`).click();
      const other = [...m.root.querySelectorAll<HTMLElement>(`#picker-${id} [role="option"]`)].find(
        (o) => o.getAttribute('aria-selected') === 'false',
      )!;
      other.click();
    };
    for (const id of ['mandate', 'aid', 'duration']) pickOther(id);
    expect(m.s().pendingChanges.map((c) => c.issue)).toEqual(['mandate', 'aid', 'duration']);
    expect(m.el('#amendment-heading').textContent).toMatch(/^Your amendment \(3 of 3\)/);
    m.el('#clause-disarmament').click();
    const options = [...m.root.querySelectorAll<HTMLElement>('#picker-disarmament [role="option"]')];
    const blocked = options.filter((o) => o.getAttribute('aria-disabled') === 'true');
    expect(blocked).toHaveLength(options.length - 1);
    const reason = document.getElementById(blocked[0]!.getAttribute('aria-describedby')!)?.textContent;
    expect(reason).toMatch(/already changes three paragraphs.*remove one/);
    blocked[0]!.click();
    m.key(blocked[0]!, 'Enter');
    expect(m.s().pendingChanges).toHaveLength(3);
    // A paragraph already in the amendment can still be changed again.
    m.el('#clause-aid').click();
    expect(m.root.querySelectorAll('#picker-aid [aria-disabled="true"]')).toHaveLength(0);
    // Removing one from the amendment frees a place.
    m.el('#remove-aid').click();
    expect(m.s().pendingChanges.map((c) => c.issue)).toEqual(['mandate', 'duration']);
  });

  it('keeps the amendment in the store and draws it from there (as after a reload)', async () => {
    const m = await mount(['egy']);
    const option = issue('aid').options.find((o) => o.id !== own(m.s().game!.text, 'aid'))!;
    m.s().setPendingChanges([{ issue: issue('aid').id, option: option.id }]);
    expect(m.el('#para-aid').classList.contains('changed')).toBe(true);
    expect(m.el('#amendment-changes').textContent).toContain(`${issue('aid').title}: ${option.label}`);
  });

  it('shows a control that cannot be used as disabled, and says why', async () => {
    const m = await mount(['egy']);
    const propose = m.el<HTMLButtonElement>('#propose');
    expect(propose.disabled).toBe(true);
    expect(propose.title).toBe('Pick at least one change in the text.');
    expect(document.getElementById(propose.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Pick at least one change in the text.',
    );
    expect(m.el<HTMLButtonElement>('#undo').title).toBe('Nothing to undo yet.');
  });

  it('shows the pen holder each amendment in words: clause titles and option labels, never ids', async () => {
    const m = await mount(['usa']);
    const target = issue('mandate').options.find((o) => o.id === 'peacekeep')!;
    expect(
      await m.s().dispatch({
        type: 'propose',
        seat: 'usa' as never,
        changes: [{ issue: 'mandate' as never, option: target.id }],
      }),
    ).toBe(true);
    expect(m.s().game!.phase).toBe('deciding');
    const decision = m.el('#decision');
    const mine = [...decision.querySelectorAll('.decision-item')].find((d) =>
      d.textContent?.includes('by United States'),
    )!;
    expect(mine.querySelector('label')?.textContent).toMatch(
      /^A\d+ by United States:Mandate of the force: Peacekeeping with the parties' consent$/,
    );
    // Every amendment, the AI's too, is in words.
    const game = m.s().game!;
    for (const a of game.amendments.filter((x) => x.status === 'pending'))
      for (const c of a.changes) {
        const i = issue(c.issue);
        expect(decision.textContent).toContain(
          `${i.title}: ${i.options.find((o) => o.id === c.option)!.label}`,
        );
      }
    expect(decision.textContent).not.toMatch(/→/);
    // Once the amendment is in the text, its paragraph is marked as changed by the last move.
    m.el<HTMLInputElement>(`#${mine.querySelector('input')!.id}`).checked = true;
    m.el('#adopt').click();
    await vi.waitFor(() => expect(m.s().game!.phase).toBe('finished'), { timeout: 20_000 });
    expect(m.el('#para-mandate').classList.contains('recent')).toBe(true);
    expect(m.el('#para-mandate').textContent).toMatch(/Changed by the last move\.$/);
  });
});
