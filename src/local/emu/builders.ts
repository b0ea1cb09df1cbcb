/** Builders and small objects of the Spreadsheet service: validation, conditional formats, protection, charts. */
import { binds } from './accounts';
import type { Emu } from './emu';
import type { ChartSpec, ConditionalRule, ProtectionSpec, SheetData, ValidationRule } from './sheet-data';

export class DataValidationBuilder {
  _rule: ValidationRule = { kind: 'other', values: [], allowInvalid: true, helpText: '' };
  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this._rule = { ...this._rule, kind: 'list', values: values.map(String) };
    return this;
  }
  requireCheckbox(): this {
    this._rule = { ...this._rule, kind: 'checkbox', values: [] };
    return this;
  }
  requireNumberBetween(): this { return this; }
  requireDate(): this { return this; }
  setAllowInvalid(allow: boolean): this { this._rule.allowInvalid = allow; return this; }
  setHelpText(text: string): this { this._rule.helpText = text; return this; }
  build(): DataValidation { return new DataValidation({ ...this._rule }); }
}

export class DataValidation {
  constructor(readonly _rule: ValidationRule) {}
  getCriteriaType(): string { return this._rule.kind === 'list' ? 'VALUE_IN_LIST' : this._rule.kind === 'checkbox' ? 'CHECKBOX' : 'CUSTOM_FORMULA'; }
  getCriteriaValues(): unknown[] { return this._rule.kind === 'list' ? [this._rule.values, true] : []; }
  getAllowInvalid(): boolean { return this._rule.allowInvalid; }
  getHelpText(): string { return this._rule.helpText; }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder();
    b._rule = { ...this._rule };
    return b;
  }
}

export class ConditionalFormatRuleBuilder {
  _rule: ConditionalRule = { formula: '', background: null, fontColor: null, ranges: [] };
  whenFormulaSatisfied(formula: string): this { this._rule.formula = formula; return this; }
  whenTextEqualTo(text: string): this { this._rule.formula = `=TEXT_EQ("${text}")`; return this; }
  setBackground(color: string): this { this._rule.background = color; return this; }
  setFontColor(color: string): this { this._rule.fontColor = color; return this; }
  setBold(): this { return this; }
  setRanges(ranges: { r: number; c: number; nr: number; nc: number }[]): this {
    this._rule.ranges = ranges.map((r) => ({ r: r.r, c: r.c, nr: r.nr, nc: r.nc }));
    return this;
  }
  build(): ConditionalFormatRule { return new ConditionalFormatRule({ ...this._rule }); }
}

export class ConditionalFormatRule {
  constructor(readonly _rule: ConditionalRule) {}
  getBooleanCondition(): { getCriteriaValues(): unknown[]; getBackground(): string | null } {
    const rule = this._rule;
    return { getCriteriaValues: () => [rule.formula], getBackground: () => rule.background };
  }
  getRanges(): unknown[] { return this._rule.ranges.map(rangeLike); }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder();
    b._rule = { ...this._rule, ranges: this._rule.ranges.map((r) => ({ ...r })) };
    return b;
  }
}

/** A rule's range as the Range methods a script reads from it (position only). */
function rangeLike(r: { r: number; c: number; nr: number; nc: number }) {
  return { ...r, getRow: () => r.r + 1, getColumn: () => r.c + 1, getNumRows: () => r.nr, getNumColumns: () => r.nc, getLastRow: () => r.r + r.nr, getLastColumn: () => r.c + r.nc };
}

export class Protection {
  constructor(private data: SheetData, readonly _spec: ProtectionSpec, private emu?: Emu) {}
  setDescription(d: string): this { this._spec.description = d; return this; }
  getDescription(): string { return this._spec.description; }
  setWarningOnly(w: boolean): this { this._spec.warningOnly = w; return this; }
  isWarningOnly(): boolean { return this._spec.warningOnly; }
  remove(): void { this.data.protections = this.data.protections.filter((p) => p !== this._spec); }
  /** False when the protection binds the running account (see accounts.ts). */
  canEdit(): boolean { return !this.emu || !binds(this._spec, this.emu.userEmail, this.emu.accounts.owner); }
  getEditors(): { getEmail(): string }[] {
    const list = this._spec.editors ?? [];
    return list.map((e) => ({ getEmail: () => e }));
  }
  removeEditors(users: (string | { getEmail(): string })[]): this {
    const drop = new Set(users.map((u) => (typeof u === 'string' ? u : u.getEmail()).toLowerCase()));
    this._spec.editors = (this._spec.editors ?? []).filter((e) => !drop.has(e.toLowerCase()));
    return this;
  }
  removeEditor(user: string | { getEmail(): string }): this { return this.removeEditors([user]); }
  addEditors(users: string[]): this {
    this._spec.editors = [...new Set([...(this._spec.editors ?? []), ...users.map(String)])];
    return this;
  }
  addEditor(user: string | { getEmail(): string }): this { return this.addEditors([typeof user === 'string' ? user : user.getEmail()]); }
}

let chartSeq = 0;

export class EmbeddedChartBuilder {
  _spec: ChartSpec = { id: `chart-${++chartSeq}`, type: 'COLUMN', ranges: [], anchor: { row: 1, col: 1 }, options: {} };
  setChartType(type: string): this { this._spec.type = String(type); return this; }
  addRange(range: { r: number; c: number; nr: number; nc: number }): this {
    this._spec.ranges.push({ r: range.r, c: range.c, nr: range.nr, nc: range.nc });
    return this;
  }
  setPosition(row: number, col: number): this { this._spec.anchor = { row, col }; return this; }
  setOption(name: string, value: unknown): this { this._spec.options[name] = value; return this; }
  asLineChart(): this { return this.setChartType('LINE'); }
  asColumnChart(): this { return this.setChartType('COLUMN'); }
  asBarChart(): this { return this.setChartType('BAR'); }
  asPieChart(): this { return this.setChartType('PIE'); }
  setTitle(t: string): this { return this.setOption('title', t); }
  build(): EmbeddedChart { return new EmbeddedChart({ ...this._spec, options: { ...this._spec.options } }); }
}

export class EmbeddedChart {
  constructor(readonly _spec: ChartSpec) {}
  getId(): string { return this._spec.id; }
  getOptions(): { get(name: string): unknown } { return { get: (n) => this._spec.options[n] }; }
  getRanges(): unknown[] { return this._spec.ranges; }
  modify(): EmbeddedChartBuilder {
    const b = new EmbeddedChartBuilder();
    b._spec = { ...this._spec };
    return b;
  }
}

export const ChartType = { LINE: 'LINE', COLUMN: 'COLUMN', BAR: 'BAR', PIE: 'PIE', AREA: 'AREA', SCATTER: 'SCATTER', TABLE: 'TABLE', COMBO: 'COMBO' };
