/** Display text of a cell under its number format (the subset AfterDesk writes), and Java-style date patterns. */
import { localParts, zoneOffsetMinutes } from '../../core/time';
import { DateCell, type CellValue } from './values';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Java SimpleDateFormat subset: yyyy yy MM MMM dd d HH H mm ss EEE Z XXX a hh, with 'quoted' text. */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const p = localParts(timeZone, ms);
  const off = zoneOffsetMinutes(timeZone, ms);
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const sign = off >= 0 ? '+' : '-';
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    const tok = ch.repeat(n);
    i += n;
    switch (ch) {
      case 'y': out += n === 2 ? pad(p.year % 100) : String(p.year); break;
      case 'M': out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1]!.slice(0, 3) : pad(p.month, n); break;
      case 'd': out += pad(p.day, n); break;
      case 'H': out += pad(p.hour, n); break;
      case 'h': out += pad(((p.hour + 11) % 12) + 1, n); break;
      case 'm': out += pad(p.minute, n); break;
      case 's': out += pad(p.second, n); break;
      case 'S': out += pad(ms % 1000, 3); break;
      case 'E': out += DAYS[p.weekday]; break;
      case 'a': out += p.hour < 12 ? 'AM' : 'PM'; break;
      case 'Z': out += `${sign}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`; break;
      case 'X': out += off === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(off) / 60))}${n >= 3 ? ':' : ''}${pad(Math.abs(off) % 60)}`; break;
      default: out += tok;
    }
  }
  return out;
}

/** Spreadsheet number-format subset: dates (yyyy mm dd hh mm ss), 0, 0.00, #,##0, percent, '@'. */
export function displayValue(v: CellValue, format: string | undefined, timeZone: string): string {
  if (v === '') return '';
  if (v instanceof DateCell) return sheetDate(v.ms, format && /[yd]/i.test(format) ? format : 'yyyy-mm-dd hh:mm:ss', timeZone);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (!format || format === 'General' || format === '@') return String(v);
    const pct = format.includes('%');
    const x = pct ? v * 100 : v;
    const decimals = (/\.(0+)/.exec(format)?.[1] ?? '').length;
    let s = x.toFixed(decimals);
    if (format.includes('#,##')) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const suffix = /"([^"]*)"/.exec(format)?.[1] ?? '';
    return `${s}${pct ? '%' : ''}${suffix ? ` ${suffix.trim()}` : ''}`;
  }
  return v;
}

/** Sheets date formats: yyyy, yy, mm (month, or minutes next to hh/ss), dd, hh, ss. */
function sheetDate(ms: number, format: string, timeZone: string): string {
  const p = localParts(timeZone, ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  const tokens = format.match(/yyyy|yy|mm|m|dd|d|hh|h|ss|s|"[^"]*"|./gi) ?? [];
  return tokens
    .map((t, i) => {
      const l = t.toLowerCase();
      if (l === 'yyyy') return String(p.year);
      if (l === 'yy') return pad(p.year % 100);
      if (l === 'dd') return pad(p.day);
      if (l === 'd') return String(p.day);
      if (l === 'hh') return pad(p.hour);
      if (l === 'h') return String(p.hour);
      if (l === 'ss') return pad(p.second);
      if (l === 'mm' || l === 'm') {
        const prev = tokens.slice(0, i).reverse().find((x) => /^[a-z]/i.test(x))?.toLowerCase() ?? '';
        const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x))?.toLowerCase() ?? '';
        const minute = prev.startsWith('h') || next.startsWith('s');
        return minute ? pad(p.minute) : l === 'mm' ? pad(p.month) : String(p.month);
      }
      if (t.startsWith('"')) return t.slice(1, -1);
      return t;
    })
    .join('');
}
