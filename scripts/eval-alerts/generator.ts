/**
 * A seeded generator of shop histories for the alert evaluation: SKUs with skewed popularity, orders with a
 * weekday pattern and promo surges (9.9, 10.10, 11.11, 12.12, paydays), after-sale tickets that follow orders by a
 * few days (so promos bring a complaint wave), and injected events with known truth, each with the tickets it made:
 * volume spikes, SKU defect bursts with similar descriptions, courier failures on one channel, SLA breaches (a day
 * nobody answered in time), return-rate rises on one SKU, and multi-cause days (a defect burst and a courier failure
 * together, the courier's chats answered late).
 */
import { mulberry32 as prng } from '../../src/local/random';
import type { ChannelKey, ReasonKey } from '../../sheets-templates/enums';
import type { Order, Ticket } from '../../src/core/records';
import { order, ticket } from './records';

export type EventKind = 'volume_spike' | 'defect_burst' | 'courier_failure' | 'sla_breach' | 'return_rise';

export interface InjectedEvent {
  kind: EventKind;
  /** Day indices (0 = first day of the history), inclusive. */
  from: number;
  to: number;
  sku?: string;
  channel?: ChannelKey;
  count: number;
  /** The tickets the event made (or, for an SLA breach, the tickets it left unanswered). */
  ticketIds: string[];
  /** Events injected together on a multi-cause day share a group number. */
  group?: number;
}

export interface ShopHistory {
  seed: number;
  timeZone: string;
  /** Epoch ms of local midnight of day 0. */
  start: number;
  days: number;
  tickets: Ticket[];
  orders: Order[];
  promoDays: string[];
  events: InjectedEvent[];
}

function poisson(rand: () => number, mu: number): number {
  if (mu <= 0) return 0;
  if (mu > 50) return Math.max(0, Math.round(mu + Math.sqrt(mu) * gauss(rand)));
  const l = Math.exp(-mu);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

function gauss(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Per unit sold: the chance of a ticket of each reason, and its delay after the order in days [min, max]. */
const REASON_RATES: [ReasonKey, number, number, number][] = [
  // METHODS.md: after-sale complaints arrive 1–7 days after the order (a day or two later for not-received).
  ['logistics', 0.012, 1, 6],
  ['not_received', 0.004, 3, 8],
  ['size', 0.006, 2, 7],
  ['refund', 0.003, 2, 8],
  ['return', 0.004, 3, 8],
  ['exchange', 0.002, 3, 8],
  ['cancel', 0.004, 0, 1],
  ['other', 0.004, 0, 7],
  ['damaged', 0.003, 2, 7],
  ['defective', 0.004, 2, 9],
  ['not_as_described', 0.002, 2, 7],
  ['missing_item', 0.0015, 2, 7],
  ['wrong_item', 0.0015, 2, 7],
];

const TEXTS: Partial<Record<ReasonKey, string[]>> = {
  logistics: ['where is my parcel', '物流怎么还没更新', 'tracking not moving for days', 'bila barang sampai', '快递到哪里了'],
  not_received: ['parcel marked delivered but not received', '显示签收了但是没收到', 'belum terima barang', 'never got my order'],
  size: ['which size should I take', '尺码偏小吗', 'size chart please', 'saiz M muat tak'],
  damaged: ['box crushed and item cracked', '外箱压坏了，商品有裂痕', 'screen scratched on arrival', 'botol pecah dalam kotak', 'packaging torn, item dented'],
  defective: ['does not turn on', '用了一天就坏了', 'zip broken', 'stitching came apart', 'battery does not charge', '开关失灵'],
  not_as_described: ['colour different from photo', '颜色和图片不一样', 'material feels cheap not as described', 'not original'],
  missing_item: ['one item missing from the set', '少发了一件', 'kurang satu barang'],
  wrong_item: ['received wrong colour', '发错款了', 'wrong model sent'],
  refund: ['please refund me', '申请退款', 'nak refund'],
  return: ['want to return this', '我要退货', 'changed my mind, return please'],

  exchange: ['can I exchange for another size', '想换一个颜色'],
  cancel: ['please cancel my order', '取消订单', 'batal pesanan'],
  other: ['do you have stock', '什么时候补货', 'invoice please', 'ada voucher tak'],
};

/** Burst descriptions: one concrete defect, phrased a little differently by each buyer. */
const BURSTS = [
  ['button fell off after one wash', '纽扣掉了', 'the buttons came off', '扣子一洗就掉了', 'button fell off on first day'],
  ['the strap snapped', '带子断了', 'strap broke after two days', 'tali putus', 'strap snapped while carrying'],
  ['leaking from the lid', '盖子漏水', 'lid leaks water everywhere', 'bocor dari penutup', 'the lid is leaking'],
  ['charging port not working', '充电口接触不良', 'cannot charge, port loose', 'port charging rosak', 'charging port broken'],
];

/** Return requests when a listing misleads (a wrong size chart, a photo in another colour). */
const RETURN_RISE = ['runs two sizes small, returning', '尺码偏小两码，要退货', 'colour nothing like the photo, return please', 'saiz kecil, nak pulangkan'];

const CHANNEL_MIX: [ChannelKey, number][] = [['shopee_chat', 0.6], ['lazada_chat', 0.3], ['email', 0.1]];

function channelOf(rand: () => number): ChannelKey {
  const u = rand();
  let acc = 0;
  for (const [c, w] of CHANNEL_MIX) if ((acc += w) >= u) return c;
  return 'other';
}

function dateKeyOfDay(start: number, d: number): string {
  const t = new Date(start + d * 86_400_000 + 8 * 3_600_000);
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

export interface GenerateOptions {
  days: number;
  /** Injected events only from this day on (the warm-up stays clean). */
  eventsFrom: number;
  /** First local day of the history ('YYYY-MM-DD', Kuala Lumpur). */
  startDate: string;
}

export function generateShop(seed: number, o: GenerateOptions): ShopHistory {
  const rand = prng(seed);
  const timeZone = 'Asia/Kuala_Lumpur';
  const start = Date.parse(`${o.startDate}T00:00:00+08:00`);
  const nSku = 30 + Math.floor(rand() * 91);
  const skus = Array.from({ length: nSku }, (_, i) => `SKU-${seed}-${i}`);
  const weights = skus.map((_, i) => 1 / Math.pow(i + 1, 0.8));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const cum: number[] = [];
  weights.reduce((acc, w, i) => (cum[i] = acc + w / wsum), 0);
  const skuOf = () => {
    const u = rand();
    const i = cum.findIndex((c) => c >= u);
    return i < 0 ? nSku - 1 : i;
  };
  const skuQuality = skus.map(() => 0.5 + rand()); // some SKUs complain more
  const ordersPerDay = 40 + rand() * 220;
  const weekday = [1.25, 0.9, 0.9, 0.95, 1.0, 1.1, 1.3].map((w) => w * (0.9 + 0.2 * rand()));
  const ticketScale = 0.6 + 0.8 * rand();

  const promoDays: string[] = [];
  const promoLift = new Array<number>(o.days).fill(1);
  for (let d = 0; d < o.days; d++) {
    const key = dateKeyOfDay(start, d);
    const [, m, day] = key.split('-').map(Number);
    if (m === day && m >= 9) {
      promoDays.push(key);
      promoLift[d] = 4 + 4 * rand();
    } else if (day === 25) {
      promoDays.push(key);
      promoLift[d] = 1.8 + 0.7 * rand();
    }
  }

  const orders: Order[] = [];
  const tickets: Ticket[] = [];
  let seq = 0;
  let tseq = 0;
  const addTicket = (createdAt: number, reason: ReasonKey, sku: string, channel: ChannelKey, text: string, customer: string): Ticket => {
    const firstReplyAt = createdAt + (0.2 + rand() * 3) * 3_600_000;
    const resolvedAt = createdAt + (0.5 + rand() * 2.5) * 86_400_000;
    const t = ticket({
      ticketId: `T${seed}-${++tseq}`,
      createdAt,
      channel,
      customerId: customer,
      sku,
      reason,
      priority: 'normal',
      status: 'closed',
      description: text,
      firstReplyAt,
      resolvedAt,
      closedAt: resolvedAt,
      firstReplyDueAt: createdAt + 6 * 3_600_000,
      resolutionDueAt: createdAt + 4 * 86_400_000,
    });
    if (rand() < 0.3) {
      t.csat = rand() < 0.85 ? 4 + Math.floor(rand() * 2) : 1 + Math.floor(rand() * 3);
      t.csatAt = resolvedAt + 3_600_000;
    }
    tickets.push(t);
    return t;
  };
  const lastMs = start + o.days * 86_400_000;
  // Orders start two weeks before day 0 so that the after-sale tickets are in their steady state on day 0 (a shop
  // that "opens" on day 0 would show a ramp of tickets that looks like a surge).
  for (let d = -14; d < o.days; d++) {
    const dayStart = start + d * 86_400_000;
    const wd = new Date(dayStart + 8 * 3_600_000).getUTCDay();
    const n = poisson(rand, ordersPerDay * weekday[wd]! * (promoLift[d] ?? 1) * (0.85 + 0.3 * rand()));
    for (let k = 0; k < n; k++) {
      const s = skuOf();
      const at = dayStart + Math.floor(rand() * 86_400_000);
      const qty = rand() < 0.85 ? 1 : 2;
      const customer = `C${seed}-${Math.floor(rand() * 50_000)}`;
      const id = `O${seed}-${++seq}`;
      orders.push(order({ orderId: id, orderDate: at, customerId: customer, customerName: customer, sku: skus[s]!, product: `Product ${s}`, quantity: qty, channel: rand() < 0.65 ? 'Shopee' : 'Lazada' }));
      for (const [reason, rate, lo, hi] of REASON_RATES) {
        const q = rate * ticketScale * qty * (['damaged', 'defective', 'not_as_described'].includes(reason) ? skuQuality[s]! : 1);
        if (rand() >= q) continue;
        const created = at + (lo + rand() * (hi - lo)) * 86_400_000;
        if (created >= lastMs) continue;
        addTicket(created, reason, skus[s]!, channelOf(rand), pick(rand, TEXTS[reason] ?? ['help']), customer);
      }
    }
  }

  // Injected events, spaced so that their effects do not overlap: about one of each kind per 30 days.
  const events: InjectedEvent[] = [];
  const usualTickets = tickets.length / o.days;
  let group = 0;
  const dayStartOf = (day: number) => start + day * 86_400_000;
  const lateReply = (t: Ticket) => {
    t.firstReplyAt = t.createdAt! + (8 + rand() * 12) * 3_600_000; // due in 6 hours
  };
  const defectBurst = (d: number): InjectedEvent => {
    const s = Math.floor(rand() * Math.min(nSku, 40));
    const count = 8 + Math.floor(rand() * 8);
    const texts = pick(rand, BURSTS);
    const reason = pick(rand, ['defective', 'damaged', 'not_as_described'] as const);
    const ids: string[] = [];
    for (let k = 0; k < count; k++) {
      ids.push(addTicket(dayStartOf(d + Math.floor(rand() * 3)) + rand() * 86_400_000, reason, skus[s]!, channelOf(rand), `${pick(rand, texts)}${rand() < 0.5 ? ' please help' : ''}`, `C${seed}-b${k}`).ticketId);
    }
    return { kind: 'defect_burst', from: d, to: d + 2, sku: skus[s]!, count, ticketIds: ids };
  };
  const courierFailure = (d: number, len: number, swamped: boolean): InjectedEvent => {
    const channel = pick(rand, ['shopee_chat', 'lazada_chat'] as const);
    const ids: string[] = [];
    for (let k = 0; k < len; k++) {
      const extra = poisson(rand, Math.max(6, usualTickets * 0.25 * (2 + 2 * rand())));
      for (let j = 0; j < extra; j++) {
        const reason = rand() < 0.6 ? 'not_received' : 'logistics';
        const t = addTicket(dayStartOf(d + k) + rand() * 86_400_000, reason, skus[skuOf()]!, channel, pick(rand, TEXTS[reason]!), `C${seed}-c${j}`);
        if (swamped && rand() < 0.6) lateReply(t);
        ids.push(t.ticketId);
      }
    }
    return { kind: 'courier_failure', from: d, to: d + len - 1, channel, count: ids.length, ticketIds: ids };
  };
  for (let d0 = o.eventsFrom; d0 + 10 < o.days; d0 += 10) {
    const d = d0 + Math.floor(rand() * 3);
    const kind = pick(rand, ['volume_spike', 'defect_burst', 'courier_failure', 'none', 'defect_burst', 'sla_breach', 'return_rise', 'multi'] as const);
    if (kind === 'none') continue;
    const len = 1 + Math.floor(rand() * 3);
    if (kind === 'defect_burst') events.push(defectBurst(d));
    else if (kind === 'courier_failure') events.push(courierFailure(d, len, false));
    else if (kind === 'multi') {
      group++;
      events.push({ ...defectBurst(d), group }, { ...courierFailure(d, len, true), group });
    } else if (kind === 'volume_spike') {
      const mult = 1.6 + 1.4 * rand();
      const ids: string[] = [];
      for (let k = 0; k < len; k++) {
        const extra = poisson(rand, usualTickets * (mult - 1));
        for (let j = 0; j < extra; j++) {
          const reason = pick(rand, ['logistics', 'other', 'refund', 'size', 'cancel'] as const);
          ids.push(addTicket(dayStartOf(d + k) + rand() * 86_400_000, reason, skus[skuOf()]!, channelOf(rand), pick(rand, TEXTS[reason]!), `C${seed}-v${j}`).ticketId);
        }
      }
      events.push({ kind, from: d, to: d + len - 1, count: ids.length, ticketIds: ids });
    } else if (kind === 'sla_breach') {
      // The desk is unmanned for a day or two: every chat of those days is answered many hours late.
      const from = dayStartOf(d);
      const to = dayStartOf(d + len);
      const late = tickets.filter((t) => t.createdAt! >= from && t.createdAt! < to);
      late.forEach(lateReply);
      events.push({ kind, from: d, to: d + len - 1, count: late.length, ticketIds: late.map((t) => t.ticketId) });
    } else {
      // A popular SKU's listing starts to mislead: 6–11 extra return requests over a week.
      const s = Math.floor(rand() * Math.min(nSku, 10));
      const count = 6 + Math.floor(rand() * 6);
      const ids: string[] = [];
      for (let k = 0; k < count; k++) {
        ids.push(addTicket(dayStartOf(d + Math.floor(rand() * 7)) + rand() * 86_400_000, 'return', skus[s]!, channelOf(rand), pick(rand, RETURN_RISE), `C${seed}-r${k}`).ticketId);
      }
      events.push({ kind: 'return_rise', from: d, to: d + 6, sku: skus[s]!, count, ticketIds: ids });
    }
  }
  tickets.sort((a, b) => a.createdAt! - b.createdAt!);
  orders.sort((a, b) => a.orderDate! - b.orderDate!);
  // Keep day 0 onward: the history the desk holds starts there.
  const kept = tickets.filter((t) => t.createdAt! >= start);
  const keptOrders = orders.filter((x) => x.orderDate! >= start);
  tickets.length = 0;
  tickets.push(...kept);
  orders.length = 0;
  orders.push(...keptOrders);
  return { seed, timeZone, start, days: o.days, tickets, orders, promoDays, events };
}
