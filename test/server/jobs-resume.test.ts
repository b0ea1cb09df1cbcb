/**
 * Long jobs killed at seeded random points (the emulator's execution limit, src/local/emu/deadline.ts) and run
 * again lose and duplicate nothing; past the time budget the archive continues in a one-off trigger.
 */
import { describe, expect, it } from 'vitest';
import { armDeadline, KILL_MESSAGE } from '../../src/local/emu/deadline';
import { join } from 'node:path';
import { createGasEnvironment } from '../../src/local/gas';
import { loadBundle } from '../../src/local/runtime';
import { CODE, ROOT, freshDesk, plain, type Desk } from './harness';
import { writeHistory } from './history';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** 1,100 days of 5 tickets a day; a few old tickets are still open and must stay in Tickets. */
function oldShop(): Desk {
  const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
  writeHistory(desk, 5_500, { perDay: 5, seed: 3 });
  const sheet = desk.sheet('Tickets');
  const status = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Status') + 1;
  for (const row of [10, 500, 2_400]) sheet.getRange(row, status).setValue('Open');
  return desk;
}

function ids(desk: Desk, tab: string): string[] {
  return desk.rows(tab).slice(1).map((r) => String(r[0])).filter(Boolean);
}

/** Calls `fn`; a kill surfaces as the execution-limit error, anything else fails the test. */
function runKilled(desk: Desk, fn: string, afterCalls: number, ...args: unknown[]): boolean {
  const deadline = armDeadline(desk.env, { afterCalls });
  try {
    desk.ok(fn, ...args);
    return false;
  } catch (e) {
    if (!String((e as Error).message).includes(KILL_MESSAGE)) throw e;
    return true;
  } finally {
    deadline.disarm();
  }
}

describe('the archive job', () => {
  const reference = oldShop();
  const trace = armDeadline(reference.env);
  const done = reference.ok('apiArchive');
  trace.disarm();
  // Kill points: 30 % anywhere, 70 % just before or after a write (a checkpoint, the Archive append, a delete).
  const writes = trace.log.flatMap((name, i) => (/setValues|deleteRows|setProperty|deleteProperty/.test(name) ? [i, i + 1, i + 2] : []));
  const killPoint = (rand: () => number) => (rand() < 0.3 ? 1 + Math.floor(rand() * trace.calls) : writes[Math.floor(rand() * writes.length)]!);
  const refTickets = ids(reference, 'Tickets');
  const refArchive = plain(reference.rows('Archive'));

  it('moves old closed tickets to Archive with the KPI columns only, keeps open and recent ones', () => {
    expect(done.done).toBe(true);
    expect(done.state.moved).toBeGreaterThan(3_500);
    expect(refArchive.length - 1).toBe(done.state.moved);
    expect(refTickets.length + done.state.moved).toBe(5_500);
    expect(refArchive[0]).toContain('CSAT At');
    expect(refArchive[0]).not.toContain('Description');
    for (const id of ['T-000009', 'T-000499', 'T-002399']) expect(refTickets).toContain(id); // the old open ones
    expect(new Set(ids(reference, 'Archive')).size).toBe(done.state.moved);
  });

  it('leaves a desk that still finds its tickets and logs new ones (rows moved up under the indexes)', () => {
    const last = refTickets.at(-1)!;
    expect(reference.ok('apiGetTicket', last).ticket.ticketId).toBe(last);
    expect(reference.ok('apiGetTicket', 'T-002399').ticket.status).toBe('open');
    const made = reference.ok('apiLogCase', { channel: 'Email', reason: 'damaged', customerId: 'buyer77', description: 'Cracked lid' });
    expect(made.ticket.ticketId).toBe('T-005501');
  });

  it('still counts archived tickets in the KPIs', () => {
    const fresh = oldShop();
    const period = { from: '2024-01-01', to: '2024-12-31', asOf: null };
    const before = fresh.ok('apiKpi', period);
    fresh.ok('apiArchive');
    const after = fresh.ok('apiKpi', period);
    expect(before.tickets).toBeGreaterThan(1_500);
    expect(after.tickets).toBe(before.tickets);
    expect(after.resolution_rate).toBeCloseTo(before.resolution_rate, 12);
    expect(after.csat_percent).toBeCloseTo(before.csat_percent, 12);
  });

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
    it(`killed at random points (seed ${seed}) and run again, ends exactly like an uninterrupted run`, () => {
      const desk = oldShop();
      const rand = rng(seed);
      let kills = 0;
      for (let attempt = 0; attempt < 6; attempt++) {
        if (runKilled(desk, 'apiArchive', killPoint(rand))) kills++;
        else break;
      }
      expect(kills).toBeGreaterThan(0);
      const last = desk.ok('apiArchive'); // no kill: finishes whatever is left
      expect(last.done).toBe(true);
      expect(ids(desk, 'Tickets')).toEqual(refTickets);
      expect(plain(desk.rows('Archive'))).toEqual(refArchive);
      expect(desk.env.properties.document['afterdesk.job.archive']).toBeUndefined();
    });
  }

  it('run twice at once (menu and trigger), still moves each ticket once', () => {
    const desk = oldShop();
    let inner: { done: boolean } | null = null;
    let n = 0;
    const off = desk.env.locks.onAcquire(() => {
      if (++n === 3) inner = desk.ok('apiArchive'); // another execution finishes the job in the middle of this one
    });
    try {
      expect(desk.ok('apiArchive').done).toBe(true);
    } finally {
      off();
    }
    expect(inner).toMatchObject({ done: true });
    expect(ids(desk, 'Tickets')).toEqual(refTickets);
    expect(plain(desk.rows('Archive'))).toEqual(refArchive);
  });

  it('past its time budget, checkpoints and continues in a one-off trigger with progress in a toast', () => {
    const desk = oldShop();
    const slow = armDeadline(desk.env, { msPerCall: 20_000 }); // every call takes 20 s of the clock
    try {
      const first = desk.ok('apiArchive');
      expect(first.done).toBe(false);
      expect(first.continuesInTrigger).toBe(true);
      const continuations = () => desk.env.triggers.filter((t) => t.handler === 'continueArchive');
      expect(continuations()).toHaveLength(1);
      expect(desk.env.toasts.at(-1)!.msg).toMatch(/continues in a minute/);
      let rounds = 0;
      while (continuations().length > 0 && rounds++ < 50) {
        expect(continuations()).toHaveLength(1); // never two continuations at once
        desk.bundle.runDueTriggers(desk.env.clock.now() + 120_000);
      }
      expect(rounds).toBeGreaterThan(1);
    } finally {
      slow.disarm();
    }
    expect(desk.env.triggers.filter((t) => t.handler === 'continueArchive')).toEqual([]);
    expect(desk.env.toasts.at(-1)!.msg).toMatch(/✓/);
    expect(ids(desk, 'Tickets')).toEqual(refTickets);
    expect(plain(desk.rows('Archive'))).toEqual(refArchive);
  });
});

describe('the orders import', () => {
  const csv = (() => {
    const lines = ['Order ID,Order Status,Order Creation Date,Username (Buyer),Receiver Name,Product Name,SKU Reference No.,Variation Name,Deal Price,Quantity,Product Subtotal'];
    for (let i = 0; i < 3_000; i++) lines.push(`2611${String(100000 + Math.floor(i / 2)).padStart(6, '0')}AB,Completed,2026-10-${String(1 + (i % 28)).padStart(2, '0')} 10:15,buyer${i % 97},Buyer ${i % 97},Mug,SKU-${i % 2},White,19.90,1,19.90`);
    return lines.join('\n');
  })();
  const reference = freshDesk();
  reference.ok('apiImportOrders', csv);
  const refOrders = plain(reference.rows('Orders'));
  const refCalls = reference.env.cost.last().calls;

  for (const seed of [7, 8, 9, 10]) {
    it(`killed at a random point (seed ${seed}) and imported again, holds every line once`, () => {
      const desk = freshDesk();
      const rand = rng(seed);
      expect(runKilled(desk, 'apiImportOrders', 1 + Math.floor(rand() * refCalls), csv)).toBe(true);
      desk.ok('apiImportOrders', csv);
      expect(plain(desk.rows('Orders'))).toEqual(refOrders);
    });
  }
});

describe('set-up / repair', () => {
  /** A blank spreadsheet with the bundle loaded, before any set-up. */
  const blank = () => {
    const env = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: Date.parse('2026-11-16T02:00:00Z'), userEmail: 'owner@shop.test', distDir: join(ROOT, 'dist') });
    return { env, bundle: loadBundle(env, CODE) };
  };
  const snapshot = (env: ReturnType<typeof blank>['env']) =>
    env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => ({ name: s.getName(), hidden: s.isSheetHidden(), rows: plain(s.getDataRange().getValues()) }));
  const ref = blank();
  const trace = armDeadline(ref.env);
  ref.bundle.call('apiSetup');
  trace.disarm();
  const refState = snapshot(ref.env);

  for (const seed of [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]) {
    it(`killed at a random point of a first set-up (seed ${seed}) and run again, builds the same workbook`, () => {
      const rand = rng(seed);
      const { env, bundle } = blank();
      // Half anywhere, half right after a tab is created (before its seed rows are written).
      const created = trace.log.flatMap((name, i) => (name === 'Spreadsheet.insertSheet' ? [i + 1, i + 3, i + 8] : []));
      const at = rand() < 0.5 ? 1 + Math.floor(rand() * trace.calls) : created[Math.floor(rand() * created.length)]!;
      const deadline = armDeadline(env, { afterCalls: at });
      expect(() => bundle.call('apiSetup')).toThrow(KILL_MESSAGE);
      deadline.disarm();
      bundle.call('apiSetup');
      expect(snapshot(env).map((t) => t.name)).toEqual(refState.map((t) => t.name));
      expect(snapshot(env)).toEqual(refState);
    });
  }
});
