/**
 * TextFinder: Sheets' server-side search over a range. Each search is one backend call that scans the range's
 * cells down to the sheet's last data row; the cost meter is told how many cells it scanned (cost.ts).
 */
import type { Emu } from './emu';
import { displayValue } from './format';
import type { RangeApi } from './range';
import type { SheetApi } from './sheet';
import type { SheetData } from './sheet-data';

export class TextFinderApi {
  private entire = false;
  private caseSensitive = false;
  private regex = false;
  private matches: { r: number; c: number }[] | null = null;
  private at = -1;

  constructor(
    private emu: Emu,
    private sheetApi: SheetApi,
    private data: SheetData,
    private area: { r: number; c: number; nr: number; nc: number },
    private text: string,
  ) {
    if (text === '') throw new Error('Exception: Invalid argument: findText');
  }

  matchEntireCell(on: boolean): this { this.entire = on; this.matches = null; return this; }
  matchCase(on: boolean): this { this.caseSensitive = on; this.matches = null; return this; }
  useRegularExpression(on: boolean): this { this.regex = on; this.matches = null; return this; }
  matchFormulaText(): this { return this; }
  ignoreDiacritics(): this { return this; }

  private search(): { r: number; c: number }[] {
    const { r, c, nc } = this.area;
    const end = Math.min(r + this.area.nr, this.data.values.length);
    this.emu.cost.scan(Math.max(0, end - r) * nc);
    const flags = this.caseSensitive ? '' : 'i';
    // Plain text is compared as text (a long search string is no regular expression to compile).
    const wanted = this.caseSensitive ? this.text : this.text.toLowerCase();
    const re = this.regex
      ? new RegExp(this.entire ? `^(?:${this.text})$` : this.text, flags)
      : { test: (v: string) => { const t = this.caseSensitive ? v : v.toLowerCase(); return this.entire ? t === wanted : t.includes(wanted); } };
    const out: { r: number; c: number }[] = [];
    for (let i = r; i < end; i++) {
      const row = this.data.values[i];
      if (!row) continue;
      for (let j = c; j < c + nc; j++) {
        const v = row[j];
        if (v === undefined || v === '') continue;
        const shown = typeof v === 'string' ? v : displayValue(v, this.data.format(i, j), this.emu.timeZone);
        if (re.test(shown)) out.push({ r: i, c: j });
      }
    }
    return out;
  }

  private cell(m: { r: number; c: number }): RangeApi {
    return this.sheetApi._range(m.r, m.c, 1, 1);
  }

  findAll(): RangeApi[] {
    this.matches = this.search();
    return this.matches.map((m) => this.cell(m));
  }

  findNext(): RangeApi | null {
    if (!this.matches) this.matches = this.search();
    if (this.at + 1 >= this.matches.length) return null;
    this.at++;
    return this.cell(this.matches[this.at]!);
  }

  findPrevious(): RangeApi | null {
    if (!this.matches) this.matches = this.search();
    if (this.at <= 0) return null;
    this.at--;
    return this.cell(this.matches[this.at]!);
  }

  getCurrentMatch(): RangeApi | null {
    return this.matches && this.at >= 0 ? this.cell(this.matches[this.at]!) : null;
  }
}
