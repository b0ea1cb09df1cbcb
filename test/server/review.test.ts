/**
 * Bundle tests of the weekly review on a seeded shop: the figures are the KPI engine's for the same ISO weeks, one
 * e-mail per department holding only its problems (and never a second one for the week), a done action's
 * before/after figure, the section replaced on a re-run, actions created from a review line, and the trigger.
 */
import { describe, expect, it } from 'vitest';
import { column } from './harness';
import { EVIL, NOW, WEEK, review, reviewDesk, writeRows } from './review-shop';

const WEEKS = [['2026-W47', '2026-11-16', '2026-11-22'], ['2026-W46', '2026-11-09', '2026-11-15'], ['2026-W45', '2026-11-02', '2026-11-08'], ['2026-W44', '2026-10-26', '2026-11-01'], ['2026-W43', '2026-10-19', '2026-10-25']] as const;


function refs(desk: ReturnType<typeof reviewDesk>): string[] {
  return desk.rows('Review').map((r) => String(r[9] ?? ''));
}

describe('weekly review (bundle)', () => {
  it('reviews the week that just ended, with the KPI engine’s figures for it and each of the four weeks before', () => {
    const desk = reviewDesk();
    const r = review(desk);
    expect(r.week).toBe(WEEK);
    expect(r.figures.map((f: any) => f.week)).toEqual(WEEKS.map((w) => w[0]));
    WEEKS.forEach(([week, from, to], i) => {
      const k = desk.ok('apiKpi', { from, to });
      const f = r.figures[i];
      expect(f.week).toBe(week);
      expect(f.tickets).toBe(k.tickets);
      expect(f.firstReplyMedian).toBe(k.first_reply_business_hours.median);
      expect(f.resolutionMedian).toBe(k.resolution_business_hours.median);
      expect(f.csatPercent).toBe(k.csat_percent);
      expect(f.reopenRate).toBe(k.reopen_rate);
      expect(f.returnRate).toBe(k.return_rate);
      // 10 orders a day, each its own order ID.
      expect(f.orders).toBe(70);
      expect(f.perThousandOrders).toBeCloseTo((k.tickets / 70) * 1000, 10);
    });
    // The Review tab holds the same numbers: the "Tickets created" row, this week then the four before it.
    const rows = desk.rows('Review');
    const ticketsRow = rows.find((x) => String(x[0]).startsWith('Tickets created'))!;
    expect(ticketsRow.slice(1, 6)).toEqual(r.figures.map((f: any) => f.tickets));
    expect(r.tickets).toBe(15);
    const byReason = desk.ok('apiKpi', { from: '2026-11-16', to: '2026-11-22' }).by_reason;
    for (const t of r.topReasons) expect(t.tickets).toBe(byReason[t.reason].tickets);
    expect(r.topReasons[0]).toEqual({ reason: 'damaged', tickets: 7, change: 6 });
    expect(r.rootCauses[0]).toEqual({ rootCause: 'packaging', tickets: 4, change: 3 });
    expect(r.unclassified).toBe(6);
    expect(r.actions).toEqual({ open: 1, overdue: 1, done: 1 });
  });

  it('sends each department exactly one e-mail with only its own problems, quotes escaped and masked', () => {
    const desk = reviewDesk();
    const before = desk.env.outbox.length;
    const r = review(desk);
    expect(r.departments).toEqual([
      { department: 'packaging', problems: 7, mailTo: ['pack@shop.test'] },
      { department: 'product', problems: 4, mailTo: ['pm@shop.test'] },
      { department: 'warehouse', problems: 2, mailTo: ['wh@shop.test', 'lead@shop.test'] },
    ]);
    const mails = desk.env.outbox.slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual(['pack@shop.test', 'pm@shop.test', 'wh@shop.test, lead@shop.test']);
    const of = (to: string) => mails.find((m) => m.to.startsWith(to))!.htmlBody;
    const packaging = of('pack@');
    expect(packaging).toContain('MUG-01');
    expect(packaging).toContain('Packaging · 包装');
    expect(packaging).not.toContain('SHIRT-M');
    expect(packaging).not.toContain('BAG-02');
    expect(packaging).not.toContain('Size');
    // Its open (overdue) action, escaped; the quote escaped with contact data masked.
    expect(packaging).toContain('A-002');
    expect(packaging).toContain('double-box MUG-01 &lt;fragile&gt;');
    expect(packaging).toContain('OVERDUE');
    expect(packaging).not.toContain('<script>');
    expect(packaging).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(packaging).toContain('[phone]');
    expect(packaging).toContain('[email]');
    expect(packaging).not.toContain('buyer@mail.com');
    expect(packaging).not.toContain('345 6789');
    expect(packaging.match(/“/g)!.length).toBe(3);
    const product = of('pm@');
    expect(product).toContain('SHIRT-M');
    expect(product).not.toContain('MUG-01');
    expect(product).not.toContain('A-002');
    expect(product).not.toContain('Refund'); // refunds belong to no department
    const warehouse = of('wh@');
    expect(warehouse).toContain('BAG-02');
    expect(warehouse).not.toContain('MUG-01');
    // Re-running the week sends nobody anything again.
    const again = review(desk);
    expect(desk.env.outbox.length - before).toBe(3);
    expect(again.mail.sent).toBe(0);
    expect(again.mail.departments.packaging).toContain('already sent');
  });

  it('shows a done action’s complaints per 1,000 orders in the four weeks before and after, and says it moved beyond noise', () => {
    const desk = reviewDesk();
    const r = review(desk);
    expect(r.loop).toHaveLength(1);
    const l = r.loop[0];
    expect(l.actionId).toBe('A-001');
    // 16 missing BAG-02 straps over 84 BAG-02 orders (28 days × 3) before; 2 over 84 after.
    expect(l.before).toBeCloseTo((16 / 84) * 1000, 9);
    expect(l.after).toBeCloseTo((2 / 84) * 1000, 9);
    // Exact binomial: 2 · P(X ≥ 16 | n = 18, p = ½) = 2 · (153 + 18 + 1) / 2^18.
    expect(l.p).toBeCloseTo((2 * 172) / 262144, 12);
    expect(l.verdict).toBe('better');
    const line = desk.rows('Review').find((x) => x[0] === 'A-001')!;
    expect(String(line[7])).toContain('Improved beyond noise');
    const effect = column(desk.rows('Actions'), 'Effect')[0];
    expect(String(effect)).toContain('190.5 → 23.8 complaints per 1,000 orders');
  });

  it('re-running a week replaces its section; sections stay newest first', () => {
    const desk = reviewDesk();
    review(desk, '2026-W46');
    const first = review(desk, WEEK);
    expect(first.section.startRow).toBe(1);
    const rowsAfterFirst = desk.rows('Review').length;
    expect(refs(desk).filter((x) => x.startsWith('section=')).map((x) => x.slice(8))).toEqual([WEEK, '2026-W46']);
    // A late ticket for W47, then the week again.
    writeRows(desk, 'Tickets', [{ 'Ticket ID': 'T-LATE', 'Created At': '2026-11-22 20:00', SKU: 'MUG-01', Reason: 'Damaged', Status: 'Open', Priority: 'Normal', Description: 'late' }]);
    const again = review(desk, WEEK);
    expect(again.section.replaced).toBe(true);
    expect(again.tickets).toBe(first.tickets + 1);
    expect(refs(desk).filter((x) => x.startsWith('section=')).map((x) => x.slice(8))).toEqual([WEEK, '2026-W46']);
    const rows = desk.rows('Review');
    expect(rows.filter((x) => x[0] === WEEK)).toHaveLength(1);
    expect(rows.filter((x) => String(x[0]).startsWith('Tickets created'))[0]![1]).toBe(first.tickets + 1);
    // The late open ticket is one more backlog line; nothing else grew.
    expect(rows.length).toBe(rowsAfterFirst + 1);
  });

  it('links cases to their ticket rows with HYPERLINK formulas and keeps customer text as text', () => {
    const desk = reviewDesk();
    review(desk);
    const sheet = desk.sheet('Review');
    const values = desk.rows('Review');
    const formulas = sheet.getDataRange().getFormulas();
    const gid = desk.sheet('Tickets').getSheetId();
    const i = values.findIndex((x) => String(x[0]).startsWith('Lowest CSAT'));
    expect(formulas[i]![1]).toMatch(new RegExp(`^=HYPERLINK\\("#gid=${gid}&range=A(\\d+)","T-000026"\\)$`));
    const row = Number(/range=A(\d+)/.exec(formulas[i]![1]!)![1]);
    expect(desk.sheet('Tickets').getRange(row, 1).getValue()).toBe('T-000026');
    // The customer's words are the cell's value, never a formula.
    const evil = values.findIndex((x) => x[7] === EVIL);
    expect(evil).toBeGreaterThan(0);
    expect(formulas[evil]![7]).toBe('');
  });

  it('creates an action from a review line, pre-filled with department, owner and links; a non-line row is refused', () => {
    const desk = reviewDesk();
    review(desk);
    const row = refs(desk).findIndex((x) => x.startsWith('root=packaging')) + 1;
    const made = desk.ok('apiCreateActionFromReview', row);
    expect(made).toMatchObject({ actionId: 'A-003', department: 'packaging', owner: 'pack@shop.test', due: '2026-12-07' });
    const actions = desk.rows('Actions');
    const last = actions[actions.length - 1]!;
    const rec = Object.fromEntries(actions[0]!.map((h, k) => [String(h), last[k]]));
    expect(rec['Status']).toBe('Open');
    expect(rec['Reasons / Root Causes']).toBe('packaging');
    expect(rec['Metric']).toBe('Complaints per 1000 orders');
    expect(rec['Source']).toBe(`Review ${WEEK} row ${row}`);
    const sku = refs(desk).findIndex((x) => x.startsWith('sku=SHIRT-M')) + 1;
    expect(desk.ok('apiCreateActionFromReview', sku)).toMatchObject({ department: 'product', owner: 'pm@shop.test' });
    const err = desk.err('apiCreateActionFromReview', 1);
    expect(err.key).toBe('review_line');
    expect(err.zh).toContain('周复盘');
  });

  it('the menu acts on the selected Review line: an action from a root-cause line, a KB draft from a KB line, a hint elsewhere', () => {
    const desk = reviewDesk();
    review(desk);
    const sheet = desk.sheet('Review');
    const root = refs(desk).findIndex((x) => x.startsWith('root=warehouse_error')) + 1;
    sheet.getRange(root, 2).activate();
    desk.bundle.call('menuCreateActionFromReview');
    const actions = desk.rows('Actions');
    expect(column(actions, 'Department')[actions.length - 2]).toBe('warehouse');
    expect(column(actions, 'Owner Email')[actions.length - 2]).toBe('wh@shop.test');
    expect(desk.env.toasts.at(-1)!.msg).toContain('A-003');
    const kb = refs(desk).findIndex((x) => x.includes('ticket=T-000031') && x.endsWith(';kb=1')) + 1;
    sheet.getRange(kb, 1).activate();
    desk.bundle.call('menuPromoteReviewLine');
    expect(column(desk.rows('Knowledge Base'), 'Source Ticket')).toContain('T-000031');
    desk.sheet('Tickets').getRange(2, 1).activate();
    desk.bundle.call('menuCreateActionFromReview');
    expect(desk.env.toasts.at(-1)!.msg).toContain('Select a line of the Review tab first');
    expect(desk.rows('Actions').length).toBe(actions.length);
  });

  it('asks for set-up when an older workbook has no Review tab, and writes nothing', () => {
    const desk = reviewDesk();
    const ss = desk.env.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(desk.sheet('Review'));
    const before = desk.env.outbox.length;
    const err = desk.err('apiRunWeeklyReview', {});
    expect(err.key).toBe('tab_missing');
    expect(err.zh).toContain('周复盘');
    expect(desk.env.outbox.length).toBe(before);
    expect(String(column(desk.rows('Actions'), 'Effect')[0] ?? '')).toBe('');
  });

  it('promotes a "not yet in the knowledge base" line to a KB draft, after which the next review no longer lists it', () => {
    const desk = reviewDesk();
    review(desk);
    const row = refs(desk).findIndex((x) => x.includes('ticket=T-000031') && x.endsWith(';kb=1')) + 1;
    const r = desk.ok('apiPromoteReviewLine', row);
    expect(r.ticketId).toBe('T-000031');
    expect(column(desk.rows('Knowledge Base'), 'Source Ticket')).toContain('T-000031');
    review(desk);
    expect(refs(desk).some((x) => x.includes('ticket=T-000031') && x.endsWith(';kb=1'))).toBe(false);
  });

  it('installs the Monday trigger once, next to the hourly one, and the trigger reviews last week', () => {
    const desk = reviewDesk();
    desk.ok('apiInstallTriggers');
    desk.ok('apiInstallTriggers');
    const handlers = desk.env.globals.ScriptApp.getProjectTriggers().map((t: any) => t.getHandlerFunction());
    expect(handlers.filter((h: string) => h === 'onWeeklyReview')).toHaveLength(1);
    expect(handlers).toContain('onHourly');
    // Monday 09:00 in the workbook's zone: installed on Monday 23 Nov at 09:00, it first fires a week later.
    const weekly = (desk.env.triggers as { handler: string; nextAt: number | null; everyMs: number | null }[]).find((t) => t.handler === 'onWeeklyReview')!;
    expect(new Date(weekly.nextAt!).toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(weekly.everyMs).toBe(7 * 86_400_000);
    desk.bundle.call('onWeeklyReview');
    expect(refs(desk)[0]).toBe(`section=${WEEK}`);
    expect(desk.err('apiRunWeeklyReview', { week: '2026-W99' }).key).toBe('week_invalid');
    expect(desk.err('apiRunWeeklyReview', { week: '2026-W49' }).en).toContain('not started');
    expect(NOW).toContain('2026-11-23');
  });

  it('highlights overdue actions with a conditional format on the Actions tab', () => {
    const desk = reviewDesk();
    const rules = desk.sheet('Actions').getConditionalFormatRules();
    const formulas = rules.map((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0] ?? ''));
    expect(formulas.filter((f) => f.includes('<TODAY()') && f.includes('"Done"') && f.includes('"已完成"'))).toEqual([
      '=AND($F2<>"",$F2<TODAY(),$G2<>"Done",$G2<>"已完成",$G2<>"Dropped",$G2<>"已取消")',
    ]);
    // Set-up again (a repair) keeps one rule, not two.
    desk.ok('apiSetup');
    const again = desk.sheet('Actions').getConditionalFormatRules().map((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0] ?? ''));
    expect(again.filter((f) => f.includes('<TODAY()'))).toHaveLength(1);
  });
});
