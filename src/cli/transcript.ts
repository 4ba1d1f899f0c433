// A finished (or replayed) game as text: the moves with their reasons, round by round, then the vote,
// the parties on the ground, the ceasefire outlook and the seats' scores.

import type { Model } from '../engine/model.ts';
import { scoreSentence } from '../engine/negotiation/scores.ts';
import type { GameState } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import { num, pct, table } from './text.ts';

export function renderLog(state: GameState): string[] {
  const lines: string[] = [];
  let round = 0;
  for (const entry of state.log) {
    if (entry.kind === 'round-start') {
      round = entry.round;
      lines.push('', `── ${entry.text}`);
      continue;
    }
    lines.push(
      `${entry.round === round ? '  ' : ''}${entry.step > 0 ? `${String(entry.step).padStart(3)}. ` : '     '}${entry.text}`,
    );
  }
  return lines;
}

export function renderResult(model: Model, state: GameState): string[] {
  const r = state.result;
  if (!r) return ['', `The game is not over: round ${state.round} of ${state.setup.rounds}, ${state.phase}.`];
  const name = (id: string) => model.scenario.actors.find((a) => a.id === id)?.name ?? id;
  const at = (m: number) => r.ceasefire.collapse[Math.min(m, r.ceasefire.collapse.length) - 1];
  const p12 = at(12);
  const seats = state.setup.seats;
  const ranked = [...r.scores].sort((a, b) => b.total - a.total || (a.actor < b.actor ? -1 : 1));
  const humans = ranked.filter((s) => own(seats, s.actor) === 'human');
  const rows = [
    ['Seat', 'Played by', 'Start', 'Final', 'Best', 'Gain %', 'Adoption', 'Survival', 'Score'],
    ...ranked.map((s) => [
      name(s.actor),
      own(seats, s.actor) ?? 'ai',
      num(s.opening),
      num(s.acceptance),
      num(s.best),
      num(s.gain),
      num(s.adoption, 0),
      num(s.survival),
      num(s.total),
    ]),
  ];
  const changed = model.issues.filter((i) => own(r.text, i.id) !== own(model.scenario.openingDraft, i.id));
  return [
    '',
    '══ The outcome',
    `Vote: ${r.vote.adopted ? 'ADOPTED' : 'NOT ADOPTED'} — ${r.vote.yes.length} yes, ${r.vote.no.length} no, ${r.vote.abstain.length} abstain` +
      (r.vote.vetoes.length ? `; vetoed by ${r.vote.vetoes.map(name).join(', ')}` : '') +
      (r.commitmentsHonoured.length
        ? `; commitments kept by ${r.commitmentsHonoured.map(name).join(', ')}`
        : ''),
    `On the ground: ${Object.entries(r.ground)
      .map(([id, stance]) => `${name(id)} ${stance}`)
      .join(', ')} — consent ${r.groundConsent.holds ? 'holds' : 'fails'}`,
    p12
      ? `Ceasefire: ${pct(p12.probability)} chance of collapse within ${p12.month} months [95% ${pct(p12.ci95[0])}–${pct(p12.ci95[1])}]`
      : '',
    `Clauses changed from the opening draft: ${changed.map((i) => `${i.title}: ${i.options.find((o) => o.id === own(r.text, i.id))?.label}`).join('; ') || 'none'}`,
    '',
    ...table(rows, new Set([2, 3, 4, 5, 6, 7, 8])),
    '',
    'Score = 60% gain (the share of what the seat could have gained on the opening draft that it got: from Start towards Best, the best text for it the Council would still adopt) + 20% adoption (100 if a text the seat accepts passes, 0 if one it rejects does, 50 if none) + 20% ceasefire survival at 12 months.',
    ...humans.map((s) => scoreSentence(model, s, r.vote.adopted)),
  ];
}
