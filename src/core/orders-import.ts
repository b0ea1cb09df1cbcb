/**
 * Order-export import (pure): maps a marketplace export's header row to Orders fields, reads each line into an
 * order with a specific reason when it cannot, and merges with the existing orders by (Order ID, SKU).
 */
import formatsData from '../../sheets-templates/data/order-headers.json';
import type { Order } from './records';
import { CELL_CHARS } from './text';

type Field = 'orderId' | 'orderDate' | 'customerId' | 'customerName' | 'email' | 'sku' | 'product' | 'variation' | 'quantity' | 'amount' | 'unitPrice' | 'status' | 'returnStatus' | 'channel';

interface ExportFormat {
  name: string;
  detect: string[];
  fields: Partial<Record<Field, string[]>>;
}

const FORMATS = formatsData.formats as ExportFormat[];

export interface ImportLine {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  order: Order;
}

export interface ImportPlan {
  format: string;
  inserts: Order[];
  updates: { index: number; order: Order }[];
  rejected: { line: number; reason: string }[];
  unmappedHeaders: string[];
  unchanged: number;
}

function squash(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s_\-()（）./／:*]+/g, '');
}

export function detectFormat(header: string[]): { format: ExportFormat; columns: Partial<Record<Field, number>>; unmapped: string[] } {
  const present = new Map(header.map((h, i) => [squash(h), i]));
  const format = FORMATS.find((f) => f.detect.length > 0 && f.detect.every((d) => present.has(squash(d)))) ?? FORMATS[FORMATS.length - 1]!;
  const columns: Partial<Record<Field, number>> = {};
  const used = new Set<number>();
  for (const [field, variants] of Object.entries(format.fields) as [Field, string[]][]) {
    for (const v of variants) {
      const i = present.get(squash(v));
      if (i !== undefined && !used.has(i)) {
        columns[field] = i;
        used.add(i);
        break;
      }
    }
  }
  const unmapped = header.filter((h, i) => h.trim() && !used.has(i));
  return { format, columns, unmapped };
}

function parseAmount(s: string): number | null {
  // A spreadsheet program may have written 100000 as 1E+05: read it as the number, not as the digits "105".
  if (/^\s*[+-]?\d+(\.\d+)?e[+-]?\d+\s*$/i.test(s)) return Number(s);
  const t = s.replace(/[^\d.,-]/g, '').replace(/,(?=\d{3}(\D|$))/g, '').replace(',', '.');
  if (!t) return null;
  const n = Number(t);
  return isFinite(n) ? n : null;
}

/**
 * Reads the rows of an export (header first). `parseDate` reads a local date-time text in the shop's zone.
 * Existing orders are matched by (Order ID, SKU); an identical line is counted unchanged.
 */
export function planImport(rows: string[][], existing: Order[], parseDate: (text: string) => number | null, channel = ''): ImportPlan {
  const [header = [], ...body] = rows;
  const { format, columns, unmapped } = detectFormat(header.map((h) => String(h)));
  const plan: ImportPlan = { format: format.name, inserts: [], updates: [], rejected: [], unmappedHeaders: unmapped, unchanged: 0 };
  if (columns.orderId === undefined) {
    plan.rejected.push({ line: 1, reason: 'no Order ID column (订单号) in the header row' });
    return plan;
  }
  const key = (o: { orderId: string; sku: string }) => `${o.orderId.trim()}\u0000${o.sku.trim().toLowerCase()}`;
  const index = new Map(existing.map((o, i) => [key(o), i]));
  const seen = new Map<string, number>();
  const cell = (r: string[], f: Field) => (columns[f] === undefined ? '' : String(r[columns[f]!] ?? '').trim());
  body.forEach((r, k) => {
    const line = k + 2;
    if (r.every((c) => String(c).trim() === '')) return;
    const long = r.findIndex((c) => String(c).length > CELL_CHARS);
    if (long >= 0) return plan.rejected.push({ line, reason: `the cell under "${String(header[long] ?? '').slice(0, 40)}" is longer than a spreadsheet cell holds (${CELL_CHARS.toLocaleString('en-US')} characters)` });
    const orderId = cell(r, 'orderId');
    if (!orderId) return plan.rejected.push({ line, reason: 'empty Order ID' });
    if (/^\d(\.\d+)?e\+?\d+$/i.test(orderId)) {
      return plan.rejected.push({ line, reason: `Order ID "${orderId}" was turned into a number by a spreadsheet program — export again and keep the column as text` });
    }
    const dateText = cell(r, 'orderDate');
    const orderDate = dateText ? parseDate(dateText) : null;
    if (dateText && orderDate === null) return plan.rejected.push({ line, reason: `order date "${dateText.slice(0, 30)}" is not a date (YYYY-MM-DD HH:MM)` });
    const qText = cell(r, 'quantity');
    const quantity = qText ? Number(qText) : 1;
    if (!Number.isInteger(quantity) || quantity < 0) return plan.rejected.push({ line, reason: `quantity "${qText}" is not a whole number` });
    let amount = parseAmount(cell(r, 'amount'));
    const unit = parseAmount(cell(r, 'unitPrice'));
    if (columns.amount !== undefined && columns.amount === columns.unitPrice && unit !== null) amount = unit * quantity;
    if (cell(r, 'amount') && amount === null) return plan.rejected.push({ line, reason: `amount "${cell(r, 'amount').slice(0, 20)}" is not a number` });
    const variation = cell(r, 'variation');
    const order: Order = {
      orderId,
      orderDate,
      customerId: cell(r, 'customerId'),
      customerName: cell(r, 'customerName'),
      email: cell(r, 'email'),
      sku: cell(r, 'sku') || (variation ? `${cell(r, 'product').slice(0, 20)} ${variation}` : ''),
      product: cell(r, 'product') + (variation && cell(r, 'sku') ? ` (${variation})` : ''),
      quantity,
      amount,
      status: [cell(r, 'status'), cell(r, 'returnStatus')].filter(Boolean).join(' / '),
      channel: cell(r, 'channel') || channel || (format.name.startsWith('Shopee') ? 'Shopee' : ''),
    };
    const k2 = key(order);
    if (seen.has(k2)) return plan.rejected.push({ line, reason: `duplicate of line ${seen.get(k2)} (same Order ID and SKU)` });
    seen.set(k2, line);
    const at = index.get(k2);
    if (at === undefined) plan.inserts.push(order);
    else {
      // A blank e-mail in the file keeps the stored one: compare with what would be written, or a re-import of the
      // same file would "update" that line every time.
      const merged = { ...existing[at]!, ...order, email: order.email || existing[at]!.email };
      if (JSON.stringify(existing[at]) === JSON.stringify(merged)) plan.unchanged++;
      else plan.updates.push({ index: at, order: merged });
    }
  });
  return plan;
}
