/**
 * Reading a Shopee Return/Refund export (pure): headers mapped by meaning in English or Chinese (the mapping is data
 * in sheets-templates/data/shopee-returns.json), unknown columns ignored, each line read into a return request or
 * rejected with its cause; Shopee's return reason mapped to a DATA.md reason key and its status to a known one.
 */
import data from '../../../sheets-templates/data/shopee-returns.json';
import type { ReasonKey, ResolutionKey, StatusKey } from '../../../sheets-templates/enums';
import { UserError } from '../errors';
import { CELL_CHARS } from '../text';

export type ReturnField = keyof typeof data.fields;

export interface ReturnLine {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  returnId: string;
  orderId: string;
  orderDate: number | null;
  product: string;
  sku: string;
  quantity: number | null;
  reasonText: string;
  reason: ReasonKey;
  createdAt: number;
  tracking: string;
  status: string;
  solution: ResolutionKey | null;
  buyer: string;
  amount: number | null;
}

export interface StatusInfo {
  key: string;
  en: string;
  zh: string;
  awaitingSeller: boolean;
  ticket: StatusKey | null;
  reopen: boolean;
}

export interface ReadExport {
  lines: ReturnLine[];
  rejected: { line: number; reason: string }[];
  /** Headers of the file that AfterDesk does not read (ignored). */
  ignoredHeaders: string[];
  language: 'en' | 'zh';
}

function squash(s: string): string {
  return String(s ?? '').normalize('NFKC').toLowerCase().replace(/[\s_\-()（）./／:*&'’]+/g, '');
}

const STATUS_INDEX = new Map<string, StatusInfo>();
for (const s of data.statuses) {
  const info: StatusInfo = { key: s.key, en: s.en, zh: s.zh, awaitingSeller: s.awaitingSeller, ticket: s.ticket as StatusKey | null, reopen: 'reopen' in s && s.reopen === true };
  for (const name of [s.key, s.en, s.zh, ...s.aliases]) STATUS_INDEX.set(squash(name), info);
}

export function statusInfo(text: string): StatusInfo | null {
  return STATUS_INDEX.get(squash(text)) ?? null;
}

/** Shopee's buyer-chosen reason → a DATA.md reason key (SHOPEE.md's mapping); anything else is 'other'. */
export function mapReturnReason(text: string): ReasonKey {
  const t = String(text ?? '').normalize('NFKC').toLowerCase().replace(/[_\s]+/g, ' ');
  const flat = t.replace(/ /g, '_');
  for (const r of data.reasons) {
    if (r.match.some((m) => t.includes(m.toLowerCase().replace(/_/g, ' ')) || flat.includes(m.toLowerCase()))) return r.key as ReasonKey;
  }
  return 'other';
}

export function mapSolution(text: string): ResolutionKey | null {
  const t = squash(text);
  if (!t) return null;
  for (const s of data.solutions) if (s.match.some((m) => squash(m) === t)) return s.resolution as ResolutionKey;
  return null;
}

/** Column index per field; a missing required column is a UserError naming it in both languages. */
export function mapReturnHeaders(header: string[]): { columns: Partial<Record<ReturnField, number>>; ignored: string[]; language: 'en' | 'zh' } {
  const present = new Map<string, number>();
  header.forEach((h, i) => {
    const k = squash(h);
    if (k && !present.has(k)) present.set(k, i);
  });
  const columns: Partial<Record<ReturnField, number>> = {};
  const used = new Set<number>();
  for (const [field, def] of Object.entries(data.fields) as [ReturnField, (typeof data.fields)[ReturnField]][]) {
    for (const v of def.variants) {
      const i = present.get(squash(v));
      if (i !== undefined && !used.has(i)) {
        columns[field] = i;
        used.add(i);
        break;
      }
    }
  }
  const missing = (data.required as ReturnField[]).filter((f) => columns[f] === undefined);
  if (missing.length) {
    const names = missing.map((f) => data.fields[f]);
    throw new UserError(
      'returns_column_missing',
      {
        en: `The return export has no ${names.map((n) => `"${n.en}"`).join(', ')} column${missing.length > 1 ? 's' : ''} (row 1). Export Returns/Refunds again from Seller Centre, or rename the column.`,
        zh: `退货导出文件缺少${names.map((n) => `“${n.zh}”`).join('、')}列（第 1 行）。请从卖家中心重新导出退货/退款，或修改列名。`,
      },
      missing[0],
    );
  }
  const zh = header.some((h) => /[\u4e00-\u9fff]/.test(h));
  return { columns, ignored: header.filter((h, i) => String(h).trim() && !used.has(i)), language: zh ? 'zh' : 'en' };
}

function parseNumber(s: string): number | null {
  const t = s.replace(/[^\d.,-]/g, '').replace(/,(?=\d{3}(\D|$))/g, '').replace(',', '.');
  if (!t) return null;
  const n = Number(t);
  return isFinite(n) ? n : null;
}

const SCIENTIFIC = /^\d(\.\d+)?e\+?\d+$/i;

/**
 * Reads every line of the export (rows: header first). `parseDate` reads a local date-time text in the shop's zone.
 * A rejected line names its cause; lines of one Return ID after the first are merged into it (a return of several
 * items) unless they disagree on the order, creation time or status.
 */
export function readReturnExport(rows: string[][], parseDate: (text: string) => number | null): ReadExport {
  const [header = [], ...body] = rows;
  const { columns, ignored, language } = mapReturnHeaders(header.map((h) => String(h ?? '')));
  const out: ReadExport = { lines: [], rejected: [], ignoredHeaders: ignored, language };
  const byId = new Map<string, ReturnLine>();
  const cell = (r: string[], f: ReturnField) => (columns[f] === undefined ? '' : String(r[columns[f]!] ?? '').trim());
  body.forEach((r, k) => {
    const line = k + 2;
    if (r.every((c) => String(c ?? '').trim() === '')) return;
    const reject = (reason: string) => out.rejected.push({ line, reason });
    const long = r.findIndex((c) => String(c ?? '').length > CELL_CHARS);
    if (long >= 0) return reject(`the cell under "${String(header[long] ?? '').slice(0, 40)}" is longer than a spreadsheet cell holds (${CELL_CHARS.toLocaleString('en-US')} characters) · 单元格超过 ${CELL_CHARS} 个字符的上限`);
    const returnId = cell(r, 'returnId');
    const orderId = cell(r, 'orderId');
    if (!returnId) return reject('empty Return ID · 退货编号为空');
    for (const [name, id] of [['Return ID', returnId], ['Order ID', orderId]] as const) {
      if (SCIENTIFIC.test(id)) return reject(`${name} "${id}" was turned into a number by a spreadsheet program — export again and keep the column as text · ${name === 'Return ID' ? '退货编号' : '订单编号'}被表格软件改成了数字，请重新导出并保持文本格式`);
    }
    if (!orderId) return reject('empty Order ID · 订单编号为空');
    const createdText = cell(r, 'createdAt');
    const createdAt = createdText ? parseDate(createdText) : null;
    if (createdAt === null) return reject(`Return Creation Time "${createdText.slice(0, 30)}" is not a date (YYYY-MM-DD HH:MM) · 退货申请时间不是日期`);
    const orderText = cell(r, 'orderDate');
    const orderDate = orderText ? parseDate(orderText) : null;
    if (orderText && orderDate === null) return reject(`Order Creation Date "${orderText.slice(0, 30)}" is not a date · 订单创建时间不是日期`);
    const statusText = cell(r, 'status');
    const status = statusInfo(statusText);
    if (!status) return reject(`Return / Refund Status "${statusText.slice(0, 40)}" is not a status AfterDesk knows (${data.statuses.map((s) => s.en).join(', ')}) · 无法识别的退货/退款状态`);
    const qText = cell(r, 'quantity');
    const quantity = qText ? Number(qText) : null;
    if (qText && (!Number.isInteger(quantity) || quantity! < 0)) return reject(`Return Quantity "${qText.slice(0, 20)}" is not a whole number · 退货数量不是整数`);
    const amountText = cell(r, 'amount');
    const amount = parseNumber(amountText);
    if (amountText && amount === null) return reject(`Refund Amount "${amountText.slice(0, 20)}" is not a number · 退款金额不是数字`);
    const reasonText = cell(r, 'reason');
    const item: ReturnLine = {
      line, returnId, orderId, orderDate,
      product: cell(r, 'product'), sku: cell(r, 'sku'), quantity,
      reasonText, reason: mapReturnReason(reasonText), createdAt,
      tracking: cell(r, 'tracking'), status: status.key, solution: mapSolution(cell(r, 'solution')),
      buyer: cell(r, 'buyer'), amount,
    };
    const first = byId.get(returnId);
    if (!first) {
      byId.set(returnId, item);
      out.lines.push(item);
      return;
    }
    if (first.orderId !== orderId || first.createdAt !== createdAt || first.status !== status.key) {
      return reject(`Return ID ${returnId} is also on line ${first.line} with a different order, creation time or status · 退货编号与第 ${first.line} 行重复且内容不一致`);
    }
    // A second item of the same return request: listed with the first.
    // The ticket keeps the first item's SKU (one SKU a ticket, for the SKU figures); the others are named in the product.
    const other = `${item.product}${item.sku && item.sku !== first.sku ? ` [${item.sku}]` : ''}${item.quantity !== null ? ` × ${item.quantity}` : ''}`;
    first.product = [first.product, other].filter(Boolean).join(' + ');
    first.quantity = first.quantity === null && item.quantity === null ? null : (first.quantity ?? 0) + (item.quantity ?? 0);
    if (item.amount !== null) first.amount = (first.amount ?? 0) + item.amount;
  });
  return out;
}
