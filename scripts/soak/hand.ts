/**
 * A person at the sheet, between executions: notes typed in their own column, junk typed into the add-on's
 * cells, the rows sorted, a column moved, a row deleted. Done through the Sheets API outside any execution
 * (never faulted), and recorded in the ledger so the checker knows what a person changed on purpose.
 */
import type { Soak } from './engine';
import { USER_COLUMN } from './world';

const JUNK = ['???', '=SUM(1,2)', '   ', '2026-13-45', 'x'.repeat(2000), '\u202Eevil\u200B', '-5', '<script>alert(1)</script>', 'TRUE'];
const JUNK_COLUMNS = ['Customer Name', 'Priority', 'SKU', 'Evidence Links', 'Order ID', 'CSAT Comment', 'Waiting Hours', 'First Reply Due'];

export function handEdit(soak: Soak, op: string): void {
  const sheet = soak.env.spreadsheet.getSheetByName('Tickets')!;
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (last < 3) return;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!.map(String);
  const idCol = header.indexOf('Ticket ID') + 1;
  const rowOf = () => 2 + Math.floor(soak.rng() * (last - 1));
  const idAt = (r: number) => String(sheet.getRange(r, idCol).getValue() ?? '');
  switch (op) {
    case 'handNote': {
      const r = rowOf();
      const id = idAt(r);
      if (!id) return;
      const note = `called back ${soak.operations}`;
      sheet.getRange(r, header.indexOf(USER_COLUMN) + 1).setValue(note);
      soak.ledger.userCells.set(id, note);
      return;
    }
    case 'handJunk': {
      const r = rowOf();
      const id = idAt(r);
      const h = soak.pick(JUNK_COLUMNS);
      const c = header.indexOf(h) + 1;
      if (!id || c < 1) return;
      sheet.getRange(r, c).setValue(soak.pick(JUNK));
      soak.ledger.tainted.add(`${id}|${h}`);
      soak.ledger.taintedTickets.add(id);
      return;
    }
    case 'handSort': {
      // Data → Sort range by Customer ID (or Priority), the header row kept.
      const by = header.indexOf(soak.chance(0.5) ? 'Customer ID' : 'Priority');
      const range = sheet.getRange(2, 1, last - 1, width);
      const values = range.getValues();
      const formats = range.getNumberFormats();
      const order = values.map((_, i) => i).sort((a, b) => String(values[a]![by]).localeCompare(String(values[b]![by])) || a - b);
      range.setValues(order.map((i) => values[i]!));
      range.setNumberFormats(order.map((i) => formats[i]!));
      return;
    }
    case 'handMoveColumn': {
      // Drag a column elsewhere: a new column, the cells copied over, the old one deleted.
      const from = 2 + Math.floor(soak.rng() * (width - 1));
      let to = 1 + Math.floor(soak.rng() * width);
      if (to === from || to === from + 1) return;
      const rows = sheet.getLastRow();
      const src = sheet.getRange(1, from, rows, 1);
      const values = src.getValues();
      const formats = src.getNumberFormats();
      sheet.insertColumnBefore(to);
      const old = to <= from ? from + 1 : from;
      sheet.getRange(1, to, rows, 1).setNumberFormats(formats);
      sheet.getRange(1, to, rows, 1).setValues(values);
      sheet.deleteColumn(old);
      return;
    }
    case 'handDeleteRow': {
      const r = rowOf();
      const id = idAt(r);
      sheet.deleteRow(r);
      if (id) soak.ledger.deleteTicket(id);
      return;
    }
  }
}
