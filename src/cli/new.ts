// `draftroom new FILE.yaml`: writes a starter scenario — the commented template, in the compact form —
// whose `$schema` line works wherever FILE is, so the editor's autocomplete and red squiggles work
// from the first keystroke (issue #16 item 7).
//
// The schema is referred to by a relative path from FILE's folder to the project's
// scenarios/draftroom.schema.json: it works in the project and outside it, and keeps working when the
// project and the file are moved together (a checkout on another machine, a shared folder). When no
// relative path exists (another drive on Windows) the absolute path is written instead. There is no
// published web address for the schema to point at, and a copy beside FILE would go stale.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../scenario/parse.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { outputPathProblem, writeOutput } from './output-path.ts';

export const NEW_USAGE = 'usage: draftroom new FILE.yaml';

const TEMPLATE = join('scenarios', '_template.yaml');
const SCHEMA = join('scenarios', 'draftroom.schema.json');
const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

/** The project folder: the nearest one above this module that holds the template and the schema. */
export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, TEMPLATE)) && existsSync(join(dir, SCHEMA))) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** What follows `$schema=` in a file written at `file`: relative when possible, else absolute. */
export function schemaReference(file: string, schema: string): string {
  const rel = relative(dirname(file), schema);
  if (rel === '' || isAbsolute(rel)) return schema.split(sep).join('/');
  const posix = rel.split(sep).join('/');
  return posix.startsWith('.') ? posix : `./${posix}`;
}

/** The template as a starter at `file`: its `$schema` line pointing at `schema`, its id from the name. */
export function starterText(template: string, file: string, schema: string): string {
  const name = basename(file, extname(file)).toLowerCase();
  const id = /^[a-z][a-z0-9_-]*$/.test(name) && name.length <= 64 ? name : 'my-scenario';
  return template
    .replace(SCHEMA_LINE, `# yaml-language-server: $schema=${schemaReference(file, schema)}`)
    .replace(/^id: template *#/m, (line) => `${`id: ${id}`.padEnd(line.length - 2)} #`);
}

export async function newCommand(args: readonly string[], io: Io): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown !== undefined) throw new UsageError(`unknown option '${unknown}'\n${NEW_USAGE}`);
  if (files.length !== 1) throw new UsageError(`give one file to write\n${NEW_USAGE}`);
  const given = files[0]!;
  const file = resolve(io.cwd, given);
  if (existsSync(file))
    throw new UsageError(`'${given}' exists already; choose another name (nothing was written)`);
  // Messages name the file and its folder as the person wrote them, not as resolved.
  const asGiven = (message: string) =>
    message.replaceAll(file, given).replaceAll(`'${dirname(file)}'`, `'${dirname(given)}'`);
  const problem = outputPathProblem(file);
  if (problem) throw new UsageError(asGiven(problem));
  const root = projectRoot();
  if (!root)
    throw new Error('the scenario template (scenarios/_template.yaml) is missing from this installation');
  const text = starterText(readFileSync(join(root, TEMPLATE), 'utf8'), file, join(root, SCHEMA));
  // The starter must pass the checker as written: a broken starter is a bug here, not the author's.
  const checked = parseScenario(text, given);
  if (!checked.ok)
    throw new Error(`the starter does not pass the checker: ${checked.error[0]?.message ?? ''}`);
  const failed = writeOutput(file, text);
  if (failed) throw new UsageError(asGiven(failed));
  io.out(
    `wrote ${given}: a valid starter scenario (the template, Valen Highlands); the $schema line points at`,
  );
  io.out(
    `  ${schemaReference(file, join(root, SCHEMA))} for your editor. Edit it, then: draftroom validate ${given}`,
  );
  return EXIT.ok;
}
