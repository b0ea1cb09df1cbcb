/** createGasEnvironment: the Apps Script services AfterDesk uses, in memory, with handles for tests and the CLI. */
import { Accounts, SCOPES, gated } from './accounts';
import { Emu } from './emu';
import { makeFormApp, refusal, type FormSpec, type FormSubmitEvent } from './forms';
import { LockControl, makeLockService } from './lock';
import { makeMailApp, toEml, type MailState } from './mail';
import { makeCacheService, makePropertiesService, type PropertyStores } from './props';
import { makeScriptApp, type TriggerSpec } from './script-app';
import { makeSpreadsheetApp, type UiCapture } from './spreadsheet-app';
import { makeHtmlService, makeLogger, makeSession, makeUtilities } from './utilities';
import { ChartType } from './builders';

export interface GasOptions {
  timeZone?: string;
  now?: number;
  userEmail?: string;
  locale?: string;
  mailQuota?: number;
  distDir?: string;
  spreadsheetName?: string;
}

export interface TriggerFaults {
  delayMs(handler: string): number;
  twice(handler: string): boolean;
}

export type GasEnvironment = ReturnType<typeof createGasEnvironment>;

export function createGasEnvironment(opts: GasOptions = {}) {
  const emu = new Emu({
    timeZone: opts.timeZone ?? 'Asia/Kuala_Lumpur',
    now: opts.now ?? Date.now(),
    userEmail: opts.userEmail ?? 'owner@example.com',
    locale: opts.locale ?? 'en_US',
    name: opts.spreadsheetName ?? 'AfterDesk',
  });
  emu.accounts = new Accounts(emu, emu.userEmail, opts.mailQuota ?? null);
  const ui: UiCapture = { menus: [], alerts: [], sidebars: [], dialogs: [], alertResponse: 'OK' };
  const locks = new LockControl(emu);
  const mail: MailState = { outbox: [], quota: opts.mailQuota ?? 100, usedToday: 0, day: '', quotaSet: opts.mailQuota !== undefined };
  const properties: PropertyStores = { script: {}, document: {}, user: {} };
  const triggers: TriggerSpec[] = [];
  const formSpecs: FormSpec[] = [];
  const logs: string[] = [];
  const forms = makeFormApp(emu, formSpecs);
  // Each service structurally follows its @types/google-apps-script interface (the methods AfterDesk uses).
  const globals = {
    SpreadsheetApp: makeSpreadsheetApp(emu, ui) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    LockService: makeLockService(emu, locks) as unknown as GoogleAppsScript.Lock.LockService,
    PropertiesService: makePropertiesService(emu, properties) as unknown as GoogleAppsScript.Properties.PropertiesService,
    CacheService: makeCacheService(emu) as unknown as GoogleAppsScript.Cache.CacheService,
    MailApp: gated(emu, makeMailApp(emu, mail), 'MailApp', SCOPES.mail) as unknown as GoogleAppsScript.Mail.MailApp,
    ScriptApp: gated(emu, makeScriptApp(emu, triggers), 'ScriptApp', SCOPES.triggers, ['getAuthorizationInfo', 'requireScopes', 'requireAllScopes', 'getScriptId', 'getOAuthToken']) as unknown as GoogleAppsScript.Script.ScriptApp,
    HtmlService: makeHtmlService(emu, opts.distDir ?? 'dist') as unknown as GoogleAppsScript.HTML.HtmlService,
    Utilities: makeUtilities(emu) as unknown as GoogleAppsScript.Utilities.Utilities,
    Session: makeSession(emu) as unknown as GoogleAppsScript.Base.Session,
    FormApp: gated(emu, forms.app, 'FormApp', SCOPES.forms) as unknown as GoogleAppsScript.Forms.FormApp,
    Logger: emu.wrap(makeLogger(logs), 'Logger') as unknown as GoogleAppsScript.Base.Logger,
    Charts: { ChartType } as unknown as GoogleAppsScript.Charts.Charts,
  };
  if (emu.book.sheets.length === 0) emu.book.addSheet('Sheet1');
  const env = {
    emu,
    globals,
    calls: emu.calls,
    /** The cost model: `cost.last()` is the last execution's counts and modelled seconds, `cost.summary()` the --cost JSON. */
    cost: emu.cost,
    locks,
    ui,
    mail,
    properties,
    triggers,
    logs,
    get outbox() {
      return mail.outbox;
    },
    get toasts() {
      return emu.toasts;
    },
    get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
      return emu.spreadsheetProxy() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    },
    clock: {
      now: () => emu.now,
      set: (ms: number) => {
        emu.now = ms;
      },
      advance: (ms: number) => {
        emu.now += ms;
      },
    },
    setUser(email: string) {
      emu.userEmail = email;
    },
    /** Google accounts: consent (decline/grant scopes), mail quota, the spreadsheet's owner. */
    accounts: emu.accounts,
    /** Shares the spreadsheet's owner: who created it (defaults to the first user). */
    get owner() {
      return emu.accounts.owner;
    },
    forms: {
      list: formSpecs,
      /** A person submits the form: the response row lands in the destination sheet; returns the event. */
      submitAsUser(formId: string, answers: Record<string, string>, signedIn = false): FormSubmitEvent {
        const f = formSpecs.find((x) => x.id === formId);
        if (!f) throw new Error(`no form ${formId}`);
        const why = refusal(f, signedIn);
        if (why) throw new Error(why);
        const { row, values } = forms.appendResponse(f, answers);
        const sheet = f.destinationSheet ? env.spreadsheet.getSheetByName(f.destinationSheet) : null;
        const namedValues = Object.fromEntries([['Timestamp', [values[0]!]], ...f.items.map((it, i) => [it.title, [values[i + 1] ?? '']])]);
        return { range: sheet && row ? sheet.getRange(row, 1, 1, values.length) : null, values, namedValues, authMode: 'FULL', triggerUid: '' };
      },
    },
    toEml: (m: (typeof mail.outbox)[number]) => toEml(m, emu.userEmail),
    /** Trigger faults (src/local/emu/faults/): each firing's delay and whether Google fires it twice. */
    triggerFaults: null as TriggerFaults | null,
    scopes: SCOPES,
  };
  return env;
}
