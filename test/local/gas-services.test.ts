// The emulated non-sheet services: Lock (contention model), Properties, Cache, Mail (+ .eml), ScriptApp
// triggers, Utilities, Session, FormApp and Logger — each checked against Apps Script's documented behaviour.
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';

const T0 = Date.parse('2026-11-20T01:00:00Z');
const fresh = (opts: Parameters<typeof createGasEnvironment>[0] = {}) =>
  createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: T0, userEmail: 'owner@shop.test', ...opts });

describe('LockService', () => {
  it('re-acquiring a held lock succeeds; release frees it', () => {
    const env = fresh();
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('waits on the simulated clock for a lock another execution holds, up to the timeout', () => {
    const env = fresh();
    env.locks.holdBy('other', T0 + 4000);
    const lock = env.globals.LockService.getDocumentLock();
    lock.waitLock(10_000);
    expect(env.clock.now()).toBe(T0 + 4000);
    expect(lock.hasLock()).toBe(true);
  });

  it('times out: tryLock is false and waitLock throws, after the clock moved by the timeout', () => {
    const env = fresh();
    env.locks.holdBy('other', T0 + 60_000);
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(env.clock.now()).toBe(T0 + 5000);
    expect(() => lock.waitLock(5000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(env.clock.now()).toBe(T0 + 10_000);
    // Script and document locks are separate.
    expect(env.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('runs the onAcquire hook once, just before a free lock is taken', () => {
    const env = fresh();
    const order: string[] = [];
    const off = env.locks.onAcquire((kind) => order.push(`other execution (${kind})`));
    env.globals.LockService.getScriptLock().waitLock(1000);
    order.push('this execution holds the lock');
    off();
    env.globals.LockService.getDocumentLock().waitLock(1000);
    expect(order).toEqual(['other execution (script)', 'this execution holds the lock']);
  });
});

describe('PropertiesService', () => {
  it('stores strings per store, sets many at once and deletes others on request', () => {
    const env = fresh();
    const p = env.globals.PropertiesService.getScriptProperties();
    p.setProperty('a', '1').setProperty('b', 2 as unknown as string);
    expect(p.getProperty('b')).toBe('2');
    expect(p.getProperty('missing')).toBeNull();
    p.setProperties({ c: '3' });
    expect(p.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    p.setProperties({ d: '4' }, true);
    expect(p.getKeys()).toEqual(['d']);
    p.deleteProperty('d');
    expect(p.getProperties()).toEqual({});
    env.globals.PropertiesService.getUserProperties().setProperty('u', 'x');
    expect(env.globals.PropertiesService.getDocumentProperties().getProperty('u')).toBeNull();
    expect(env.properties.user).toEqual({ u: 'x' });
  });

  it('enforces 9 KB a value and 500 KB a store, leaving the store unchanged on failure', () => {
    const env = fresh();
    const p = env.globals.PropertiesService.getDocumentProperties();
    p.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(/Argument too large/);
    // Multi-byte characters count as bytes: 3,073 × 3 bytes > 9 KB.
    expect(() => p.setProperty('zh', '客'.repeat(3073))).toThrow(/Argument too large/);
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`k${i}`] = 'y'.repeat(9000);
    expect(() => p.setProperties(many)).toThrow(/property storage quota/);
    expect(p.getKeys()).toEqual(['ok']);
  });
});

describe('CacheService', () => {
  it('expires entries against the simulated clock, ttl capped at 6 h', () => {
    const env = fresh();
    const c = env.globals.CacheService.getScriptCache()!;
    c.put('short', 'v', 60);
    c.put('long', 'w', 100_000);
    c.putAll({ x: '1', y: '2' }, 600);
    expect(c.getAll(['short', 'x', 'nope'])).toEqual({ short: 'v', x: '1' });
    env.clock.advance(60_000);
    expect(c.get('short')).toBeNull();
    expect(c.get('x')).toBe('1');
    env.clock.advance(21_600_000 - 60_000 - 1);
    expect(c.get('long')).toBe('w');
    env.clock.advance(1);
    expect(c.get('long')).toBeNull();
  });

  it('refuses values over 100 KB and removes entries', () => {
    const env = fresh();
    const c = env.globals.CacheService.getDocumentCache()!;
    expect(() => c.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow(/Argument too large/);
    c.put('a', '1');
    c.put('b', '2');
    c.removeAll(['a']);
    c.remove('b');
    expect(c.getAll(['a', 'b'])).toEqual({});
  });
});

describe('MailApp', () => {
  it('sends both call forms into the outbox and counts recipients against the daily quota', () => {
    const env = fresh({ mailQuota: 5 });
    const mail = env.globals.MailApp;
    mail.sendEmail('a@x.test', 'Hello', 'Body', { cc: 'b@x.test', name: 'AfterDesk' });
    mail.sendEmail({ to: 'c@x.test, d@x.test', subject: '您好', body: 'text', htmlBody: '<b>html</b>' });
    expect(env.outbox.map((m) => [m.to, m.subject, m.at])).toEqual([['a@x.test', 'Hello', T0], ['c@x.test, d@x.test', '您好', T0]]);
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail('e@x.test, f@x.test', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(env.outbox).toHaveLength(2);
    // The quota resets at the next day boundary (Pacific time, where Google counts the day).
    env.clock.set(Date.parse('2026-11-21T08:00:00Z'));
    expect(mail.getRemainingDailyQuota()).toBe(5);
  });

  it('refuses more than 50 recipients in one message and any mail with quota 0', () => {
    const to = Array.from({ length: 51 }, (_, i) => `r${i}@x.test`).join(',');
    expect(() => fresh({ mailQuota: 100 }).globals.MailApp.sendEmail(to, 's', 'b')).toThrow();
    expect(() => fresh({ mailQuota: 0 }).globals.MailApp.sendEmail('a@x.test', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
  });

  it('renders RFC 5322 .eml: encoded UTF-8 subject, multipart/alternative, Date from the simulated clock', () => {
    const env = fresh();
    env.globals.MailApp.sendEmail({ to: 'c@x.test', subject: '退款 refund', body: '文字', htmlBody: '<p>文字</p>' });
    const eml = env.toEml(env.outbox[0]!);
    const [head, ...rest] = eml.split('\r\n\r\n');
    expect(head).toContain(`Subject: =?UTF-8?B?${Buffer.from('退款 refund').toString('base64')}?=`);
    expect(head).toContain('Date: Fri, 20 Nov 2026 01:00:00 +0000');
    expect(head).toContain('To: c@x.test');
    expect(head).toMatch(/Content-Type: multipart\/alternative; boundary="([^"]+)"/);
    const boundary = /boundary="([^"]+)"/.exec(head!)![1]!;
    const body = rest.join('\r\n\r\n');
    const parts = body.split(`--${boundary}`).filter((p) => p.includes('Content-Type'));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain('text/plain; charset=UTF-8');
    expect(Buffer.from(parts[0]!.split('\r\n\r\n')[1]!.trim(), 'base64').toString('utf8')).toBe('文字');
    expect(Buffer.from(parts[1]!.split('\r\n\r\n')[1]!.trim(), 'base64').toString('utf8')).toBe('<p>文字</p>');
    expect(body.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  });
});

describe('ScriptApp triggers', () => {
  it('creates time and spreadsheet triggers, lists and deletes them', () => {
    const env = fresh();
    const app = env.globals.ScriptApp;
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    app.newTrigger('hourlyJob').timeBased().everyHours(1).create();
    app.newTrigger('onSurvey').forSpreadsheet(ss).onFormSubmit().create();
    const list = app.getProjectTriggers();
    expect(list.map((t) => [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())])).toEqual([
      ['hourlyJob', 'CLOCK', 'CLOCK'],
      ['onSurvey', 'ON_FORM_SUBMIT', 'SPREADSHEETS'],
    ]);
    expect(new Set(list.map((t) => t.getUniqueId())).size).toBe(2);
    app.deleteTrigger(list[0]!);
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['onSurvey']);
  });

  it('accepts everyMinutes only for 1, 5, 10, 15, 30 and stops at 20 triggers', () => {
    const env = fresh();
    const app = env.globals.ScriptApp;
    expect(() => app.newTrigger('f').timeBased().everyMinutes(7)).toThrow();
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyMinutes(30).create();
    expect(() => app.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(/too many triggers/);
  });
});

describe('Utilities', () => {
  const U = fresh().globals.Utilities;
  it('formats dates with Java patterns in a zone, across DST', () => {
    const d = new Date(Date.parse('2026-03-08T10:30:05Z')); // 06:30:05 EDT, the day New York springs forward
    expect(U.formatDate(d, 'America/New_York', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-03-08T06:30:05-04:00');
    expect(U.formatDate(d, 'America/New_York', 'EEE dd/MM/yy Z')).toBe('Sun 08/03/26 -0400');
    expect(U.formatDate(new Date(Date.parse('2026-03-08T05:00:00Z')), 'America/New_York', 'HH:mm Z')).toBe('00:00 -0500');
    expect(U.formatDate(d, 'Asia/Kuala_Lumpur', "yyyy-MM-dd HH:mm 'GMT'XXX")).toBe('2026-03-08 18:30 GMT+08:00');
    expect(U.formatDate(d, 'UTC', 'XXX')).toBe('Z');
  });

  it('parses RFC 4180 CSV: quotes, doubled quotes, newlines in quotes, CRLF, empty fields, other delimiters', () => {
    expect(U.parseCsv('a,"b ""q"", c",d\r\n"x\r\ny",,\n')).toEqual([['a', 'b "q", c', 'd'], ['x\r\ny', '', '']]);
    expect(U.parseCsv('no newline at end')).toEqual([['no newline at end']]);
    expect(U.parseCsv('a;b\n1;2', ';')).toEqual([['a', 'b'], ['1', '2']]);
    expect(U.parseCsv('"中文",ok')).toEqual([['中文', 'ok']]);
  });

  it('base64 round-trips UTF-8, makes v4 UUIDs, and sleep advances the simulated clock', () => {
    const env = fresh();
    const u = env.globals.Utilities;
    expect(u.base64Encode('退款')).toBe('6YCA5qy+');
    expect(Buffer.from(u.base64Decode('6YCA5qy+').map((b) => b & 255)).toString('utf8')).toBe('退款');
    expect(u.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    u.sleep(1500);
    expect(env.clock.now()).toBe(T0 + 1500);
  });
});

describe('Session and Logger', () => {
  it('reports the configured user, zone and locale; Logger.log is captured', () => {
    const env = fresh({ locale: 'zh_CN' });
    expect(env.globals.Session.getActiveUser().getEmail()).toBe('owner@shop.test');
    env.setUser('agent@shop.test');
    expect(env.globals.Session.getEffectiveUser().getEmail()).toBe('agent@shop.test');
    expect(env.globals.Session.getScriptTimeZone()).toBe('Asia/Kuala_Lumpur');
    expect(env.globals.Session.getActiveUserLocale()).toBe('zh_CN');
    env.globals.Logger.log('hello %s', 'x');
    expect(env.logs).toEqual(['hello %s x']);
  });
});

describe('FormApp', () => {
  function survey() {
    const env = fresh();
    const F = env.globals.FormApp;
    const form = F.create('How did we do?').setDescription('Two questions').setCollectEmail(false);
    const score = form.addScaleItem().setTitle('Score').setBounds(1, 5).setLabels('Bad', 'Great').setRequired(true);
    const ticket = form.addTextItem().setTitle('Ticket');
    form.setDestination(F.DestinationType.SPREADSHEET, env.globals.SpreadsheetApp.getActiveSpreadsheet().getId());
    return { env, form, score, ticket };
  }

  it('creates a response sheet with the timestamp and question columns', () => {
    const { env, form } = survey();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Form Responses 1')!;
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['Timestamp', 'Score', 'Ticket']]);
    expect(form.getItems().map((i) => [i.getTitle(), String(i.getType())])).toEqual([['Score', 'SCALE'], ['Ticket', 'TEXT']]);
    expect(env.globals.FormApp.openById(form.getId()).getTitle()).toBe('How did we do?');
  });

  it('builds real-looking prefilled links', () => {
    const { form, ticket } = survey();
    const url = form.createResponse().withItemResponse(ticket.createResponse('T-000042 & co')).toPrefilledUrl();
    expect(url).toBe(`https://docs.google.com/forms/d/e/${form.getId()}/viewform?usp=pp_url&entry.${ticket.getId()}=T-000042%20%26%20co`);
  });

  it('submit() appends a row; submitAsUser also builds the spreadsheet onFormSubmit event', () => {
    const { env, form, score, ticket } = survey();
    form.createResponse().withItemResponse(score.createResponse(4)).withItemResponse(ticket.createResponse('T-1')).submit();
    env.clock.advance(60_000);
    // A form made through the API starts unpublished and refuses answers until published.
    expect(() => env.forms.submitAsUser(form.getId(), { Score: '2', Ticket: 'T-000042' })).toThrow('not published');
    (form as unknown as { setPublished(b: boolean): void }).setPublished(true);
    const e = env.forms.submitAsUser(form.getId(), { Score: '2', Ticket: 'T-000042' });
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Form Responses 1')!;
    expect(sheet.getLastRow()).toBe(3);
    const rows = sheet.getRange(2, 1, 2, 3).getValues();
    expect((rows[0]![0] as Date).getTime()).toBe(T0);
    expect(rows.map((r) => [String(r[1]), r[2]])).toEqual([['4', 'T-1'], ['2', 'T-000042']]);
    expect(e.namedValues).toEqual({ Timestamp: [e.values[0]], Score: ['2'], Ticket: ['T-000042'] });
    expect(e.values.slice(1)).toEqual(['2', 'T-000042']);
    expect((e.range as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('A3:C3');
  });
});
