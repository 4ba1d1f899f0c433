// Cross-checks of the procedure: the pen holder, ordered thresholds, and a Security Council that is
// the Council (fifteen seats, five permanent), or the members of another forum.
import { UNSC } from '../engine/vocabulary.ts';
import {
  type CheckableScenario,
  type Checks,
  quoteList,
  type Report,
  type Shapeless,
} from './check-context.ts';

/**
 * `leftOut`: the seats of actors left out for their shape (partial.ts), counted with the rest; null
 * when one of them cannot be read, and then the Council is not counted at all.
 */
export function checkProcedure(
  raw: CheckableScenario,
  report: Report,
  { checkActorRef }: Checks,
  leftOut: Shapeless['seats'] = [],
): void {
  const p = raw.procedure;
  if (!p) return;
  const at = ['procedure'] as const;
  checkActorRef(p.pen_holder, [...at, 'pen_holder']);
  const penHolder = raw.actors.find((a) => a.id === p.pen_holder);
  if (p.forum === 'unsc' && penHolder && penHolder.seat === 'none') {
    report(
      [...at, 'pen_holder'],
      'council',
      `the pen holder '${p.pen_holder}' has no Council seat: the pen holder must be a member (seat: permanent or elected)`,
    );
  }
  checkCoPenHolders(raw, report, checkActorRef);
  const t = p.thresholds;
  if (t.veto > t.abstain)
    report(
      [...at, 'thresholds', 'veto'],
      'inconsistent',
      `veto (${t.veto}) must not be above abstain (${t.abstain})`,
    );
  if (t.abstain > t.support)
    report(
      [...at, 'thresholds', 'abstain'],
      'inconsistent',
      `abstain (${t.abstain}) must not be above support (${t.support})`,
    );
  if (t.spoil > t.acquiesce)
    report(
      [...at, 'thresholds', 'spoil'],
      'inconsistent',
      `spoil (${t.spoil}) must not be above acquiesce (${t.acquiesce})`,
    );
  if (t.acquiesce > t.endorse)
    report(
      [...at, 'thresholds', 'acquiesce'],
      'inconsistent',
      `acquiesce (${t.acquiesce}) must not be above endorse (${t.endorse})`,
    );
  if (p.forum === 'unsc') {
    for (const field of ['members', 'required', 'veto'] as const) {
      if (p[field] !== undefined)
        report(
          [...at, field],
          'inconsistent',
          `not used by the Security Council: its members are the actors with a seat; remove '${field}'`,
          'key',
        );
    }
    if (leftOut === null) return;
    const seats = [...raw.actors.map((a) => ({ id: a.id, seat: a.seat as string })), ...leftOut];
    const permanent = seats.filter((a) => a.seat === 'permanent').map((a) => a.id);
    const elected = seats.filter((a) => a.seat === 'elected').map((a) => a.id);
    if (permanent.length !== UNSC.permanentSeats) {
      report(
        ['actors'],
        'council',
        `the Security Council needs its ${UNSC.permanentSeats} permanent members (actors with seat: permanent); found ${permanent.length}${permanent.length ? `: ${quoteList(permanent)}` : ''}${seatAdvice(permanent.length, UNSC.permanentSeats, 'permanent', seats)}`,
      );
    }
    const members = permanent.length + elected.length;
    if (members !== UNSC.seats) {
      report(
        ['actors'],
        'council',
        `the Security Council has ${UNSC.seats} members (actors with seat: permanent or elected); found ${members} — permanent: ${quoteList(permanent) || 'none'}; elected: ${quoteList(elected) || 'none'}${permanent.length === UNSC.permanentSeats ? seatAdvice(elected.length, UNSC.seats - UNSC.permanentSeats, 'elected', seats) : ''}`,
      );
    }
    return;
  }
  if (p.members === undefined) {
    report(
      [...at],
      'inconsistent',
      `missing required field 'members' (the actors who decide under ${p.forum})`,
    );
    return;
  }
  p.members.forEach((m, i) => {
    checkActorRef(m, [...at, 'members', i]);
  });
  if (p.forum === 'k_of_n') {
    if (p.required === undefined)
      report([...at], 'inconsistent', "missing required field 'required' (how many members must agree)");
    else if (p.required > p.members.length)
      report(
        [...at, 'required'],
        'inconsistent',
        `required (${p.required}) is more than the ${p.members.length} members`,
      );
    p.veto?.forEach((v, i) => {
      if (!p.members?.includes(v))
        report([...at, 'veto', i], 'unknown-reference', `'${v}' holds a veto but is not among the members`);
    });
  }
}

/** Co-pen holders: actors of the scenario, each named once, not the pen holder, and members of the forum. */
function checkCoPenHolders(
  raw: CheckableScenario,
  report: Report,
  checkActorRef: Checks['checkActorRef'],
): void {
  const p = raw.procedure;
  if (!p) return;
  const seen = new Set<string>();
  (p.co_pen_holders ?? []).forEach((id, i) => {
    const at = ['procedure', 'co_pen_holders', i] as const;
    checkActorRef(id, [...at]);
    const actor = raw.actors.find((a) => a.id === id);
    if (id === p.pen_holder)
      report([...at], 'duplicate-id', `'${id}' is the pen holder already: list only the others here`);
    else if (seen.has(id)) report([...at], 'duplicate-id', `'${id}' is named twice`);
    else if (actor && p.forum === 'unsc' && actor.seat === 'none')
      report(
        [...at],
        'council',
        `the co-pen holder '${id}' (${actor.name}) has no Council seat: a pen holder must be a member (seat: permanent or elected)`,
      );
    else if (actor && p.forum !== 'unsc' && p.members && !p.members.includes(id))
      report(
        [...at],
        'council',
        `the co-pen holder '${id}' (${actor.name}) is not one of the forum's members`,
      );
    seen.add(id);
  });
}

/**
 * Which actor is missing or extra: the file cannot say which one the author meant, so name the
 * candidates — the actors without a seat (one of them should have it), or the ones holding it.
 */
function seatAdvice(
  found: number,
  needed: number,
  seat: 'permanent' | 'elected',
  seats: ReadonlyArray<{ readonly id: string; readonly seat: string }>,
): string {
  if (found === needed) return '';
  if (found > needed)
    return ` — ${found - needed} too many: one of them should have another seat (or seat: none)`;
  const unseated = seats.filter((a) => a.seat === 'none').map((a) => a.id);
  const missing = needed - found;
  return ` — ${missing} missing: give ${missing === 1 ? 'one more actor' : `${missing} more actors`} seat: ${seat}${unseated.length ? ` (actors without a seat: ${quoteList(unseated)})` : ''}`;
}
