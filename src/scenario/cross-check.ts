// Stage two of checking: everything the shape alone cannot say. Duplicate ids, references to
// actors, clauses and options that do not exist, values that leave an option out, a Council that is
// not the Council. Every finding is collected; nothing stops at the first.
import { UNSC, YES_NO_OPTIONS } from '../engine/vocabulary.ts';
import type { Target } from './locate.ts';
import { formatPath, type PathSegment, type ProblemCode } from './problems.ts';
import type { RawActor, RawCondition, RawIssue, RawScenario } from './schema.ts';

export interface CrossFinding {
  readonly path: readonly PathSegment[];
  readonly target: Target;
  readonly code: ProblemCode;
  readonly message: string;
}

type Report = (path: readonly PathSegment[], code: ProblemCode, message: string, target?: Target) => void;

const quoteList = (ids: Iterable<string>) => [...ids].join(', ');

function checkUniqueIds(
  items: readonly { id: string }[],
  at: readonly PathSegment[],
  what: string,
  report: Report,
) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      report(
        [...at, index, 'id'],
        'duplicate-id',
        `duplicate ${what} id '${item.id}' (first used at ${formatPath([...at, first])})`,
      );
  });
}

export function crossCheck(raw: RawScenario): CrossFinding[] {
  const findings: CrossFinding[] = [];
  const report: Report = (path, code, message, target = 'value') =>
    findings.push({ path, target, code, message });

  const actorIds = new Set(raw.actors.map((a) => a.id));
  const issuesById = new Map(raw.issues.map((i) => [i.id, i]));
  const sourceIds = new Set(raw.sources.map((s) => s.id));
  const optionIds = (issue: RawIssue) => issue.options.map((o) => o.id);

  const checkActorRef = (id: string, path: readonly PathSegment[], target: Target = 'value') => {
    if (!actorIds.has(id))
      report(path, 'unknown-reference', `unknown actor '${id}' (actors: ${quoteList(actorIds)})`, target);
  };
  const checkIssueRef = (
    id: string,
    path: readonly PathSegment[],
    target: Target = 'value',
  ): RawIssue | undefined => {
    const issue = issuesById.get(id);
    if (!issue)
      report(
        path,
        'unknown-reference',
        `unknown clause '${id}' (clauses: ${quoteList(issuesById.keys())})`,
        target,
      );
    return issue;
  };
  const checkOptionRef = (
    issue: RawIssue,
    option: string,
    path: readonly PathSegment[],
    target: Target = 'value',
  ) => {
    if (!optionIds(issue).includes(option)) {
      report(
        path,
        'unknown-reference',
        `option '${option}' is not an option of issue '${issue.id}' (options: ${quoteList(optionIds(issue))})`,
        target,
      );
    }
  };

  const checkCondition = (cond: RawCondition, path: readonly PathSegment[], allowAcceptance: boolean) => {
    if (cond.issue !== undefined) {
      const issue = checkIssueRef(cond.issue, [...path, 'issue']);
      const options = Array.isArray(cond.is) ? cond.is : cond.is === undefined ? [] : [cond.is];
      if (issue) {
        options.forEach((option, i) => {
          checkOptionRef(issue, option, Array.isArray(cond.is) ? [...path, 'is', i] : [...path, 'is']);
        });
      }
    } else if (cond.all) {
      cond.all.forEach((c, i) => {
        checkCondition(c, [...path, 'all', i], allowAcceptance);
      });
    } else if (cond.any) {
      cond.any.forEach((c, i) => {
        checkCondition(c, [...path, 'any', i], allowAcceptance);
      });
    } else if (cond.not) checkCondition(cond.not, [...path, 'not'], allowAcceptance);
    else if (cond.actor !== undefined) {
      if (!allowAcceptance) {
        report(
          [...path, 'actor'],
          'inconsistent',
          "a red line may only test clauses, not an actor's acceptance",
          'key',
        );
      } else checkActorRef(cond.actor, [...path, 'actor']);
    }
  };

  const checkPreferences = (
    prefs: { salience: Record<string, number>; values: Record<string, Record<string, number>> },
    at: readonly PathSegment[],
  ) => {
    let total = 0;
    for (const [issueId, weight] of Object.entries(prefs.salience)) {
      total += weight;
      const issue = checkIssueRef(issueId, [...at, 'salience', issueId], 'key');
      if (issue && weight > 0 && prefs.values[issueId] === undefined) {
        report(
          [...at, 'values'],
          'incomplete-values',
          `missing values for clause '${issueId}', which has salience ${weight}`,
          'key',
        );
      }
    }
    if (total <= 0)
      report([...at, 'salience'], 'inconsistent', 'needs at least one clause with a salience above 0');
    for (const [issueId, byOption] of Object.entries(prefs.values)) {
      const issue = checkIssueRef(issueId, [...at, 'values', issueId], 'key');
      if (!issue) continue;
      for (const option of Object.keys(byOption))
        checkOptionRef(issue, option, [...at, 'values', issueId, option], 'key');
      if ((prefs.salience[issueId] ?? 0) > 0) {
        const missing = optionIds(issue).filter((o) => byOption[o] === undefined);
        if (missing.length > 0) {
          report(
            [...at, 'values', issueId],
            'incomplete-values',
            `missing a value for option${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} of clause '${issueId}' (every option of a clause with salience needs a value)`,
          );
        }
      }
    }
  };

  const checkActor = (actor: RawActor, index: number) => {
    const at = ['actors', index] as const;
    checkPreferences(actor, at);
    actor.sources.forEach((s, i) => {
      if (!sourceIds.has(s))
        report(
          [...at, 'sources', i],
          'unknown-reference',
          `unknown source '${s}' (sources: ${quoteList(sourceIds) || 'none declared'})`,
        );
    });
    for (const other of Object.keys(actor.affinity)) {
      if (other === actor.id)
        report(
          [...at, 'affinity', other],
          'inconsistent',
          'an actor cannot have affinity with itself',
          'key',
        );
      else checkActorRef(other, [...at, 'affinity', other], 'key');
    }
    checkUniqueIds(actor.red_lines, [...at, 'red_lines'], 'red line', report);
    actor.red_lines.forEach((line, i) => {
      const path = [...at, 'red_lines', i];
      checkCondition(line.when, [...path, 'when'], false);
      if (line.severity === 'strong' && line.penalty === undefined) {
        report(
          path,
          'inconsistent',
          "missing required field 'penalty': a strong red line subtracts a penalty of 1–100 points",
        );
      }
      if (line.severity === 'absolute' && line.penalty !== undefined) {
        report(
          [...path, 'penalty'],
          'inconsistent',
          'an absolute red line forces acceptance to 0; remove its penalty',
        );
      }
    });
    checkUniqueIds(actor.constituencies, [...at, 'constituencies'], 'constituency', report);
    actor.constituencies.forEach((c, i) => {
      checkPreferences(c, [...at, 'constituencies', i]);
    });
  };

  const checkIssue = (issue: RawIssue, index: number, troopSetters: Map<string, string>) => {
    const at = ['issues', index] as const;
    const ids = optionIds(issue);
    checkUniqueIds(issue.options, [...at, 'options'], 'option', report);
    if (!ids.includes(issue.opening)) checkOptionRef(issue, issue.opening, [...at, 'opening']);
    if (!ids.includes(issue.status_quo)) checkOptionRef(issue, issue.status_quo, [...at, 'status_quo']);
    if (issue.kind === 'yes_no' && (ids.length !== 2 || !YES_NO_OPTIONS.every((o) => ids.includes(o)))) {
      const odd = ids.findIndex((o) => !(YES_NO_OPTIONS as readonly string[]).includes(o));
      report(
        odd >= 0 ? [...at, 'options', odd, 'id'] : [...at, 'options'],
        'inconsistent',
        `a yes_no clause has exactly two options, "yes" and "no" (found: ${quoteList(ids)})`,
      );
    }
    if (issue.contributor !== undefined) {
      checkActorRef(issue.contributor, [...at, 'contributor']);
      const pledge = raw.actors.find((a) => a.id === issue.contributor)?.troops;
      if (pledge === 0) {
        report(
          [...at, 'contributor'],
          'inconsistent',
          `contributor '${issue.contributor}' pledges no troops: give that actor a 'troops' number`,
        );
      }
      if (issue.kind !== 'yes_no')
        report([...at, 'contributor'], 'inconsistent', 'only a yes_no clause can name a contributor', 'key');
    }
    const scales = new Map<number, string>();
    issue.options.forEach((option, i) => {
      if (issue.kind === 'ordinal' && option.scale !== undefined) {
        const other = scales.get(option.scale);
        if (other !== undefined) {
          report(
            [...at, 'options', i, 'scale'],
            'inconsistent',
            `scale ${option.scale} is already the position of option '${other}': the options of an ordinal clause need different positions`,
          );
        } else scales.set(option.scale, option.id);
      }
      if (issue.kind === 'ordinal' && option.scale === undefined) {
        report(
          [...at, 'options', i],
          'inconsistent',
          `option '${option.id}' of an ordinal clause needs a 'scale' (0–100)`,
        );
      }
      if (issue.kind !== 'ordinal' && option.scale !== undefined) {
        report(
          [...at, 'options', i, 'scale'],
          'inconsistent',
          `'scale' is only for ordinal clauses; this clause is ${issue.kind}`,
          'key',
        );
      }
      for (const input of ['troops_authorised', 'troops_needed'] as const) {
        if (option.sets[input] === undefined) continue;
        const owner = troopSetters.get(input);
        if (owner === undefined) troopSetters.set(input, issue.id);
        else if (owner !== issue.id) {
          report(
            [...at, 'options', i, 'sets', input],
            'inconsistent',
            `${input} is already set by clause '${owner}'; only one clause may set it`,
            'key',
          );
        }
      }
    });
  };

  const checkProcedure = () => {
    const p = raw.procedure;
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
      const permanent = raw.actors.filter((a) => a.seat === 'permanent');
      const members = raw.actors.filter((a) => a.seat !== 'none');
      if (permanent.length !== UNSC.permanentSeats) {
        report(
          ['actors'],
          'council',
          `the Security Council needs its ${UNSC.permanentSeats} permanent members (actors with seat: permanent); found ${permanent.length}${permanent.length ? `: ${quoteList(permanent.map((a) => a.id))}` : ''}`,
        );
      }
      if (members.length !== UNSC.seats) {
        report(
          ['actors'],
          'council',
          `the Security Council has ${UNSC.seats} members (actors with seat: permanent or elected); found ${members.length}`,
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
  };

  checkUniqueIds(raw.sources, ['sources'], 'source', report);
  checkUniqueIds(raw.actors, ['actors'], 'actor', report);
  checkUniqueIds(raw.issues, ['issues'], 'clause', report);
  checkUniqueIds(raw.rules, ['rules'], 'rule', report);
  checkUniqueIds(raw.ceasefire.events, ['ceasefire', 'events'], 'event', report);
  checkUniqueIds(raw.drafts, ['drafts'], 'draft', report);
  checkProcedure();
  const paragraphs = new Map<number, string>();
  raw.issues.forEach((issue, i) => {
    const other = paragraphs.get(issue.paragraph);
    if (other !== undefined) {
      report(
        ['issues', i, 'paragraph'],
        'inconsistent',
        `paragraph ${issue.paragraph} is already used by clause '${other}': give each clause its own paragraph number`,
      );
    } else paragraphs.set(issue.paragraph, issue.id);
  });
  const troopSetters = new Map<string, string>();
  raw.issues.forEach((issue, i) => {
    checkIssue(issue, i, troopSetters);
  });
  raw.actors.forEach(checkActor);
  raw.rules.forEach((rule, i) => {
    checkCondition(rule.when, ['rules', i, 'when'], true);
    for (const actor of Object.keys(rule.effects.utility))
      checkActorRef(actor, ['rules', i, 'effects', 'utility', actor], 'key');
  });
  raw.ceasefire.events.forEach((event, i) => {
    for (const actor of Object.keys(event.effects.utility)) {
      checkActorRef(actor, ['ceasefire', 'events', i, 'effects', 'utility', actor], 'key');
    }
  });
  raw.drafts.forEach((draft, i) => {
    for (const [issueId, option] of Object.entries(draft.clauses)) {
      const issue = checkIssueRef(issueId, ['drafts', i, 'clauses', issueId], 'key');
      if (issue) checkOptionRef(issue, option, ['drafts', i, 'clauses', issueId]);
    }
  });
  return findings;
}
