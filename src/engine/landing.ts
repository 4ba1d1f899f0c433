// The landing zone: where bargaining would settle by the compromise model (DESIGN.md §4;
// research: the clout × salience weighted mean is a hard-to-beat predictor of EU legislative
// outcomes). Ordinal clauses: the weighted mean of each actor's ideal position on the scale, snapped
// to the nearest option. Other clauses: the option with the highest clout × salience weighted value.
import type { IssueId, OptionId } from './ids.ts';
import type { DraftIndex, Model } from './model.ts';

export interface LandingClause {
  readonly issue: IssueId;
  readonly option: OptionId;
  readonly method: 'weighted-mean-position' | 'weighted-value';
  /** Ordinal clauses: the weighted mean position on the 0–100 scale before snapping. */
  readonly position?: number;
  /** Share of the weight behind the chosen option (actors whose ideal it is). */
  readonly support: number;
}

export interface LandingZone {
  readonly draft: DraftIndex;
  readonly clauses: readonly LandingClause[];
}

export function landingZone(model: Model): LandingZone {
  const draft = new Int32Array(model.issues.length);
  const clauses: LandingClause[] = model.issues.map((issue, k) => {
    let total = 0;
    for (const a of model.actors) total += a.actor.clout * (a.prefs.weights[k] ?? 0);
    let chosen = model.opening[k] ?? 0;
    let position: number | undefined;
    if (total > 0 && issue.kind === 'ordinal') {
      let sum = 0;
      for (const a of model.actors) {
        const w = a.actor.clout * (a.prefs.weights[k] ?? 0);
        sum += w * (issue.options[a.prefs.ideal[k] ?? 0]?.scale ?? 0);
      }
      position = sum / total;
      let bestDistance = Number.POSITIVE_INFINITY;
      issue.options.forEach((option, o) => {
        const distance = Math.abs((option.scale ?? 0) - (position ?? 0));
        // Ties go to the lower position on the scale, so the rule does not depend on option ids.
        const better =
          distance < bestDistance ||
          (distance === bestDistance && (option.scale ?? 0) < (issue.options[chosen]?.scale ?? 0));
        if (better) [chosen, bestDistance] = [o, distance];
      });
    } else if (total > 0) {
      let bestScore = Number.NEGATIVE_INFINITY;
      issue.options.forEach((_, o) => {
        let score = 0;
        for (const a of model.actors)
          score += a.actor.clout * (a.prefs.weights[k] ?? 0) * (a.prefs.values[k]?.[o] ?? 0);
        if (score > bestScore) [chosen, bestScore] = [o, score];
      });
    }
    draft[k] = chosen;
    let behind = 0;
    for (const a of model.actors)
      if ((a.prefs.ideal[k] ?? -1) === chosen) behind += a.actor.clout * (a.prefs.weights[k] ?? 0);
    return {
      issue: issue.id,
      option: issue.options[chosen]!.id,
      method: issue.kind === 'ordinal' ? 'weighted-mean-position' : 'weighted-value',
      ...(position === undefined ? {} : { position }),
      support: total > 0 ? behind / total : 0,
    };
  });
  return { draft, clauses };
}
