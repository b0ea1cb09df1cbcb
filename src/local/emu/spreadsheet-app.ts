/** SpreadsheetApp and its Ui: menus, alerts, sidebars and dialogs are captured for tests to inspect. */
import { ConditionalFormatRuleBuilder, DataValidationBuilder } from './builders';
import type { Emu } from './emu';

export interface UiCapture {
  menus: { name: string; items: ({ label: string; fn: string } | null)[] }[];
  alerts: { title: string; message: string }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
  alertResponse: string;
}

class Menu {
  items: ({ label: string; fn: string } | null)[] = [];
  constructor(private ui: UiCapture, private name: string) {}
  addItem(label: string, fn: string): this { this.items.push({ label, fn }); return this; }
  addSeparator(): this { this.items.push(null); return this; }
  addSubMenu(menu: Menu): this { this.items.push(...menu.items); return this; }
  addToUi(): void {
    this.ui.menus = this.ui.menus.filter((m) => m.name !== this.name);
    this.ui.menus.push({ name: this.name, items: this.items });
  }
}

export function makeSpreadsheetApp(emu: Emu, ui: UiCapture) {
  const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  const uiApi = emu.wrap({
    createMenu: (name: string) => emu.wrap(new Menu(ui, name), 'Menu'),
    createAddonMenu: () => emu.wrap(new Menu(ui, 'Add-on'), 'Menu'),
    alert: (a: string, b?: unknown) => {
      ui.alerts.push({ title: typeof b === 'string' ? a : '', message: typeof b === 'string' ? b : a });
      return ui.alertResponse;
    },
    prompt: () => ({ getResponseText: () => '', getSelectedButton: () => Button.CANCEL }),
    showSidebar: (out: { getContent(): string; getTitle(): string }) => { ui.sidebars.push({ title: out.getTitle(), html: out.getContent() }); },
    showModalDialog: (out: { getContent(): string }, title: string) => { ui.dialogs.push({ title, html: out.getContent() }); },
    showModelessDialog: (out: { getContent(): string }, title: string) => { ui.dialogs.push({ title, html: out.getContent() }); },
    Button,
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
  }, 'Ui');
  return emu.wrap({
    getActiveSpreadsheet: () => emu.spreadsheetProxy(),
    getActive: () => emu.spreadsheetProxy(),
    openById: (id: string) => {
      if (id !== emu.book.id) throw new Error(`Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
      return emu.spreadsheetProxy();
    },
    getUi: () => uiApi,
    flush: () => undefined,
    newDataValidation: () => emu.wrap(new DataValidationBuilder(), 'DataValidationBuilder'),
    newConditionalFormatRule: () => emu.wrap(new ConditionalFormatRuleBuilder(), 'ConditionalFormatRuleBuilder'),
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    BorderStyle: { SOLID: 'SOLID', DOTTED: 'DOTTED', DASHED: 'DASHED' },
    DataValidationCriteria: { VALUE_IN_LIST: 'VALUE_IN_LIST', CHECKBOX: 'CHECKBOX' },
  }, 'SpreadsheetApp');
}
