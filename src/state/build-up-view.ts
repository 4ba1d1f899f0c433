// The build-up of the text in force, in words and a short table, for the aftermath (and any view that
// shows a text being put in place): troops in place, and how much of what the text provides on
// disarmament, withdrawal and reconstruction is in effect, at a few months of the horizon.
import type { BuildUpMonth, BuildUpReport } from '../engine/build-up.ts';
import { groupThousands } from './format.ts';

/** The months a student reads the build-up at; the last month of the report is always added. */
const READ_AT = [1, 2, 3, 6, 9, 12, 18, 24] as const;
const PHASED = ['disarmament', 'withdrawal', 'reconstruction'] as const;

export interface BuildUpRow {
  readonly month: number;
  readonly troops: string;
  /** Share of what the text provides, "40%"; "—" when the text provides nothing. */
  readonly disarmament: string;
  readonly withdrawal: string;
  readonly reconstruction: string;
}

const share = (now: number, full: number) => (full <= 0 ? '—' : `${Math.round((100 * now) / full)}%`);

export function buildUpRows(report: BuildUpReport): BuildUpRow[] {
  const last = report.months[report.months.length - 1]?.month ?? 0;
  const months = [...new Set([...READ_AT.filter((m) => m <= last), last])].filter((m) => m > 0);
  return months.map((m) => {
    const row = report.months[m - 1] as BuildUpMonth;
    return {
      month: m,
      troops: groupThousands(Math.round(row.troops)),
      disarmament: share(row.disarmament, report.full.disarmament),
      withdrawal: share(row.withdrawal, report.full.withdrawal),
      reconstruction: share(row.reconstruction, report.full.reconstruction),
    };
  });
}

/** First month with everything of `pick` in place, or null if not within the report. */
function fullBy(report: BuildUpReport, pick: (m: BuildUpMonth) => number, full: number): number | null {
  if (full <= 0) return null;
  return report.months.find((m) => pick(m) >= full - 1e-9)?.month ?? null;
}

/** One or two sentences a student can follow: when the force is complete, when the clauses take full effect. */
export function buildUpSummary(report: BuildUpReport): string {
  const f = report.full;
  const troops = Math.round(f.troops);
  const force =
    troops <= 0
      ? 'No force deploys under this text, so nothing protects the ceasefire on the ground.'
      : (() => {
          const month = fullBy(report, (m) => m.troops, f.troops);
          const when = month === null ? 'after the period shown' : `by month ${month}`;
          const need = f.needed === null ? '' : ` (the mandate needs ${groupThousands(f.needed)})`;
          return `The force reaches its full ${groupThousands(troops)} troops ${when}${need}.`;
        })();
  const phased = PHASED.filter((d) => f[d] > 0);
  const last = Math.max(
    0,
    ...phased.map((d) => fullBy(report, (m) => m[d], f[d]) ?? Number.POSITIVE_INFINITY),
  );
  const clauses =
    phased.length === 0
      ? ''
      : ` What the text says on ${phased.join(', ').replace(/, ([^,]*)$/, ' and $1')} ${
          Number.isFinite(last)
            ? `takes full effect by month ${last}`
            : 'is still phasing in at the end of the period shown'
        }.`;
  return `${force}${clauses} Until then the ceasefire has less protection, so the early months carry more risk.`;
}
