/**
 * Team e-mails through the real bundle — approval requests, call-back tasks, alert digests, department feedback —
 * carry no customer phone number, e-mail address or street address unless Settings "Team Mail Shows Customer
 * Contacts" is Yes; the survey invitation to the customer is addressed to them as before. Checked on the sent
 * message and on its .eml as the outbox writes it (decoded), and the .eml files are kept in artifacts/privacy/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setup as alertShop } from './alert-shop';
import { freshDesk, ROOT, type Desk } from './harness';
import { review, reviewDesk } from './review-shop';

const PHONE = '012-345 6789';
const PHONE_INTL = '+62 812-3456-7890';
const MAIL = 'ana.customer@example.com';
const ADDRESS = 'No. 12, Jalan SS2/24';
/** How each planted contact could show up: as typed, or with its separators dropped. */
const LEAKS = [PHONE, '0123456789', PHONE_INTL, '6281234567890', MAIL, 'Jalan SS2/24', 'buyer@mail.com'];
const SAID = `Cup broke in the box. Call me at ${PHONE} or WhatsApp ${PHONE_INTL}, mail ${MAIL}, ship the new one to ${ADDRESS}, 47300 Petaling Jaya`;

type Sent = Desk['env']['outbox'][number];

/** The .eml as the outbox writes it, with its base64 parts decoded: what a person's mail program shows. */
function emlText(d: Desk, m: Sent): string {
  const eml = d.env.toEml(m);
  const decoded = eml.split(/\r?\n\r?\n/).slice(1).map((part) => {
    const b64 = part.replace(/^--.*$/gm, '').replace(/^[\w-]+: .*$/gm, '').replace(/\s+/g, '');
    try {
      return Buffer.from(b64, 'base64').toString('utf8');
    } catch {
      return '';
    }
  });
  return [eml, ...decoded].join('\n');
}

function leaksIn(text: string): string[] {
  const plain = text.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return LEAKS.filter((l) => plain.includes(l));
}

function keep(d: Desk, name: string, mails: Sent[]): void {
  const dir = join(ROOT, 'artifacts', 'privacy');
  mkdirSync(dir, { recursive: true });
  mails.forEach((m, i) => writeFileSync(join(dir, `${name}-${i + 1}.eml`), d.env.toEml(m)));
}

function sendQueued(d: Desk): void {
  d.bundle.runDueTriggers(d.env.clock.now() + 5 * 60_000);
}

/** Approval request (an agent asks for 80 over their 50) and call-back task (the customer scored 1). */
function deskMails(show: boolean | null): { d: Desk; team: Sent[]; customer: Sent[] } {
  const d = freshDesk();
  if (show !== null) d.setting('Team Mail Shows Customer Contacts', show ? 'Yes' : 'No');
  d.ok('apiCreateSurveyForms');
  const id = d.ok('apiLogCase', { channel: 'shopee_chat', reason: 'damaged', language: 'en', customerName: '', customerId: MAIL, email: MAIL, description: SAID }).ticket.ticketId;
  d.as('aisyah@shop.test');
  d.env.clock.advance(60_000);
  d.ok('apiUpdateTicket', id, { compensation: 80, resolution: 'partial_refund', status: 'resolved' });
  d.as('owner@shop.test');
  d.env.clock.advance(60_000);
  d.ok('apiSurveyResponse', { ticket: id, score: 1, comment: `Still broken! Call ${PHONE} tonight` });
  sendQueued(d);
  const customer = d.env.outbox.filter((m) => m.to === MAIL);
  const team = d.env.outbox.filter((m) => m.to !== MAIL);
  return { d, team, customer };
}

describe('approval requests and call-back tasks', () => {
  it('mask the customer\'s phone, e-mail and address by default; the survey still goes to the customer', () => {
    const { d, team, customer } = deskMails(null);
    expect(team.map((m) => m.subject.replace(/:.*/, '')).sort()).toEqual(['[AfterDesk] Approval needed · 待审批', '[AfterDesk] Call back needed · 需回访']);
    for (const m of team) expect(leaksIn(emlText(d, m)), m.subject).toEqual([]);
    const all = team.map((m) => `${m.body}\n${m.htmlBody}`).join('\n');
    expect(all).toContain('[phone]');
    expect(all).toContain('[email]');
    expect(all).toContain('[address]');
    // The customer's own mail is theirs: addressed to them, nothing of theirs masked.
    expect(customer.map((m) => m.to)).toEqual([MAIL]);
    keep(d, 'approval-callback', team);
  });

  it('with Settings "No" typed in Chinese (否) or a typo they stay masked; with "Yes" they show', () => {
    for (const value of ['否', 'Nope?']) {
      const d = freshDesk();
      d.setting('Team Mail Shows Customer Contacts', value);
      const id = d.ok('apiLogCase', { channel: 'shopee_chat', reason: 'damaged', language: 'en', customerName: 'Ana', email: MAIL, description: SAID }).ticket.ticketId;
      d.as('aisyah@shop.test');
      d.ok('apiUpdateTicket', id, { compensation: 80 });
      sendQueued(d);
      expect(d.env.outbox.length).toBe(1);
      expect(leaksIn(emlText(d, d.env.outbox[0]!)), value).toEqual([]);
    }
    const { d, team } = deskMails(true);
    const shown = team.flatMap((m) => leaksIn(emlText(d, m)));
    for (const l of [PHONE, PHONE_INTL, MAIL, 'Jalan SS2/24']) expect(shown).toContain(l);
  });
});

describe('alert digests', () => {
  function digest(show: boolean | null): { d: Desk; mails: Sent[] } {
    const { desk: d, bundle } = alertShop();
    if (show !== null) d.setting('Team Mail Shows Customer Contacts', show ? 'Yes' : 'No');
    // Every complaint of the burst names a way to reach the customer.
    const sheet = d.sheet('Tickets');
    const rows = sheet.getDataRange().getValues();
    const idCol = rows[0]!.indexOf('Ticket ID');
    const textCol = rows[0]!.indexOf('Description');
    rows.forEach((r, i) => {
      if (String(r[idCol]).startsWith('T-B')) sheet.getRange(i + 1, textCol + 1).setValue(`button fell off the shirt, ${SAID}`);
    });
    const before = d.env.outbox.length;
    const r = bundle.call('apiCheckAlerts') as { ok: boolean };
    expect(r.ok).toBe(true);
    return { d, mails: d.env.outbox.slice(before) };
  }

  it('quote the customers with their contacts masked by default, and as written with "Yes"', () => {
    const masked = digest(null);
    expect(masked.mails.length).toBe(1);
    const text = emlText(masked.d, masked.mails[0]!);
    expect(leaksIn(text)).toEqual([]);
    expect(masked.mails[0]!.body).toContain('[phone]');
    keep(masked.d, 'digest', masked.mails);
    const shown = digest(true);
    expect(leaksIn(emlText(shown.d, shown.mails[0]!))).toContain(PHONE);
  });
});

describe('department feedback', () => {
  it('quotes customers masked by default, as written with "Yes"', () => {
    const run = (show: boolean | null) => {
      const d = reviewDesk();
      d.setting('Department Owners', 'packaging: pack@shop.test; warehouse: wh@shop.test; product: pp@shop.test');
      if (show !== null) d.setting('Team Mail Shows Customer Contacts', show ? 'Yes' : 'No');
      review(d);
      sendQueued(d);
      return { d, mails: d.env.outbox.filter((m) => m.to.includes('pack@shop.test')) };
    };
    const masked = run(null);
    expect(masked.mails.length).toBe(1);
    expect(leaksIn(emlText(masked.d, masked.mails[0]!))).toEqual([]);
    keep(masked.d, 'department', masked.mails);
    const shown = run(true);
    expect(leaksIn(emlText(shown.d, shown.mails[0]!))).toEqual(expect.arrayContaining(['012-345 6789', 'buyer@mail.com']));
  });
});
