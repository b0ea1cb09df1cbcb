/**
 * Every e-mail built from customer text, through the real bundle, with hostile names, descriptions, replies and survey
 * comments: the approval request, the survey invitation, the call-back task, the alert digest and the weekly
 * department feedback. The HTML never carries the customer's markup (only its escaped text), no link can be a
 * javascript: URL, and no subject carries a line break.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDesk, type Desk } from '../server/harness';
import { BAD_SKU, check, local, setup, writeRows } from '../server/alert-shop';
import { review, reviewDesk, writeRows as writeReviewRows } from '../server/review-shop';
import { hostileText, htmlText, RUNS } from './arbitraries';

/** Customer text that always carries markup, plus anything else hostile around it. */
const markup = fc.tuple(hostileText(2), htmlText, hostileText(2)).map(([a, b, c]) => `${a} ${b} <b>bold</b> ${c}`.trim());

/** The tags of the payloads, which must never reach an HTML body unescaped ("onerror=" as escaped text is harmless). */
const RAW = /<(script|img|svg|iframe|a href="javascript|\/textarea|b>bold|!--)/i;

function expectSafeMail(desk: Desk, from: number, what: string): number {
  const mails = desk.env.outbox.slice(from);
  for (const m of mails) {
    expect(m.htmlBody, `${what}: raw customer markup in "${m.subject}"`).not.toMatch(RAW);
    expect(m.htmlBody, `${what}: a javascript: link`).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(m.subject, `${what}: a line break in the subject`).not.toMatch(/[\r\n]/);
  }
  // The customer's words are in the mail, escaped (else this property would hold vacuously).
  expect(mails.some((m) => m.htmlBody.includes('&lt;')), `${what}: no escaped customer text in any mail`).toBe(true);
  return mails.length;
}

describe('mail built from hostile customer text', () => {
  it('approval requests, survey invitations and call-back tasks carry the text escaped', () => {
    const desk = freshDesk();
    desk.ok('apiCreateSurveyForms');
    let mails = 0;
    fc.assert(
      fc.property(markup, markup, markup, (name, description, comment) => {
        const from = desk.env.outbox.length;
        desk.env.clock.advance(60_000);
        const id = desk.ok('apiLogCase', { channel: 'Email', reason: 'damaged', language: 'en', email: 'buyer@example.com', customerId: name.slice(0, 200), customerName: name.slice(0, 200), description }).ticket.ticketId;
        desk.as('aisyah@shop.test');
        desk.env.clock.advance(60_000);
        desk.ok('apiUpdateTicket', id, { compensation: 80, reply: description });
        desk.as('owner@shop.test');
        desk.env.clock.advance(60_000);
        desk.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'refund' });
        desk.env.clock.advance(60_000);
        desk.ok('apiSurveyResponse', { ticket: id, score: 1, comment });
        desk.bundle.call('onMailQueue');
        mails += expectSafeMail(desk, from, 'ticket mail');
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 4)) },
    );
    expect(mails).toBeGreaterThan(10);
  });

  it('the alert digest quotes the complaints escaped', () => {
    fc.assert(
      fc.property(fc.array(markup, { minLength: 3, maxLength: 6 }), (texts) => {
        const { desk, now, bundle } = setup();
        writeRows(desk, 'Tickets', texts.map((t, k) => ({ 'Ticket ID': `T-H${k}`, 'Created At': local(now - (k + 1) * 5 * 60_000), Channel: 'Shopee Chat', 'Customer ID': `C-H-${k}`, SKU: BAD_SKU, Reason: 'Defective', Status: 'New', Priority: 'Normal', Language: 'en', Description: t })));
        const from = desk.env.outbox.length;
        check(desk, bundle);
        desk.bundle.call('onMailQueue');
        expect(expectSafeMail(desk, from, 'digest')).toBeGreaterThan(0);
      }),
      { numRuns: 4 },
    );
  });

  it('the weekly department feedback quotes the tickets escaped', () => {
    fc.assert(
      fc.property(fc.array(markup, { minLength: 2, maxLength: 4 }), (texts) => {
        const desk = reviewDesk();
        writeReviewRows(desk, 'Tickets', texts.map((t, k) => ({ 'Ticket ID': `T-R${k}`, 'Created At': local(Date.parse(`2026-11-17T0${k}:00:00+08:00`)), Channel: 'Shopee Chat', SKU: 'MUG-01', Reason: 'Damaged', Priority: 'Normal', Status: 'Resolved', 'Root Cause': 'Packaging', Description: t, 'CSAT Comment': t, CSAT: 1 })));
        const from = desk.env.outbox.length;
        review(desk);
        desk.bundle.call('onMailQueue');
        expect(expectSafeMail(desk, from, 'department feedback')).toBeGreaterThan(0);
      }),
      { numRuns: 3 },
    );
  });
});
