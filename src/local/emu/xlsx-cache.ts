/**
 * A cache of the parsed workbook beside the .xlsx (`<path>.cache`): the emulator's sheets as V8-serialised data,
 * keyed by the .xlsx's size, modification time and SHA-256 (and the state file's size and time). A key that
 * does not match — the file was edited in Excel or LibreOffice, or replaced — means the cache is ignored and
 * the .xlsx is parsed as before. Loading 30,000 tickets from the cache takes about a second instead of a minute.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { SheetData } from './sheet-data';
import { DateCell } from './values';

const VERSION = 1;

function keyOf(path: string): string {
  const x = statSync(path);
  const stateFile = `${path}.state.json`;
  const st = existsSync(stateFile) ? statSync(stateFile) : null;
  const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
  return `${VERSION}:${x.size}:${x.mtimeMs}:${hash}:${st ? `${st.size}:${st.mtimeMs}` : '-'}`;
}

/** Writes the cache for the workbook just saved or parsed. */
export function writeCache(path: string, sheets: SheetData[]): void {
  const plain = sheets.map((s) => ({ ...s, values: s.values }));
  const buf = serialize({ key: keyOf(path), sheets: plain });
  writeFileSync(`${path}.cache.tmp`, buf);
  renameSync(`${path}.cache.tmp`, `${path}.cache`);
}

/** The cached sheets when the cache matches the file, else null (and a stale cache is removed). */
export function readCache(path: string): SheetData[] | null {
  const file = `${path}.cache`;
  if (!existsSync(file)) return null;
  try {
    const data = deserialize(readFileSync(file)) as { key: string; sheets: Record<string, unknown>[] };
    if (data.key !== keyOf(path)) {
      unlinkSync(file);
      return null;
    }
    return data.sheets.map((raw) => {
      const s = Object.assign(new SheetData(String(raw['name']), Number(raw['id'])), raw) as SheetData;
      for (const row of s.values) {
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          const v = row[c] as unknown;
          if (v !== null && typeof v === 'object' && typeof (v as { ms?: unknown }).ms === 'number') row[c] = new DateCell((v as { ms: number }).ms);
        }
      }
      return s;
    });
  } catch {
    return null;
  }
}
