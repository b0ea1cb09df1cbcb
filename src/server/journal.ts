/**
 * A save's journal, so a save cut short (Google stops the execution between two writes) is finished by the next
 * one. Before its first write, a save puts what it is about to write — the ticket's cells, its Audit Log events,
 * its queued mail — in the Lookup Index's state cell (`pending`); its last write (the index state) clears it.
 * The next save, under the same document lock, finds a pending journal and rolls it forward: the ticket's cells
 * that did not land are written (only if the row still shows the cut save's Updated At did not land), missing
 * events and mail appended, and the index marked stale so the save rebuilds it from the rows (open counts).
 */
import { LOOKUP_INDEX } from '../../sheets-templates/lookup';
import type { TicketEvent } from '../core/lifecycle';
import type { Ticket } from '../core/records';
import type { LookupIndex } from '../workbook/lookup-index';
import { openForAppend, readTable, writeRecords } from '../workbook/table';
import { EVENTS, MAIL_QUEUE, TICKETS, findSheet } from '../workbook/tabs';
import type { ActionContext } from './context';
import { appendEvents, type EventRow } from './desk';
import { deliver, type OutgoingMail } from './mail';

export interface SaveJournal {
  /** The save's clock (its Updated At, event times and Queued At). */
  at: number;
  /**
   * Each ticket the save writes, with the fields it writes (dates as epoch ms) and, for an existing ticket, what
   * those fields held before (a new ticket's cells were blank).
   */
  tickets: { ticketId: string; patch: Partial<Ticket>; before?: Partial<Ticket> }[];
  events: TicketEvent[];
  mails: OutgoingMail[];
}

/**
 * A journal that would not fit the cell drops the tickets' cells first (a cut row is then left as it is), then
 * its events and mail (only the index rebuild is left to do).
 */
const MAX_JSON = 40_000;
/** How far back the Audit Log and Mail Queue are searched for what the cut save wrote. */
const LOOK_BACK = 300;

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

function stateCell(ss: Ss): { sheet: GoogleAppsScript.Spreadsheet.Sheet; range: GoogleAppsScript.Spreadsheet.Range } | null {
  const sheet = findSheet(ss, LOOKUP_INDEX);
  return sheet ? { sheet, range: sheet.getRange(2, 1) } : null;
}

function parse(raw: unknown): Record<string, unknown> | null {
  try {
    const v = JSON.parse(String(raw ?? '')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Writes the journal before the save's first write: one cell (read first when the index was not opened). */
export function beginJournal(ctx: ActionContext, journal: SaveJournal, index: LookupIndex | null, opts: { invalidate?: boolean } = {}): void {
  let j: SaveJournal & { partial?: boolean } = journal;
  if (JSON.stringify(j).length > MAX_JSON) j = { ...j, tickets: j.tickets.map((t) => ({ ticketId: t.ticketId, patch: {} })), partial: true };
  if (JSON.stringify(j).length > MAX_JSON) j = { ...j, tickets: j.tickets.slice(0, 200), events: [], mails: [] };
  if (index) {
    (index.state as unknown as Record<string, unknown>)['pending'] = j;
    (index.stateRange ?? index.sheet.getRange(2, 1)).setValue(JSON.stringify(index.state));
    return;
  }
  const found = stateCell(ctx.ss);
  if (!found) return; // no index tab yet: the save's own rebuild makes it
  const cell = found.range;
  const state = parse(cell.getValue()) ?? { v: 0 };
  // A writer that does not keep the index's counts also leaves it for the next save to rebuild (v 0).
  cell.setValue(JSON.stringify({ ...state, ...(opts.invalidate ? { v: 0 } : {}), pending: j }));
}

/**
 * The save's writes are done: its closing index write carries no journal. Without an index at hand (the exact
 * path when it builds none) the state cell is rewritten without it.
 */
export function endJournal(index: LookupIndex | null, ctx?: ActionContext): void {
  if (index) {
    delete (index.state as unknown as Record<string, unknown>)['pending'];
    return;
  }
  const cell = ctx ? stateCell(ctx.ss)?.range ?? null : null;
  const state = cell ? parse(cell.getValue()) : null;
  if (!cell || !state || !('pending' in state)) return;
  delete state['pending'];
  cell.setValue(JSON.stringify(state));
}

/** Finishes a save that was cut short, if the index holds its journal. Call under the document lock first thing. */
export function recoverJournal(ctx: ActionContext): boolean {
  const found0 = stateCell(ctx.ss);
  if (!found0) return false;
  const cell = found0.range;
  const raw = cell.getValue();
  const state = parse(raw);
  const j = state?.['pending'] as (SaveJournal & { partial?: boolean }) | undefined;
  // Nothing to finish: the index opens from this read (no second read of the cell).
  ctx.lookupRead = { sheet: found0.sheet, range: cell, raw: j && Array.isArray(j.tickets) ? 'stale' : raw };
  if (!j || !Array.isArray(j.tickets)) return false;
  const tickets = readTable<Ticket>(ctx.ss, TICKETS, ctx.timeZone);
  const byId = new Map(tickets.rows.map((r) => [r.record.ticketId.trim(), r] as const));
  const found = new Set<string>();
  const rewrite: { row: number; record: Partial<Ticket> }[] = [];
  for (const t of j.tickets) {
    const hit = byId.get(t.ticketId);
    if (!hit) continue; // its row never landed (or was deleted): nothing of it is made
    found.add(t.ticketId);
    // Only the cells that still hold what they held before the save are written: the ones its cut write never
    // reached (a save's cells land in several runs when a person moved a column). A cell changed since — by a
    // person or a later save — is left as it is.
    if (j.partial) continue;
    const now = hit.record as unknown as Record<string, unknown>;
    const missing: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(t.patch)) {
      const was = t.before ? (t.before as Record<string, unknown>)[k] : undefined;
      const untouched = t.before ? JSON.stringify(now[k] ?? null) === JSON.stringify(was ?? null) : isBlank(now[k]);
      if (untouched && JSON.stringify(now[k] ?? null) !== JSON.stringify(v ?? null)) missing[k] = v;
    }
    if (Object.keys(missing).length) rewrite.push({ row: hit.row, record: missing as Partial<Ticket> });
  }
  if (rewrite.length) writeRecords(tickets, rewrite, ctx.makeDate);
  const events = missingEvents(ctx, { ...j, events: j.events.filter((e) => found.has(e.ticketId)) });
  if (events.length) appendEvents(ctx, events);
  const mails = found.size ? missingMails(ctx, j) : [];
  if (mails.length) deliver({ ...ctx, now: j.at }, mails);
  // The index's open counts may miss the cut save: the save that recovers reads the tabs and rebuilds it.
  cell.setValue('stale');
  console.warn(`AfterDesk: finished a save cut short (${j.tickets.map((t) => t.ticketId).slice(0, 5).join(', ')}; ${found.size} row(s) found).`);
  return true;
}

function missingEvents(ctx: ActionContext, j: SaveJournal): TicketEvent[] {
  if (!j.events.length) return [];
  const log = openForAppend<EventRow>(ctx.ss, EVENTS, ctx.timeZone);
  const from = Math.max(2, log.lastRow - LOOK_BACK);
  const have = new Set<string>();
  if (log.lastRow >= from) {
    const values = log.sheet.getRange(from, 1, log.lastRow - from + 1, Math.max(log.sheet.getLastColumn(), 1)).getValues();
    const [t, f, a] = ['ticketId', 'field', 'at'].map((k) => log.map.index[k]!);
    for (const r of values) {
      const at = Object.prototype.toString.call(r[a!]) === '[object Date]' ? (r[a!] as Date).getTime() : NaN;
      have.add(`${String(r[t!]).trim()}|${String(r[f!])}|${at}`);
    }
  }
  return j.events.filter((e) => !have.has(`${e.ticketId}|${e.field}|${e.at}`));
}

function missingMails(ctx: ActionContext, j: SaveJournal): OutgoingMail[] {
  if (!j.mails.length) return [];
  const queue = openForAppend<Record<string, unknown>>(ctx.ss, MAIL_QUEUE, ctx.timeZone);
  const from = Math.max(2, queue.lastRow - LOOK_BACK);
  const have = new Set<string>();
  if (queue.lastRow >= from) {
    const values = queue.sheet.getRange(from, 1, queue.lastRow - from + 1, Math.max(queue.sheet.getLastColumn(), 1)).getValues();
    const [to, subject, at] = ['to', 'subject', 'queuedAt'].map((k) => queue.map.index[k]!);
    for (const r of values) {
      const q = Object.prototype.toString.call(r[at!]) === '[object Date]' ? (r[at!] as Date).getTime() : NaN;
      have.add(`${String(r[to!])}|${String(r[subject!])}|${q}`);
    }
  }
  return j.mails.filter((m) => !have.has(`${m.to}|${m.subject.slice(0, 250)}|${j.at}`));
}


/** A decoded cell that was never written: blank text, no date or number, an empty list. */
function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

/** The fields an update changes and what they held before (what its journal must be able to write again). */
export function changedFields(before: Ticket, after: Ticket): { patch: Partial<Ticket>; before: Partial<Ticket> } {
  const patch: Record<string, unknown> = {};
  const was: Record<string, unknown> = {};
  const b = before as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify(v) === JSON.stringify(b[k])) continue;
    patch[k] = v;
    was[k] = b[k] ?? null;
  }
  return { patch: patch as Partial<Ticket>, before: was as Partial<Ticket> };
}
