// `draftroom audit SCENARIO [SCENARIO...] [--all] [--json]`: every judgement number of each file by
// the kind of its basis (a cited source, a prior, nothing), and every unlabelled one with its place
// (issue #13 item 5). Exit 0 when no number is unlabelled, 1 when one is or a file is invalid, 2 for
// usage errors.
import { own } from '../engine/own.ts';
import { type BasisCounts, countBases, type JudgementNumber } from '../scenario/audit.ts';
import { createDescriber } from '../scenario/audit-where.ts';
import { LIMITS } from '../scenario/limits.ts';
import { parseScenarioDetailed } from '../scenario/parse.ts';
import { formatProblem } from '../scenario/problems.ts';
import { parseArgs } from './args.ts';
import { EXIT, type Io, readCapped, UsageError } from './io.ts';

export const AUDIT_USAGE = 'usage: draftroom audit SCENARIO.yaml [SCENARIO.yaml ...] [--all] [--json]';

const thousands = (n: number) => n.toLocaleString('en-GB');

interface Listed {
  readonly line: number;
  readonly col: number;
  readonly where: string;
  readonly field: string;
  readonly value: number;
  readonly basis: JudgementNumber['basis'];
}

interface FileAudit {
  readonly file: string;
  readonly title: string;
  readonly counts: BasisCounts;
  readonly sources: readonly { readonly id: string; readonly title: string; readonly numbers: number }[];
  readonly unlabelled: readonly Listed[];
  readonly numbers?: readonly Listed[];
}

function printText(audit: FileAudit, io: Io) {
  const { counts } = audit;
  const share = (n: number) => (counts.total === 0 ? '' : ` (${Math.round((100 * n) / counts.total)}%)`);
  io.out(`${audit.file}: ${audit.title}: ${thousands(counts.total)} judgement numbers`);
  io.out(`  cited to a source  ${thousands(counts.source).padStart(6)}${share(counts.source)}`);
  for (const s of audit.sources) {
    if (s.numbers > 0) io.out(`    ${thousands(s.numbers).padStart(6)}  ${s.title} [${s.id}]`);
  }
  const bare = counts.priorWithoutRationale;
  // A bare `prior` still labels its number; saying how many give no reason is a nudge, not a failure.
  io.out(
    `  prior              ${thousands(counts.prior).padStart(6)}${share(counts.prior)}${bare > 0 ? `, ${thousands(bare)} without a rationale` : ''}`,
  );
  io.out(`  unlabelled         ${thousands(counts.unlabelled).padStart(6)}${share(counts.unlabelled)}`);
  for (const n of audit.unlabelled) {
    const why =
      n.basis.text === undefined ? '' : ` (its basis names no source and is not a prior: "${n.basis.text}")`;
    io.out(`${audit.file}:${n.line}:${n.col}: unlabelled: ${n.where} = ${n.value}${why}`);
  }
  for (const n of audit.numbers ?? []) {
    const label = n.basis.kind === 'unlabelled' ? 'unlabelled' : n.basis.text;
    io.out(`${audit.file}:${n.line}:${n.col}: ${n.where} = ${n.value}: ${label}`);
  }
}

export async function auditCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional: files, options } = parseArgs(
    args,
    { flags: { all: 'boolean', json: 'boolean' } },
    AUDIT_USAGE,
  );
  if (files.length === 0) throw new UsageError(`no file given\n${AUDIT_USAGE}`);
  // Every file is read before any is reported, so a missing one is a usage error with no output.
  const reads = [];
  for (const file of files) {
    const read = await readCapped(file, LIMITS.bytes);
    if (!read.ok) throw new UsageError(read.message);
    reads.push({ file, bytes: read.bytes });
  }
  let exit: number = EXIT.ok;
  const audits: FileAudit[] = [];
  for (const { file, bytes } of reads) {
    const parsed = parseScenarioDetailed(bytes, file);
    if (!parsed.ok) {
      for (const problem of parsed.error) io.out(formatProblem(problem));
      io.err(`${file}: ${parsed.error.length} problem(s); fix them first (draftroom validate ${file})`);
      exit = EXIT.invalid;
      continue;
    }
    const { scenario, audit, data, locator } = parsed.value;
    const describe = createDescriber(data);
    const list = (n: JudgementNumber): Listed => ({
      ...locator.locate(n.path),
      where: describe(n.path),
      field: n.fieldPath,
      value: n.value,
      basis: n.basis,
    });
    const counts = countBases(audit.numbers);
    audits.push({
      file,
      title: scenario.title,
      counts,
      sources: scenario.sources.map((s) => ({
        id: s.id,
        title: s.title,
        numbers: own(counts.bySource, s.id) ?? 0,
      })),
      unlabelled: audit.numbers.filter((n) => n.basis.kind === 'unlabelled').map(list),
      ...(options.all ? { numbers: audit.numbers.map(list) } : {}),
    });
    if (counts.unlabelled > 0) exit = EXIT.invalid;
  }
  if (options.json) io.out(JSON.stringify({ files: audits }, null, 2));
  else for (const audit of audits) printText(audit, io);
  return exit;
}
