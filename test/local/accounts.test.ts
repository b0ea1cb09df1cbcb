/** The emulator's Google accounts: what each account sees, sends, may open and may write, as Apps Script has it. */
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { SCOPES } from '../../src/local/emu/accounts';

const T0 = Date.parse('2026-11-16T02:00:00Z');
const OWNER = 'owner@shop.test';

function fresh(opts: { mailQuota?: number } = {}) {
  const env = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: T0, userEmail: OWNER, ...opts });
  return { env, g: env.globals };
}

describe('accounts', () => {
  it('lists to each account only the triggers it created, 20 per account', () => {
    const { env, g } = fresh();
    g.ScriptApp.newTrigger('onHourly').timeBased().everyHours(1).create();
    env.setUser('lead@shop.test');
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    g.ScriptApp.newTrigger('onHourly').timeBased().everyHours(1).create();
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['onHourly']);
    // Deleting someone else's trigger does nothing.
    env.setUser(OWNER);
    const mine = g.ScriptApp.getProjectTriggers();
    expect(mine.length).toBe(1);
    expect(env.triggers.map((t) => t.owner)).toEqual([OWNER, 'lead@shop.test']);
    for (let i = 0; i < 19; i++) g.ScriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger('one-more').timeBased().everyHours(1).create()).toThrow('too many triggers');
    env.setUser('lead@shop.test');
    expect(() => g.ScriptApp.newTrigger('lead-2').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('getActiveUser is blank in a trigger run by a consumer account, the creator in its own Workspace; effective user is the creator', () => {
    const { env, g } = fresh();
    const seen = () => [g.Session.getActiveUser().getEmail(), g.Session.getEffectiveUser().getEmail()];
    expect(seen()).toEqual([OWNER, OWNER]);
    expect(env.accounts.runAs(OWNER, true, seen)).toEqual([OWNER, OWNER]); // same Workspace domain as the owner
    expect(env.accounts.runAs('jun@gmail.com', true, seen)).toEqual(['', 'jun@gmail.com']);
    expect(env.accounts.runAs('jun@gmail.com', false, seen)).toEqual(['jun@gmail.com', 'jun@gmail.com']);
    expect(seen()).toEqual([OWNER, OWNER]);
  });

  it('sends from the running account against its own quota: 100 for Gmail, 1,500 for Workspace', () => {
    const { env, g } = fresh();
    expect(g.MailApp.getRemainingDailyQuota()).toBe(1500);
    g.MailApp.sendEmail({ to: 'a@example.com', subject: 'Hi', body: 'b', name: 'Kedai', replyTo: 'support@kedai.test' });
    env.setUser('jun@gmail.com');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
    g.MailApp.sendEmail('b@example.com', 'Yo', 'b');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(99);
    env.setUser(OWNER);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(1499);
    expect(env.outbox.map((m) => m.from)).toEqual([OWNER, 'jun@gmail.com']);
    const eml = env.toEml(env.outbox[0]!);
    expect(eml).toContain(`From: Kedai <${OWNER}>`);
    expect(eml).toContain('Reply-To: support@kedai.test');
    expect(env.toEml(env.outbox[1]!)).toContain('From: <jun@gmail.com>');
    expect(() => g.MailApp.sendEmail('not an address', 's', 'b')).toThrow('Invalid email: not an address');
  });

  it('a declined scope makes the calls that need it throw, and getAuthorizationInfo/requireScopes report it', () => {
    const { env, g } = fresh();
    env.accounts.decline('mei@shop.test', SCOPES.forms);
    env.setUser('mei@shop.test');
    expect(() => g.FormApp.create('x')).toThrow(`You do not have permission to call FormApp.create. Required permissions: ${SCOPES.forms}`);
    expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).not.toThrow();
    const S = g.ScriptApp as unknown as { getAuthorizationInfo(m: unknown, s: string[]): { getAuthorizationStatus(): string; getAuthorizedScopes(): string[] }; requireScopes(m: unknown, s: string[]): void };
    expect(S.getAuthorizationInfo('FULL', [SCOPES.forms, SCOPES.mail]).getAuthorizationStatus()).toBe('REQUIRED');
    expect(S.getAuthorizationInfo('FULL', [SCOPES.forms, SCOPES.mail]).getAuthorizedScopes()).toEqual([SCOPES.mail]);
    expect(S.getAuthorizationInfo('FULL', [SCOPES.mail]).getAuthorizationStatus()).toBe('NOT_REQUIRED');
    expect(() => S.requireScopes('FULL', [SCOPES.forms])).toThrow('Authorization is required');
    env.setUser(OWNER);
    expect(() => g.FormApp.create('x')).not.toThrow();
  });

  it('a form lives in its creator\'s Drive: others get openById\'s error until made editors; it starts unpublished', () => {
    const { env, g } = fresh();
    const form = g.FormApp.create('Survey') as unknown as GoogleAppsScript.Forms.Form & { setPublished(b: boolean): void; isPublished(): boolean; addEditor(e: string): void };
    form.addTextItem().setTitle('Ref');
    const id = form.getId();
    expect(form.isPublished()).toBe(false);
    expect(() => env.forms.submitAsUser(id, { Ref: 'x' })).toThrow('not published');
    env.setUser('aisyah@shop.test');
    expect(() => g.FormApp.openById(id)).toThrow('No item with the given ID could be found, or you do not have permission to access it.');
    env.setUser(OWNER);
    form.addEditor('aisyah@shop.test');
    form.setPublished(true);
    env.setUser('aisyah@shop.test');
    expect(g.FormApp.openById(id).getTitle()).toBe('Survey');
    expect(() => env.forms.submitAsUser(id, { Ref: 'x' })).not.toThrow();
  });

  it('a protection binds non-editors once its editor list is narrowed; warning-only and mirrored ones bind nobody; the owner always edits', () => {
    const { env } = fresh();
    const sheet = env.spreadsheet.insertSheet('Tickets');
    const mirrored = sheet.getRange('A1:A5').protect();
    const warn = sheet.getRange('B1:B5').protect().setWarningOnly(true);
    const strict = sheet.getRange('C1:C5').protect();
    strict.removeEditors(strict.getEditors());
    strict.addEditor('lead@shop.test');
    warn.removeEditors(warn.getEditors());
    void mirrored;
    env.setUser('aisyah@shop.test');
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]])).not.toThrow();
    expect(() => sheet.getRange('B3:C3').setValues([[1, 2]])).toThrow('You are trying to edit a protected cell or object.');
    expect(() => sheet.getRange('C4').setNumberFormat('@')).toThrow('protected');
    expect(strict.canEdit()).toBe(false);
    env.setUser('lead@shop.test');
    expect(() => sheet.getRange('C4').setValue('lead')).not.toThrow();
    env.setUser(OWNER);
    expect(() => sheet.getRange('C5').setValue('owner')).not.toThrow();
  });

  it('a range past the grid throws until the sheet is grown; appendRow grows it', () => {
    const { env } = fresh();
    const sheet = env.spreadsheet.insertSheet('Log');
    expect(() => sheet.getRange(1001, 1, 1, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    sheet.insertRowsAfter(1000, 10);
    expect(sheet.getRange(1001, 1).setValue('x').getValue()).toBe('x');
    sheet.getRange(1, 1, 1010, 1).setValues(Array.from({ length: 1010 }, () => ['y']));
    sheet.appendRow(['grown']);
    expect(sheet.getMaxRows()).toBe(1011);
  });
});
