/** Pure marketplace logic: Shopee's reasons and statuses, the export reader, calendar-hour clocks, the chat rate, pacing. */
import { describe, expect, it } from 'vitest';
import { marketplaceClock, DEFAULT_MARKETPLACE_POLICY as POLICY } from '../../src/core/marketplace/clock';
import { chatResponseRate } from '../../src/core/marketplace/chat-rate';
import { nextInWindow, parseWindow, scheduleMessages } from '../../src/core/marketplace/pacing';
import { mapReturnReason, readReturnExport, statusInfo } from '../../src/core/marketplace/returns-export';
import { returnStatusMove } from '../../src/core/marketplace/returns-ticket';
import type { Ticket } from '../../src/core/records';

const H = 3_600_000;
const KL = 'Asia/Kuala_Lumpur';
/** Wall time in Kuala Lumpur (+08:00). */
const kl = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
const parse = (s: string) => (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(s) ? kl(s) : null);

function ticket(p: Partial<Ticket>): Ticket {
  return {
    ticketId: 'T-1', createdAt: null, channel: 'shopee_chat', orderId: '', customerId: '', customerName: '', email: '', language: null, sku: '', reason: null,
    priority: 'normal', status: 'new', assignee: '', description: '', firstReplyAt: null, resolvedAt: null, closedAt: null, reopens: 0, agentReplies: 0,
    waitingHours: 0, resolution: null, compensation: null, rootCause: null, surveySentAt: null, csat: null, csatAt: null, csatComment: '', evidenceLinks: '',
    firstReplyDueAt: null, resolutionDueAt: null, slaState: null, waitingSince: null, marketplaceDueAt: null, surveyLink: '', sopDone: '', updatedAt: null,
    updatedBy: '', returnId: '', marketplaceStatus: null, marketplaceState: null, ...p,
  };
}

describe('Shopee return reasons and statuses', () => {
  it('maps every reason of SHOPEE.md to its DATA.md key, in English and Chinese', () => {
    const cases: [string, string][] = [
      ['Missing part of order', 'missing_item'], ['Seller sent wrong item', 'wrong_item'],
      ['Damaged item - outer packaging damaged', 'damaged'], ['Damaged item - scratches/dents', 'damaged'], ['Damaged item - spilled liquid', 'damaged'],
      ['Defective / does not work', 'defective'], ['Counterfeit', 'not_as_described'], ['Expired', 'not_as_described'],
      ['Change of mind', 'return'], ['Empty parcel', 'missing_item'], ['Parcel not delivered', 'not_received'],
      ['Misadvertised', 'not_as_described'], ['Incomplete/missing inclusions', 'missing_item'],
      ['未收到货', 'not_received'], ['商品破损（外包装损坏）', 'damaged'], ['发错货', 'wrong_item'], ['假货', 'not_as_described'], ['ITEM_DAMAGED', 'damaged'],
      ['something else entirely', 'other'],
    ];
    expect(cases.map(([t]) => [t, mapReturnReason(t)])).toEqual(cases);
  });

  it('reads statuses by Open API code, label or Chinese, and moves tickets forward only', () => {
    expect(['REQUESTED', 'Refund paid', '退款成功', 'seller_dispute', 'judging'].map((s) => statusInfo(s)?.key)).toEqual(['requested', 'refund_paid', 'refund_paid', 'seller_dispute', 'judging']);
    expect(statusInfo('Lost in space')).toBeNull();
    expect(returnStatusMove('new', 'requested')).toBeNull();
    expect(returnStatusMove('new', 'accepted')).toBe('open');
    expect(returnStatusMove('waiting', 'accepted')).toBeNull();
    expect(returnStatusMove('open', 'refund_paid')).toBe('resolved');
    expect(returnStatusMove('closed', 'refund_paid')).toBeNull();
    expect(returnStatusMove('resolved', 'seller_dispute')).toBe('open'); // a dispute reopens
    expect(returnStatusMove('resolved', 'processing')).toBeNull();
    expect(returnStatusMove('resolved', 'closed')).toBe('closed');
  });
});

describe('the return export reader', () => {
  const head = 'Return ID,Order ID,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return / Refund Status,Extra';
  const rows = (lines: string[]) => [head, ...lines].map((l) => l.split(','));

  it('merges the items of one Return ID, rejects disagreeing and bad lines with their line number', () => {
    const r = readReturnExport(rows([
      'R1,O1,Mug,MUG-01,1,Damaged item,2026-11-20 22:00,Requested,x',
      'R1,O1,Coaster,CST-04,2,Damaged item,2026-11-20 22:00,Requested,y',
      'R1,O1,Mug,MUG-01,1,Damaged item,2026-11-21 22:00,Requested,',
      'R2,O2,Lamp,LMP-02,one,Expired,2026-11-20 10:00,Requested,',
      'R3,O3,Lamp,LMP-02,1,Expired,20/11/2026,Requested,',
      ',O4,Lamp,LMP-02,1,Expired,2026-11-20 10:00,Requested,',
      '',
    ]), parse);
    expect(r.lines.map((l) => [l.line, l.returnId, l.sku, l.quantity, l.product, l.createdAt])).toEqual([[2, 'R1', 'MUG-01', 3, 'Mug + Coaster [CST-04] × 2', kl('2026-11-20 22:00')]]);
    expect(r.rejected.map((x) => x.line)).toEqual([4, 5, 6, 7]);
    expect(r.rejected[0]!.reason).toContain('line 2');
    expect(r.ignoredHeaders).toEqual(['Extra']);
  });

  it('names every missing required column in both languages', () => {
    expect(() => readReturnExport([['Return ID', 'Order ID', 'Return Reason']], parse)).toThrow(/"Return Creation Time", "Return \/ Refund Status" columns/);
    let zh = '';
    try {
      readReturnExport([['退货编号', '订单编号', '退货原因', '退货/退款状态']], parse);
    } catch (e) {
      zh = (e as { text: { zh: string } }).text.zh;
    }
    expect(zh).toContain('“退货申请时间”');
  });
});

describe('marketplace clocks (calendar hours)', () => {
  const fri22 = kl('2026-11-20 22:00');

  it('a return request created Friday 22:00 is due Sunday 22:00; due soon with 3 h left; met once Shopee moved', () => {
    const t = ticket({ createdAt: fri22, returnId: 'R1', marketplaceStatus: 'requested' });
    expect(marketplaceClock(t, POLICY, kl('2026-11-21 10:00'))).toEqual({ kind: 'return_request', dueAt: kl('2026-11-22 22:00'), running: true, state: 'on_track' });
    expect(marketplaceClock(t, POLICY, kl('2026-11-22 19:00'))!.state).toBe('due_soon');
    expect(marketplaceClock(t, POLICY, kl('2026-11-22 18:59'))!.state).toBe('on_track');
    expect(marketplaceClock(t, POLICY, kl('2026-11-22 22:01'))!.state).toBe('breached');
    expect(marketplaceClock({ ...t, marketplaceStatus: 'accepted' }, POLICY, kl('2026-11-22 20:00'))).toMatchObject({ running: false, state: 'met' });
    // A state decided earlier is kept (the moment Shopee's status moved is not in the export).
    expect(marketplaceClock({ ...t, marketplaceStatus: 'accepted', marketplaceState: 'met' }, POLICY, kl('2026-11-25 20:00'))!.state).toBe('met');
  });

  it('a chat runs 12 h and stops at the first reply; other channels run no clock', () => {
    const t = ticket({ createdAt: fri22 });
    expect(marketplaceClock(t, POLICY, fri22 + H)).toMatchObject({ kind: 'chat', dueAt: fri22 + 12 * H, state: 'on_track' });
    expect(marketplaceClock({ ...t, firstReplyAt: fri22 + 13 * H }, POLICY, fri22 + 20 * H)).toMatchObject({ running: false, state: 'breached' });
    expect(marketplaceClock({ ...t, channel: 'email' }, POLICY, fri22)).toBeNull();
  });
});

describe('Chat Response Rate', () => {
  it('counts decided Shopee chats of the last 90 days; a chat answered after 12 h lowers it', () => {
    const now = kl('2026-11-20 12:00');
    const list = [
      ticket({ ticketId: 'ok', createdAt: now - 30 * H, firstReplyAt: now - 29 * H }),
      ticket({ ticketId: 'late', createdAt: now - 30 * H, firstReplyAt: now - 17 * H }), // 13 h
      ticket({ ticketId: 'edge', createdAt: now - 30 * H, firstReplyAt: now - 18 * H }), // exactly 12 h: in time
      ticket({ ticketId: 'silent', createdAt: now - 13 * H }),
      ticket({ ticketId: 'young', createdAt: now - 2 * H }),
      ticket({ ticketId: 'old', createdAt: now - 91 * 24 * H, firstReplyAt: now - 80 * 24 * H }),
      ticket({ ticketId: 'return', createdAt: now - 30 * H, returnId: 'R9' }),
      ticket({ ticketId: 'mail', createdAt: now - 30 * H, channel: 'email' }),
    ];
    const r = chatResponseRate(list, POLICY, now);
    expect([r.chats, r.answeredInTime, r.rate]).toEqual([4, 2, 0.5]);
    expect(r.late.map((l) => [l.ticketId, l.hours])).toEqual([['late', 13], ['silent', 13]]);
  });
});

describe('outreach pacing', () => {
  const w = parseWindow('08:00-22:00');

  it('waits for the messaging window and keeps each buyer within the weekly cap', () => {
    expect(nextInWindow(w, KL, kl('2026-11-20 23:00'))).toBe(kl('2026-11-21 08:00'));
    expect(nextInWindow(w, KL, kl('2026-11-20 07:59'))).toBe(kl('2026-11-20 08:00'));
    expect(nextInWindow(w, KL, kl('2026-11-20 12:00'))).toBe(kl('2026-11-20 12:00'));
    const sent = new Map([['amy', [kl('2026-11-14 09:00'), kl('2026-11-19 21:00')]]]);
    const at = scheduleMessages(['Amy', 'bob', 'bob', 'bob'], sent, kl('2026-11-20 12:00'), KL, { window: w, weeklyCap: 2 });
    // Amy: her 14 Nov message leaves the week on 21 Nov 09:00. Bob: two now, the third a week later.
    expect(at).toEqual([kl('2026-11-21 09:00'), kl('2026-11-20 12:00'), kl('2026-11-20 12:00'), kl('2026-11-27 12:00')]);
    expect(() => parseWindow('22:00-08:00')).toThrow(/Outreach Hours/);
  });
});
