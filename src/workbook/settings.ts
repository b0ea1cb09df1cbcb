/** The Settings tab read into typed values: each key parsed by its declared type, errors naming Settings!B<row>. */
import { SETTINGS, type SettingDef, settingDefault } from '../../sheets-templates/settings';
import { UserError, isUserError } from '../core/errors';
import { isValidTimeZone, localDateKey, parseDateKey } from '../core/time';
import { normaliseHeader } from './headers';
import { mapHeaders } from './headers';
import { SETTINGS_TAB, findSheet } from './tabs';
import { tabMissing } from './table';

export interface SettingsValues {
  /** Raw text of a key (the default when absent or blank). */
  text(key: string): string;
  number(key: string): number;
  /** null for 'unlimited' / empty. */
  numberOrNull(key: string): number | null;
  list(key: string): string[];
  dates(key: string): string[];
  readonly timeZone: string;
  /** Keys present in the tab with the row they stand in. */
  readonly rows: ReadonlyMap<string, number>;
}

const DEFS = new Map(SETTINGS.map((d) => [normaliseHeader(d.key), d] as const));
const DEFS_ZH = new Map(SETTINGS.map((d) => [normaliseHeader(d.zh), d] as const));

function bad(def: SettingDef, row: number | undefined, value: string, what: { en: string; zh: string }): UserError {
  const where = row ? `Settings!B${row}` : 'Settings';
  return new UserError(
    'setting_invalid',
    { en: `${where} (${def.key}): "${value}" ${what.en}`, zh: `${where}（${def.zh}）：“${value}”${what.zh}` },
    def.key,
  );
}

export function readSettings(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  opts: { year: number; spreadsheetTimeZone: string },
): SettingsValues {
  const sheet = findSheet(ss, SETTINGS_TAB);
  if (!sheet) throw tabMissing(SETTINGS_TAB);
  const values = sheet.getDataRange().getValues();
  return parseSettings(values, opts);
}

export function parseSettings(values: unknown[][], opts: { year: number; spreadsheetTimeZone: string }): SettingsValues {
  const map = mapHeaders(SETTINGS_TAB, values[0] ?? []);
  const k = map.index['key'] ?? 0;
  const v = map.index['value'] ?? 1;
  const raw = new Map<string, string>();
  const rows = new Map<string, number>();
  values.slice(1).forEach((line, i) => {
    const name = normaliseHeader(line[k]);
    const def = DEFS.get(name) ?? DEFS_ZH.get(name);
    const cell = line[v];
    // A date typed into a cell that is not text-formatted becomes a date at local midnight of the spreadsheet's
    // zone: read its calendar day there (toISOString would give the day before anywhere east of UTC).
    const text = Object.prototype.toString.call(cell) === '[object Date]'
      ? localDateKey(opts.spreadsheetTimeZone, (cell as Date).getTime())
      : String(cell ?? '').trim();
    if (def) {
      raw.set(def.key, text);
      rows.set(def.key, i + 2);
    }
  });
  const defOf = (key: string): SettingDef => {
    const def = DEFS.get(normaliseHeader(key));
    if (!def) throw new Error(`Unknown setting key: ${key}`);
    return def;
  };
  const text = (key: string): string => {
    const def = defOf(key);
    const value = raw.get(def.key);
    return value === undefined || value === '' ? settingDefault(def, opts.year) : value;
  };
  const numberOrNull = (key: string): number | null => {
    const def = defOf(key);
    const t = text(key);
    if (t === '' || /^(unlimited|none|no limit|不限|无限)$/i.test(t)) return null;
    const n = Number(t.replace(/,/g, ''));
    if (!isFinite(n)) throw bad(def, rows.get(def.key), t, { en: 'is not a number', zh: '不是数字' });
    if (def.type === 'integer' && !Number.isInteger(n)) throw bad(def, rows.get(def.key), t, { en: 'is not a whole number', zh: '不是整数' });
    if (def.min !== undefined && n < def.min) throw bad(def, rows.get(def.key), t, { en: `is below ${def.min}`, zh: `小于 ${def.min}` });
    if (def.max !== undefined && n > def.max) throw bad(def, rows.get(def.key), t, { en: `is above ${def.max}`, zh: `大于 ${def.max}` });
    return n;
  };
  const number = (key: string): number => {
    const n = numberOrNull(key);
    if (n === null) {
      const def = defOf(key);
      throw bad(def, rows.get(def.key), text(key), { en: 'must be a number', zh: '必须是数字' });
    }
    return n;
  };
  const list = (key: string): string[] =>
    text(key)
      .split(/[,;，；\n]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  const dates = (key: string): string[] => {
    const def = defOf(key);
    return list(key).map((d) => {
      const p = parseDateKey(d);
      if (!p) throw bad(def, rows.get(def.key), d, { en: 'is not a date (YYYY-MM-DD)', zh: '不是日期（YYYY-MM-DD）' });
      return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
    });
  };
  const tzText = text('Time Zone') || opts.spreadsheetTimeZone;
  if (!isValidTimeZone(tzText)) {
    throw bad(defOf('Time Zone'), rows.get('Time Zone'), tzText, { en: 'is not an IANA time zone (e.g. Asia/Singapore)', zh: '不是有效的 IANA 时区（如 Asia/Singapore）' });
  }
  return { text, number, numberOrNull, list, dates, timeZone: tzText, rows };
}

/**
 * A setting read with a fallback for workbooks whose Settings tab predates the key. A value typed wrong is still a
 * UserError: the user must fix it, not have it silently replaced.
 */
export function settingOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (e) {
    if (isUserError(e)) throw e;
    return fallback;
  }
}
