/**
 * Generates a believable shop history (deterministic for a seed): a Shopee order export and a chronological
 * script of what agents and customers did — logging cases, replies, waiting, resolutions, reopenings, surveys.
 * The demo command plays the script through the real bundle, so every row is made by the add-on itself.
 */
import { mulberry32 } from '../random';
import { AGENTS_DEMO, DEFECT, LANGUAGE_MIX, NAMES, PHRASES, PRODUCTS, type DemoLanguage, type Product } from './catalogue';

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  weighted<T>(list: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const r: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    weighted: (list) => {
      const total = list.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of list) if ((x -= w) < 0) return v;
      return list[list.length - 1]![0];
    },
    chance: (p) => next() < p,
  };
  return r;
}

export interface DemoCustomer {
  id: string;
  name: string;
  email: string;
  language: DemoLanguage;
}

export interface DemoOrderLine {
  orderId: string;
  at: number;
  customer: DemoCustomer;
  product: Product;
  quantity: number;
}

export type DemoStep =
  | { at: number; as: string; kind: 'log'; handle: number; input: Record<string, string> }
  | { at: number; as: string; kind: 'update'; handle: number; input: Record<string, unknown> }
  | { at: number; as: string; kind: 'survey'; handle: number; score: number; comment: string };

export interface DemoShop {
  orders: DemoOrderLine[];
  steps: DemoStep[];
  agents: typeof AGENTS_DEMO;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TZ_OFFSET = 8 * HOUR; // Asia/Kuala_Lumpur, no DST

function localDay(ms: number): { key: string; dow: number; date: number; month: number } {
  const d = new Date(ms + TZ_OFFSET);
  return { key: d.toISOString().slice(0, 10), dow: d.getUTCDay(), date: d.getUTCDate(), month: d.getUTCMonth() + 1 };
}

/** A moment inside local business hours of the day of `ms` (09:00–21:00 for customers). */
function atLocal(dayStart: number, hour: number, minute: number): number {
  return dayStart + hour * HOUR + minute * 60_000;
}

const REASON_MIX: [string, number][] = [
  ['not_received', 14], ['damaged', 12], ['defective', 10], ['missing_item', 9], ['wrong_item', 8], ['refund', 8],
  ['exchange', 9], ['logistics', 12], ['size', 6], ['not_as_described', 7], ['return', 3], ['cancel', 2],
];

const RESOLUTION_FOR: Record<string, string[]> = {
  damaged: ['resend', 'refund', 'partial_refund'], defective: ['exchange', 'refund', 'resend'],
  missing_item: ['resend'], wrong_item: ['exchange', 'resend'], not_received: ['resend', 'refund', 'explanation'],
  refund: ['refund', 'return_refund'], return: ['return_refund'], exchange: ['exchange'], logistics: ['explanation'],
  size: ['explanation'], not_as_described: ['partial_refund', 'return_refund', 'voucher'], cancel: ['refund', 'none'],
};

const ROOT_FOR: Record<string, string> = {
  damaged: 'packaging', defective: 'product_quality', missing_item: 'warehouse_error', wrong_item: 'warehouse_error',
  not_received: 'logistics', logistics: 'logistics', not_as_described: 'description_unclear', size: 'description_unclear',
  refund: 'other', return: 'other', exchange: 'description_unclear', cancel: 'other',
};

/** Agents work the shop's default hours (Mon–Fri 09–18, Sat 10–14): a reply lands inside them. */
function workingTime(ms: number): number {
  let t = ms;
  for (let i = 0; i < 8; i++) {
    const d = new Date(t + TZ_OFFSET);
    const dow = d.getUTCDay();
    const hour = d.getUTCHours() + d.getUTCMinutes() / 60;
    const [open, close] = dow === 0 ? [0, 0] : dow === 6 ? [10, 14] : [9, 18];
    if (hour >= open && hour < close) return t;
    const dayStart = Math.floor((t + TZ_OFFSET) / DAY) * DAY - TZ_OFFSET;
    t = hour < open ? dayStart + open * HOUR + 7 * 60_000 : dayStart + DAY + (dow === 5 ? 10 : 9) * HOUR + 7 * 60_000;
  }
  return t;
}

function phrase(r: Rng, reason: string, lang: DemoLanguage, product: Product): string {
  const bank = PHRASES[reason] ?? {};
  const list = bank[lang] ?? bank.en ?? ['Please help'];
  return r.pick(list).replace('{product}', product.name.split(' ').slice(0, 3).join(' '));
}

export function generateShop(seed: number, now: number, days = 84): DemoShop {
  const r = rng(seed);
  const customers: DemoCustomer[] = [];
  for (let i = 0; i < 700; i++) {
    const language = r.weighted(LANGUAGE_MIX);
    const name = r.pick(NAMES[language]);
    const handle = `${name.split(' ')[0]!.toLowerCase().replace(/[^a-z]/g, '') || 'buyer'}${r.int(10, 9999)}`;
    customers.push({ id: handle, name, language, email: r.chance(0.45) ? `${handle}@example.com` : '' });
  }
  const regulars = customers.slice(0, 60);
  const weights = PRODUCTS.map((p) => [p, p.weight] as const);
  const start = Math.floor((now + TZ_OFFSET) / DAY) * DAY - TZ_OFFSET - days * DAY;
  const orders: DemoOrderLine[] = [];
  let orderSeq = 0;
  for (let d = 0; d < days; d++) {
    const dayStart = start + d * DAY;
    const { dow, date, month } = localDay(dayStart);
    let base = 26 * (dow === 0 || dow === 6 ? 1.25 : 1) * (date === 25 ? 1.4 : 1);
    if ((month === 11 && date === 11) || (month === 12 && date === 12)) base *= 4;
    if ((month === 10 && date === 10) || (month === 9 && date === 9)) base *= 2.5;
    const n = Math.round(base * (0.85 + r.next() * 0.3));
    for (let k = 0; k < n; k++) {
      const at = atLocal(dayStart, r.int(7, 23), r.int(0, 59));
      if (at > now) continue;
      const customer = r.chance(0.25) ? r.pick(regulars) : r.pick(customers);
      const orderId = `2${String(6_000_000_000_000 + Math.floor(dayStart / 1000) * 10 + orderSeq++).slice(-13)}`;
      const lines = r.chance(0.3) ? 2 : 1;
      const used = new Set<string>();
      for (let l = 0; l < lines; l++) {
        const product = r.weighted(weights);
        if (used.has(product.sku)) continue;
        used.add(product.sku);
        orders.push({ orderId, at, customer, product, quantity: r.chance(0.15) ? 2 : 1 });
      }
    }
  }
  const steps: DemoStep[] = [];
  const agents = AGENTS_DEMO;
  const agentFor = (lang: DemoLanguage) => {
    const speakers = agents.filter((a) => a.role === 'Agent' && a.languages.includes(lang));
    return (speakers.length ? r.pick(speakers) : agents[1]!).email;
  };
  let handle = 0;
  const addCase = (line: DemoOrderLine, reason: string, at: number, description: string, defect = false) => {
    if (at > now - HOUR) return;
    const h = handle++;
    const c = line.customer;
    const agent = agentFor(c.language);
    const channel = r.weighted([['Shopee Chat', 70], ['Email', 12], ['WhatsApp', 10], ['Lazada Chat', 8]] as const);
    steps.push({ at, as: agent, kind: 'log', handle: h, input: {
      channel, orderId: line.orderId, customerId: c.id, customerName: c.name, email: c.email, language: c.language,
      sku: line.product.sku, reason, priority: r.chance(0.1) ? 'high' : 'normal', description,
      evidenceLinks: ['damaged', 'defective', 'wrong_item', 'missing_item'].includes(reason) ? `https://photos.example.com/${c.id}/${h}.jpg` : '',
    } });
    let t = workingTime(at + r.int(5, defect ? 60 : 150) * 60_000);
    if (t > now) return;
    steps.push({ at: t, as: agent, kind: 'update', handle: h, input: { reply: 'Thanks for telling us — we are checking this for you now.' } });
    if (r.chance(0.35)) {
      t += r.int(20, 180) * 60_000;
      if (t > now) return;
      steps.push({ at: t, as: agent, kind: 'update', handle: h, input: { status: 'waiting', reply: 'Could you send a photo of the item and the parcel label?' } });
      t += r.int(1, 30) * HOUR;
      if (t > now) return;
      steps.push({ at: t, as: agent, kind: 'update', handle: h, input: { customerReplied: true } });
    }
    if (defect && r.chance(0.6)) return; // the burst is recent: many still open
    t += r.int(1, 40) * HOUR;
    if (t > now) return;
    const resolution = r.pick(RESOLUTION_FOR[reason] ?? ['explanation']);
    const compensation = resolution === 'partial_refund' ? r.pick([10, 15, 20, 30, 80]) : resolution === 'voucher' ? 10 : 0;
    steps.push({ at: t, as: agent, kind: 'update', handle: h, input: {
      status: 'resolved', resolution, rootCause: defect ? 'product_quality' : ROOT_FOR[reason] ?? 'other',
      ...(compensation ? { compensation } : {}), ...(r.chance(0.3) ? { reply: 'All sorted — sorry again for the trouble!' } : {}),
    } });
    if (r.chance(0.08)) {
      const t2 = t + r.int(5, 48) * HOUR;
      if (t2 < now) {
        steps.push({ at: t2, as: agent, kind: 'update', handle: h, input: { status: 'open', note: 'Customer says the problem is back' } });
        const t3 = t2 + r.int(2, 24) * HOUR;
        if (t3 < now) steps.push({ at: t3, as: agent, kind: 'update', handle: h, input: { status: 'resolved', reply: 'We sent a replacement today.' } });
      }
    }
    const ts = t + r.int(3, 72) * HOUR;
    if (ts < now && r.chance(0.55)) {
      const score = r.weighted([[5, 45], [4, 30], [3, 12], [2, 8], [1, 5]] as const);
      const comment = score >= 4 ? r.pick(['Fast and friendly, thank you!', '客服很耐心，谢谢', 'Terima kasih, cepat sangat', '']) : r.pick(['Took too long', '处理太慢了', 'Still not happy with the quality', '']);
      steps.push({ at: ts, as: agent, kind: 'survey', handle: h, score, comment });
    }
    const tc = t + r.int(4, 9) * DAY;
    if (tc < now && r.chance(0.7)) steps.push({ at: tc, as: agent, kind: 'update', handle: h, input: { status: 'closed' } });
  };
  for (const line of orders) {
    if (line.product.sku === DEFECT.sku && line.at > now - 4 * DAY) continue;
    if (!r.chance(0.055)) continue;
    const reason = r.weighted(REASON_MIX);
    const at = line.at + r.int(reason === 'cancel' ? 1 : 48, reason === 'cancel' ? 12 : 240) * HOUR;
    addCase(line, reason, at, phrase(r, reason, line.customer.language, line.product));
  }
  // The batch defect: a burst of button complaints on one shirt over the last three days.
  const defectLines = orders.filter((o) => o.product.sku === DEFECT.sku && o.at < now - 3 * DAY && o.at > now - 30 * DAY);
  for (let i = 0; i < Math.min(14, defectLines.length); i++) {
    const line = defectLines[defectLines.length - 1 - i]!;
    const lang = DEFECT.phrases[line.customer.language] ? line.customer.language : 'en';
    const at = now - r.int(2, 70) * HOUR;
    addCase(line, 'defective', at, r.pick(DEFECT.phrases[lang]!), true);
  }
  steps.sort((a, b) => a.at - b.at || a.handle - b.handle);
  return { orders, steps, agents };
}

/** The order export as Shopee writes it (English headers), for the real import path. */
export function shopeeCsv(orders: DemoOrderLine[], fmt: (ms: number) => string): string {
  const header = ['Order ID', 'Order Status', 'Order Creation Date', 'Product Name', 'SKU Reference No.', 'Variation Name', 'Deal Price', 'Quantity', 'Product Subtotal', 'Username (Buyer)', 'Receiver Name'];
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = orders.map((o) => [o.orderId, 'Completed', fmt(o.at), o.product.name, o.product.sku, '', o.product.price.toFixed(2), String(o.quantity), (o.product.price * o.quantity).toFixed(2), o.customer.id, o.customer.name].map(q).join(','));
  return [header.join(','), ...lines].join('\n');
}
