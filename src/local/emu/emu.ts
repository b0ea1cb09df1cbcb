/** The emulator's shared state: the workbook, the clock, the zone, the realm's Date, the call counter and cost meter. */
import { zonedTimeToUtc } from '../../core/time';
import type { Accounts } from './accounts';
import { Book } from './book';
import {
  ConditionalFormatRule, DataValidation, EmbeddedChart, EmbeddedChartBuilder, Protection,
} from './builders';
import { CallCounter, counted } from './calls';
import { FormulaEngine } from './formulas';
import { DateCell, type CellValue } from './values';
import { CostMeter } from './cost';
import { SheetApi, SpreadsheetApi } from './sheet';
import type { RangeApi } from './range';
import type { ChartSpec, ConditionalRule, ProtectionSpec, SheetData, ValidationRule } from './sheet-data';

export class Emu {
  readonly calls = new CallCounter();
  /** The cost model's per-execution records (cost.ts). */
  readonly cost = new CostMeter();
  book: Book;
  timeZone: string;
  locale: string;
  userEmail: string;
  now: number;
  toasts: { msg: string; title: string; timeout: number }[] = [];
  /** The range last activate()d: what getActiveRange() returns. */
  activeRange: RangeApi | null = null;
  /** Google accounts: set by createGasEnvironment (src/local/emu/accounts.ts). */
  accounts!: Accounts;
  /** Ranges past the sheet's rows or columns throw, as in Apps Script (insertRows/insertColumns grow it). */
  strictGrid = true;
  /** Tests: a person's hand edit, made just before the script's next write (between its read and its write). */
  onNextWrite: (() => void) | null = null;
  private RealmDate: DateConstructor = Date;
  private sheetProxies = new WeakMap<SheetData, SheetApi>();
  private ssProxy: SpreadsheetApi | null = null;
  private protectionSeq = 0;

  constructor(opts: { timeZone: string; now: number; userEmail: string; locale: string; name: string }) {
    this.timeZone = opts.timeZone;
    this.now = opts.now;
    this.userEmail = opts.userEmail;
    this.locale = opts.locale;
    this.book = new Book(`emu-${Math.abs(hash(opts.name)).toString(36)}`, opts.name);
  }

  setRealmDate(D: DateConstructor): void {
    this.RealmDate = D;
  }

  makeDate = (ms: number): Date => new this.RealmDate(ms);

  /** A new Date for "now" in the bundle's realm (the bundle's own `new Date()` is patched to this clock too). */
  nowDate(): Date {
    return this.makeDate(this.now);
  }

  toInstant = (y: number, m: number, d: number, h: number, mi: number, s: number): number =>
    zonedTimeToUtc(this.timeZone, y, m, d, h, mi, s);

  wrap<T extends object>(obj: T, service: string): T {
    return counted(obj, service, this.calls, this.cost);
  }

  private readonly formulas = new FormulaEngine(() => this.book, () => this.timeZone, () => this.now);

  /** A formula cell's value as stored: a DateCell for a date result (xlsx saving caches it). */
  formulaResult(data: SheetData, r: number, c: number): CellValue {
    return this.formulas.value(data, r, c);
  }

  /** The value a formula cell reads back (computed, or the file's cached result; see formulas.ts). */
  evaluate(data: SheetData, r: number, c: number): unknown {
    const v = this.formulas.value(data, r, c);
    return v instanceof DateCell ? this.makeDate(v.ms) : v;
  }

  sheetProxy(data: SheetData): SheetApi {
    let p = this.sheetProxies.get(data);
    if (!p) {
      p = this.wrap(new SheetApi(this, data), 'Sheet');
      this.sheetProxies.set(data, p);
    }
    return p;
  }

  spreadsheetProxy(): SpreadsheetApi {
    if (!this.ssProxy) this.ssProxy = this.wrap(new SpreadsheetApi(this), 'Spreadsheet');
    return this.ssProxy;
  }

  protect(data: SheetData, range: ProtectionSpec['range']): Protection {
    const spec: ProtectionSpec = { id: ++this.protectionSeq, description: '', warningOnly: false, range };
    data.protections.push(spec);
    return this.wrap(new Protection(data, spec, this), 'Protection');
  }

  protectionApi(data: SheetData, spec: ProtectionSpec): Protection {
    return this.wrap(new Protection(data, spec, this), 'Protection');
  }

  validationApi(rule: ValidationRule | null): DataValidation | null {
    return rule ? new DataValidation(rule) : null;
  }

  conditionalApi(rule: ConditionalRule, _data: SheetData): ConditionalFormatRule {
    return new ConditionalFormatRule(rule);
  }

  chartBuilder(_data: SheetData): EmbeddedChartBuilder {
    return this.wrap(new EmbeddedChartBuilder(), 'EmbeddedChartBuilder');
  }

  chartApi(spec: ChartSpec): EmbeddedChart {
    return new EmbeddedChart(spec);
  }
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
