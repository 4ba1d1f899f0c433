// The commands a human types when playing at the terminal. Each turns into a game action (checked by
// the same reducer as everything else) or shows something; a mistake gets a sentence, not a crash.
import { assess } from '../engine/assess.ts';
import type { ActorId, IssueId, OptionId } from '../engine/ids.ts';
import { draftIndex, type Model } from '../engine/model.ts';
import { mediatorDraft } from '../engine/negotiation/mediator.ts';
import { shiftArray } from '../engine/negotiation/state.ts';
import type { Action, Change, GameState } from '../engine/negotiation/types.ts';
import { own } from '../engine/own.ts';
import { resolutionText } from '../engine/resolution.ts';
import type { Io } from './io.ts';
import { num, signed } from './text.ts';

export const HUMAN_HELP = [
  'Commands (clause and option ids as in `clauses`):',
  '  actors                          everyone at the table, with the ids to type',
  '  brief                           your private brief and your red lines',
  '  clauses                         the clauses, their options, and what the text says now',
  '  text                            the draft resolution as it stands',
  '  status                          the round, your acceptance, the vote as it stands, open offers',
  '  why ACTOR                       what helps and hurts that actor most in the text',
  '  propose CLAUSE=OPTION ...       propose an amendment (1–3 changes; ends your turn)',
  '  offer ACTOR give CLAUSE=OPTION ... ask CLAUSE=OPTION ... [vote]   offer a trade (ends your turn)',
  '  accept N | reject N | withdraw N   answer or withdraw trade N',
  '  decide N N ... | decide none    (pen holder) which amendments enter the text',
  "  hint                            the mediator's suggestion: the text a neutral mediator would table now",
  '  pass                            end your turn',
  '  save FILE                       save the game; quit   stop',
].join('\n');

export type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'save'; readonly file: string }
  | { readonly kind: 'action'; readonly action: Action };

const NONE: Outcome = { kind: 'none' };

/** "T3", "A3" or "3" → 3: trades and amendments are shown with a letter, typed with or without. */
const numberOf = (word: string | undefined) => Number((word ?? '').replace(/^[at]/i, ''));

function parseChanges(words: readonly string[]): Change[] | string {
  const out: Change[] = [];
  for (const word of words) {
    const [issue, option] = word.split('=');
    if (!issue || !option) return `'${word}' is not CLAUSE=OPTION`;
    out.push({ issue: issue as IssueId, option: option as OptionId });
  }
  return out;
}

/** An actor by id, short name or name, in any case: "ham", "Hamas" and "hamas" all work. */
function resolveActor(model: Model, word: string | undefined): ActorId | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return model.scenario.actors.find(
    (a) => a.id === w || a.short.toLowerCase() === w || a.name.toLowerCase() === w,
  )?.id;
}

export function handleCommand(model: Model, state: GameState, actor: ActorId, line: string, io: Io): Outcome {
  const [command = '', ...words] = line.trim().split(/\s+/);
  const shift = shiftArray(model, state.shifts);
  const current = () => assess(model, draftIndex(model, state.text), { utilityShift: shift });
  const name = (id: string) => model.scenario.actors.find((a) => a.id === id)?.short ?? id;
  switch (command.toLowerCase()) {
    case '':
      return NONE;
    case 'help':
      io.out(HUMAN_HELP);
      return NONE;
    case 'quit':
      return { kind: 'quit' };
    case 'save':
      if (!words[0]) io.out('  save needs a file name');
      return words[0] ? { kind: 'save', file: words[0] } : NONE;
    case 'actors':
      for (const a of model.scenario.actors) {
        io.out(
          `  ${a.id.padEnd(6)} ${a.name}${a.seat !== 'none' ? ` (${a.seat} Council member)` : a.ground ? ' (on the ground)' : ' (invited)'}${own(state.setup.seats, a.id) === 'human' ? ' — human' : ''}`,
        );
      }
      return NONE;
    case 'brief': {
      const me = model.scenario.actors.find((a) => a.id === actor)!;
      io.out(`  ${me.name}: ${me.briefing.trim() || '(no private brief in this scenario)'}`);
      for (const line of me.redLines)
        io.out(
          `  Red line (${line.severity}${line.severity === 'strong' ? `, −${line.penalty}` : ''}): ${line.text}`,
        );
      return NONE;
    }
    case 'clauses':
      for (const issue of model.issues) {
        io.out(`  ${issue.id} — ${issue.title}`);
        for (const o of issue.options)
          io.out(`      ${own(state.text, issue.id) === o.id ? '▶' : ' '} ${o.id}: ${o.label}`);
      }
      return NONE;
    case 'text': {
      const r = resolutionText(model.scenario, state.text);
      io.out('The Security Council,');
      for (const p of r.preamble) io.out(`    ${p}`);
      for (const p of r.operative) io.out(`${String(p.number).padStart(3)}. ${p.text}`);
      return NONE;
    }
    case 'status': {
      const a = current();
      const me = a.actors[model.actorIndex.get(actor)!]!;
      io.out(
        `  Round ${state.round} of ${state.setup.rounds}. ${name(actor)}: acceptance ${num(me.evaluation.acceptance)} (${me.ground ?? me.stance}).`,
      );
      io.out(
        `  The text now: ${a.vote.yes.length} yes, ${a.vote.no.length} no — ${a.vote.adopted ? 'would pass' : 'would fail'}; ground consent ${a.groundConsent.holds ? 'holds' : 'fails'}.`,
      );
      for (const o of state.offers.filter((x) => x.status === 'open')) {
        io.out(
          `  Trade T${o.id}: ${name(o.from)} → ${o.to.map(name).join(', ')}: gives ${o.give.map((c) => `${c.issue}=${c.option}`).join(' ') || '—'}, asks ${o.ask.map((c) => `${c.issue}=${c.option}`).join(' ') || '—'}${o.voteYes ? ' (+ yes vote)' : ''}`,
        );
      }
      for (const m of state.amendments.filter((x) => x.round === state.round && x.status === 'pending')) {
        io.out(
          `  Amendment A${m.id} by ${name(m.by)}: ${m.changes.map((c) => `${c.issue}=${c.option}`).join(' ')}`,
        );
      }
      return NONE;
    }
    case 'why': {
      const id = resolveActor(model, words[0]) ?? actor;
      const n = model.actorIndex.get(id as ActorId);
      if (n === undefined) {
        io.out(`  no actor '${id}'`);
        return NONE;
      }
      const e = current().actors[n]!.evaluation;
      const terms = [...e.terms].sort((x, y) => y.vsReference - x.vsReference);
      io.out(
        `  ${name(id)}: acceptance ${num(e.acceptance)} (utility ${num(e.utility)}; no deal is worth ${num(e.reservation)}).`,
      );
      for (const t of [...terms.slice(0, 3), ...terms.slice(-3)])
        io.out(`    ${signed(t.vsReference)} against no resolution: ${t.issue} = ${t.option}`);
      for (const r of e.redLines) io.out(`    red line (${r.severity}): ${r.text}`);
      for (const s of e.steps) io.out(`    ${signed(s.delta)}: ${s.label}`);
      return NONE;
    }
    case 'hint': {
      const { draft, assessment } = mediatorDraft(model, draftIndex(model, state.text), shift);
      const now = draftIndex(model, state.text);
      const changes = model.issues.filter((_, k) => draft[k] !== now[k]);
      if (changes.length === 0) {
        io.out('  The mediator would keep the text as it is.');
        return NONE;
      }
      io.out(
        `  The mediator would table: ${changes.map((i) => `${i.id}=${i.options[draft[model.issueIndex.get(i.id)!]!]!.id}`).join(' ')}`,
      );
      io.out(
        `  With it: ${assessment.vote.yes.length} yes (${assessment.vote.adopted ? 'passes' : 'fails'}); ground consent ${assessment.groundConsent.holds ? 'holds' : 'fails'}; ${name(actor)} at ${num(assessment.actors[model.actorIndex.get(actor)!]!.evaluation.acceptance)}.`,
      );
      return NONE;
    }
    case 'pass':
      return { kind: 'action', action: { type: 'pass', seat: actor } };
    case 'propose': {
      const changes = parseChanges(words);
      if (typeof changes === 'string') io.out(`  ${changes}`);
      return typeof changes === 'string'
        ? NONE
        : { kind: 'action', action: { type: 'propose', seat: actor, changes } };
    }
    case 'offer': {
      const [to, ...rest] = words;
      const giveAt = rest.indexOf('give');
      const askAt = rest.indexOf('ask');
      if (!to || giveAt < 0 || askAt < 0 || askAt < giveAt) {
        io.out('  offer ACTOR give CLAUSE=OPTION ... ask CLAUSE=OPTION ... [vote]');
        return NONE;
      }
      const voteYes = rest.includes('vote');
      const give = parseChanges(rest.slice(giveAt + 1, askAt));
      const ask = parseChanges(rest.slice(askAt + 1).filter((w) => w !== 'vote'));
      if (typeof give === 'string' || typeof ask === 'string') {
        io.out(`  ${typeof give === 'string' ? give : ask}`);
        return NONE;
      }
      return {
        kind: 'action',
        action: { type: 'offer', seat: actor, to: [to as ActorId], give, ask, voteYes },
      };
    }
    case 'accept':
    case 'reject':
      return {
        kind: 'action',
        action: { type: 'respond', seat: actor, offer: numberOf(words[0]), accept: command === 'accept' },
      };
    case 'withdraw':
      return { kind: 'action', action: { type: 'withdraw', seat: actor, offer: numberOf(words[0]) } };
    case 'decide':
      return {
        kind: 'action',
        action: { type: 'decide', seat: actor, adopt: words[0] === 'none' ? [] : words.map(numberOf) },
      };
    default:
      io.out(`  unknown command '${command}' — type help`);
      return NONE;
  }
}
