/**
 * The archive job: closed tickets with no activity for "Archive After Months" move from Tickets to the Archive
 * tab (only the columns the KPIs and reviews read), a chunk of rows a step. Each move is: checkpoint the IDs and
 * where they will land → append them to Archive (one write) → delete their rows from Tickets. A restart after a
 * kill checks the Archive for the checkpointed IDs, so no ticket is lost or archived twice.
 */
import type { Ticket } from '../../core/records';
import { UserError } from '../../core/errors';
import { localDateKey, parseDateKey, zonedTimeToUtc } from '../../core/time';
import { ARCHIVE, TICKETS, findSheet } from '../../workbook/tabs';
import { appendRecords, tabMissing } from '../../workbook/table';
import { decodeRows, readHeader } from '../../workbook/window';
import { settingOr } from '../../workbook/settings';
import type { ActionContext } from '../context';
import type { JobDef, StepResult } from './runner';

/** Rows examined a step: small enough that a step is a few seconds at any size. */
export const ARCHIVE_CHUNK = 2000;

export interface ArchiveState {
  cutoff: number;
  /** First Tickets row not yet examined. */
  cursor: number;
  moved: number;
  /**
   * A move in flight: how many tickets, the first and last ID, the Archive row the first lands on and the rows
   * examined for it (IDs themselves are read back from the Archive: a property holds 9 KB at most).
   */
  pending: { count: number; first: string; last: string; archiveFrom: number; scanned: number } | null;
}

/** Months back from now, at local midnight: "12 months" on 2027-03-15 is 2026-03-15 00:00. */
function cutoffOf(ctx: ActionContext): number {
  const months = settingOr(() => ctx.settings.number('Archive After Months'), 12);
  if (!Number.isFinite(months) || months < 1) {
    throw new UserError('setting_invalid', { en: 'Settings "Archive After Months" must be a whole number ≥ 1.', zh: '设置“归档月数”必须是不小于 1 的整数。' }, 'Archive After Months');
  }
  const today = parseDateKey(localDateKey(ctx.timeZone, ctx.now))!;
  const total = today.year * 12 + (today.month - 1) - Math.floor(months);
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return zonedTimeToUtc(ctx.timeZone, y, m, Math.min(today.day, daysInMonth));
}

function lastActivity(t: Ticket): number | null {
  const times = [t.createdAt, t.resolvedAt, t.closedAt, t.csatAt, t.surveySentAt, t.updatedAt].filter((x): x is number => x !== null);
  return times.length ? Math.max(...times) : null;
}

function archivable(t: Ticket, cutoff: number): boolean {
  if (t.status !== 'closed' && t.status !== 'resolved') return false;
  const last = lastActivity(t);
  return last !== null && last < cutoff && !!t.ticketId.trim();
}

function sheets(ctx: ActionContext) {
  const tickets = findSheet(ctx.ss, TICKETS);
  if (!tickets) throw tabMissing(TICKETS);
  const archive = findSheet(ctx.ss, ARCHIVE);
  if (!archive) throw tabMissing(ARCHIVE);
  return { tickets, archive };
}

/** Deletes the rows of `ids` found in rows [from, to] of Tickets, bottom-up, one call per run of adjacent rows. */
function deleteMoved(sheet: GoogleAppsScript.Spreadsheet.Sheet, idCol: number, from: number, to: number, ids: Set<string>): number {
  const last = Math.min(to, sheet.getLastRow());
  if (last < from) return 0;
  const cells = sheet.getRange(from, idCol + 1, last - from + 1, 1).getValues();
  const rows = cells.map((c, k) => (ids.has(String(c[0]).trim()) ? from + k : 0)).filter((r) => r > 0);
  let deleted = 0;
  for (let k = rows.length - 1; k >= 0; ) {
    let start = k;
    while (start > 0 && rows[start - 1] === rows[start]! - 1) start--;
    sheet.deleteRows(rows[start]!, k - start + 1);
    deleted += k - start + 1;
    k = start - 1;
  }
  return deleted;
}

function progress(s: ArchiveState, done: boolean): string {
  return done ? `Archive: ${s.moved} ticket(s) moved · 已归档 ${s.moved} 张工单` : `Archive: ${s.moved} moved so far, at row ${s.cursor} · 已归档 ${s.moved} 张，进行到第 ${s.cursor} 行`;
}

function step(ctx: ActionContext, state: ArchiveState, save: (s: ArchiveState) => void): StepResult<ArchiveState> {
  const { tickets, archive } = sheets(ctx);
  const tMap = readHeader(tickets, TICKETS);
  const idCol = tMap.index['ticketId'];
  if (idCol === undefined) throw tabMissing(TICKETS);
  let s = { ...state };
  if (s.pending) {
    const p = s.pending;
    const aLast = archive.getLastRow();
    const landed = aLast >= p.archiveFrom + p.count - 1
      ? archive.getRange(p.archiveFrom, 1, p.count, 1).getValues().map((r) => String(r[0]).trim())
      : [];
    const appended = landed.length === p.count && landed[0] === p.first && landed[p.count - 1] === p.last;
    if (!appended && aLast >= p.archiveFrom) {
      throw new UserError('archive_conflict', { en: `The Archive tab changed while a move was in flight (rows from ${p.archiveFrom}). Check it, then run the archive again.`, zh: `归档进行中“归档工单”表被改动（第 ${p.archiveFrom} 行起）。请检查后重新运行归档。` });
    }
    if (appended) {
      deleteMoved(tickets, idCol, s.cursor, s.cursor + p.scanned - 1, new Set(landed));
      s = { ...s, cursor: s.cursor + p.scanned - p.count, moved: s.moved + p.count, pending: null };
    } else {
      s = { ...s, pending: null }; // nothing landed: examine the chunk again
    }
    save(s);
    return { state: s, done: false, progress: progress(s, false) };
  }
  const lastRow = tickets.getLastRow();
  if (s.cursor > lastRow) return { state: s, done: true, progress: progress(s, true) };
  const n = Math.min(ARCHIVE_CHUNK, lastRow - s.cursor + 1);
  const values = tickets.getRange(s.cursor, 1, n, Math.max(tMap.width, 1)).getValues();
  const rows = decodeRows<Ticket>(TICKETS, tMap, values, s.cursor, ctx.timeZone);
  const move = rows.filter((r) => archivable(r.record, s.cutoff));
  // Rows are appended in creation order: a chunk created entirely after the cut-off ends the job.
  const anyOld = rows.some((r) => r.record.createdAt !== null && r.record.createdAt < s.cutoff);
  if (move.length === 0) {
    s = { ...s, cursor: s.cursor + n };
    return { state: s, done: !anyOld, progress: progress(s, !anyOld) };
  }
  const aMap = readHeader(archive, ARCHIVE);
  const aLast = archive.getLastRow();
  const moving = move.map((r) => r.record.ticketId.trim());
  s = { ...s, pending: { count: moving.length, first: moving[0]!, last: moving[moving.length - 1]!, archiveFrom: Math.max(aLast, 1) + 1, scanned: n } };
  save(s); // the checkpoint names the move before anything is written
  appendRecords({ tab: ARCHIVE, sheet: archive, map: aMap, rows: [], timeZone: ctx.timeZone, lastRow: aLast }, move.map((r) => r.record), ctx.makeDate);
  deleteMoved(tickets, idCol, s.cursor, s.cursor + n - 1, new Set(moving));
  s = { ...s, cursor: s.cursor + n - move.length, moved: s.moved + move.length, pending: null };
  return { state: s, done: false, progress: progress(s, false) };
}

export const ARCHIVE_JOB: JobDef<ArchiveState> = {
  name: 'archive',
  handler: 'continueArchive',
  title: 'AfterDesk archive · 归档',
  start: (ctx) => ({ cutoff: cutoffOf(ctx), cursor: 2, moved: 0, pending: null }),
  step,
};
