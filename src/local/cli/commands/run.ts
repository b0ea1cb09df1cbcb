/** `afterdesk run WB FUNCTION [JSON-ARGS…]` and `afterdesk run --list`: call any top-level function of the bundle. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, nowFlag } from '../args';
import { CliError, usage } from '../errors';
import { printJson } from '../output';
import { DIST, openWorkbook, requireBundle, saveOpenWorkbook } from '../workbook';

export function entryPoints(): string[] {
  requireBundle();
  return JSON.parse(readFileSync(join(DIST, 'entry-points.json'), 'utf8')) as string[];
}

/** Private functions (names ending in `_`): callable here as from the script editor, never from the sidebar. */
export function privateFunctions(): string[] {
  try {
    return JSON.parse(readFileSync(join(DIST, 'private-functions.json'), 'utf8')) as string[];
  } catch {
    return [];
  }
}

export async function runCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { list: { type: 'boolean' } });
  if (flags.list) {
    for (const name of entryPoints()) console.log(name);
    for (const name of privateFunctions()) console.log(`${name}  (private)`);
    return;
  }
  const [file, fn, ...rawArgs] = positionals;
  if (!file || !fn) throw usage('usage: afterdesk run WB FUNCTION [JSON-ARGS…] | afterdesk run --list');
  const known = [...entryPoints(), ...privateFunctions()];
  if (!known.includes(fn) && !known.includes(`${fn}_`)) throw new CliError(`${fn} is not a function of the bundle (see \`afterdesk run --list\`).`);
  const args = rawArgs.map((a, i) => {
    try {
      return JSON.parse(a) as unknown;
    } catch {
      throw usage(`argument ${i + 1} is not JSON: ${a}`);
    }
  });
  const wb = await openWorkbook(file, { now: nowFlag(flags), as: flags.as as string | undefined });
  const result = wb.bundle.call(fn, ...args);
  await saveOpenWorkbook(wb);
  if (result !== undefined) printJson(result);
}
