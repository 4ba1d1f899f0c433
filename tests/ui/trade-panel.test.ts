// @vitest-environment jsdom
// The trade panel against a real store and engine: the composer, its live prediction, sending an
// offer, answering and countering an offer, withdrawing an open one.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorId } from '../../src/engine/ids.ts';
import { compile } from '../../src/engine/model.ts';
import type { GameSetup, Offer } from '../../src/engine/negotiation/types.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { AI_LABEL, createGameStore } from '../../src/state/store.ts';
import { renderTradePanel } from '../../src/ui/trade-panel.ts';

const parsed = parseScenario(readFileSync('scenarios/gaza-isf-2025.yaml', 'utf8'), 'gaza-isf-2025.yaml');
if (!parsed.ok) throw new Error('the default scenario must be valid');
const scenario = parsed.value;
const model = compile(scenario);

// The store computes the outlook and stance shares in the background; a result that arrives after a
// test has ended must not redraw into a document that is gone.
const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
});

/** A game where `humans` play and the rest is AI, with the panel re-rendered on every change. */
async function mount(humans: readonly string[]) {
  const setup: GameSetup = {
    seats: Object.fromEntries(scenario.actors.map((a) => [a.id, humans.includes(a.id) ? 'human' : 'ai'])),
    rounds: 2,
    seed: 1,
    difficulty: 'normal',
  };
  const store = createGameStore({ model, storage: memoryStorage() });
  const root = document.createElement('section');
  document.body.replaceChildren(root);
  const draw = () => renderTradePanel(root, scenario, store.getState());
  unmounts.push(store.subscribe(draw));
  expect(await store.getState().start(setup)).toBe(true);
  draw();
  const el = <T extends HTMLElement>(id: string) => {
    const found = root.querySelector<T>(`#${id}`);
    if (!found) throw new Error(`no #${id} in the panel`);
    return found;
  };
  const choose = (id: string, value: string) => {
    const select = el<HTMLSelectElement>(id);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  const tick = (id: string) => {
    const box = el<HTMLInputElement>(id);
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change'));
  };
  /** Waits for a move sent by a click to be played, and for the AI seats to finish theirs. */
  const settled = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await vi.waitFor(
      () => {
        if (store.getState().busy?.label === AI_LABEL) throw new Error('the AI actors are still moving');
      },
      { timeout: 30_000, interval: 20 },
    );
  };
  return { store, root, el, choose, tick, settled, s: () => store.getState() };
}

/**
 * Egypt offers UAE aid through the Board of Peace with the UN, for disarmament limited to offensive
 * weapons: a small loss to the UAE that the aid outweighs, and a gain to Egypt.
 */
function composeLandingTrade(m: Awaited<ReturnType<typeof mount>>) {
  m.tick('trade-to-are');
  m.el('trade-give-add').click();
  m.choose('trade-give-0-clause', 'aid');
  m.choose('trade-give-0-option', 'bop_with_un');
  m.el('trade-ask-add').click();
  m.choose('trade-ask-0-clause', 'disarmament');
  m.choose('trade-ask-0-option', 'offensive');
}

describe('the trade panel', { timeout: 30_000 }, () => {
  it('shows the composer to the human whose move it is, addressees grouped, every control labelled', async () => {
    const m = await mount(['egy']);
    expect(m.el('trade-composer-heading').textContent).toBe('Offer a trade — you are Egypt');
    const groups = [...m.root.querySelectorAll('.trade-group-title')].map((g) => g.textContent);
    expect(groups).toEqual(['Council members', 'On the ground', 'Others']);
    expect(m.root.querySelector('#trade-to-egy')).toBeNull();
    expect(m.root.querySelector('#trade-to-usa')).not.toBeNull();
    // The vote commitment only makes sense once a Council member is addressed.
    expect(m.root.querySelector('#trade-vote-yes')).toBeNull();
    m.tick('trade-to-usa');
    expect(m.root.querySelector('#trade-vote-yes')).not.toBeNull();
    expect(m.el<HTMLButtonElement>('trade-send').disabled).toBe(true);
    expect(m.el('trade-prediction').textContent).toMatch(/at least one clause/);
    for (const control of m.root.querySelectorAll('input, select')) {
      expect(control.id).not.toBe('');
      expect(m.root.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    const ids = [...m.root.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('updates the predicted reaction as the trade changes', async () => {
    const m = await mount(['egy']);
    composeLandingTrade(m);
    expect(m.s().trade).toMatchObject({ to: ['are'], give: [{ issue: 'aid', option: 'bop_with_un' }] });
    const uae = () => m.el('trade-prediction').querySelector('li[data-actor="are"]')!;
    const first = uae();
    expect(first.className).toBe('reaction accept');
    expect(first.textContent).toMatch(
      /^✓UAE would accept: \+\d+\.\d for UAE \(it needs 2\.0 at this stage\)\. Acceptance \d+\.\d → \d+\.\d \(\+\d+\.\d\)\.$/,
    );
    expect(m.el('trade-effect').textContent).toMatch(
      /you \(Egypt\) \d+\.\d → \d+\.\d \(\+\d+\.\d\).*one joint amendment/,
    );
    // Asking UAE to give more than it gains turns the answer round, with the reason.
    m.el('trade-give-0-remove').click();
    expect(first.isConnected).toBe(false);
    expect(uae().className).toBe('reaction refuse');
    expect(uae().textContent).toMatch(/would refuse: .*(less than the 2\.0 it needs|red line)/);
    // A clause on both sides is refused by the rules, and the composer says so.
    m.el('trade-give-add').click();
    expect(
      m.el<HTMLSelectElement>('trade-give-0-clause').querySelector('option[value="disarmament"]'),
    ).toHaveProperty('disabled', true);
  });

  it('sends the trade as an offer (ending the turn) and shows how it was answered', async () => {
    const m = await mount(['egy']);
    composeLandingTrade(m);
    const before = m.s().game!.actions.length;
    m.el('trade-send').click();
    await m.settled();
    const game = m.s().game!;
    expect(game.actions[before]).toEqual({
      type: 'offer',
      seat: 'egy',
      to: ['are'],
      give: [{ issue: 'aid', option: 'bop_with_un' }],
      ask: [{ issue: 'disarmament', option: 'offensive' }],
      voteYes: false,
    });
    expect(game.actions[before + 1]).toMatchObject({ type: 'respond', seat: 'are', accept: true });
    expect(m.s().trade.to).toEqual([]);
    // Play on to Egypt's next turn: its trade is listed with UAE's answer from the log.
    expect(m.el('trade-history').textContent).toMatch(
      /T\d+ to United Arab Emirates: accepted\. UAE accepts trade T\d+: it goes to the pen holder as joint amendment A\d+\./,
    );
  });

  it('lets a human answer an offer made to them: accept, or counter with the composer pre-filled', async () => {
    const m = await mount(['egy', 'qat']);
    composeLandingTrade(m);
    m.tick('trade-to-are');
    m.tick('trade-to-qat');
    m.el('trade-send').click();
    await m.settled();
    const offer = m.s().game!.offers.find((o) => o.from === 'egy') as Offer;
    expect(offer).toMatchObject({ to: ['qat'], status: 'open' });
    const card = m.el(`offer-T${offer.id}`);
    expect(card.querySelector('h3')?.textContent).toBe(`Egypt offers you trade T${offer.id}`);
    expect(card.textContent).toMatch(
      /Egypt backs:Aid and reconstruction: .* → Board of Peace fund with UN delivery.*In return it asks you to back:Scope of disarmament/,
    );
    expect(card.textContent).toMatch(
      /Accepting, if the trade enters the text: you \(Qatar\) \d+\.\d → \d+\.\d/,
    );
    // No new offer while one awaits an answer; Counter opens the composer with the sides swapped.
    expect(m.root.querySelector('#trade-composer-heading')).toBeNull();
    m.el(`counter-T${offer.id}`).click();
    expect(m.el('trade-composer-heading').textContent).toBe(
      `Counter trade T${offer.id} — a new offer to Egypt`,
    );
    expect(m.el<HTMLSelectElement>('trade-give-0-clause').value).toBe('disarmament');
    expect(m.el<HTMLSelectElement>('trade-ask-0-clause').value).toBe('aid');
    expect(m.el('trade-prediction').querySelector('li[data-actor="egy"]')?.className).toBe('reaction human');
    m.el('trade-clear').click();
    expect(m.root.querySelector('#trade-composer-heading')).toBeNull();
    m.el(`accept-T${offer.id}`).click();
    await m.settled();
    const game = m.s().game!;
    expect(game.actions.find((a) => a.type === 'respond' && a.offer === offer.id)).toEqual({
      type: 'respond',
      seat: 'qat',
      offer: offer.id,
      accept: true,
    });
    expect(game.offers.find((o) => o.id === offer.id)?.status).toBe('accepted');
    expect(game.amendments.some((a) => a.by === 'egy' && a.with.includes('qat' as ActorId))).toBe(true);
  });

  it('sends a counter-offer back to the author, and rejects with one click', async () => {
    const m = await mount(['egy', 'qat']);
    m.tick('trade-to-qat');
    m.el('trade-give-add').click();
    m.choose('trade-give-0-clause', 'aid');
    m.el('trade-send').click();
    await m.settled();
    const first = m.s().game!.offers.find((o) => o.from === 'egy') as Offer;
    m.el(`counter-T${first.id}`).click();
    m.el('trade-ask-add').click();
    m.el('trade-send').click();
    await m.settled();
    const game = m.s().game!;
    expect(game.actions.at(-1)).toMatchObject({ type: 'counter', seat: 'qat', offer: first.id });
    const second = game.offers.find((o) => o.from === 'qat') as Offer;
    expect(second).toMatchObject({ to: ['egy'], status: 'open' });
    expect(m.el('trade-history').textContent).toMatch(
      new RegExp(
        `T${first.id} to Qatar: rejected\\. Qatar counters trade T${first.id} with trade T${second.id} to Egypt`,
      ),
    );
    m.el(`reject-T${second.id}`).click();
    await m.settled();
    expect(m.s().game!.offers.find((o) => o.id === second.id)?.status).toBe('rejected');
  });

  it('lets the author withdraw an open offer', async () => {
    const m = await mount(['egy']);
    const game = m.s().game!;
    // An offer still open when its author has the device again (hand-made: AI seats answer at once).
    const open: Offer = {
      id: game.offers.length + 1,
      round: game.round,
      from: 'egy' as ActorId,
      to: ['isr' as ActorId],
      give: [],
      ask: [{ issue: 'aid', option: 'bop_with_un' } as Offer['ask'][number]],
      voteYes: false,
      accepted: [],
      status: 'open',
    };
    m.store.setState({ game: { ...game, offers: [...game.offers, open] } });
    expect(m.el('trade-open').textContent).toMatch(`T${open.id} to Israel: waiting for Israel.`);
    m.el(`withdraw-T${open.id}`).click();
    await m.settled();
    expect(m.s().game!.offers.find((o) => o.id === open.id)?.status).toBe('withdrawn');
  });
});
