/**
 * The weekly review through the real bundle: the seeded review shop with more and more old tickets behind it.
 * Spreadsheet calls must not grow with the rows (each tab is read in one block, the section written in one).
 */
import { reviewDesk } from '../../test/server/review-shop';
import { type BenchRow, timed } from './table';

export function benchReview(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const extra of [0, 10_000, 50_000]) {
    const desk = reviewDesk();
    if (extra) {
      const sheet = desk.sheet('Tickets');
      const width = sheet.getLastColumn();
      const template = sheet.getRange(2, 1, 1, width).getValues()[0]!;
      const copies = Array.from({ length: extra }, (_, i) => {
        const r = template.slice();
        r[0] = `T-B${String(i).padStart(6, '0')}`;
        return r;
      });
      const at = sheet.getLastRow() + 1;
      if (at + extra - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), at + extra - 1 - sheet.getMaxRows());
      sheet.getRange(at, 1, extra, width).setValues(copies);
    }
    desk.env.calls.reset();
    const { ms } = timed(() => desk.ok('apiRunWeeklyReview', {}));
    rows.push({ name: 'weekly review', n: desk.sheet('Tickets').getLastRow() - 1, ms, calls: desk.env.calls.spreadsheet(), note: 'tickets; 5 KPI weeks, section, 3 department e-mails' });
  }
  return rows;
}
