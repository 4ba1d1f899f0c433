// Stage two of checking: everything the shape alone cannot say. Duplicate ids, references to
// actors, clauses and options that do not exist, values that leave an option out, a Council that is
// not the Council. Every finding is collected; nothing stops at the first.
import { YES_NO_OPTIONS } from '../engine/vocabulary.ts';
import {
  type CheckableScenario,
  type CrossFinding,
  checkUniqueIds,
  createChecks,
  NOTHING_SHAPELESS,
  quoteList,
  type Report,
  type Shapeless,
} from './check-context.ts';
import { checkExpectations } from './check-expectations.ts';
import { checkProcedure } from './check-procedure.ts';
import { checkSensitivity } from './check-sensitivity.ts';
import type { RawActor, RawIssue } from './schema.ts';

export type { CrossFinding };

/** `shapeless`: entries left out for their shape (partial.ts); their ids still count as known. */
export function crossCheck(raw: CheckableScenario, shapeless: Shapeless = NOTHING_SHAPELESS): CrossFinding[] {
  const findings: CrossFinding[] = [];
  const report: Report = (path, code, message, target = 'value') =>
    findings.push({ path, target, code, message });
  const checks = createChecks(raw, report, shapeless);
  const {
    sourceIds,
    optionIds,
    checkActorRef,
    checkIssueRef,
    checkOptionRef,
    checkCondition,
    checkPreferences,
  } = checks;

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
    if (actor.deployment?.serves_if)
      checkCondition(
        actor.deployment.serves_if,
        [...at, 'deployment', 'serves_if'],
        false,
        false,
        "a contributor's 'serves_if'",
      );
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

  checkUniqueIds(raw.sources, ['sources'], 'source', report);
  checkUniqueIds(raw.actors, ['actors'], 'actor', report);
  checkUniqueIds(raw.issues, ['issues'], 'clause', report);
  checkUniqueIds(raw.rules, ['rules'], 'rule', report);
  const events = raw.ceasefire?.events ?? [];
  checkUniqueIds(events, ['ceasefire', 'events'], 'event', report);
  checkUniqueIds(raw.drafts, ['drafts'], 'draft', report);
  checkProcedure(raw, report, checks, shapeless.seats);
  checkSensitivity(raw, report);
  checkExpectations(raw, report, checks);
  // Operative paragraphs and negotiable preambular ones are numbered apart.
  const paragraphs = new Map<string, string>();
  raw.issues.forEach((issue, i) => {
    const key = `${issue.part}:${issue.paragraph}`;
    const other = paragraphs.get(key);
    if (other !== undefined) {
      const where = issue.part === 'preamble' ? 'preambular paragraph' : 'paragraph';
      report(
        ['issues', i, 'paragraph'],
        'inconsistent',
        `${where} ${issue.paragraph} is already used by clause '${other}': give each clause its own paragraph number`,
      );
    } else paragraphs.set(key, issue.id);
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
  events.forEach((event, i) => {
    if (event.requires) checkCondition(event.requires, ['ceasefire', 'events', i, 'requires'], false, true);
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
