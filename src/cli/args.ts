// A small, strict option parser: unknown options and bad values are usage errors with a sentence.
import { checkWork, type WorkRequest } from '../engine/analysis/budget.ts';
import { own } from '../engine/own.ts';
import { UsageError } from './io.ts';

export interface OptionSpec {
  readonly flags: Readonly<Record<string, 'boolean' | 'string'>>;
}

export interface Parsed {
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

export function parseArgs(args: readonly string[], spec: OptionSpec, usage: string): Parsed {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    // Own keys only: `--constructor` or `--__proto__` must be an unknown option, not Object's member.
    const kind = own(spec.flags, name);
    if (kind === undefined) throw new UsageError(`unknown option '--${name}'\n${usage}`);
    if (kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value\n${usage}`);
      options[name] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`--${name} needs a value\n${usage}`);
    options[name] = value;
  }
  return { positional, options };
}

/** A whole number within [min, max], or a usage error naming the option. */
export function integerOption(
  value: string | true | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (value === true || !/^-?\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number (got '${String(value)}')`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max} (got ${n})`);
  return n;
}

/** Refuses, before any work starts, a request whose options multiply past the work budget. */
export function requireBudget(request: WorkRequest, lower: string): void {
  const check = checkWork({ ...request, lower });
  if (!check.ok) throw new UsageError(check.message);
}
