/**
 * Learning each shop's words from its Tickets: the hourly job reads only the ticket rows added since its last run
 * (Description + Reason), adds them to the term × reason counts kept in the hidden Intent Learning tab, and writes
 * the tab back in one batch. Detection reads the tab once per execution.
 */
import { INTENT_LEARNING } from '../../../sheets-templates/intent-learning';
import { TICKETS } from '../../../sheets-templates/tickets';
import { REASONS, type ReasonKey } from '../../../sheets-templates/enums';
import { builtInIntentMatcher, detectIntent } from '../../core/intents/detect';
import {
  CORRECTION_WEIGHT, addExample, emptyShopWords, formatCounts, parseCounts, pruneShopWords, type ShopWords,
} from '../../core/intents/shop';
import { mapHeaders } from '../../workbook/headers';
import { findSheet } from '../../workbook/tabs';
import type { ActionContext } from '../context';
import { withDocumentLock } from '../lock';

const STATE = '#state';
/** At most this many new tickets are read per run (the rest wait for the next run): a bounded cost. */
export const MAX_TICKETS_PER_RUN = 2000;

export interface LearnedState {
  words: ShopWords;
  /** Last Tickets row already learned from (1 = only the header). */
  rowsRead: number;
  tickets: number;
}

let cache: { id: string; state: LearnedState | null } | null = null;

/** The shop's learned words (null before the first learning run), read once per execution. */
export function shopWordsFor(ctx: { ss: GoogleAppsScript.Spreadsheet.Spreadsheet } | null): ShopWords | null {
  if (!ctx) return null;
  const id = ctx.ss.getId();
  if (!cache || cache.id !== id) cache = { id, state: readLearned(ctx.ss) };
  return cache.state?.words ?? null;
}

function readLearned(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): LearnedState | null {
  const sheet = findSheet(ss, INTENT_LEARNING);
  if (!sheet || sheet.getLastRow() < 2) return null;
  const values = sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues();
  const words = emptyShopWords();
  let rowsRead = 1;
  let tickets = 0;
  for (const [term, counts] of values.slice(1)) {
    const t = String(term ?? '');
    if (!t) continue;
    if (t === STATE) {
      rowsRead = Number(/rows (\d+)/.exec(String(counts))?.[1] ?? 1);
      tickets = Number(/tickets (\d+)/.exec(String(counts))?.[1] ?? 0);
      continue;
    }
    if (t === '#totals') {
      words.totals = parseCounts(String(counts));
      continue;
    }
    words.terms.set(t, parseCounts(String(counts)));
  }
  return { words, rowsRead, tickets };
}

/** The "#state" row alone (row 2 of the tab), with the number of term rows. */
function readStateRow(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { rowsRead: number; terms: number } | null {
  const sheet = findSheet(ss, INTENT_LEARNING);
  if (!sheet) return null;
  const last = sheet.getLastRow();
  if (last < 2) return null;
  const [term, counts] = sheet.getRange(2, 1, 1, 2).getValues()[0];
  if (String(term) !== STATE) return null;
  const rowsRead = Number(/rows (\d+)/.exec(String(counts))?.[1]);
  return isFinite(rowsRead) ? { rowsRead, terms: Math.max(0, last - 3) } : null;
}

function reasonKey(cell: unknown): ReasonKey | null {
  const v = String(cell ?? '').trim().toLowerCase();
  if (!v) return null;
  const hit = REASONS.find((r) => r.key === v || r.en.toLowerCase() === v || r.zh === v);
  return hit ? hit.key : null;
}

/**
 * Reads the Tickets rows added since the last run and learns from them. A ticket whose reason differs from what
 * the detector would suggest for its description is an agent's correction and weighs more.
 */
export function learnShopWords(ctx: ActionContext): { learned: number; corrections: number; terms: number; rowsRead: number } {
  return withDocumentLock(() => {
    const tickets = findSheet(ctx.ss, TICKETS);
    if (!tickets) return { learned: 0, corrections: 0, terms: 0, rowsRead: 0 };
    const lastRow = tickets.getLastRow();
    // Nothing new since the last run: only the state row is read (the hourly job's usual case).
    const stateRow = readStateRow(ctx.ss);
    if (stateRow && stateRow.rowsRead === lastRow) return { learned: 0, corrections: 0, terms: stateRow.terms, rowsRead: lastRow };
    const previous = readLearned(ctx.ss) ?? { words: emptyShopWords(), rowsRead: 1, tickets: 0 };
    const lastCol = tickets.getLastColumn();
    // Rows were deleted since the last run: start again from the top rather than skip new tickets.
    const state = lastRow < previous.rowsRead ? { words: emptyShopWords(), rowsRead: 1, tickets: 0 } : previous;
    const first = state.rowsRead + 1;
    const count = Math.min(lastRow - state.rowsRead, MAX_TICKETS_PER_RUN);
    if (count <= 0 || lastCol < 1) return { learned: 0, corrections: 0, terms: state.words.terms.size, rowsRead: state.rowsRead };
    const header = mapHeaders(TICKETS, tickets.getRange(1, 1, 1, lastCol).getValues()[0]);
    const di = header.index.description;
    const ri = header.index.reason;
    if (di === undefined || ri === undefined) return { learned: 0, corrections: 0, terms: state.words.terms.size, rowsRead: state.rowsRead };
    const rows = tickets.getRange(first, 1, count, lastCol).getValues();
    let learned = 0;
    let corrections = 0;
    const matcher = builtInIntentMatcher();
    for (const row of rows) {
      const text = String(row[di] ?? '').trim();
      const reason = reasonKey(row[ri]);
      if (!text || !reason) continue;
      const suggested = detectIntent(text, matcher).intent;
      const corrected = suggested !== reason;
      addExample(state.words, text.slice(0, 2000), reason, corrected ? CORRECTION_WEIGHT : 1);
      learned++;
      if (corrected) corrections++;
    }
    pruneShopWords(state.words);
    const next: LearnedState = { words: state.words, rowsRead: state.rowsRead + count, tickets: state.tickets + learned };
    writeLearned(ctx.ss, next);
    cache = { id: ctx.ss.getId(), state: next };
    return { learned, corrections, terms: next.words.terms.size, rowsRead: next.rowsRead };
  });
}

function writeLearned(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, state: LearnedState): void {
  let sheet = findSheet(ss, INTENT_LEARNING);
  if (!sheet) {
    sheet = ss.insertSheet(INTENT_LEARNING.name);
    sheet.hideSheet();
  }
  const terms = [...state.words.terms.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Terms are text, never formulas: a leading = + - @ is kept literal by the ' prefix Sheets strips on display.
  const literal = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
  const values: string[][] = [
    [INTENT_LEARNING.columns[0].en, INTENT_LEARNING.columns[1].en],
    [STATE, `rows ${state.rowsRead} · tickets ${state.tickets}`],
    ['#totals', formatCounts(state.words.totals)],
    ...terms.map(([t, row]) => [literal(t), formatCounts(row)]),
  ];
  const old = sheet.getLastRow();
  sheet.getRange(1, 1, values.length, 2).setValues(values);
  if (old > values.length) sheet.getRange(values.length + 1, 1, old - values.length, 2).clearContent();
}
