// fast-check generators of valid scenario files (as plain data in the authoring format), so loader
// and engine properties are tested over many scenarios, not only the shipped ones.
import fc from 'fast-check';
import { DRIVERS } from '../../src/engine/vocabulary.ts';

export type RawData = Record<string, unknown>;

interface IssueShape {
  id: string;
  kind: 'choice' | 'ordinal' | 'yes_no';
  options: string[];
}

const issueShape = (index: number): fc.Arbitrary<IssueShape> =>
  fc.oneof(
    fc.constant<IssueShape>({ id: `c${index}`, kind: 'yes_no', options: ['no', 'yes'] }),
    fc.integer({ min: 2, max: 5 }).map((n) => ({
      id: `c${index}`,
      kind: 'choice' as const,
      options: Array.from({ length: n }, (_, k) => `o${k}`),
    })),
    fc.integer({ min: 2, max: 5 }).map((n) => ({
      id: `c${index}`,
      kind: 'ordinal' as const,
      options: Array.from({ length: n }, (_, k) => `s${k}`),
    })),
  );

const score = fc.integer({ min: 0, max: 100 });

function preferences(issues: readonly IssueShape[]) {
  return fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 50 }), { minLength: issues.length, maxLength: issues.length }),
      fc.array(fc.array(score, { minLength: 5, maxLength: 5 }), {
        minLength: issues.length,
        maxLength: issues.length,
      }),
    )
    .map(([weights, values]) => {
      const salience: Record<string, number> = {};
      const vals: Record<string, Record<string, number>> = {};
      issues.forEach((issue, i) => {
        const w = weights[i] ?? 0;
        if (w === 0 && i > 0) return;
        salience[issue.id] = i === 0 ? w + 1 : w;
        vals[issue.id] = Object.fromEntries(issue.options.map((o, k) => [o, values[i]?.[k] ?? 0]));
      });
      return { salience, values: vals };
    });
}

function actor(id: string, seat: string, issues: readonly IssueShape[]) {
  return fc
    .record({
      prefs: preferences(issues),
      clout: score,
      coercion: score,
      ground: fc.boolean(),
      spoiler: score,
      reservation: fc.oneof(fc.constant('status_quo'), score),
      redLine: fc.option(
        fc.tuple(fc.nat(issues.length - 1), fc.nat(4), fc.boolean(), fc.integer({ min: 1, max: 60 })),
      ),
    })
    .map(({ prefs, redLine, ...rest }) => {
      const line = redLine
        ? (() => {
            const [i, o, absolute, penalty] = redLine;
            const issue = issues[i]!;
            return [
              {
                id: 'line',
                when: { issue: issue.id, is: issue.options[o % issue.options.length] },
                text: 'A red line.',
                severity: absolute ? 'absolute' : 'strong',
                ...(absolute ? {} : { penalty }),
              },
            ];
          })()
        : [];
      return {
        id,
        name: `Actor ${id}`,
        colour: '#336699',
        kind: 'state',
        seat,
        ...rest,
        ...prefs,
        red_lines: line,
      };
    });
}

export const arbitraryScenario: fc.Arbitrary<RawData> = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => issueShape(i))))
  .chain((issues) => {
    const seats = [
      ...Array.from({ length: 5 }, () => 'permanent'),
      ...Array.from({ length: 10 }, () => 'elected'),
    ];
    return fc
      .tuple(
        fc.tuple(...seats.map((seat, i) => actor(`m${String(i).padStart(2, '0')}`, seat, issues))),
        fc
          .array(fc.constant(null), { maxLength: 3 })
          .chain((extra) => fc.tuple(...extra.map((_, i) => actor(`x${i}`, 'none', issues)))),
        fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { minLength: issues.length, maxLength: issues.length }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.array(fc.double({ min: 0.1, max: 4, noNaN: true }), {
          minLength: DRIVERS.length,
          maxLength: DRIVERS.length,
        }),
      )
      .map(([council, extras, picks, baseline, ratios]) => ({
        draftroom: 1,
        id: 'generated',
        title: 'Generated scenario',
        summary: 'Made by a property test.',
        as_of: '2025-10-24',
        procedure: {
          forum: 'unsc',
          rounds: 3,
          pen_holder: 'm00',
          thresholds: { support: 60, abstain: 40, veto: 25, endorse: 60, acquiesce: 40, spoil: 25 },
          domestic_pressure: 0.5,
        },
        actors: [...council, ...extras],
        issues: issues.map((issue, i) => {
          const [opening, statusQuo] = picks[i] ?? [0, 0];
          return {
            id: issue.id,
            title: `Clause ${issue.id}`,
            kind: issue.kind,
            paragraph: i + 1,
            opening: issue.options[opening % issue.options.length],
            status_quo: issue.options[statusQuo % issue.options.length],
            options: issue.options.map((o, k) => ({
              id: o,
              label: `Option ${o}`,
              text: `Decides ${o}.`,
              ...(issue.kind === 'ordinal'
                ? { scale: Math.round((100 * k) / (issue.options.length - 1)) }
                : {}),
            })),
          };
        }),
        ceasefire: {
          horizon_months: 12,
          baseline_collapse_12m: baseline,
          duration_dependence: -0.3,
          shrink: 0.6,
          floor_hazard_ratio: 0.15,
          drivers: Object.fromEntries(DRIVERS.map((d, i) => [d, { hazard_ratio: ratios[i] ?? 1 }])),
        },
      }));
  });

/** A deterministic shuffle (mulberry32), so a failing case replays exactly. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Shuffles every list and every map's keys in a scenario file, leaving its meaning unchanged. */
export function shuffleDeep(value: unknown, seed: number, key = ''): unknown {
  // Preamble paragraphs are text in reading order, not a set of entries.
  if (Array.isArray(value)) {
    const items = value.map((v, i) => shuffleDeep(v, seed + i + 1));
    return key === 'preamble' ? items : shuffle(items, seed);
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v], i) => [k, shuffleDeep(v, seed * 31 + i, k)] as const);
    return Object.fromEntries(shuffle(entries, seed + 7));
  }
  return value;
}
