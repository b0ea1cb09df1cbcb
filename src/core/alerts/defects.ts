/**
 * Batch defects: complaints about one SKU (and one SKU × reason) in a trailing window of 1, 2, 3 or 7 days
 * against units delivered as exposure. The SKU's usual complaint rate is a gamma–Poisson (empirical-Bayes) rate
 * shrunk toward the shop's rate; the window with the largest expectation-based Poisson LLR is the scan's pick;
 * its Poisson tail p (Bonferroni over the windows) goes through Benjamini–Hochberg across all SKUs. Units
 * ordered lagMin–lagMax days before a day are the ones "in the buyers' hands" that day, spread evenly.
 */
import { REASONS, type ReasonKey } from '../../../sheets-templates/enums';
import { documentFrequency, topCluster } from './cluster';
import type { AlertConfig } from './config';
import type { DayBuckets } from './input';
import { benjaminiHochberg, poissonLLR, poissonUpperTail, shrunkRate } from './stats';
import { addDaysToKey } from '../time';
import { alertDimension, alertKey, type Alert, type Severity } from './types';
import { dayWords, ratePair, usualCount, windowWords, type Words } from './words';

interface Cell {
  sku: string;
  reason?: ReasonKey;
  perDay: number[];
  tickets: { id: string; text: string; day: number }[];
}

interface Test {
  cell: Cell;
  window: number;
  observed: number;
  expected: number;
  llr: number;
  p: number;
  noOrders: boolean;
  /** The SKU's usual complaints per unit sold (per day without orders). */
  rate: number;
}

export function detectDefects(b: DayBuckets, config: AlertConfig): Alert[] {
  const rules = config.defects;
  const n = b.axis.days;
  const complaintReasons = new Set<string>(rules.reasons);
  const cells = new Map<string, Cell>();
  const cell = (sku: string, reason?: ReasonKey): Cell => {
    const k = `${sku}|${reason ?? ''}`;
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { sku, reason, perDay: new Array(n).fill(0), tickets: [] }));
    return c;
  };
  for (const { t, day } of b.tickets) {
    if (!t.sku || !t.reason || !complaintReasons.has(t.reason)) continue;
    for (const c of [cell(t.sku), cell(t.sku, t.reason)]) {
      c.perDay[day]++;
      if (day >= n - Math.max(...rules.windows)) c.tickets.push({ id: t.ticketId, text: t.description, day });
    }
  }
  if (cells.size === 0) return [];

  // Units in buyers' hands per SKU and day.
  const span = rules.lagMaxDays - rules.lagMinDays + 1;
  const units = new Map<string, number[]>();
  for (const { o, day } of b.orders) {
    if (!o.sku) continue;
    let u = units.get(o.sku);
    if (!u) units.set(o.sku, (u = new Array(n).fill(0)));
    u[day] += o.quantity ?? 1;
  }
  const exposure = new Map<string, number[]>();
  for (const [sku, u] of units) {
    // Sliding sum of units ordered lagMax…lagMin days before each day.
    const e = new Array<number>(n).fill(0);
    let s = 0;
    for (let d = 0; d < n; d++) {
      if (d - rules.lagMinDays >= 0) s += u[d - rules.lagMinDays];
      if (d - rules.lagMaxDays - 1 >= 0) s -= u[d - rules.lagMaxDays - 1];
      e[d] = s / span;
    }
    e[n - 1] *= b.todayFraction;
    exposure.set(sku, e);
  }

  const longest = Math.max(...rules.windows);
  const baseEnd = n - longest; // baseline days: [firstData, baseEnd)
  const firstData = Math.min(b.firstTicketDay, b.firstOrderDay);
  const sum = (xs: number[], from: number, to: number) => {
    let s = 0;
    for (let i = Math.max(0, from); i < to; i++) s += xs[i];
    return s;
  };
  // Shop rates per reason ('' = all complaint reasons) per unit of exposure, and per SKU-day without orders.
  const shopCount = new Map<string, number>();
  let shopExposure = 0;
  for (const e of exposure.values()) shopExposure += sum(e, firstData, baseEnd);
  const skus = new Set<string>();
  for (const c of cells.values()) {
    shopCount.set(c.reason ?? '', (shopCount.get(c.reason ?? '') ?? 0) + sum(c.perDay, firstData, baseEnd));
    skus.add(c.sku);
  }
  const baseDays = Math.max(1, baseEnd - firstData);
  const dailyPerSku = (reason: string) => (shopCount.get(reason) ?? 0) / baseDays / Math.max(1, skus.size);

  const tests: Test[] = [];
  for (const c of cells.values()) {
    const e = exposure.get(c.sku);
    const noOrders = !e || sum(e, 0, n) === 0;
    const reasonKey = c.reason ?? '';
    let rate: number;
    let windowExposure: (w: number) => number;
    if (noOrders) {
      // No orders at all for this SKU: complaints per day, shrunk toward the shop's per-SKU daily rate.
      rate = shrunkRate(sum(c.perDay, firstData, baseEnd), baseDays, dailyPerSku(reasonKey), 30);
      windowExposure = (w) => w - 1 + b.todayFraction;
    } else {
      // Half a pseudo-complaint: a shop that never had one still has a rate above zero.
      const shopRate = shopExposure > 0 ? ((shopCount.get(reasonKey) ?? 0) + 0.5) / shopExposure : 0;
      rate = shrunkRate(sum(c.perDay, firstData, baseEnd), sum(e!, firstData, baseEnd), shopRate, rules.priorUnits);
      // A SKU whose sales stopped still has buyers using it: never count its exposure below a quarter of usual.
      const usualDaily = sum(e!, firstData, n) / Math.max(1, n - firstData);
      windowExposure = (w) => Math.max(sum(e!, n - w, n), 0.25 * usualDaily * w);
    }
    let best: Test | null = null;
    for (const w of rules.windows) {
      const observed = sum(c.perDay, n - w, n);
      if (observed === 0) continue;
      const expected = Math.max(rate * windowExposure(w), 1e-3);
      const llr = poissonLLR(observed, expected);
      if (!best || llr > best.llr) best = { cell: c, window: w, observed, expected, llr, p: 0, noOrders, rate };
    }
    if (!best) continue;
    best.p = Math.min(1, poissonUpperTail(best.observed, best.expected) * rules.windows.length);
    tests.push(best);
  }
  const q = benjaminiHochberg(tests.map((t) => t.p));
  const passing = tests
    .map((t, i) => ({ t, q: q[i] }))
    .filter(({ t, q }) =>
      t.noOrders ? t.observed >= rules.noOrdersMinCount && t.observed >= rules.minRatio * t.expected && q <= rules.q : q <= rules.q && t.observed >= rules.minCount && t.observed >= rules.minRatio * t.expected,
    );
  // One alert per SKU: the reason-level cell when it carries most of the SKU's complaints, else the SKU cell.
  const bySku = new Map<string, { t: Test; q: number }[]>();
  for (const x of passing) bySku.set(x.t.cell.sku, [...(bySku.get(x.t.cell.sku) ?? []), x]);
  const chosen: { t: Test; q: number }[] = [];
  for (const list of bySku.values()) {
    const skuLevel = list.find((x) => !x.t.cell.reason);
    const reasonLevel = list.filter((x) => x.t.cell.reason).sort((a, b) => b.t.llr - a.t.llr)[0];
    if (reasonLevel && (!skuLevel || reasonLevel.t.observed >= 0.7 * skuLevel.t.observed)) chosen.push(reasonLevel);
    else if (skuLevel) chosen.push(skuLevel);
  }
  if (chosen.length === 0) return [];
  const background = documentFrequency(b.tickets.map(({ t }) => t.description));
  return chosen.map(({ t, q }) => toAlert(t, q, b, rules.clusterJaccard, background, rules.lagMaxDays));
}

function toAlert(t: Test, q: number, b: DayBuckets, threshold: number, background: Map<string, number>, lagMaxDays: number): Alert {
  const n = b.axis.days;
  const from = b.axis.keys[n - t.window];
  const to = b.axis.todayKey;
  const inWindow = t.cell.tickets.filter((x) => x.day >= n - t.window);
  const cluster = topCluster(inWindow, threshold, background, b.tickets.length) ?? undefined;
  const dimension = alertDimension({ sku: t.cell.sku, reason: t.cell.reason });
  const ratio = t.observed / t.expected;
  const severity: Severity = t.observed >= 10 || (ratio >= 5 && (cluster?.share ?? 0) >= 0.5) ? 'high' : q < 0.01 ? 'medium' : 'low';
  const message = defectMessage(t, b, from, lagMaxDays);
  return {
    id: `${alertKey('batch_defect', dimension)}|${from}`,
    key: alertKey('batch_defect', dimension),
    kind: 'batch_defect',
    sku: t.cell.sku,
    ...(t.cell.reason ? { reason: t.cell.reason } : {}),
    window: { from, to, days: t.window },
    observed: t.observed,
    expected: Number(t.expected.toFixed(3)),
    significance: q,
    severity,
    message,
    ...(cluster ? { cluster } : {}),
    ticketIds: inWindow.map((x) => x.id),
  };
}

/**
 * "16 of 140 “Linen Shirt” (SKU TS-1) sold since 24 Nov came back “Defective” — 11 %, usually under 1 %": the
 * complaints against the units that could show the fault (sold from lagMax days before the window on).
 */
function defectMessage(t: Test, b: DayBuckets, from: string, lagMaxDays: number): Words {
  const n = b.axis.days;
  const reason = t.cell.reason ? REASONS.find((r) => r.key === t.cell.reason) : undefined;
  const what = reason ? { en: `“${reason.en}”`, zh: `“${reason.zh}”` } : { en: 'faulty', zh: '有问题' };
  const when = windowWords(from, b.axis.todayKey);
  const sku = t.cell.sku;
  if (!t.noOrders) {
    const sinceKey = addDaysToKey(from, -lagMaxDays);
    const since = Math.max(0, b.axis.indexOfKey(sinceKey));
    let units = 0;
    const names = new Map<string, number>();
    for (const { o, day } of b.orders) {
      if (o.sku !== sku || day < since || day >= n) continue;
      units += o.quantity ?? 1;
      if (o.product) names.set(o.product, (names.get(o.product) ?? 0) + 1);
    }
    const product = [...names.entries()].sort((a, c) => c[1] - a[1])[0]?.[0];
    if (units >= t.observed) {
      const d = dayWords(b.axis.keys[since]!);
      const { now, usual } = ratePair(t.observed / units, t.rate);
      const item = product ? { en: `“${product}” (SKU ${sku})`, zh: `“${product}”（SKU ${sku}）` } : { en: `units of SKU ${sku}`, zh: ` SKU ${sku} ` };
      return {
        en: `${t.observed} of ${units} ${item.en} sold since ${d.en} came back ${what.en} — ${now.en}, usually ${usual.en}.`,
        zh: `${d.zh}以来售出的 ${units} 件${item.zh}中有 ${t.observed} 件反馈${what.zh}——${now.zh}，平常${usual.zh}。`,
      };
    }
  }
  const usual = usualCount(t.expected);
  const tail = t.noOrders
    ? { en: ' No orders of this SKU are in the Orders tab, so this is judged on the count alone.', zh: '订单表中没有该 SKU 的订单，仅按投诉数量判断。' }
    : { en: '', zh: '' };
  return {
    en: `SKU ${sku}: ${t.observed} ${what.en} complaints ${when.en}, ${usual.en}.${tail.en}`,
    zh: `SKU ${sku}：${when.zh}收到 ${t.observed} 件${what.zh}投诉，${usual.zh}。${tail.zh}`,
  };
}
