/**
 * The pure pieces every boundary leans on, property-tested in core: HTML escaping, contact masking, clipping and
 * literal text for cells, date parsing, survey answers, the orders-import plan and the Shopee returns reader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml as escapeDigest } from '../../src/core/alerts/digest';
import { escapeHtml as escapeMail } from '../../src/server/mail';
import { clip, maskContacts, quote } from '../../src/core/review/mask';
import { literalText } from '../../src/core/dashboard/format';
import { parseLocalDateTime } from '../../src/workbook/codec';
import { cleanComment, parseScore, parseSolved } from '../../src/core/survey';
import { planImport } from '../../src/core/orders-import';
import { readReturnExport } from '../../src/core/marketplace/returns-export';
import { applyUpdate, newTicket } from '../../src/core/lifecycle';
import { parseBusinessCalendar } from '../../src/core/calendar';
import { DEFAULT_SLA_POLICY } from '../../src/core/sla';
import { anyField, hostilePiece, hostileText, impossibleDate, longText, wrongType } from './arbitraries';

/** No lone surrogate (String#isWellFormed, which this TypeScript lib does not declare). */
const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const text = fc.oneof({ weight: 5, arbitrary: hostileText(6) }, { weight: 1, arbitrary: fc.string({ unit: 'binary' }) });
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('HTML escaping of customer text (digest and every other mail)', () => {
  it.each([['digest', escapeDigest], ['mail', escapeMail]] as const)('%s: no markup character survives, and the text comes back exactly', (_n, escape) => {
    fc.assert(fc.property(fc.oneof(text, wrongType.filter((v) => typeof v !== 'object' || v === null)), (s) => {
      const out = escape(s);
      expect(out).not.toMatch(/[<>"']/);
      expect(unescape(out)).toBe(String(s ?? ''));
    }));
  });
});

/** Contact data the way customers write it: ASCII, spaced, bracketed, full-width digits (Chinese IME), Thai digits. */
const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 12 });
const phone = fc.tuple(digits, fc.constantFrom('ascii', 'spaced', 'dashed', 'fullwidth', 'plus')).map(([d, style]) => {
  const s = d.join('');
  switch (style) {
    case 'spaced': return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
    case 'dashed': return `(${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`;
    case 'fullwidth': return d.map((x) => String.fromCharCode(0xff10 + x)).join('');
    case 'plus': return `+60 ${s.slice(0, 2)}-${s.slice(2)}`;
    default: return s;
  }
});
const email = fc.tuple(fc.constantFrom('nur', 'mei.lin', 'a_b+shop', 'O.Brien'), fc.constantFrom('example.com', 'mail.co.my', 'qq.com')).map(([u, d]) => `${u}@${d}`);

describe('masking contact data in text sent to departments', () => {
  it('no e-mail address or phone number written into hostile text survives masking', () => {
    fc.assert(fc.property(hostileText(3), fc.oneof(phone, email), hostileText(3), (before, contact, after) => {
      const out = maskContacts(`${before} ${contact} ${after}`);
      expect(out).not.toContain(contact);
      // The digits themselves, however written, are gone.
      const nd = (s: string) => s.normalize('NFKC').replace(/\D/g, '');
      if (!contact.includes('@')) expect(nd(out)).not.toContain(nd(contact));
    }));
  });

  it('quote and clip: at most max characters, well-formed (a cut never splits an emoji), masked', () => {
    fc.assert(fc.property(fc.oneof(text, longText), fc.integer({ min: 2, max: 400 }), (s, max) => {
      for (const out of [clip(s, max), quote(s, max)]) {
        expect(out.length).toBeLessThanOrEqual(max);
        if (wellFormed(s)) expect(wellFormed(out), JSON.stringify(out.slice(-4))).toBe(true);
      }
    }));
  });
});

describe('literal text for cells the add-on fills itself (Dashboard, Review)', () => {
  it('never starts like a formula, stays within max, and is well-formed', () => {
    fc.assert(fc.property(fc.oneof(text, longText), fc.integer({ min: 2, max: 300 }), (s, max) => {
      const out = literalText(s, max);
      expect(out).not.toMatch(/^\s*[=+\-@]/);
      expect(out.length).toBeLessThanOrEqual(max + 1); // + the apostrophe Sheets hides
      if (wellFormed(s)) expect(wellFormed(out)).toBe(true);
    }));
  });
});

describe('dates typed as text (CSV cells, hand edits)', () => {
  const day = fc.record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }) });
  const pad = (n: number) => String(n).padStart(2, '0');

  it('a day that does not exist is no date; a real one reads back as that wall time', () => {
    fc.assert(fc.property(day, ({ y, m, d, h, mi }) => {
      const text = `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}`;
      const ms = parseLocalDateTime(text, 'UTC');
      const exists = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
      expect(ms, text).toBe(exists ? Date.UTC(y, m - 1, d, h, mi) : null);
    }));
  });

  it('anything else is a date or null, never a throw or NaN', () => {
    fc.assert(fc.property(fc.oneof(impossibleDate, hostileText(), fc.string()), (s) => {
      const ms = parseLocalDateTime(s, 'Asia/Kuala_Lumpur');
      expect(ms === null || Number.isFinite(ms)).toBe(true);
    }));
  });
});

describe('survey answers from the form', () => {
  it('a score is 1–5 or null, whatever was sent; a comment is well-formed text within its cap', () => {
    fc.assert(fc.property(fc.oneof(anyField, fc.integer({ min: -10, max: 10 }), fc.constantFrom('５', '3 - OK', '0', '6', '4.5', '1e0')), (raw) => {
      const score = parseScore(raw);
      expect(score === null || (Number.isInteger(score) && score >= 1 && score <= 5)).toBe(true);
      expect(() => parseSolved(raw)).not.toThrow();
      const c = cleanComment(raw);
      expect(typeof c).toBe('string');
      expect(c.length).toBeLessThanOrEqual(5000);
      if (typeof raw === 'string' && wellFormed(raw)) expect(wellFormed(c)).toBe(true);
    }));
  });
});

/** A CSV row of hostile cells under a known header. */
const cell = fc.oneof({ weight: 4, arbitrary: hostileText(2) }, { weight: 1, arbitrary: impossibleDate }, { weight: 1, arbitrary: fc.constantFrom('1e5', '12.5', '-3', '1,000.50', 'RM 19.90', '') });
const ORDER_HEADER = ['Order ID', 'Order Date', 'Customer ID', 'Customer Name', 'Email', 'SKU', 'Product', 'Quantity', 'Amount', 'Status'];
const orderRow = fc.tuple(fc.oneof(fc.constantFrom('O-1', 'O-2', '260101ABC', ' O-3 ', '1.2E+14', ''), hostileText(1)), fc.oneof(fc.constantFrom('2026-11-10 10:00', '2026/11/10'), impossibleDate), cell, cell, cell, fc.constantFrom('MUG-01', 'mug-01', ''), cell, fc.constantFrom('1', '2', '0', '-1', '1.5', 'x', ''), cell, cell);

describe('the orders-import plan (pure)', () => {
  it('every data line is inserted, updated, unchanged or rejected with its line and a reason; planning again over the result inserts nothing', () => {
    fc.assert(fc.property(fc.array(orderRow, { maxLength: 12 }), (rows) => {
      const parse = (t: string) => parseLocalDateTime(t.replace(/\//g, '-'), 'UTC');
      const plan = planImport([ORDER_HEADER, ...rows], [], parse);
      const nonBlank = rows.filter((r) => r.some((c) => c.trim() !== '')).length;
      expect(plan.inserts.length + plan.updates.length + plan.unchanged + plan.rejected.length).toBe(nonBlank);
      for (const r of plan.rejected) {
        expect(r.line).toBeGreaterThanOrEqual(2);
        expect(r.line).toBeLessThanOrEqual(rows.length + 1);
        expect(r.reason.length).toBeGreaterThan(5);
      }
      for (const o of plan.inserts) {
        expect(Number.isInteger(o.quantity)).toBe(true);
        expect(o.amount === null || Number.isFinite(o.amount)).toBe(true);
      }
      const again = planImport([ORDER_HEADER, ...rows], plan.inserts, parse);
      expect(again.inserts).toEqual([]);
      expect(again.updates).toEqual([]);
    }));
  });
});

const RETURNS_HEADER = ['Return ID', 'Order ID', 'Order Creation Date', 'Product Name', 'SKU', 'Return Quantity', 'Return Reason', 'Return Creation Time', 'Return Tracking Number', 'Return / Refund Status', 'Solution', 'Refund Amount', 'Seller Note'];
const returnRow = fc.tuple(fc.oneof(fc.constantFrom('2611200001RTN', '2611200002RTN', ''), hostileText(1)), cell, cell, cell, cell, fc.constantFrom('1', '0', 'x'), cell, fc.oneof(fc.constant('2026-11-20 22:00'), impossibleDate), cell, fc.constantFrom('Requested', 'PROCESSING', 'Refund Paid', '??', ''), cell, cell, cell);

describe('the Shopee returns reader (pure)', () => {
  it('never throws; every rejected line has its number and a reason; accepted requests carry their Return ID', () => {
    fc.assert(fc.property(fc.array(returnRow, { maxLength: 10 }), (rows) => {
      const read = readReturnExport([RETURNS_HEADER, ...rows], (t) => parseLocalDateTime(t, 'UTC'));
      for (const r of read.rejected) {
        expect(r.line).toBeGreaterThanOrEqual(2);
        expect(r.reason.length).toBeGreaterThan(5);
      }
      for (const l of read.lines) expect(String(l.returnId).trim()).not.toBe("");
    }));
  });
});

describe('a reply or note in the ticket lifecycle', () => {
  const h = '09:00-18:00';
  const calendar = parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: { Mon: h, Tue: h, Wed: h, Thu: h, Fri: h, Sat: 'closed', Sun: 'closed' }, holidays: '' });
  const lc = { now: Date.parse('2026-11-16T09:00:00+08:00'), actor: 'amy@shop.test', calendar, policy: DEFAULT_SLA_POLICY };
  it('is logged whole: the event holds exactly the text (up to the 45,000 characters the API accepts)', () => {
    const t = newTicket({ ticketId: 'T-000001', channel: 'email', reason: 'damaged', priority: 'normal' }, lc).ticket;
    fc.assert(fc.property(fc.oneof(hostilePiece, longText.filter((s) => s.length <= 45_000)), (reply) => {
      const words = reply.trim();
      if (!words) return;
      const { events } = applyUpdate(t, { reply: words, note: words }, { ...lc, now: lc.now + 60_000 });
      expect(events.find((e) => e.field === 'reply')?.to).toBe(words);
      expect(events.find((e) => e.field === 'note')?.to).toBe(words);
    }), { numRuns: 30 });
  });
});
