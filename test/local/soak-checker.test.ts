/**
 * The soak's invariant checker (scripts/soak/) is not vacuous: on a real workbook each broken promise — a lost
 * or doubled acknowledged ticket, a repeated ID, a half-written row, a missing creation event, a user cell the
 * add-on changed, a message sent twice — is reported under its name; a clean run reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { Soak } from '../../scripts/soak/engine';
import { Checker } from '../../scripts/soak/invariants';
import { USER_COLUMN } from '../../scripts/soak/world';

function world() {
  const soak = new Soak({ seed: 3, faultRate: 0, interleaveRate: 0 });
  const checker = new Checker(soak.env, soak.ledger, () => soak.ackedSaves);
  for (let i = 0; i < 40; i++) soak.runOp(i % 3 === 2 ? 'updateTicket' : 'logCase', 'owner@shop.test');
  const sheet = soak.env.spreadsheet.getSheetByName('Tickets')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  return { soak, checker, sheet, col: (h: string) => header.indexOf(h) + 1 };
}

const names = (vs: { invariant: string }[]) => [...new Set(vs.map((v) => v.invariant))];

describe('the soak invariant checker', () => {
  it('passes a clean run, counting one check per invariant', () => {
    const { checker, soak } = world();
    expect(soak.ledger.ackedTickets.size).toBeGreaterThan(20);
    expect(checker.run()).toEqual([]);
    expect(checker.checks).toBe(16);
    expect(checker.byName.size).toBe(16);
  });

  it('reports an acknowledged ticket lost, an ID repeated and a half-written row', () => {
    const { checker, sheet, col } = world();
    expect(checker.run()).toEqual([]);
    sheet.getRange(3, col('Ticket ID')).setValue('T-000001'); // row 3 now repeats T-000001; T-000002 is gone
    sheet.getRange(4, col('Status')).setValue('');
    expect(names(checker.run())).toEqual(expect.arrayContaining(['ids-unique', 'acked-once', 'no-half-row']));
  });

  it('reports a ticket without its creation event, and a changed user cell', () => {
    const { checker, sheet, col, soak } = world();
    soak.ledger.userCells.set(String(sheet.getRange(2, col('Ticket ID')).getValue()), 'call her back');
    sheet.getRange(2, col(USER_COLUMN)).setValue('call her back');
    expect(checker.run()).toEqual([]);
    sheet.getRange(2, col(USER_COLUMN)).setValue('overwritten');
    sheet.insertRowsAfter(sheet.getLastRow(), 1);
    const last = sheet.getLastRow() + 1;
    const template = sheet.getRange(2, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    template[col('Ticket ID') - 1] = 'T-009999';
    template[col(USER_COLUMN) - 1] = '';
    sheet.getRange(last, 1, 1, template.length).setValues([template]);
    expect(names(checker.run())).toEqual(expect.arrayContaining(['user-cells', 'audit-created', 'seq-counter']));
  });

  it('reports a message sent more often than it was queued', () => {
    const { checker, soak } = world();
    expect(checker.run()).toEqual([]);
    soak.env.outbox.push({ to: 'x@buyers.test', cc: '', bcc: '', subject: 'never queued', body: 'b', htmlBody: '', name: '', replyTo: '', at: 0, from: 'owner@shop.test' });
    expect(names(checker.run())).toContain('mail-once');
  });
});
