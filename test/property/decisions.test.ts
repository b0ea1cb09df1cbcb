/**
 * Free text a lead or agent writes back through the sidebar — an approval's comment, a call-back's outcome — with
 * hostile content, through the real bundle: stored as the literal text (capped without splitting a character),
 * never a formula, and read back identically.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { column, freshDesk, record, type Desk } from '../server/harness';
import { bundleRuns, hostileText, longText } from './arbitraries';
import { call } from './bundle';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const text = fc.oneof({ weight: 6, arbitrary: hostileText(4).filter((s) => s.trim() !== '') }, { weight: 1, arbitrary: longText.filter((s) => s.length <= 45_000) });

function cell(d: Desk, tab: string, idHeader: string, id: string, header: string) {
  const sheet = d.sheet(tab);
  const rows = sheet.getDataRange().getValues();
  const r = column(rows, idHeader).indexOf(id) + 2;
  const c = (rows[0] ?? []).indexOf(header) + 1;
  const range = sheet.getRange(r, c);
  return { value: range.getValue(), formula: range.getFormula(), row: record(rows, r - 1) };
}

describe('comments and outcomes written back from the sidebar', () => {
  let d: Desk;
  beforeAll(() => {
    d = freshDesk();
  });

  it('an approval comment is stored as its literal text (at most 2,000 characters, whole characters)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('approve', 'reject'), (comment, decision) => {
        d.as('aisyah@shop.test');
        d.env.clock.advance(60_000);
        const id = d.ok('apiLogCase', { channel: 'Email', reason: 'damaged', description: 'Cracked' }).ticket.ticketId;
        const approvalId = d.ok('apiUpdateTicket', id, { compensation: 80 }).approval.approvalId as string;
        d.as('lead@shop.test');
        d.env.clock.advance(60_000);
        const r = call(d, 'apiDecideApproval', approvalId, decision, comment);
        expect(r.ok).toBe(true);
        const stored = cell(d, 'Approvals', 'Approval ID', approvalId, 'Comment');
        expect(stored.formula).toBe('');
        expect(typeof stored.value).toBe('string');
        const value = stored.value as string;
        expect(comment.startsWith(value)).toBe(true);
        expect(value.length).toBeGreaterThanOrEqual(Math.min(comment.length, 2000) - 1); // one less only for an emoji at the cut
        expect(value.length).toBeLessThanOrEqual(2000);
        expect(LONE.test(value) && !LONE.test(comment)).toBe(false);
      }),
      { numRuns: bundleRuns(0.3) },
    );
  });

  it('a call-back outcome is stored as its literal text (trimmed, at most 5,000 characters, whole characters)', () => {
    d.as('owner@shop.test');
    fc.assert(
      fc.property(text, (outcome) => {
        d.env.clock.advance(60_000);
        const id = d.ok('apiLogCase', { channel: 'Email', reason: 'damaged', description: 'Cracked' }).ticket.ticketId;
        d.env.clock.advance(60_000);
        d.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'refund' });
        const callbackId = d.ok('apiSurveyResponse', { ticket: id, score: 1, comment: 'no' }).callbackId as string;
        const r = call(d, 'apiCompleteCallback', callbackId, outcome);
        expect(r.ok).toBe(true);
        const stored = cell(d, 'Callbacks', 'Callback ID', callbackId, 'Outcome');
        expect(stored.formula).toBe('');
        const value = stored.value as string;
        const words = outcome.trim();
        expect(words.startsWith(value)).toBe(true);
        expect(value.length).toBeGreaterThanOrEqual(Math.min(words.length, 5000) - 1);
        expect(LONE.test(value) && !LONE.test(words)).toBe(false);
      }),
      { numRuns: bundleRuns(0.3) },
    );
  });
});
