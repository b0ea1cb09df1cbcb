/**
 * `npx tsx scripts/capacity.ts WB.xlsx`: how many tickets fit in one workbook (10 million cells) at the shape of
 * a measured workbook — the cells each tab holds per ticket — with tickets kept in Tickets, or archived.
 */
import { loadWorkbook } from '../src/local/xlsx';
import { ARCHIVE } from '../sheets-templates/scale';
import { TICKETS } from '../sheets-templates/tickets';

const LIMIT = 10_000_000;

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx scripts/capacity.ts WB.xlsx');
  const env = await loadWorkbook(file, {});
  const sheets = env.emu.book.sheets.map((s) => ({ name: s.name, rows: Math.max(0, s.lastRow() - 1), cols: s.lastColumn() }));
  const tickets = sheets.find((s) => s.name === 'Tickets')!.rows + (sheets.find((s) => s.name === 'Archive')?.rows ?? 0);
  const fixed = sheets.filter((s) => !['Tickets', 'Archive', 'Orders', 'Audit Log', 'Survey Responses', 'Callbacks'].includes(s.name)).reduce((n, s) => n + (s.rows + 1) * s.cols, 0);
  const per = (name: string) => {
    const s = sheets.find((x) => x.name === name);
    return s ? (s.rows * s.cols) / tickets : 0;
  };
  const growing = { orders: per('Orders'), audit: per('Audit Log'), surveys: per('Survey Responses') + per('Callbacks') };
  const open = TICKETS.columns.length;
  const archived = ARCHIVE.columns.length;
  const line = (label: string, cellsPerTicket: number) => `${label.padEnd(58)} ${cellsPerTicket.toFixed(0).padStart(5)} cells/ticket → ${Math.floor((LIMIT - fixed) / cellsPerTicket).toLocaleString('en-US').padStart(9)} tickets`;
  console.log(`Measured: ${file} — ${tickets} tickets; per ticket: Orders ${growing.orders.toFixed(1)} cells, Audit Log ${growing.audit.toFixed(1)}, surveys ${growing.surveys.toFixed(1)}; fixed tabs ${fixed} cells`);
  console.log(line('Tickets only (default columns)', open));
  console.log(line('Tickets + Audit Log', open + growing.audit));
  console.log(line('Tickets + Audit Log + Orders + surveys (this shop)', open + growing.audit + growing.orders + growing.surveys));
  console.log(line('archived: Archive + Audit Log + Orders + surveys', archived + growing.audit + growing.orders + growing.surveys));
  console.log(line('archived, Audit Log and Orders exported and trimmed', archived + growing.surveys));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
