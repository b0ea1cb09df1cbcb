/**
 * The Lookup Index (hidden tab): a hash table in cells, so finding a customer's orders and tickets, or an
 * order's lines, reads two or three cells instead of whole tabs. Row 2 holds the state: how many rows of
 * Tickets and Orders the index covers, the Audit Log's last row, and the open tickets per assignee. Rows 3…
 * are buckets: column A maps order keys (`o:` order ID, `c:` customer) to Orders rows, column B maps `c:`
 * customer keys to Tickets rows, each cell a small JSON object. Rows found are always checked against the
 * tab before use; anything that does not match sends the action back to reading the tabs (and the index is
 * rebuilt from what that read).
 */
import { LOOKUP_INDEX } from '../../sheets-templates/lookup';
import { customerKey } from '../core/customers';
import type { Order, Ticket } from '../core/records';
import { findSheet } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface IndexState {
  v: 1;
  buckets: number;
  /** Last rows covered: Tickets and Orders rows up to these are in the buckets. */
  tickets: number;
  orders: number;
  /** The Audit Log's last row when last written (a hint, verified before use). */
  events: number;
  /** Open (new/open/waiting) tickets per assignee as written in the Assignee column. */
  open: Record<string, number>;
}

export interface LookupIndex {
  sheet: Sheet;
  state: IndexState;
  /** Bucket cells read so far, by bucket row: [orders, tickets] JSON maps. */
  cache: Map<number, [Record<string, number[]>, Record<string, number[]>]>;
  dirty: Set<number>;
  /** The state cell's range, kept from the read for the writes of the same execution. */
  stateRange?: GoogleAppsScript.Spreadsheet.Range;
}

/** The state cell as already read in this execution (the save journal's check reads it first). */
export interface IndexRead {
  sheet: Sheet;
  range: GoogleAppsScript.Spreadsheet.Range;
  raw: unknown;
}

/** A bucket cell holds at most this many characters (Sheets allows 50,000); a fuller bucket grows the table. */
const CELL_LIMIT = 45_000;
const FIRST_BUCKET_ROW = 3;

export const orderKey = (orderId: string) => `o:${orderId.trim()}`;
export const customerIndexKey = (customerId: string) => `c:${customerKey(customerId)}`;

/** FNV-1a, 32 bits: the bucket of a key. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}

function parseState(raw: unknown): IndexState | null {
  try {
    const s = JSON.parse(String(raw ?? '')) as IndexState;
    if (s && s.v === 1 && s.buckets > 0 && Number.isInteger(s.tickets) && Number.isInteger(s.orders) && typeof s.open === 'object') return s;
  } catch {
    // not ours: rebuilt
  }
  return null;
}

/** Opens the index: one cell read. Null when the tab is missing or its state unreadable. */
export function openIndex(ss: Ss, read?: IndexRead | null): LookupIndex | null {
  if (read) {
    const state = parseState(read.raw);
    return state ? { sheet: read.sheet, state, cache: new Map(), dirty: new Set(), stateRange: read.range } : null;
  }
  const sheet = findSheet(ss, LOOKUP_INDEX);
  if (!sheet) return null;
  const range = sheet.getRange(2, 1);
  const state = parseState(range.getValue());
  return state ? { sheet, state, cache: new Map(), dirty: new Set(), stateRange: range } : null;
}

function parseBucket(raw: unknown): Record<string, number[]> {
  if (raw === '' || raw === null || raw === undefined) return {};
  try {
    const v = JSON.parse(String(raw)) as Record<string, number[]>;
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

/** Reads the buckets of these keys (one call for each bucket row not read yet). */
function load(ix: LookupIndex, keys: string[]): void {
  for (const key of keys) {
    const b = bucketOf(key, ix.state.buckets);
    if (ix.cache.has(b)) continue;
    const [a, t] = ix.sheet.getRange(FIRST_BUCKET_ROW + b, 1, 1, 2).getValues()[0] ?? ['', ''];
    ix.cache.set(b, [parseBucket(a), parseBucket(t)]);
  }
}

/** Rows listed for a key in the Orders (0) or Tickets (1) map. */
export function indexRows(ix: LookupIndex, which: 'orders' | 'tickets', key: string): number[] {
  load(ix, [key]);
  const entry = ix.cache.get(bucketOf(key, ix.state.buckets))!;
  return (which === 'orders' ? entry[0] : entry[1])[key] ?? [];
}

/** Reads several keys' buckets up front (a caller about to ask for them all). */
export function preload(ix: LookupIndex, keys: string[]): void {
  load(ix, keys.filter(Boolean));
}

/** Records a new Tickets row for a customer (written by `saveIndex`). */
export function addTicketRow(ix: LookupIndex, customerId: string, row: number): void {
  if (customerId.trim()) {
    const key = customerIndexKey(customerId);
    load(ix, [key]);
    const b = bucketOf(key, ix.state.buckets);
    const map = ix.cache.get(b)![1];
    map[key] = [...(map[key] ?? []), row];
    ix.dirty.add(b);
  }
  ix.state.tickets = Math.max(ix.state.tickets, row);
}

/** Writes the changed buckets and the state: a cell each (the caller holds the document lock). */
export function saveIndex(ix: LookupIndex): boolean {
  for (const b of ix.dirty) {
    const [o, t] = ix.cache.get(b)!;
    const a = JSON.stringify(o);
    const tt = JSON.stringify(t);
    if (a.length > CELL_LIMIT || tt.length > CELL_LIMIT) {
      markStale(ix);
      return false;
    }
    ix.sheet.getRange(FIRST_BUCKET_ROW + b, 2).setValue(tt);
  }
  ix.dirty.clear();
  (ix.stateRange ?? ix.sheet.getRange(2, 1)).setValue(JSON.stringify(ix.state));
  return true;
}

/** Makes the next action read the tabs and rebuild the index. */
export function markStale(ix: LookupIndex): void {
  ix.sheet.getRange(2, 1).setValue('stale');
}

export function isOpenStatus(status: Ticket['status']): boolean {
  return status === 'new' || status === 'open' || status === 'waiting';
}

/** The open-ticket count per assignee, from all tickets. */
export function openLoadOf(tickets: Ticket[]): Record<string, number> {
  const open: Record<string, number> = {};
  for (const t of tickets) if (isOpenStatus(t.status) && t.assignee) open[t.assignee] = (open[t.assignee] ?? 0) + 1;
  return open;
}

/** Changes an assignee's open count when a ticket opens, closes or changes hands. */
export function moveOpen(ix: LookupIndex, before: { status: Ticket['status']; assignee: string } | null, after: { status: Ticket['status']; assignee: string }): void {
  const was = before && isOpenStatus(before.status) && before.assignee ? before.assignee : null;
  const now = isOpenStatus(after.status) && after.assignee ? after.assignee : null;
  if (was === now) return;
  if (was) ix.state.open[was] = Math.max(0, (ix.state.open[was] ?? 0) - 1);
  if (now) ix.state.open[now] = (ix.state.open[now] ?? 0) + 1;
}

/**
 * Rebuilds the whole index from tickets and orders already read (with their sheet rows): one write of every
 * bucket. Returns the state written.
 */
export function buildIndex(
  ss: Ss,
  tickets: { row: number; record: Ticket }[],
  orders: { row: number; record: Order }[] | null,
  rows: { tickets: number; orders: number; events: number },
): IndexState {
  const orderMap = new Map<string, number[]>();
  const ticketMap = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, r: number) => {
    const l = m.get(k);
    if (l) l.push(r);
    else m.set(k, [r]);
  };
  for (const o of orders ?? []) {
    if (o.record.orderId.trim()) push(orderMap, orderKey(o.record.orderId), o.row);
    if (o.record.customerId.trim()) push(orderMap, customerIndexKey(o.record.customerId), o.row);
  }
  for (const t of tickets) if (t.record.customerId.trim()) push(ticketMap, customerIndexKey(t.record.customerId), t.row);
  // About sixteen keys a bucket, at least 256 buckets, a power of two.
  let buckets = 256;
  while (buckets * 16 < orderMap.size + ticketMap.size) buckets *= 2;
  const cells: [Record<string, number[]>, Record<string, number[]>][] = Array.from({ length: buckets }, () => [{}, {}]);
  for (const [k, r] of orderMap) cells[bucketOf(k, buckets)]![0][k] = r;
  for (const [k, r] of ticketMap) cells[bucketOf(k, buckets)]![1][k] = r;
  const state: IndexState = { v: 1, buckets, tickets: rows.tickets, orders: orders ? rows.orders : 0, events: rows.events, open: openLoadOf(tickets.map((t) => t.record)) };
  const text = cells.map(([o, t]) => [JSON.stringify(o), JSON.stringify(t)]);
  if (text.some(([o, t]) => o!.length > CELL_LIMIT || t!.length > CELL_LIMIT)) state.v = 0 as 1; // unreadable: never used
  let sheet = findSheet(ss, LOOKUP_INDEX);
  if (!sheet) {
    sheet = ss.insertSheet(LOOKUP_INDEX.name);
    sheet.hideSheet();
  }
  const width = 2;
  const height = FIRST_BUCKET_ROW - 1 + buckets;
  const old = sheet.getMaxRows();
  if (old > height) sheet.deleteRows(height + 1, old - height);
  else if (old < height) sheet.insertRowsAfter(old, height - old);
  const all = sheet.getRange(1, 1, height, width);
  all.setNumberFormat('@');
  all.setValues([
    [LOOKUP_INDEX.columns[0].en, LOOKUP_INDEX.columns[1].en],
    [JSON.stringify(state), ''],
    ...text,
  ]);
  return state;
}

/**
 * After an orders import (which read Orders whole): rewrites the Orders half of the index from all order lines,
 * keeping the Tickets half. Too many keys for the buckets → the index is marked stale (the next save rebuilds).
 */
export function reindexOrders(ss: Ss, orders: { row: number; record: Order }[], lastRow: number): void {
  const ix = openIndex(ss);
  if (!ix) return;
  const maps: Record<string, number[]>[] = Array.from({ length: ix.state.buckets }, () => ({}));
  let keys = 0;
  const push = (k: string, r: number) => {
    const m = maps[bucketOf(k, ix.state.buckets)]!;
    if (!m[k]) keys++;
    (m[k] ??= []).push(r);
  };
  for (const o of orders) {
    if (o.record.orderId.trim()) push(orderKey(o.record.orderId), o.row);
    if (o.record.customerId.trim()) push(customerIndexKey(o.record.customerId), o.row);
  }
  const text = maps.map((m) => [JSON.stringify(m)]);
  if (keys > ix.state.buckets * 32 || text.some(([t]) => t!.length > CELL_LIMIT)) return markStale(ix);
  ix.sheet.getRange(FIRST_BUCKET_ROW, 1, ix.state.buckets, 1).setValues(text);
  ix.state.orders = lastRow;
  ix.sheet.getRange(2, 1).setValue(JSON.stringify(ix.state));
}

/** Order lines with their rows after an import: the read rows with updates applied, then the appended ones. */
export function importedRows(
  rows: readonly { row: number; record: Order }[],
  updates: readonly { index: number; order: Partial<Order> }[],
  inserts: readonly Partial<Order>[],
  start: number,
): { row: number; record: Order }[] {
  const out = rows.map((r) => ({ row: r.row, record: r.record }));
  for (const u of updates) out[u.index] = { row: out[u.index]!.row, record: { ...out[u.index]!.record, ...u.order } };
  inserts.forEach((o, i) => out.push({ row: start + i, record: { orderId: '', customerId: '', ...o } as Order }));
  return out;
}
